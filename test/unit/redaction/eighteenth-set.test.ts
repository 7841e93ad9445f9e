import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the eighteenth blind set's study (fourteenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "a mysqldump's INSERT without a column list, read by the table's CREATE TABLE earlier in the dump",
    "CREATE TABLE `member_old` (\n  `id` int NOT NULL,\n  `login` varchar(64),\n  `password` varchar(64) NOT NULL COMMENT 'plain, v1 (legacy)',\n  `api_token` char(40) DEFAULT NULL,\n" +
      "  PRIMARY KEY (`id`),\n  KEY `ix_login` (`login`)\n) ENGINE=InnoDB;\nINSERT INTO `member_old` VALUES (1,'wang','Lq8#vTz2pM',NULL),(2,'li','Rt5kWq9v','9f2c4e1a7b3d5f6e8a0c2e4b6d8f0a1c3e5b7d9f');",
    ['Lq8#vTz2pM', 'Rt5kWq9v', '9f2c4e1a7b3d5f6e8a0c2e4b6d8f0a1c3e5b7d9f'],
  ],
  [
    'an INSERT whose table defines a constraint before its columns (the constraint is no column)',
    "CREATE TABLE t (CONSTRAINT pk_t PRIMARY KEY (id), id int, token varchar(64));\nINSERT INTO t VALUES (1,'Tk9vLq2mWz7pXr4N');\n" +
      "CREATE TABLE u (\n  id int, -- primary, key\n  note varchar(9) COMMENT 'it\\'s, odd',\n  password varchar(64)\n);\nINSERT INTO u VALUES (1, 'n', 'Lq9#vTz2pM');",
    ['Tk9vLq2mWz7pXr4N', 'Lq9#vTz2pM'],
  ],
  [
    "a CSV export of names and values (an RPA robot's assets), a bastion host's accounts with a column of each secret's type, a quoted cell over several lines",
    'Name,Type,Value,Description\nERP_Login,Credential,"fin_bot / Kp7#wQz2Lm",robot user\nTax_Portal_PIN,Text,583920,tax portal PIN\nReport_Folder,Text,D:\\\\reports,where files go\n\n' +
      '资产名称,地址,平台,用户名,密文类型,密文,备注\nweb-01,10.9.10.11,Linux,root,password,Tz8=vQm4Lp2wXr,\nweb-02,10.9.10.12,Linux,ops,ssh_key,"line one of a key\nline two of a key",私钥\nfw-01,10.9.0.254,General,admin,password,Hq3+Wn7.Pv9k,核心',
    ['Kp7#wQz2Lm', '583920', 'Tz8=vQm4Lp2wXr', 'Hq3+Wn7.Pv9k'],
  ],
  [
    "an API key given as curl's user name, with an empty password or a fixed word after it",
    "curl -u 4RT8NQ2WX6ZKM3PL9VB7HJC5YD1FG0SE: https://shop.example.net/api/products\ncurl -s -u q83kxm2vnp7w4tz9rcb5yh6j1dgflsae0ou2:token -H 'X-Requested-By: cli' https://logs.example.net/api",
    ['4RT8NQ2WX6ZKM3PL9VB7HJC5YD1FG0SE', 'q83kxm2vnp7w4tz9rcb5yh6j1dgflsae0ou2'],
  ],
  [
    "passwords on more command lines: a game server's +rcon_password, Kamailio's and rasdial's positional ones, smbpasswd fed twice, a keystore and gpg fed from stdin, vm.args' cookie",
    './cs2 -dedicated +map de_dust2 +rcon_password Rc7nWq2Lz +maxplayers 10\nkamctl add 1020 Km4vTq8Zp\nRunWait, rasdial "HQ-VPN" vpn_user Vp9#rLm2q,, Hide\n' +
      '(echo Sb4mQz8Lw; echo Sb4mQz8Lw) | smbpasswd -s -a printer\necho Ks7tWq2mZp4LvN | bin/elasticsearch-keystore add -x bootstrap.password\n' +
      'gpg --batch --passphrase-fd 0 --decrypt keys.tar.gpg <<< "Gp5vLq9zTm3W"\n-name rabbit@mq1\n-setcookie QWKXNZBTRPLMHJDSVCYF',
    ['Rc7nWq2Lz', 'Km4vTq8Zp', 'Vp9#rLm2q', 'Sb4mQz8Lw', 'Sb4mQz8Lw', 'Ks7tWq2mZp4LvN', 'Gp5vLq9zTm3W', 'QWKXNZBTRPLMHJDSVCYF'],
  ],
  [
    "code's own quoting: Perl's q{…} and $ENV{'NAME'}, Ruby's %q(…), Elixir's ~s(…); kamctlrc's DBRWPW; an environment line's password holding a bracket",
    "my %smtp = (user => 'report', pass => q{Pq7$vLm2#Tz});\n$ENV{'APP_DB_PASSWORD'} = 'Ev8kTq2wLm';\nsmtp_password = %q(Rb4!nWq8Lz)\n" +
      'config :app, Mailer, password: ~s(Ex6vPq9mTz2L)\nDBRWPW="Kr3mWq8vLz"\n  - ADMIN_PASSWORD=Ob7Z1)S%@D*?w3h*3L\nclient = connect(password=Kq7vTz2mW)',
    ['Pq7$vLm2#Tz', 'Ev8kTq2wLm', 'Rb4!nWq8Lz', 'Ex6vPq9mTz2L', 'Kr3mWq8vLz', 'Ob7Z1)S%@D*?w3h*3L', 'Kq7vTz2mW'],
  ],
  [
    "credential files: rsync's secrets and a client's password file under a decorated heading, Wazuh's client.keys, a Pterodactyl key",
    '=== /etc/rsyncd.secrets (mode 600) ===\nsync_www:Lq2vTz8mWp\ndba:zF4cs.D8tq\n\n=== client side: /etc/rsync.pass ===\nRp6vLm2qTz\n\n' +
      '003 web-prod-03 any 5e0a1c3e5b7d9f2c4e1a7b3d5f6e8a0c2e4b6d8f0a1c3e5b7d9f2c4e1a7b3d5f\nAPP_KEY = "ptla_jvUk582HECH5y1uJkHFiP9YR5QtR45KwhAOLuxz93Uq"',
    ['Lq2vTz8mWp', 'zF4cs.D8tq', 'Rp6vLm2qTz', '5e0a1c3e5b7d9f2c4e1a7b3d5f6e8a0c2e4b6d8f0a1c3e5b7d9f2c4e1a7b3d5f', 'ptla_jvUk582HECH5y1uJkHFiP9YR5QtR45KwhAOLuxz93Uq'],
  ],
  [
    "labels with a remark in brackets before the colon (an OCR'd runbook), and a chat export's value before the JSON escape that goes on with the message",
    '  预共享密钥 (PSK) :  K8v6lFe4dqBSBePz\n  备份加密口令 (Veeam):  aq2m-hgpg-zz9n-n3v2\n' + '"text": "try the new one they sent last week: wqMCFn9y9zwovkke\\n(and pls don\'t paste it here)"',
    ['K8v6lFe4dqBSBePz', 'aq2m-hgpg-zz9n-n3v2', 'wqMCFn9y9zwovkke'],
  ],
  [
    'leaks named by the last review: rsync\'s secrets written with echo, keystore names joined by "and", logins listed as "- ops: X", backup codes under a heading without a colon, Kerberos tickets cracked',
    'echo "sync:Lq2vTz8mWp" > /etc/rsyncd.secrets\necho \'Rp6vLm2qTz\' >> ~/.rsync.pass\nkeystore: storePassword Xk9vLq2mW and keyPassword Pq7zTm4vN\nLogins:\n- ops: Kv7#pLq2\n- deploy: Tz8mWq2vL\n' +
      'Backup codes\n1234 5678\n8765 4321\n$ hashcat -m 13100 kerberoast.txt rockyou.txt --show\n$krb5tgs$23$*svc_sql$CORP.EXAMPLE$corp.example/svc_sql*$3f2a9c8e1b7d4a6f0e5c2b9a8d7f6e5c$a1b2c3d4e5f60718293a4b5c6d7e8f90:Sql@Service2026\n' +
      '$krb5asrep$23$jdoe@CORP.EXAMPLE:3f2a9c8e1b7d4a6f0e5c2b9a8d7f6e5c$a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2:Winter2026x',
    ['Lq2vTz8mWp', 'Rp6vLm2qTz', 'Xk9vLq2mW', 'Pq7zTm4vN', 'Kv7#pLq2', 'Tz8mWq2vL', '1234 5678', '8765 4321', 'Sql@Service2026', 'Winter2026x'],
  ],
  [
    "a UUID under a token's code name without a separator (Fluent Bit), a login typed by desktop automation, a properties value continued on the next line, a URL with its colons escaped in a properties file",
    '[OUTPUT]\n    Name        splunk\n    Splunk_Token deddfb7c-c014-46a5-a2e8-9d8f0392b4cc\n    TLS         On\nSend, fin_bot{Tab}\nSend, Pm7j5yuhbr6w{Enter}\nSendInput, clerk{Tab}Wq5#nTz8v{Enter}\nWshShell.SendKeys "ops{TAB}"\nWshShell.SendKeys "Tz8mWq2vL{ENTER}"\n' +
      'jwt.secret=sgLVwUhKBe290P4CmJC6PpV9YW8KkCpG\\\nPNhtVnC24ttEooor0IiRBSTS969T5BEX\nftp.url=ftp\\://edi\\:Ypw7lVnVgk6c@edi.example.net\\:21/inbound',
    ['deddfb7c-c014-46a5-a2e8-9d8f0392b4cc', 'Pm7j5yuhbr6w', 'Wq5#nTz8v', 'Tz8mWq2vL', 'sgLVwUhKBe290P4CmJC6PpV9YW8KkCpG\\\nPNhtVnC24ttEooor0IiRBSTS969T5BEX', 'Ypw7lVnVgk6c'],
  ],
  [
    "what the review of this study found leaking: a command named after a word that holds a program's name, environment values inside quotes, SQL's quoted `key` column, VALUES on the next line and comments, CSV rows whose quoted cell spans lines",
    'installed Perl and ran redis-cli -a Xk9vT2mLq ping\n            "Env": [\n                "MYSQL_ROOT_PASSWORD=Ob7Z1)S%@D*?w3h*3L",\n                "PATH=/usr/local/sbin"\n            ],\n  - ADMIN_PASSWORD=Qb7Z1)S%@D*?w3h*3L # rotated\n' +
      "CREATE TABLE `api_keys` (\n  `id` int NOT NULL,\n  `key` varchar(64) NOT NULL, -- the key's name, unique\n  `token` varchar(64)\n);\nINSERT INTO `api_keys`\nVALUES (1,'k1','9f2c4e1a7b3d5f6e8a0c2e4b6d8f0a1c3e5b7d90');\n" +
      'Name,Type,Value,Description\nSMTP_Password,Credential,Kp7#wQz2Lm,"robot user, main\nsecond line"\nAPI_Token,Text,Zq7vTz2mWx9kLp3R,next',
    ['Xk9vT2mLq', 'Ob7Z1)S%@D*?w3h*3L', 'Qb7Z1)S%@D*?w3h*3L', '9f2c4e1a7b3d5f6e8a0c2e4b6d8f0a1c3e5b7d90', 'Kp7#wQz2Lm', 'Zq7vTz2mWx9kLp3R'],
  ],
  [
    "near variants the review named: curl's KEY:X, Quake's +set, ERL_FLAGS, smbpasswd fed with spaces or printf, gpg and Wazuh's import, a lone password after a blank line, opensips-cli's real syntax",
    'curl -u 4RT8NQ2WX6ZKM3PL9VB7HJC5YD1FG0SE:X https://desk.example.net/api/v2/tickets\n./ioq3ded +set dedicated 2 +set rcon_password Rq7nWq2Lz +map q3dm17\nERL_FLAGS="-setcookie ZWKXNZBTRPLMHJDSVCYF"\n' +
      '( echo printer2024x; echo printer2024x ) | smbpasswd -s -a printer\n+RCON_PASSWORD Rz7nWq2Lk\nprintf \'Sd4mQz8Lw\\nSd4mQz8Lw\\n\' | smbpasswd -s -a scanner\necho "Gq5vLq9zTm3W" | gpg --batch --passphrase-fd 0 -c backup.tar\n' +
      '/var/ossec/bin/manage_agents -i MDAzIHdlYi1wcm9kLTAzIGFueSA1ZTBhMWMzZTViN2Q5ZjJjNGUxYTdiM2Q1ZjZl\n=== client side: /etc/rsync.pass ===\n\nRq6vLm2qTz\nopensips-cli -x user add 1020@sip.example.com Km5vTq8Zp',
    [
      '4RT8NQ2WX6ZKM3PL9VB7HJC5YD1FG0SE',
      'Rq7nWq2Lz',
      'ZWKXNZBTRPLMHJDSVCYF',
      'printer2024x',
      'printer2024x',
      'Rz7nWq2Lk',
      'Sd4mQz8Lw',
      'Sd4mQz8Lw',
      'Gq5vLq9zTm3W',
      'MDAzIHdlYi1wcm9kLTAzIGFueSA1ZTBhMWMzZTViN2Q5ZjJjNGUxYTdiM2Q1ZjZl',
      'Rq6vLm2qTz',
      'Km5vTq8Zp',
    ],
  ],
  [
    "what the second review found lost: kamctl and rasdial run through another program or with a redirection, inside a JSON string or quotes, Perl's q{} joined with a dot, Postfix's relay without a dot and its login an address, backup codes of 3 and 3",
    'docker exec kamailio kamctl add alice Xk9mQ2zr\nsudo -u kamailio kamctl add bob Xk8mQ2zr 2>&1\nRunWait, %ComSpec% /c rasdial MyVPN alice Xk7mQ2zr,, Hide\nPS C:\\Users\\bob> rasdial MyVPN alice Xk6mQ2zr\n' +
      '{"cmd":"kamctl add alice Xk5mQ2zr","ok":true}\n$pass = q{Xk9#mQ2z}."\\n";\n[relay] user@example.net:Xk4mQ2zr\nBackup codes:\nabc-123\nxyz-789\nnode,flags\nn1,-setcookie Xk3mQ2zr,prod',
    ['Xk9mQ2zr', 'Xk8mQ2zr', 'Xk7mQ2zr', 'Xk6mQ2zr', 'Xk5mQ2zr', 'Xk9#mQ2z', 'Xk4mQ2zr', 'abc-123', 'xyz-789', 'Xk3mQ2zr'],
  ],
  [
    "a password before a backslash that continues no value (a Dockerfile's ENV, an environment file), one inside escaped quotes, and one that ends in a backslash",
    'ENV POSTGRES_PASSWORD=Xk2mQ2zr\\\n    PGDATA=/var/lib/pg\nDB_PASSWORD=Xk1mQ2zr\\\nREDIS_HOST=redis\n  \\"DB_PASSWORD=Ob7Z1)S%@D\\" done\nexport PGPASSWORD=Tz8mWq2v\\  # ends in a backslash',
    ['Xk2mQ2zr', 'Xk1mQ2zr', 'Ob7Z1)S%@D', 'Tz8mWq2v\\'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "what the second review found redacted: erl's help and prose about -setcookie, a diff's +line, forms filled by AutoHotkey and SendKeys, versions in a list of accounts, a sentence ending in \"backup codes\", a Dockerfile's ENV continued, a quoted list item after a continued value",
    'Help:\n  -setcookie Cookie   Explicitly specify the magic cookie\nif you omit -setcookie Erlang reads ~/.erlang.cookie\n+Password requirements: 12 characters\n+Secret scanning: enabled for all repos\n' +
      'Send, Hello{Tab}World{Enter}\nSendInput, Q3-Report{Tab}Draft{Enter}\nWshShell.SendKeys "Bob{TAB}Marketing{ENTER}"\nTest accounts:\n- os: Windows-11\n- mfa: Yubikey-5C\n- 2fa: 2FA-on\n' +
      '2FA reset requested, user lost backup codes\nINC0012345\nENV POSTGRES_USER=app \\\n    PGDATA=/var/lib/pg\nlist.items=a,\\\n  "next",',
  ],
  [
    "what the review of this study found redacted in prose and code: rasdial and kamctl named in sentences, Python's %(name)s, Perl's shift and undef, words under rsync's files, a schema's column types",
    'Use rasdial to connect HQ-VPN before mapping drives.\nrasdial returned error 720 on the second attempt\nYesterday we used rasdial for HQ connections\nUse kamctl add to create each subscriber.\nkamctl add returns ERROR: domain unknown\n' +
      'cursor.execute("UPDATE users SET password = %(new_hash)s WHERE id = %(user_id)s", params)\nsmtp_password = %(smtp_pass)s\n' +
      "$self->{'password'} = shift;\n$opt{'password'} = undef;\n# copy /etc/rsyncd.secrets to the backup host\nrestart\n# /etc/rsync.pass\n20240612\n" +
      'CREATE TABLE users (\n  id int,\n  password text,\n  token varchar(64)\n);',
  ],
  [
    'a UUID after a word in a sentence, keys typed without a login, a value ending in a backslash before a new setting, a JDBC URL escaped',
    'token deddfb7c-c014-46a5-a2e8-9d8f0392b4cc expired\ntoken deddfb7c-c014-46a5-a2e8-9d8f0392b4cc\nSend, {Tab}{Enter}\nurl=jdbc\\:mysql\\://db\\:3306/app',
  ],
  [
    "settings in a list under an accounts heading, a heading's prose under backup codes, an empty echo into rsync's file, a checklist's item, a region after a slash, a key's type",
    'Accounts:\n- os: CentOS7\n- ver: Ubuntu22.04\n- MFA: Enabled2\n- staging / eu-west-1\nRecovery codes\nwere regenerated on Monday\necho "" > /etc/rsync.pass\n[x] state:running\nAdd the key `ssh-ed25519` to authorized_keys\n' +
      'storePassword is set and keyPassword too',
  ],
  [
    "an INSERT into a table whose CREATE TABLE names no secret, a hash column, and a definition's keys and checks",
    "CREATE TABLE `orders` (`id` int, `ref` varchar(40), `password_hash` char(60), PRIMARY KEY (`id`), CHECK (`id` > 0));\nINSERT INTO `orders` VALUES (1,'ORD-2026-0042','$2a$10$UXc1POJapvIAgNNlvjsvMCkwgO7DB4Vc2pYAtnoTJIp/3ijh.qWPI');",
  ],
  ['a region after a slash under an accounts heading', 'Accounts:\n- staging / eu-west-1\n- prod / cn-hangzhou-2'],
  ['a CSV export of ciphertext (no column of secret types beside it)', '名称,算法,密文\nkey-2026,AES-256-GCM,Qm9vVGhpc0lzQ2lwaGVydGV4dDIwMjY=\nkey-2025,AES-256-GCM,T2xkQ2lwaGVydGV4dEZvcjIwMjVrZXk='],
  [
    "lines under the rsync files' names that hold no user:password pair and no password alone",
    '# /etc/rsyncd.secrets was emptied\nrotated\n# /etc/rsync.pass\nsvc_rsync01 is the user; the file is root-only',
  ],
  ['a CSV header after a label that names a credential', 'The robot reads these with Get Credential:\nName,Type,Value,Description\nReport_Folder,Text,D:\\\\reports,where files go'],
  [
    "curl's user name that is a word, a uid, or a user with its password left out",
    'curl -u admin: http://10.0.0.5/\ncurl -u deploy:token http://10.0.0.5/\ncurl -u order-4768492340: http://10.0.0.5/',
  ],
  [
    "a TURN REST user name (an expiry and a user) and a game server's other console variables",
    'turnutils_uclient -u 1765012800:alice -w $(cat /run/turn.pw) turn.example.net\n./cs2 -dedicated +map de_dust2 +password_policy strict',
  ],
  [
    "secret references and stand-ins: Home Assistant's !secret, an installer's ~dbpwd~, the JDK's changeit, a stored password's algorithm",
    "wifi:\n  ssid: home\n  password: !secret wifi_password\n$cfg_dbpwd = '~dbpwd~';\nkeytool -importcert -keystore cacerts -storepass changeit\nrolpassword: sha256\npassword_encryption = scram-sha-256",
  ],
  [
    "an IM platform's encrypted callback body, a locked account's shadow line",
    '<xml><ToUserName><![CDATA[gh_81a71a884a15]]></ToUserName><Encrypt><![CDATA[QSHwIEoBUIvog9nF405fmN745d4JPL/C6oRq6hGBk3NkfAun1geqJMZqQ4IMcRlXMsIeucwHrYxQ3PyV]]></Encrypt></xml>\n' +
      '{"encrypt": "Zk7TyZdb195464DDaTeC4ChwS3R4hA9i8XxJv+lg/LQjD4LR1ZZbp2md5K1x4EU7y4Yew9ndPy3+CVVE"}\nnobody:*:19800:0:99999:7:::',
  ],
  [
    "rsync's command that reads a password file, a checksum list, a keystore listed or created",
    'rsync -av --password-file=/etc/rsync.pass src/ backup@10.0.0.9::mod\nsending incremental file list\n001 release.tar 10.0.0.9 build-ok\necho y | bin/elasticsearch-keystore create',
  ],
  ['a label with a remark in brackets that states a rule, and a quote operator in prose', '密码 (至少 12 位): 必须包含大小写\npassword: q\ntoken: ~s'],
];

describeRedactionCases('redaction: the eighteenth blind set (issue #14)', FOUND, KEPT);
