import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the sixteenth blind set's study (twelfth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "tables drawn with box characters (a contract's PDF as text) and MySQL's client tables",
    ' ┌──────────┬──────────────┬──────────────┐\n │ 系統      │ 帳號         │ 初始密碼     │\n ├──────────┼──────────────┼──────────────┤\n │ Bastion  │ coast01      │ Ka7fa@4327q  │\n └──────────┴──────────────┴──────────────┘\n' +
      '+------+--------------+\n| user | password     |\n+------+--------------+\n| app  | Xk9#mPq2vLz7 |\n+------+--------------+\n' +
      '╔══════╦════════════╗\n║ host ║ 密码       ║\n╠══════╬════════════╣\n║ db1  ║ Tz8@kLp3Qw ║\n╚══════╩════════════╝',
    ['Ka7fa@4327q', 'Xk9#mPq2vLz7', 'Tz8@kLp3Qw'],
  ],
  [
    "credential files read by their format: Perforce's tickets and `p4 login -p`, a cookie jar and `.gitcookies`, Subversion's passwd, Bundler's per-host credentials, Composer's token blocks",
    'ssl:10.30.4.15:1666=build_svc:681FB342C525F5492C8B17393BFC37D6\n$ p4 login -p\n7D42A636E25ADAD83550A54BA191936E\n' +
      'review.example.net\tFALSE\t/\tTRUE\t2147483647\to\tgit-ci.example.net=prIkm4zYp39L6Rs0hbieNaku2mESgmoZ\n.shop.example.net\tTRUE\t/\tTRUE\t1893456000\tSESSION\tZk3nB8qLw0Xr5TyUv7mNc2Pa\n' +
      '### svnserve passwd\n[users]\nzhangwei = Saffron50quartz%\nbuild = Yh_IXd7AcTry\n张伟 = harryssecret\n' +
      'BUNDLE_REPO__GEMS__EXAMPLE__NET: "ci-gems:QMGZ7YzFqMubU5wZMJ-s"\nBUNDLE_GEMS__EXAMPLE__NET: "89cb0df78386e40cbb66060dff7d8507eab60421"\n' +
      '{\n    "bearer": {\n        "satis.example.net": "qBXKrYZLxHKUw-O2dyl1-bqJ1p5pGR_jpDC",\n        "pkg.example.net": "Wm4kR9xTq2LpZ7vNc3YbHs8JdF6aGe"\n    }\n}',
    [
      '681FB342C525F5492C8B17393BFC37D6',
      '7D42A636E25ADAD83550A54BA191936E',
      'prIkm4zYp39L6Rs0hbieNaku2mESgmoZ',
      'Zk3nB8qLw0Xr5TyUv7mNc2Pa',
      'Saffron50quartz%',
      'Yh_IXd7AcTry',
      'harryssecret',
      'QMGZ7YzFqMubU5wZMJ-s',
      '89cb0df78386e40cbb66060dff7d8507eab60421',
      'qBXKrYZLxHKUw-O2dyl1-bqJ1p5pGR_jpDC',
      'Wm4kR9xTq2LpZ7vNc3YbHs8JdF6aGe',
    ],
  ],
  [
    "monitoring and storage tools: a Zabbix macro, Nagios plugins' logins, Unity's uemcli, Perforce's -P, an iSCSI CHAP login, PRTG's passhash, an alerting integration's routing key, an exchange's access key header",
    '  {$MYSQL.PASSWORD} = UpmJnXOksK9mtVsa\n    command_line    $USER1$/check_mysql -H $HOSTADDRESS$ -u nagios -p ARxLvU--3M5eaU -d mysql\n' +
      'uemcli -d 10.80.3.30 -u admin -p atyeWnW34_P8n8 /stor/prov/luns/lun show\np4 -u build_svc -P 9E42A636E25ADAD83550A54BA191936A changes -m 3\n' +
      'iscsicli QLoginTarget iqn.1992-08.com.netapp:sn.4a5b6c:vs.3 winfs01 WLjcK3moCOquE0wt\n/api/table.json?content=sensors&username=grafana&passhash=3209091572\n' +
      '      - routing_key: 2d29994f583593faf3961f48f9ef4d39\nOK-ACCESS-KEY: adfb953d-920f-412b-b1de-0d961f4221d8',
    [
      'UpmJnXOksK9mtVsa',
      'ARxLvU--3M5eaU',
      'atyeWnW34_P8n8',
      '9E42A636E25ADAD83550A54BA191936A',
      'WLjcK3moCOquE0wt',
      '3209091572',
      '2d29994f583593faf3961f48f9ef4d39',
      'adfb953d-920f-412b-b1de-0d961f4221d8',
    ],
  ],
  [
    "prose in other languages and shapes: Russian passwords and a secret key, remarks in Spanish and Russian before the colon, a hex secret after a full-width comma, a key pair's id after AK/SK（, the newly made one in Chinese",
    'Логин: admin@example.net, пароль AtlayqeLwM%59 (поменяйте!)\nssh kz@47.236.10.20 , пароль: 6dfkjOdoW=-pG%\nroot пароль: 8.oYS=rUe.b-GAnv\n' +
      'Секретный ключ для подписи callback (HMAC-SHA256): 2ed69caf07b0294303e9317d9b8f4e11d7fdfb3ad3d02f8edd33e455b8b9ad49\nAPI key в личном кабинете: D3f8a8d65afe447ebaba3bcf9034d2cb\n' +
      'y el app secret no cambió: C8069f64180697f50d8f6ab21b209045\n- Gate：Key 50a77be8 ，Secret fad31552587b5c35e0981be3aa8f01f3f685fe9896ab78ca641498a426b5db76\n' +
      '用户 `oms-reader` 的 AK/SK（PWNXAIUQU9JEKZLQDOEE / 见下）\n# 新生成的是 y5m6h5ybsgqaz4hz，替换后还是 535。',
    [
      'AtlayqeLwM%59',
      '6dfkjOdoW=-pG%',
      '8.oYS=rUe.b-GAnv',
      '2ed69caf07b0294303e9317d9b8f4e11d7fdfb3ad3d02f8edd33e455b8b9ad49',
      'D3f8a8d65afe447ebaba3bcf9034d2cb',
      'C8069f64180697f50d8f6ab21b209045',
      'fad31552587b5c35e0981be3aa8f01f3f685fe9896ab78ca641498a426b5db76',
      'PWNXAIUQU9JEKZLQDOEE',
      'y5m6h5ybsgqaz4hz',
    ],
  ],
  [
    "an app password in its four groups after a label in Chinese or English (with five vowels after a colon, or ending the line after other words), a Meta access token in an f-string's braces, a Zapier catch hook",
    '  應用程式密碼 jegu xtss twiy pwsy   （Google 顯示的是四個一組）\nYour app password for the printer: iqpl vxnf mvbr kxqw\nthe app password is eorw oscy cglu iwgu\nApp password for the scan tool qpwz mfkt rnvb xhyd\nH = {"Authorization": f"Bearer {\'EAAKOo4ZBHVvk7DvCBpHLs6Pjk1YtJAYRAdRB2MVpnJjIamOjt7PQEDl8exoi8CSy6hl4Abp0GzD3d5g\'}"}\n' +
      'Catch hook:  https://hooks.zapier.com/hooks/catch/14822931/c9ursat/',
    [
      'jegu xtss twiy pwsy',
      'iqpl vxnf mvbr kxqw',
      'eorw oscy cglu iwgu',
      'qpwz mfkt rnvb xhyd',
      'EAAKOo4ZBHVvk7DvCBpHLs6Pjk1YtJAYRAdRB2MVpnJjIamOjt7PQEDl8exoi8CSy6hl4Abp0GzD3d5g',
      'https://hooks.zapier.com/hooks/catch/14822931/c9ursat/',
    ],
  ],
];

