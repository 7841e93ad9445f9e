import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the twenty-second blind set's study and the review of the twenty-first's (sixteenth session): ways of writing
// a secret that no earlier rule read, with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "the word for a password in Thai, Arabic, Turkish and Polish, with words before the colon, in bold or in guillemets; before a code span in Thai; a Turkish table's password column",
    '- รหัสผ่าน Wi-Fi ของรถตู้ (GCS): Qx7vLm2Kp9\n- รหัสผ่านมาสเตอร์ของ Odoo (admin_passwd): **Wd4#vLq9Zp2x**\n- ผู้ใช้ฐานข้อมูล: `odoo` รหัสผ่าน `Lk8vQ2mZp9Xw`\n' +
      '- كلمة مرور مستخدم RFC: Mn3Kq8Lp2Wz\n- كلمة السر لحساب المسؤول: «Hv9qLm2Wx7»\nNot: portal şifresi değişti, yenisi: Rt5.vKp9qLx\n' +
      'Nowe hasło: Tb0x_98155Q — proszę\n| Sistem | Kullanıcı | Şifre |\n|---|---|---|\n| ERP SQL | `sa` | `lM_.V-uEf47q` |',
    ['Qx7vLm2Kp9', 'Wd4#vLq9Zp2x', 'Lk8vQ2mZp9Xw', 'Mn3Kq8Lp2Wz', 'Hv9qLm2Wx7', 'Rt5.vKp9qLx', 'Tb0x_98155Q', 'lM_.V-uEf47q'],
  ],
  [
    "a key's or token's name in Arabic, Thai and Polish with words before the colon",
    '- المفتاح السري: Zk3Lq9Wm2Xp7Rt5vKp9qLx4Nc8Bv\n- โทเคน API ของระบบ: Tq8LmZ2xKp9Wv4Rt5vNc8Bq3Lm8\n- Klucz API do KSeF (produkcja), środowisko: `Bq3Lm8Wx2Zk7Rt5vNc9Bq3Lm8Wx2Zk7`',
    ['Zk3Lq9Wm2Xp7Rt5vKp9qLx4Nc8Bv', 'Tq8LmZ2xKp9Wv4Rt5vNc8Bq3Lm8', 'Bq3Lm8Wx2Zk7Rt5vNc9Bq3Lm8Wx2Zk7'],
  ],
  [
    "a FIX logon's password and new password (fields split by | or ^A), a keytab's keys as klist -K prints them",
    '8=FIX.4.4|9=139|35=A|553=oms01|554=Pw7*Lm2qX|925=Nw4-Kq8zL|10=188|\n8=FIXT.1.1^A35=A^A553=md01^A554=Md3vLq9Zx^A10=093^A\n' +
      '   3 2026-11-28T09:14:02 host/web@IPA.EXAMPLE (aes256-cts-hmac-sha1-96)  (0x9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9)',
    ['Pw7*Lm2qX', 'Nw4-Kq8zL', 'Md3vLq9Zx', '9a8b7c6d5e4f30211203f4e5d6c7b8a99a8b7c6d5e4f30211203f4e5d6c7b8a9'],
  ],
  [
    "commands: a here-string after adcli's --stdin-password and ipa's --password, samba-tool's new user, sapcontrol's -user, nsupdate's TSIG key, BIND's secret before a remark",
    'adcli join --domain=ad.example --login-user=joinbot --stdin-password <<< "Jx4vKq2Lm9"\nipa user-mod svc_odoo --password <<< \'Ip7#Lm2qXz\'\n' +
      'samba-tool user create svc_sssd Sb6vLq9Zx2 --description="SSSD bind"\nsapcontrol -nr 00 -function GetProcessList -user prdadm Sc3Kq8Lp2W\n' +
      'nsupdate -y hmac-sha256:erp-ddns:Ns5vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc9B= /tmp/u.ns\n    secret "Bd8vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc9Bq3L==";   # from the network team',
    ['Jx4vKq2Lm9', 'Ip7#Lm2qXz', 'Sb6vLq9Zx2', 'Sc3Kq8Lp2W', 'Ns5vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc9B=', 'Bd8vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc9Bq3L=='],
  ],
  [
    "data languages: Erlang's tuples with binaries, EDN's keywords (namespaced too), Aero's #env default",
    '    {oss_key_secret, <<"Ek2vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Z">>},\n{:db/password "Ed4vLq9Zp2x"}\n :session {:cookie-secret "9f8e7d6c5b4a39281716f5e4d3c2b1a0"}\n' +
      ':secret-key #or [#env APP_SECRET "Ae7vLq9Zp2Wx7Rt5vNc8Bq3Lm8"]',
    ['Ek2vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Z', 'Ed4vLq9Zp2x', '9f8e7d6c5b4a39281716f5e4d3c2b1a0', 'Ae7vLq9Zp2Wx7Rt5vNc8Bq3Lm8'],
  ],
  [
    "self-hosted hooks (Mattermost, Rocket.Chat, Grafana OnCall), Caddy's header_up, PX4's param set in a remark, Mattermost's public-link salt, an appSec",
    'https://chat.example.net/hooks/k3n8x2q9w4e7r1t6y5u0i2o8pa\nhttps://rc.example.net/hooks/66f1c0b7a2e3d40018a1b9c2/Rc5vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc9Bq3Lm8Wx2\n' +
      '- url: https://oncall.example.net/integrations/v1/alertmanager/Gq7vLm2Kp9Wx4Rt5vNc8Bq3Lm/\n\t\theader_up X-Internal-Token "Ht6vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7"\n' +
      '  #   param set MAV_SIGN_KEY 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\n"PublicLinkSalt": "Ps8vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7"\n  appSec   = 5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d',
    [
      'https://chat.example.net/hooks/k3n8x2q9w4e7r1t6y5u0i2o8pa',
      'https://rc.example.net/hooks/66f1c0b7a2e3d40018a1b9c2/Rc5vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc9Bq3Lm8Wx2',
      'https://oncall.example.net/integrations/v1/alertmanager/Gq7vLm2Kp9Wx4Rt5vNc8Bq3Lm/',
      'Ht6vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7',
      '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
      'Ps8vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7',
      '5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d',
    ],
  ],
  [
    "the review's leaks: guillemets both ways, German quotes, Chinese 'new one' quoted or after a colon, a key/value table with notes, JMeter's HTTP argument, an SSIS variable, radtest -4, a trap host without a version, tac_plus on one line with an escaped quote, dtexec's -Decrypt and /DE, LINE's WebhookParser, Japanese and Korean user/password pairs",
    'Пароль от базы: «Mn3Kq8Lp2Wz»\nla contraseña es »Rt5!vKp9qLx«\nDas Passwort für den Server: „Zq2#Lm9vXp4“\nKafka 的密码我已经重置了，新的是：Tp4kLm9qXz\n密码改了，新的是「Vb8nQ2xLp5」\n' +
      '| Key | Value | Description |\n|---|---|---|\n| DB_PASSWORD | Hv9#qLm2Wx7 | |\n' +
      '<elementProp name="password" elementType="HTTPArgument"><boolProp name="HTTPArgument.always_encode">false</boolProp><stringProp name="Argument.value">Lm2Wx7Zp4Rt</stringProp></elementProp>\n' +
      '<Configuration ConfiguredType="Property" Path="\\Package.Variables[User::DbPassword].Properties[Value]" ValueType="String">\n  <ConfiguredValue>Xp4Lm9qKz2Wv</ConfiguredValue>\n' +
      'radtest -4 bob Pa55Wd9x 127.0.0.1 0 Tst9Secret\nsnmp-server host 10.9.8.7 Cm4Lp9Qx2z\nuser = bob { login = cleartext "Tn6Kq2\\"Lm9x" }\n' +
      'dtexec /F a.dtsx -Decrypt Pq7Lm2Xw9z\nDTEXEC /F a.dtsx /DE Dq7Lm2Xw9z\nparser = WebhookParser("5f2b9c7e1a4d8f3b6e0c2a9d7f1b4e8c")\nユーザID/パスワード: app_admin / Qm7kLp2Xw9\n아이디 / 패스워드: app_ro / Km7kLp2Xw9',
    [
      'Mn3Kq8Lp2Wz',
      'Rt5!vKp9qLx',
      'Zq2#Lm9vXp4',
      'Tp4kLm9qXz',
      'Vb8nQ2xLp5',
      'Hv9#qLm2Wx7',
      'Lm2Wx7Zp4Rt',
      'Xp4Lm9qKz2Wv',
      'Pa55Wd9x',
      'Tst9Secret',
      'Cm4Lp9Qx2z',
      'Tn6Kq2\\"Lm9x',
      'Pq7Lm2Xw9z',
      'Dq7Lm2Xw9z',
      '5f2b9c7e1a4d8f3b6e0c2a9d7f1b4e8c',
      'Qm7kLp2Xw9',
      'Km7kLp2Xw9',
    ],
  ],
  [
    "tables of a name and a value with GFM's shortest separators (`|-|`, `|:--|`) and Korean or Chinese headers (항목 | 값, 设置项 | 设置值)",
    '| 項目 | 値 | メモ |\n|:--|:--|--|\n| パスワード | Tb7#qLm2Wx9 | |\n\n| 항목 | 값 |\n|-|-|\n| DB_PASSWORD | Kv9#qLm2Wx7 |\n\n| 设置项 | 设置值 |\n|---|---|\n| redis.password | Rz4#qLm2Wx8 |',
    ['Tb7#qLm2Wx9', 'Kv9#qLm2Wx7', 'Rz4#qLm2Wx8'],
  ],
  [
    "the second review's leaks: lower-case passwords with a symbol after words before the colon, a code span after Japanese and Korean labels, leader dots after a log's time and a grep prefix or before a value that starts like a status, a realm file named by its service",
    'Passwort für den DB-Server: geheim2024!\nmật khẩu wifi tầng 3: matkhau@123\nHasło do wifi: kawa2024!\nパスワード `xk9#mq2vlp`\n비밀번호 `qwer1234!@`\n' +
      '[10:14:02] Admin password ........ Qx7vLm2Kp9\nconfig.txt:Password ....... Wx7vLm2Kp8\nWiFi Password ......... Pass-4-Guest2024\nRouter password . . . . . : On.Target.2024\n' +
      '# login.properties (Jetty HashLoginService)\nguest: Gu3stPass9, user',
    ['geheim2024!', 'matkhau@123', 'kawa2024!', 'xk9#mq2vlp', 'qwer1234!@', 'Qx7vLm2Kp9', 'Wx7vLm2Kp8', 'Pass-4-Guest2024', 'On.Target.2024', 'Gu3stPass9'],
  ],
  [
    "the second review's leaks, continued: a table's password column beside a name and a value, a bold label in any language, guillemets with blanks, quotes closed inside a word, FIX fields split otherwise and a logon without its header, klist without -e and RC4, stdin fed by echo, ipa passwd, a quoted samba user, Erlang over two lines and in UTF-8, BIND's C remark, PX4's prompt, Caddy's added header, NTP's cipher keyword",
    '| Name | Value | Password |\n|---|---|---|\n| root | 10.0.0.5 | Hv9#qLm2Wx7 |\n**Password:** Qb7vLm2Kp9\n- **Hasło**: Tb0x_98155Q\n**密码：** Cz7vLm2Kp9x\n' +
      'Le mot de passe est : « Mn3Kq8Lp2Wz »\nhasło: »Rk3Kq8Lp2Wz«!\nHasło: „Tq0x98155Q”\n8=FIX.4.4;35=A;553=u;554=Fx7*Lm2qX;10=1;\nLogon: 35=A|553=oms01|554=Lg7*Lm2qX|\n' +
      '   3 02/20/2024 10:00:00 host/web@IPA.EXAMPLE (0x9a8b7c6d5e4f30211203f4e5d6c7b8a9)\n  3 host/db@R (DEPRECATED:arcfour-hmac)  (0x0123456789abcdef0123456789abcdef)\n' +
      "echo -n 'Ad4vKq2Lm9' | adcli join --domain=ad.example --stdin-password\nipa passwd jdoe <<< 'Ip8#Lm2qXz'\nsamba-tool user create \"svc sssd\" Sb7vLq9Zx2\n" +
      '{password,\n     "Ed5vLq9Zp2x"}\n{oss_key_secret, <<"Ek3vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Z"/utf8>>}\n    secret "Bc8vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc9Bq3L==";  /* rotated */\n' +
      'nsh> param set MAV_SIGN_KEY 1f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\nheader_up +X-Internal-Token "Hu6vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7"\nntp authentication-key 1 md5 cipher 094F471A1A0A 7',
    [
      'Hv9#qLm2Wx7',
      'Qb7vLm2Kp9',
      'Tb0x_98155Q',
      'Cz7vLm2Kp9x',
      'Mn3Kq8Lp2Wz',
      'Rk3Kq8Lp2Wz',
      'Tq0x98155Q',
      'Fx7*Lm2qX',
      'Lg7*Lm2qX',
      '9a8b7c6d5e4f30211203f4e5d6c7b8a9',
      '0123456789abcdef0123456789abcdef',
      'Ad4vKq2Lm9',
      'Ip8#Lm2qXz',
      'Sb7vLq9Zx2',
      'Ed5vLq9Zp2x',
      'Ek3vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Z',
      'Bc8vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc9Bq3L==',
      '1f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
      'Hu6vLq9Zp2Wx7Rt5vNc8Bq3Lm8Wx2Zk7',
      '094F471A1A0A',
    ],
  ],
  [
    'bold of three asterisks or of underscores around a value, a here-string glued to its flag',
    'Hasło: ***Tw0x98155Q***\nHasło: __Tu0x_98155Q__\nadcli join --domain=ad.example --stdin-password <<<"Jg4vKq2Lm9"',
    ['Tw0x98155Q', 'Tu0x_98155Q', 'Jg4vKq2Lm9'],
  ],
  [
    "a Kubernetes Secret's base64 of a vendor's webhook or token (what it decodes to holds no name of a credential)",
    'data:\n  slack_webhook: aHR0cHM6Ly9ob29rcy5zbGFjay5jb20vc2VydmljZXMvVDBLN1EyTTRSOVAvQjA4TFhOM1ZaUTEvV3E3dkxtMktwOVh3NFJ0NXZOYzhCcTNM\n  stripe.env: U1RSSVBFX0tFWT1za19saXZlX1pxOXZMbTJLcDdYdzRSdDV2TmM4QnEzTG04V3gyWms3Cg==',
    ['aHR0cHM6Ly9ob29rcy5zbGFjay5jb20vc2VydmljZXMvVDBLN1EyTTRSOVAvQjA4TFhOM1ZaUTEvV3E3dkxtMktwOVh3NFJ0NXZOYzhCcTNM', 'U1RSSVBFX0tFWT1za19saXZlX1pxOXZMbTJLcDdYdzRSdDV2TmM4QnEzTG04V3gyWms3Cg=='],
  ],
  [
    "YAML commented out with ## or //, leader dots of other scripts (・・・, ……), a Secret's base64 of a chat client's INI file with its key",
    '##     - name: SMS_APP_SECRET\n##       value: Sa5vLq9Zp2Wx7Rt5vNc8Bq3Lm8\n//     - name: WEBHOOK_SECRET\n//       value: Hx7kLm2Qp9Wx4Rt5vNc8Bq3L\nパスワード・・・・・ Jp4vLm2Kq9\nPassword…… Ew5vLm2Kq8x\n  zuliprc: W2FwaV0KZW1haWw9Ym90QHp1bGlwLmV4YW1wbGUubmV0CmtleT1LcTlMbTJXeDdacDRSdDV2TmM4QnEzTG04V3gyWms3CnNpdGU9aHR0cHM6Ly96dWxpcC5leGFtcGxlLm5ldAo=',
    [
      'Sa5vLq9Zp2Wx7Rt5vNc8Bq3Lm8',
      'Hx7kLm2Qp9Wx4Rt5vNc8Bq3L',
      'Jp4vLm2Kq9',
      'Ew5vLm2Kq8x',
      'W2FwaV0KZW1haWw9Ym90QHp1bGlwLmV4YW1wbGUubmV0CmtleT1LcTlMbTJXeDdacDRSdDV2TmM4QnEzTG04V3gyWms3CnNpdGU9aHR0cHM6Ly96dWxpcC5leGFtcGxlLm5ldAo=',
    ],
  ],
];

