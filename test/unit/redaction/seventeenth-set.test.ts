import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the seventeenth blind set's study (thirteenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'a value found once is redacted wherever else it is written: a password typed again in a command, a key quoted back in prose',
    '| host | user | password |\n|---|---|---|\n| nas01 | mig | Qw7_zTr4LpXa |\nthen on the client: echo "Qw7_zTr4LpXa" > /root/.rsync.pass\n' +
      'export STORE_KEY=Vb8nK2qLm4Zx9TwRy6Pd\nlater the same key (`Vb8nK2qLm4Zx9TwRy6Pd`) showed up in the Jenkins log',
    ['Qw7_zTr4LpXa', 'Qw7_zTr4LpXa', 'Vb8nK2qLm4Zx9TwRy6Pd', 'Vb8nK2qLm4Zx9TwRy6Pd'],
  ],
  [
    'a repeat only as a whole word, and not of a short hex id, an address or a data set name that a rule found; a UUID found as a secret is one everywhere',
    'DB_PASSWORD=Hm4#kLp9Qz\nlogs mention xHm4#kLp9Qz9 and Hm4#kLp9Qz_old\napi_key=846017ac6231f26c\nrequest 846017ac6231f26c failed\n' +
      'db_password: 10.20.6.3:1521\nServer 10.20.6.3:1521 is up\nsecret: PRD.GL.EXTRACT.D261127\nPUT PRD.GL.EXTRACT.D261127\nSECRET_ID=2646cbf4-3e64-4b84-a046-81eee21b3abd\nthe runbook still shows 2646cbf4-3e64-4b84-a046-81eee21b3abd',
    ['Hm4#kLp9Qz', '846017ac6231f26c', '10.20.6.3:1521', 'PRD.GL.EXTRACT.D261127', '2646cbf4-3e64-4b84-a046-81eee21b3abd', '2646cbf4-3e64-4b84-a046-81eee21b3abd'],
  ],
  [
    "security tools' output: logins CrackMapExec tried, LSA secrets and reversible passwords from secretsdump, cracked hashes, impacket's targets",
    'SMB   10.9.2.11  445  FS01   [+] CORP\\w.li:Harbor#2031 (Pwn3d!)\nSMB   10.9.2.12  445  PS01   [-] CORP\\k.wu:Lantern!77 STATUS_LOGON_FAILURE\n[*] DefaultPassword\nCORP\\svc_print:rT5kWq9vBn2Lz\n' +
      'CORP.EXAMPLE\\svc_sync:CLEARTEXT:mN3#pQ8-wRt6Ys\n$ hashcat -m 1000 ntds.ntlm rockyou.txt --show\n8846f7eaee8fb117ad06bdd830b7586c:maple42Grove\n$6$Qx9tR2vB$Yh3kLm8nPq2rSt5uVw7xYz0aBc1dEf2gHi3jKl4mNo5pQr6sTu7vWx8yZa9bCd0eFg1hIj2kLm3nOp4qRs5tUv6wX:tiger@88river\n' +
      "secretsdump.py 'CORP/w.li:Harbor#2031@10.9.1.10'\nimpacket-psexec administrator:Qz7vLp2mXc@10.9.2.20\nb9eef795135f869e0e40c5f8d9f1e09ca2d8f4a0bb4a1b2c...:willow58Aspen",
    ['Harbor#2031', 'Lantern!77', 'rT5kWq9vBn2Lz', 'mN3#pQ8-wRt6Ys', 'maple42Grove', 'tiger@88river', 'Harbor#2031', 'Qz7vLp2mXc', 'willow58Aspen'],
  ],
  [
    "a user given with -u and a password with -p to any program, penetration testers' login tools, an FTP script's login",
    "crackmapexec smb 10.9.2.0/24 -u users.txt -p 'Falcon#2031' --continue-on-success\nvendorctl login -u admin -p Vk3#mPq9 --host 10.0.0.5\nhydra -l root -p Summer2031x ssh://10.0.0.7\n" +
      'echo user store%STORE_NO% kP4-nQ7.wZ>> ftp_cmds.txt\nftp -n <<EOF\nopen 10.0.0.9\nuser batch Xr8#tLm2q\nput out.csv\nEOF',
    ['Falcon#2031', 'Vk3#mPq9', 'Summer2031x', 'kP4-nQ7.wZ', 'Xr8#tLm2q'],
  ],
  [
    "credential files: rsync's secrets under a line that names the file, Postfix's sasl_passwd after a setting's name",
    '# /etc/rsyncd.secrets (chmod 600)\nmig:Lk9_Tq2vWx\nbackup:Zp4mR7nQ_sT\n\n// postfix.sasl.smtp_sasl_passwd: [smtp.example.net]:465 noreply@example.net:Mw8-Rt3yKp2Lq\n[relay.example.net] ops@example.net:Fq6#Vn2Lp',
    ['Lk9_Tq2vWx', 'Zp4mR7nQ_sT', 'Mw8-Rt3yKp2Lq', 'Fq6#Vn2Lp'],
  ],
  [
    'logins in lists and labels: items under a heading about accounts, an administrator\'s label, "admin：" with a full-width colon, a mailbox with a full-width colon',
    '- SMB 共享账号：\n  - design / Orchid@2031\n  - scanner / tQ8Lm2vRx5（复印机扫描用）\nLogins:\n1. ops / Kv7#pLq2\n' +
      '- 电信光猫超级管理员：telecomadmin / 4JKl2mnOpq8（装维给的）\n- 门店路由器 admin：Falcon_2031，其他见下\n- 仓库路由器 admin： Falcon_2032\n- 企业邮箱管理员 postmaster@example.net：5K4LmVx@HRQ#Ebt',
    ['Orchid@2031', 'tQ8Lm2vRx5', 'Kv7#pLq2', '4JKl2mnOpq8', 'Falcon_2031', 'Falcon_2032', '5K4LmVx@HRQ#Ebt'],
  ],
  [
    "Oracle's unquoted IDENTIFIED BY in a statement, whatever the word; a chat message that holds the password, and a word under it that is no second one",
    'alter user scott identified by tiger;\n2026-11-24 10:00  陈静：密码是 Pz8#mKq2Lw\n2026-11-24 10:01  陈静：Jq9LmTz4Vb2Kx8Rp',
    ['tiger', 'Pz8#mKq2Lw'],
  ],
  [
    "a console's list of variables (Key, Value, Protected, Masked), a table cell with a remark after its value",
    '  Key                 Value                  Protected  Masked\n  ACR_PASSWORD        qW12xYZab.cDefgHij     yes        yes\n  SONAR_HOST_URL      https://sonar.example.net  no     no\n' +
      '| Service | Host | User | Password |\n|---|---|---|---|\n| SFTP | 10.0.0.3:22 | `designer` | `Y8BJCeZhkTL_Am` (chrooted) |\n| RAM | console | `f@example.net` | 5g1o+UnY2..Oj1l. (disable after handover) |\n| DB | 10.0.0.4 | `app` | Tq8#vLm2(Zx) |',
    ['qW12xYZab.cDefgHij', 'Y8BJCeZhkTL_Am', '5g1o+UnY2..Oj1l.', 'Tq8#vLm2(Zx)'],
  ],
  [
    "code names and their values in a sentence: keystore passwords in a Chinese list and after a keystore's path, a secret's name and a value in a code span",
    '- 签名 keystore：storePassword eOSg3A.He.Q，keyPassword qeyLKf2hfqH，alias starsea\nkeystore: /etc/cas/idp-signing.p12   storepass p1u6m4z7AH6nV\n' +
      '- **Pay plugin**: appid `201906128800`, appsecret `c7fcf9646b781d7b2d5d2f9e0c5d6e41`',
    ['eOSg3A.He.Q', 'qeyLKf2hfqH', 'p1u6m4z7AH6nV', 'c7fcf9646b781d7b2d5d2f9e0c5d6e41'],
  ],
  [
    'chat exports (WeChat-like, bracketed times, WhatsApp, Telegram, IRC) in which a message names the secret and a later one, or its next line, is the value alone',
    '2026-11-24 09:14  刘洋：同步脚本用哪个 AK？\n2026-11-24 09:15  王磊：用 dr-sync 这个用户的\n2026-11-24 09:15  王磊：UDBD0EIKK32EFUE43S2S\n' +
      '2026-11-24 10:30  陈静：跳板机 jump-gz 密码改了哈\n2026-11-24 10:30  陈静：#B2mRuGL5V_m4\n[11:06] Alice: the new db password below\n[11:06] Alice: 7hgG!^rZ4EvIvTC\n[11:20] Bob: the VPN password changed, new one:\nKp8#zLm2Qx7v\n' +
      '11/24/26, 10:30 - Alice: new db password:\n11/24/26, 10:31 - Alice: 8ihH!^sA5FwJwUD\n[24.11.26, 10:30:15] Bo: wifi password\n[24.11.26, 10:30:20] Bo: Lq9#aMn3Rt8w\n10:30 <alice> new root password\n10:30 <alice> Zt5$kWp2Nq7x',
    ['UDBD0EIKK32EFUE43S2S', '#B2mRuGL5V_m4', '7hgG!^rZ4EvIvTC', 'Kp8#zLm2Qx7v', '8ihH!^sA5FwJwUD', 'Lq9#aMn3Rt8w', 'Zt5$kWp2Nq7x'],
  ],
  [
    "vendors and formats: DNSPod's ID,TOKEN, CAS tickets in a redirect and the REST path, WooCommerce's consumer secret, a WordPress salt with a semicolon, a password starting like a Windows variable, two-factor backup codes",
    'curl -d "login_token=58210,7dH1BvR9ctGbZQM4aXCCGGBZxqxBg7yH&format=json"\nLocation: https://sso.example.net/app?ticket=ST-9545-CtkCsTV-mBHTUvPx93ic-cas02\n' +
      'POST /cas/v1/tickets/TGT-39673-MJjQvRWbyJFquG7SP7GfGfKVyBoV0QoHbR4deLc-cas02\n  - ck_e40c8f992e a: consumer secret cs_e92cfcab44770eb2e0385279e18175a0cb3c28e9\n' +
      'define( \'NONCE_KEY\', \'+*!/&mx+2.ovPn/*BvpJzh=u2hbH->ryF(!U4;HuExl%]I*g2J}WiXpj\' );\n  <add key="SmtpPassword" value="%w%Jev4yn#La=" />\n' +
      '- 2FA 备用码（抄在本子上）：2337512919 9569134003\nRecovery codes:\n  b2c3d-4e5f6\n  g7h8i-9j0k1',
    [
      '7dH1BvR9ctGbZQM4aXCCGGBZxqxBg7yH',
      'ST-9545-CtkCsTV-mBHTUvPx93ic-cas02',
      'TGT-39673-MJjQvRWbyJFquG7SP7GfGfKVyBoV0QoHbR4deLc-cas02',
      'cs_e92cfcab44770eb2e0385279e18175a0cb3c28e9',
      '+*!/&mx+2.ovPn/*BvpJzh=u2hbH->ryF(!U4;HuExl%]I*g2J}WiXpj',
      '%w%Jev4yn#La=',
      '2337512919',
      '9569134003',
      'b2c3d-4e5f6',
      'g7h8i-9j0k1',
    ],
  ],
  [
    "what the review of the study found lost or missed: a statement over two lines and SET ROLE, Postfix's form without a port or a dotted host, a password that starts like a Windows variable, a short base64 under a name that says enc, a remark that holds the old password, impacket's domain tools without a host, a cracked hash in capitals, DNSPod's key under lego's name",
    'CREATE USER app\n  IDENTIFIED BY tiger;\nSET ROLE dba_role IDENTIFIED BY rolepass;\n[mail.isp.example] username:Xk9#mLq2Tz\n[mailrelay]:25 relayuser:Wm8#nRq3Ux\npassword=%Ab1%!Qz9x\nDB_PASSWORD_ENC=UzNjcjN0UGFzcyE=\n' +
      '| host | user | password |\n|---|---|---|\n| db | app | Xk9#mLq2Tz (prev Pq7#rT2zWv) |\npython3 GetUserSPNs.py corp.local/w.li:Harbor#2031 -dc-ip 10.0.0.1\n$ hashcat -m 1000 ntds.ntlm top500.txt --show\n8846F7EAEE8FB117AD06BDD830B7586C:maple43Grove\n' +
      'DNSPOD_API_KEY=58210,7dH1BvR9ctGbZQM4aXCCGGBZxqxBg7yH',
    ['tiger', 'rolepass', 'Xk9#mLq2Tz', 'Wm8#nRq3Ux', '%Ab1%!Qz9x', 'UzNjcjN0UGFzcyE=', 'Xk9#mLq2Tz (prev Pq7#rT2zWv)', 'Harbor#2031', 'maple43Grove', '7dH1BvR9ctGbZQM4aXCCGGBZxqxBg7yH'],
  ],
];