FOUND.push(
  [
    "box tables in heavy lines, in rich's mixed style and without a rule under the header, and a pipe table under a tree's line",
    '┏━━━━━━┳━━━━━━━━━━━━┓\n┃ host ┃ password   ┃\n┣━━━━━━╋━━━━━━━━━━━━┫\n┃ db1  ┃ Tz8@kLp3Qw ┃\n┗━━━━━━┻━━━━━━━━━━━━┛\n\n' +
      '┃ user ┃ password   ┃\n┡━━━━━━╇━━━━━━━━━━━━┩\n│ root │ Rq5#nVb8Lm ┃\n└──────┴────────────┘\n\n' +
      '┌──────┬──────┬────────────┐\n│ host │ user │ password   │\n│ db1  │ root │ Wz3!kTq9Px │\n└──────┴──────┴────────────┘\n\n' +
      '│   └── .env\n| host | user | password |\n| db1 | root | Hy7$mKp2Vc |',
    ['Tz8@kLp3Qw', 'Rq5#nVb8Lm', 'Wz3!kTq9Px', 'Hy7$mKp2Vc'],
  ],
  [
    "what the review found redacted before and kept so: Vault's Secret ID in prose and in a table, a secret key's value of Branch's shape, any tenant key, Maven's encrypted password (it decrypts), a value after an earlier pass's marker",
    'AppRole Secret ID: 6a174c20-1b2c-4d5e-8f90-1a2b3c4d5e6f\n| Role | Secret ID |\n|---|---|\n| ci | 7b174c20-1b2c-4d5e-8f90-1a2b3c4d5e6f |\n' +
      'SECRET_KEY=key_test_hkT3vQ9zXm1pR8sLw2NcB6dFyJ4aGqEe\nTENANT_KEY=Zk3nB8qLw0Xr5TyUv7mNc2PaQ1w2\n<password>{bFgyMETCfKQcSfmYw1qDFPegfhmi7Yigo23NCrjVLfI=}</password>\n[REDACTED:token]=Qm4nB8qLw0Xr5TyUv7mNc2PaQ1',
    [
      '6a174c20-1b2c-4d5e-8f90-1a2b3c4d5e6f',
      '7b174c20-1b2c-4d5e-8f90-1a2b3c4d5e6f',
      'key_test_hkT3vQ9zXm1pR8sLw2NcB6dFyJ4aGqEe',
      'Zk3nB8qLw0Xr5TyUv7mNc2PaQ1w2',
      '{bFgyMETCfKQcSfmYw1qDFPegfhmi7Yigo23NCrjVLfI=}',
      'Qm4nB8qLw0Xr5TyUv7mNc2PaQ1',
    ],
  ],
  [
    "a client secret's value in a portal's table, whose Secret ID column beside it holds the secret's id",
    '| Description | Expires | Value | Secret ID |\n|---|---|---|---|\n| relay | 2026-11-30 | W7D8Q~VF7-Tfna9Ulf14BTfeVdFC-6sbxypbgdXk | 9f4f0960-4241-4da5-b460-c9b38af992b9 |',
    ['W7D8Q~VF7-Tfna9Ulf14BTfeVdFC-6sbxypbgdXk'],
  ],
);