const KEPT: KeptCase[] = [
  [
    "an ellipsis in a sentence in other scripts, base64 of a cache's key outside an INI section, a chat client's INI file whose key is a variable, a one-blank remark after //",
    'Wait…… then it worked\n  cache.txt: a2V5PXNlc3Npb246OWY4ZTdkNmM1YjRhMzkyOAp0dGw9MzYwMApoaXRzPTQyCg==\n  zuliprc: W2FwaV0KZW1haWw9Ym90QHp1bGlwLmV4YW1wbGUubmV0CmtleT0ke1pVTElQX0tFWX0K\n// manager: /var/ossec/etc/authd.pass',
  ],
  [
    "base64 of a webhook's documentation slot and of prose about tokens",
    'data:\n  readme: c2VlIGh0dHBzOi8vaG9va3Muc2xhY2suY29tL3NlcnZpY2VzLzx5b3VyLXBhdGg+IGluIHRoZSB3aWtp\n  note: VGhlIHRva2VuIGFuZCB0aGUgd2ViaG9vayBsaXZlIGluIFZhdWx0OyBub3RoaW5nIGhlcmUu',
  ],
  [
    "the second review's false positives: another field's colon after words with a comma, an agent, a version or a page; Italian 'parola' and a Polish slogan; keys that are codes, public keys, ids or partitions; NX-OS trap-host keywords; a redirect after samba-tool; Chinese clauses about a ticket, a page or a browser; statuses after leader dots; a YAML list far from a realm file's name",
    'mot de passe oublié, voir le ticket Jira : OpsTeam-1234\nsenha expirada, consulte o artigo: KB-Reset2FA\nA senha do usuário admin foi alterada por: Joao.Silva2\n비밀번호 정책 문서 버전: Policy-v2.1\n' +
      'La parola più cercata del 2024: ChatGPT4\nHasło reklamowe kampanii: Kup2Teraz\nŞifre politikası güncellendi, sürüm: Policy2v3\nรหัสผ่านถูกรีเซ็ตโดย: Somchai.K2\n' +
      'رمز الطلب: Req7f3a9b2c4d5e6f7a8b9c\nKlucz publiczny (PGP): 4AEE18F83AFDEB23\nAPI anahtarı rotasyonu commit: 9f8e7d6c5b4a39281716f5e4d3c2b1a0\n' +
      'snmp-server host 10.1.1.1 use-vrf management\nsnmp-server host 10.1.1.1 source-interface mgmt0\nsamba-tool user create bob 2>&1 | tee create.log\n' +
      '密码重置工单已经处理完毕，新的是 INC0012345\n密码重置后登录报错，换成 Chrome120 就好了\n密码修改页面改版了，改成 Vue3Admin 了\n' +
      'Rotating secret .......... Completed in 3s\nTesting credentials .... Accepted\nAdmin password ....... : None\nntp authentication-key 3 md5 cipher %^%#Kq9Lm2Wx%^%#\n**Note:** the password is rotated\n' +
      'labels: Ap2South, readonly\n' +
      'x\n'.repeat(1100) +
      'see realm.properties for users',
  ],
  [
    "the review's false positives: a colon of another field after the word for a password (a host, a ticket, a person, a version)",
    'Passwort falsch für Benutzer admin auf Host: db-prod-02\ncontraseña restablecida, ticket: INC0012345\nПароль сброшен, номер заявки: INC0012345\n' +
      'A senha do usuário admin foi alterada por: joao.silva2\n비밀번호 변경 담당자: kim.minsu2\n암호 해독 도구 버전: v2.3.1',
  ],
  [
    "Chinese: a clause about something else than a changed password, then 'changed to' or 'the new one is'",
    '密码错误的问题，改成 v2.1.3 就好了\n密码登录失败的问题，换成 SDK2.0 之后解决了\n密码校验的问题，新的是 INC0012345\n密码加密方式改了，改为 SHA256。',
  ],
  [
    "a setting that looks like a realm file's user (no realm file named), a test runner's and a check's results after leader dots, dots after a value",
    'cluster: ProdEU1, admin\nzone: Ap2South, readonly\nPassword ..... PASS (98ms)\nPassword ...... FAIL (3 errors)\nAdmin Password ........ NotSet1\n' +
      'Pre-Shared Key . . . . . . : Present1\nSecurity Key . . . : WPA2-Personal\nPassword: Ab3d.... (masked)',
  ],
  [
    "code after the word for a password in Japanese and Korean prose; a sentence's full stop after a long token stays",
    'パスワード `.env.production` に記載\n비밀번호 `BCryptPasswordEncoder` 사용\nパスワード `SecureString` 型で保存\nパスワード `--password-stdin`\nパスワード `validate_password.policy=MEDIUM`',
  ],
  [
    'look-alikes of the new formats: an SNMPv3 trap host, a FIX field that is no password, EDN and Erlang terms that hold no secret, a keyword that is no key, Aero without a default',
    'snmp-server host 10.1.1.1 informs version 3 priv v3user\n8=FIX.4.4|35=0|49=A|10=001|\nprice|554=12|x\nsamba-tool user create svc_sssd --random-password\nntp authentication-key 3 md5 cipher %^%#Kq9Lm2Wx%^%#\n{:password :required}\n{error, "password expired"}\nat 10:30 "meeting"\nklucz: wartość\n:db #env DB_URL',
  ],
];

describeRedactionCases('redaction: the twenty-second blind set (issue #14)', FOUND, KEPT);