const KEPT: KeptCase[] = [
  [
    'repeats of what is no secret: a short hex id, an address with a port, a data set, a word that a rule took for a password',
    'request 846017ac6231f26c failed\nretrying request 846017ac6231f26c\nServerName = 10.20.6.3:1521/ORCLPDB1 (was 10.20.6.3:1521/ORCLPDB1)\nPUT PRD.GL.EXTRACT.D261127 then GET PRD.GL.EXTRACT.D261127',
  ],
  [
    "look-alikes of security tools' output: secretsdump's hashes and Kerberos keys, a Windows path, a system account's message, a commit and a file, a hash and its salt",
    'CORP\\web01:$2b$12$Kq8vLm2ZxTw4Yq9Nc3Vb6uHd1Ff0Gg7Jj5Rr2Ss8Tt1Uu4Vv6Ww\n$ secretsdump.py -h\nimage: library/nginx:Alpine3x@registry.example.net\n' +
      'CORP\\FS01$:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::\nCORP.EXAMPLE\\svc_sync:aes256-cts-hmac-sha1-96:4f3c2b1a09e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2\n' +
      'C:\\Users\\bob:Zone.Identifier\nNT AUTHORITY\\SYSTEM: Logon\n3f2a9b1c0d4e5f60718293a4b5c6d7e8f9012345:src/app.ts\na9dde684024fdf758076f8f70ee89ef4:b9dde684024fdf758076f8f70ee89ef4',
  ],
  [
    'look-alikes of -u and -p, and of FTP scripts: a container run with a user id and a port, hydra with a file of passwords, nginx naming a group, a message',
    'docker run -u 1000 -p 8080:80 nginx\nhydra -l admin -P rockyou.txt ssh://10.0.0.5\nuser www-data www-data;\necho user added successfully\nuser add bob2 admin',
  ],
  ["look-alikes of credential files: a relay without a login, rsync's config", 'relayhost = [mail.example.net]:25\n# /etc/rsyncd.conf\nuid = nobody\npath = /data'],
  [
    'look-alikes of login lists and code names: teams and their stacks, a contact with a message, an option named in prose, a getter, a variable in a code span, a digest',
    'Teams:\n- frontend / React18\n- backend / Node20x\n联系人 a@example.net：请回复\nuse keyPassword System.getenv("KEY_PASS")\nstorePassword env.KS_PASS，keyPassword env.KEY_PASS\nset the env var `DB_PASSWORD`\nthe secret `my-app-secret` in KMS\nthe token `sha256:abcdef0123456789abcdef`',
  ],
  [
    'look-alikes of chat values: a chat without a secret named, a link and a commit after one that names a token, a config file under a remark',
    '2026-11-24 09:12  王磊：桶建好了\n2026-11-24 09:13  王磊：Wq4LmTz8Vb2Kx9Rn\n2026-11-24 10:00  陈静：token 过期了，重新登录一下\n2026-11-24 10:01  王磊：https://portal.example.net/login?next=/home\n2026-11-24 10:02  王磊：3f2a9b1c0d4e5f6071\n' +
      '# the password is read from the environment\nQDRANT_URL=http://localhost:6333\nEMBEDDING_MODEL=text-embedding-v3\nNote: token rotated\nMODEL_REVISION=caac7c9662c4e588a482ab24321e9db3db4284df\n' +
      '# password policy, see the wiki\n2026-11-25 09:00  王磊：Wp5KmTz8Vb2Lx9Rn\n2026-11-25 10:00  陈静：新的 token 我晚点发\n2026-11-25 10:01  王磊：好\n2026-11-25 10:02  王磊：在开会\n2026-11-25 10:03  刘洋：收到\n2026-11-25 10:04  刘洋：Rt6LmQz8Vb2Kx9Wn',
  ],
  [
    'look-alikes of the vendor rows and backup codes: an issue branch and a release branch, a consumer key, a policy on backup codes, a pointer to them',
    'git checkout ST-1234-fix-login-page-layout\nbranch PT-2024-Q3release-notes\ngit push origin ST-1234-fixloginpage2024-ui\nconsumer key ck_d39b7e881d8a4929b558fd89fa55ec38afdf0bf2\n' +
      'Backup codes: we print them once, keep them safe.\n恢复码：见保险柜\nRecovery codes: printed once, kept offline\nbackup codes: regenerated on\n20241201',
  ],
  [
    "what a secret became or where it is kept: ciphertext under a name that says so, a PGP message, a secret manager's address, a data bag's name, a Windows variable, prose about identical hashes",
    'db_password_ciphertext: "ERbvfTABdd4FBt0T3nG1T+tEw4xXo/HSnr7VJp75EpOgyzx"\nsmtp_pass_enc=Xk9mmq2a\nsmtp_password: |\n  -----BEGIN PGP MESSAGE-----\n\n  hQEMA1x2y3z4AQf/abc\n  -----END PGP MESSAGE-----\n' +
      "huawei_dew_secret: csms://retail-dr/obs-sync?version=v3\nDB_PASSWORD: op://prod/db/password\nsmtp = data_bag_item('passwords', 'smtp')\npassword=%APPDATA%\\key.txt\n" +
      'accounts share a password with another account (identified by identical NT hashes)',
  ],
];