FOUND.push([
  "the review's other shapes: `p4 tickets` output, p4's -P with its value attached, Bundler's token before x-oauth-basic, an upper-case hex secret after a comma",
  'localhost:1666 (bruno) 4E1E9A53C20BEB6C3AE9B3A2B5A1E2DB\np4 -u bob -P\'Secr3t!Pw3\' info\nBUNDLE_GITHUB__COM: "Zk3nB8qLw0Xr5TyUv7mNc2PaQ1w2E3r4T5y6:x-oauth-basic"\n- Gate：Key 50a77be8 ，Secret FAD31552587B5C35E0981BE3AA8F01F3F685FE9896AB78CA641498A426B5DB76',
  ['4E1E9A53C20BEB6C3AE9B3A2B5A1E2DB', 'Secr3t!Pw3', 'Zk3nB8qLw0Xr5TyUv7mNc2PaQ1w2E3r4T5y6', 'FAD31552587B5C35E0981BE3AA8F01F3F685FE9896AB78CA641498A426B5DB76'],
]);

FOUND.push([
  "what the review found still missed: Russian 'the password for X:' and 'пароль —', a token and an API key in Russian, Spanish 'la contraseña (de X) es' and 'clave secreta', `bundle config` with a host, Composer's tokens on one line (COMPOSER_AUTH, a host with a port)",
  'пароль от VPN: Tz8@kLp3Qw\nПароль для входа в 1С: Rq5#nVb8Lm\nпароль — Wz3!kTq9Px\nтокен: Zk3nB8qLw0Xr5TyUv7mNc2PaQ1w2\nключ API: Yk3nB8qLw0Xr5TyUv7mNc2PaQ1w2\n' +
    'la contraseña del servidor es Hy7$mKp2Vc\nla clave secreta: Xk3nB8qLw0Xr5TyUv7mNc2PaQ1w2\nbundle config set --global gems.contribsys.com abcd1234:efgh5678\n' +
    'export COMPOSER_AUTH=\'{"bearer":{"repo.example.net":"Wk3nB8qLw0Xr5TyUv7mNc2PaQ1w2"}}\'\n{"github-oauth": {"gitlab.example.com:8443": "Qm4nB8qLw0Xr5TyUv7mNc2PaQ1"}}',
  [
    'Tz8@kLp3Qw',
    'Rq5#nVb8Lm',
    'Wz3!kTq9Px',
    'Zk3nB8qLw0Xr5TyUv7mNc2PaQ1w2',
    'Yk3nB8qLw0Xr5TyUv7mNc2PaQ1w2',
    'Hy7$mKp2Vc',
    'Xk3nB8qLw0Xr5TyUv7mNc2PaQ1w2',
    'efgh5678',
    'Wk3nB8qLw0Xr5TyUv7mNc2PaQ1w2',
    'Qm4nB8qLw0Xr5TyUv7mNc2PaQ1',
  ],
]);

