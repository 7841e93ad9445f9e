import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the fifteenth blind set's study (eleventh session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'a settings table of names and values (Nacos and Apollo exports, psql), skopeo creds, Kettle and Jetty obfuscation, YAML anchors',
    'key                       | value                  | comment\n--------------------------+------------------------+---------\nspring.datasource.url     | jdbc:mysql://10.0.0.8/o | \nspring.datasource.password | Sd7-_#0jf.dQ_Z+        | rotated\n' +
      'skopeo copy --src-creds release-bot:Sk9vfc4TBoHdWZIpM docker://a docker://b\nDWD_DB_PASS=Encrypted 2be98afc86aa7f2e4c6bb5c7de7643059eca47a8\nadmin: OBF:mryv3dsukh5kew1u9pm8j908\n      secret: &jwt-stg Yw2JRfjs7UxjzdlCKDTd5dCcsgtLSPapWT7eQkLdN+Q=',
    ['Sd7-_#0jf.dQ_Z+', 'Sk9vfc4TBoHdWZIpM', '2be98afc86aa7f2e4c6bb5c7de7643059eca47a8', 'mryv3dsukh5kew1u9pm8j908', 'Yw2JRfjs7UxjzdlCKDTd5dCcsgtLSPapWT7eQkLdN+Q='],
  ],
  [
    "names that say more than the rules read: a platform or environment after the name, a key's value, an app's certificate, an SNMP community, ZooKeeper's digest, Qiniu's AK with dashes",
    'CODEPUSH_KEY_ANDROID=Cp9OR5C9AwwRoi3F104HEmd931qCwF3x\n        aes-key-value: mNTFC3GFCEGlvPRm\nAGORA_APP_CERTIFICATE=6703a1be00f908b5ad4236d5f64d1937\n  snmp_community_ro: kzuxyR7xSekodt\n    digest: ds_admin:sw0Hhranca7S\n' +
      'VITE_QINIU_AK=doM7RIZa5P9juDJW17ZQ2_s3CKnh4UmurVlziZ4G',
    ['Cp9OR5C9AwwRoi3F104HEmd931qCwF3x', 'mNTFC3GFCEGlvPRm', '6703a1be00f908b5ad4236d5f64d1937', 'kzuxyR7xSekodt', 'sw0Hhranca7S', 'doM7RIZa5P9juDJW17ZQ2_s3CKnh4UmurVlziZ4G'],
  ],
  [
    "domestic databases' clients (Dameng's disql with an @ in the password, KingbaseES's sys_dump), Upyun's and Qiniu's CLIs, kickstart, expect, a module's AT commands",
    "./disql SYSDBA/p1d4KjoV4@NTE@10.31.6.20:5236\n./disql EGOV_APP/'RL9NW@+bKupZtl'@10.31.6.20:5236\nsys_dump -h 10.31.6.25 -U system -W aAPyR_L4YJdu -Fc -f /bak/l.dump db\nupx login cdn-static syncop xL6eDOLAOO6ZHjFmZY32ndQfD4zIXWxt\n" +
      'qshell account X8NJpneWLjifRWofW3TTBmA1JrWDJPmYrjTuFuHS GpHfAT6spoo13xmXc9QM52X5wO7fC6S3nWiWpgfu sync -w\nrootpw --plaintext Panda!2019x\nsshpw --username=install r6lmV31A1Z --plaintext\nset pass "bx@nyws9xyi@"\n' +
      'AT+CWJAP="EM-Factory-5G","GLSqL5E4R9vL"\nAT+MQTTUSERCFG=0,1,"EM-2026","EM-2026&a1t4","29D63845A44CAF5F9AC41C45492C5B2718DE49A9755456F5AFC303F51827202C",0,0,""',
    [
      'p1d4KjoV4@NTE',
      'RL9NW@+bKupZtl',
      'aAPyR_L4YJdu',
      'xL6eDOLAOO6ZHjFmZY32ndQfD4zIXWxt',
      'X8NJpneWLjifRWofW3TTBmA1JrWDJPmYrjTuFuHS',
      'GpHfAT6spoo13xmXc9QM52X5wO7fC6S3nWiWpgfu',
      'Panda!2019x',
      'r6lmV31A1Z',
      'bx@nyws9xyi@',
      'GLSqL5E4R9vL',
      '29D63845A44CAF5F9AC41C45492C5B2718DE49A9755456F5AFC303F51827202C',
    ],
  ],
  [
    "code: a credentials object from a key and its secret, a client built from an IP and a login, Tuya's SDK; a Jenkins token, an IoT device's triple, digits after a Chinese label",
    "config = BceClientConfiguration(credentials=BceCredentials('3b632271b372e5156f23e4a14ec2e6e1', 'e94e45ef4dbe23e134c45a3328ee2497'))\n" +
      'with driver("10.100.0.21", "netops", "x-#i9EkOGuYl05") as d:\n    openapi = TuyaOpenAPI("https://openapi.tuyacn.com", ACCESS_ID, "lhyrs9lgxjvsbn3e4n5nidagv16vyj1u")\n' +
      'jenkins 的 token 也更新了 11c877ab0107aec2b697bab985b3bee2c0\n设备三元组：a1ExMdwlFhi / gw-01 / Mh4qGUH1gDvD8SbQIVK0XpNQdaBjk8FW\npfx 导出密码 27659690',
    [
      '3b632271b372e5156f23e4a14ec2e6e1',
      'e94e45ef4dbe23e134c45a3328ee2497',
      'x-#i9EkOGuYl05',
      'lhyrs9lgxjvsbn3e4n5nidagv16vyj1u',
      '11c877ab0107aec2b697bab985b3bee2c0',
      'Mh4qGUH1gDvD8SbQIVK0XpNQdaBjk8FW',
      '27659690',
    ],
  ],
  [
    "a password that starts with # after one blank, AMap's web service key on a server",
    'SYSTEM password: #eVGWT4uGP5HvZX2a\nAMAP_WEB_KEY=b9c8c58e8d2b44372b50a1a432cc3e0c',
    ['#eVGWT4uGP5HvZX2a', 'b9c8c58e8d2b44372b50a1a432cc3e0c'],
  ],
  [
    "a review's leaks: a PEM key after a patch whose hunk counts more lines than it shows, a value with one ^@ in it, a remark that holds a password, passwords made of instruction words, a secret with a capital prefix, a data-shaped value after System., a password after 同",
    '@@ -1,2 +1,2 @@\n-a\n+b\n-----BEGIN RSA PRIVATE KEY-----\n' +
      Array.from({ length: 6 }, (_, i) => `MIIEowIBAAKCAQEAvX9yPqV1mXKcRr8v7oYQwQ3tq5lX8c2qv6M1f0y9ZlQe3pNwRz8${i}`).join('\n') +
      '\n-----END RSA PRIVATE KEY-----\nclient_secret=Ab3^@Cd5Ef7Gh9Kq2\nDB credentials (user ops, password Xk9Lm5Zq!2, host db01): rotate\npassword: ChangeMe2024!\nADMIN_PASSWORD=Please-Change-9xK!\n' +
      'api_key: PROD_KEY_7F3A9C2B1D8E4A6B\npassword: System.Admin2024\n序号,主机,用户,密码\n3,app01,root,同 Hunter2Xq9',
    [
      Array.from({ length: 6 }, (_, i) => `MIIEowIBAAKCAQEAvX9yPqV1mXKcRr8v7oYQwQ3tq5lX8c2qv6M1f0y9ZlQe3pNwRz8${i}`).join('\n'),
      'Ab3^@Cd5Ef7Gh9Kq2',
      'Xk9Lm5Zq!2',
      'ChangeMe2024!',
      'Please-Change-9xK!',
      'PROD_KEY_7F3A9C2B1D8E4A6B',
      'System.Admin2024',
      '同 Hunter2Xq9',
    ],
  ],
  [
    "a review's leaks, continued: a password with a symbol after a code-like name, an indented HeidiSQL line, ERB's trimming tag, a password before a clause's comma",
    'secret: data.Base2024!\n  Servers\\polardb\\Password<|||>1<|||>ae356465ee332fad1b7991c2c445195c7\n  password: <%- ENV.fetch("X") { "Rb7Lm.x_78.s9" } -%>\npassword gkE4jrJ=mIB3+L^J, truststore client.jks',
    ['data.Base2024!', 'ae356465ee332fad1b7991c2c445195c7', 'Rb7Lm.x_78.s9', 'gkE4jrJ=mIB3+L^J'],
  ],
  [
    "a third review's leaks: an undercounted hunk and an empty context line, two NULs, a service's label, kickstart's other options, an address form with spaces, a '#' after '=', pinyin and German without symbols, an AMap server key",
    '@@ -1,6 +1,7 @@\n env:\n\n+  - name: DB_PASSWORD\n+    value: "Kx9mQ2vLp7wZ"\n' +
      'sshpass^@-p^@Kx9!mQ2vLp\n- Jira: jdoe / Winter#2024\nrootpw --plaintext --allow-ssh Rk9!mQ2vLp\ndb.password    =    #9fK!x2Lm\nmm：Abc12345\nKennwort Sommer2024\nNEXT_AMAP_SERVICE_KEY=8f3Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk',
    ['Kx9mQ2vLp7wZ', 'Kx9!mQ2vLp', 'Winter#2024', 'Rk9!mQ2vLp', '#9fK!x2Lm', 'Abc12345', 'Sommer2024', '8f3Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk'],
  ],
  [
    "a third review's leaks, continued: lines past an undercounted hunk, an AMap key named secret, a capital prefix before a random run, a webhook's URL",
    '@@ -1,1 +1,1 @@\n-x\n+x\n+    - name: QDRANT_API_KEY\n+      value: "Qd9Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk"\nVITE_AMAP_SECRET_KEY=Am7Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk\n' +
      'token: KEY_F3K2M9X4Q7B1Z5W\nwebhook_secret: https://example.com/hooks/9f8e7d6c5b4a39281706f5e4d3c2b1a0',
    ['Qd9Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk', 'Am7Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk', 'KEY_F3K2M9X4Q7B1Z5W', 'https://example.com/hooks/9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "AMap's client keys, an encrypted data key, Apollo's release key, a lock key, grub's hashed password, cloud-init's RANDOM, an escaped variable, a comment where a value would be",
    'VITE_AMAP_WEB_KEY=91907bc5345ca372039e4246587217c1\nAMAP_IOS_KEY=ec79c33cdc27588a92e0c587951ae73b\n# encryptedDataKey: pZ9kFaJvpw5du1VXzBP/dswsIYR14v5fA9Zwyf6nCYvpQJO2Phf6BgdOOE4YGyane9oo\n# releaseKey: 20261128110217-04c35e5f39712919\n' +
      'lockKey=t_order_3:688006580443\nbootloader --iscrypted --password=grub.pbkdf2.sha512.10000.255D96E143C780BB546CA43E47A160D8.C74F571620EDC1328627CB1255D96E14\n    - {name: root, password: RANDOM}\n' +
      '    "sentry": "sentry-cli --auth-token \\"$SENTRY_AUTH_TOKEN\\" releases"\nexport KINGBASE_PASSWORD=    # left empty on purpose',
  ],
  [
    "look-alikes of the new rules: a digest's algorithm, a request id after an action, rootpw's options, a Tcl variable read, a ping, a password prompt's variable, a vault tag, a date after a label, \"use\" without a digit",
    'digest: sha256:abcdef0123456789abcdef0123456789\n- DeleteAccessKey: 462D9D9F-79A7-4006-B99B-C76E7BE34B5C\n- PutSecretValue: E04C1043-84B8-47AA-BF6A-FF675502EA04\nrootpw --lock\nrootpw --iscrypted $6$abc$defghijkl\nset pass $env(PASS)\n' +
      'ping("10.0.0.1", "eth0", "v2.1")\nread -rsp "MySQL password for order_rw: " MYSQL_PWD; export MYSQL_PWD\nzabbix_api_password: !vault |\n          a3c16eb629b96d661d367cdd860bdc821a4d34532aa4bdfd1ac33558e2e3a9ac90d7\n' +
      '密码 20240601 过期\n2) 连接池密码用 TongWeb\ncommit 11c877ab0107aec2b697bab985b3bee2c0 on main',
  ],
  [
    "a review's false positives: labels that name no service, addresses before a device or a team, glued page and device tokens, a login name, millimetres, a German report, a VIB named like an account, HeidiSQL's switch, an http URL under a webhook's name is read as before",
    'Tags: prod / v2.3.1+Build5\n- Backend: java / Java17+Spring\nReporter: alice@corp.com / Win11Pro\nalice@corp.com / ThinkPadX1 / Win10\nbob@corp.com / Dock#Gen2 / Win10\nOwner alice@corp.com / Team-B2\n' +
      'apns_devicetoken: 7a9f2c4e1b8d3f6a9c2e5b8d1f4a7c0e\nnextpagetoken: Np8Kq2Lm5Zx7Wt4Yq9Nc\nclientrequesttoken: 3f2a9c4e-1b8d-4f6a-9c2e-5b8d1f4a7c0e\nself.login("test_user_with_a_long_name_01")\n' +
      '尺寸 mm：120x80x25\n螺纹 mm: M8x1.25\ndas Passwort Q3-Bericht ist fertig\nesxcli software vib install -p account-tools\nServers\\a\\SavePassword<|||>3<|||>1',
  ],
  [
    "a third review's false positives: setting names with a digit in a word, an instruction ending a sentence, http URLs that name where a token is got, a digest's algorithm, an app's certificate itself, a community that is no SNMP's, a size after mm",
    'secretKey: S3_SECRET_KEY\ndashscope_api_key=OAUTH2_TOKEN\nx: please-set-DB_PASSWORD.\ntoken: https://auth.example.com/oauth/token\ndigest: sha3-256:abcdef0123456789abcdef0123456789\ndigest: blake3:Ab12Cd34Ef56Gh78\nSECRET_KEY = "please-set-DB_PASSWORD."\n' +
      'app_cert: MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UE\nonline_community: Kx9mQ2vLp7\n规格 mm 为 DN50-PN16\nrootpw --lock',
  ],
];

describeRedactionCases("the fifteenth blind set's shapes (issue #14, eleventh session)", FOUND, KEPT);