KEPT.push(
  [
    "what the review of the study found newly redacted: MySQL's database after -p, kubectl's pod, FTP-like user lines away from FTP, ids and log lines after a message that names a token, lists under headings that name no accounts, a sender's address and a message, a branch in camel case, prose after a backup codes label",
    'mysql -u root -p shop2024 < dump.sql\nCREATE DATABASE shop2024;\nmysqldump -u root -p app_v2 > app_v2.sql\nkubectl exec -it pod -u root -p nginx-7d9c5-abcde\ndocker run -u 1000:1000 -p 8443:443/tcp app\n' +
      'user guest v1.2.3\nuser  alice  Engineering2\necho user alice created2 >> log.txt\n' +
      '[10:30] Alice: the token refresh failed again\n[10:30] Bob: iPhone15\n[10:31] Bob: 550e8400-e29b-41d4-a716-446655440000\n[10:32] Bob: ERR_TOKEN_EXPIRED_401\n[10:33] Bob: JIRA-48213\n2026-11-24 10:00  陈静：token 过期了\n2026-11-24 10:01  王磊：v2.13.0-rc1\n' +
      '10:30:15 ERROR: invalid password for user alice\n10:30:15 ERROR: AuthenticationException2\n## 用户反馈\n- iOS / Android12 崩溃\nSupported login methods:\n- SAML / OAuth2\n## Accounts overview\n- frontend / React18\n' +
      '发件人 noreply@example.com：Order#12345 已发货\ngit checkout -b ST-4521-AddUserProfileV2\nRecovery codes: SHA256 hashed\nBackup codes: ver2024 format',
  ],
  [
    "more of the review's false positives: checksums beside file names, a site's name after a domain account, a registry path, a logger with a port, rsync's own output and a man page, a template, a password policy, a column's name, a secret store's path, a regular expression",
    'a9dde684024fdf758076f8f70ee89ef4:build42\nd41d8cd98f00b204e9800998ecf8427e:empty_file\n  CORP\\alice:Default-First-Site-Name\nregedit HKLM\\SOFTWARE:Version2\n2024-01-01 INFO [com.example.Job]:42 task:done\n' +
      'rsync -av --password-file=/etc/rsync.pass src/ dest/\nstatus:ok\nelapsed:12s\n# see rsyncd.secrets(5)\nbackup:daily\n<password>{{ nexus_password }}</password>\nALTER PROFILE app LIMIT PASSWORD_VERIFY_FUNCTION ora12c_verify_function;\n' +
      'the token `refresh_token_v2` column\nUse the secret `prod/db/password-2024` from Secrets Manager.\nconst SECRET_PATTERN = /(?:secret|token|password)\\s*[:=]\\s*(\\S+)/i;',
  ],
);

describeRedactionCases("the seventeenth blind set's shapes (issue #14, thirteenth session)", FOUND, KEPT);