const KEPT: KeptCase[] = [
  [
    "look-alikes of the review's last mends: Russian and Spanish sentences about a password or a token, Bundler's settings by command",
    'пароль от почты сменили вчера\nпароль от VPN: смотрите в KeePass\nla contraseña es demasiado corta\nтокен истёк\nbundle config set --local build.mysql2 --with-mysql-config=/usr/bin/mysql_config\nbundle config set path vendor/bundle',
  ],
  [
    "what the review found newly redacted: other INI files' [users] sections, hashes after a token or secret in prose, a queue's routing key, Bundler's local gems, a Windows variable after p4's -P, Russian sentences about whose password it is",
    '; pgbouncer.ini\n[users]\napp_rw = pool_mode=transaction\nreporting = max_user_connections=5\n[users]\nprovider = ldap_corp_primary\n' +
      'Rotated the deploy token\n9f86d081884c7d659a2feaa0c55ad015a3bf4f1b  README.md\nCache token 5d41402abc4b2a76b9719d911017c592 expired\nUpdated secret c3ab8ff13720e8ad9047dd39466b3c89 in namespace prod\n' +
      'channel.basic_publish(exchange=\'\', routing_key=\'task_queue_2024_prod\', body=m)\nBUNDLE_LOCAL__RACK: "C:\\src\\forks\\rack"\nBUNDLE_LOCAL__NOKOGIRI: "nokogiri_with_patches_v2"\n' +
      'p4 -u bob -P %P4PASSWD% sync\nпароль root@db01 неверный\nпароль zabbix_agent2 конфига\nMD5 (release.zip) =\nD41D8CD98F00B204E9800998ECF8427E',
  ],
  [
    "per-request and one-time values: an exchange's request signature, a chat reply token, a face token, a client secret's id",
    'OK-ACCESS-SIGN: 7+lQZSbfZgSoyq+5XIfMP3cuCVrpWlGD72QyZ0v2wmo=\nreplyToken=dea0dcb0beeaa8a4eb468e7bb48e3e8e\n{"face_token": "caa996aeffe3274390c532b240e580c6"}\n' +
      '  Client secret ID:        9382b624-15e6-4959-867f-bf75045b4b25',
  ],
  [
    "what a secret became or where it is kept: a Branch public key, Symfony's env reference, TeamCity's stored credential, NuGet's DPAPI blob, patterns in an alert template and a script",
    'branch_key=key_live_hkT3vQ9zXm1pR8sLw2NcB6dFyJ4aGqEe\n"password": "%env(COMPOSER_REPO_PASSWORD)%"\npassword("env.ACR_PASSWORD", "credentialsJSON:74fb4196-f97e-453d-9ba1-9ba2a1f582db")\n' +
      '<add key="Password" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAAaZDRJ1x2K7jPh7BjaiuqJbr+qUm4Fx0qocuWiMy+J/jJ4KJn" />\n' +
      '  message: \'{{ .CommonAnnotations.summary | reReplaceAll "password=\\\\S+" "password=***" }}\'\nline = re.sub(r"token=[^&]+", "token=***", line)',
  ],
  [
    "look-alikes of the new rules: a broker's routing key, a port after a plugin's -p, cookies that are settings, Bundler's build options, path, mirror and local gem, a Subversion group, Russian prose about a password, a cache key's hash, documentation's app passwords and words of four letters, a MySQL table of hashes, a request id after an action, a public macro, a public token said to be one",
    'routing_key: orders.created.v2\ncheck_http -H web01 -p 8080\n.example.com\tTRUE\t/\tFALSE\t1893456000\tlang\ten-US\n.example.com\tTRUE\t/\tFALSE\t1893456000\tprefs\tlayout-v3.2-compact-mode\nBUNDLE_BUILD__MYSQL2: "--with-mysql-config=/usr/bin/mysql_config"\nBUNDLE_PATH: "vendor/bundle"\n' +
      'BUNDLE_MIRROR__RUBYGEMS__ORG: "https://mirror.example.net"\nBUNDLE_LOCAL__RACK: "../forks/rack-local"\n[groups]\ndev = zhangwei, liuyang\nпароль не задан\ncache key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\n' +
      'app password: xxxx xxxx xxxx xxxx\nPasswort: abcd efgh ijkl mnop\nthe password must have this form\npassword: with them from that\npassword hint: blue moon tree rain\nmy password just went back last week\nPassword reset link sent back last week\n' +
      '+------+----------------------------------------------+\n| user | authentication_string                        |\n+------+----------------------------------------------+\n| app  | *6BB4837EB74329105EE4568DDA7DC67ED2CA2AD9     |\n+------+----------------------------------------------+\n' +
      'DeleteAccessKey: 462D9D9F-0B2A-4C3D-8E9F-1A2B3C4D5E6F\n{$SNMP_COMMUNITY} = public\nMapbox: the public token (fine): pk.eyJ1IjoibGFudGVybiIsImEiOiJjbGJ1In0.VMbei3YN',
  ],
];

describeRedactionCases("the sixteenth blind set's shapes (issue #14, twelfth session)", FOUND, KEPT);
