import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the thirty-first blind set's study (twentieth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "what an operator types after Huawei's and H3C's cipher keywords (the device stores it encrypted, the paste holds it plain); a current password under existing",
    '[FW-aaa]local-user netops password irreversible-cipher Mesa#4471\n[FW-radius-nac]radius-server shared-key cipher Kq@3vPzR8tYw.1\n' +
      '[FW]snmp-agent community read cipher Harbor_2031\n[USG-aaa-manager-user-vpn]password cipher x7LmQ=.pRt2wz\n' +
      'POST /api/v1/users/me/password {"existingPassword": "Mq7#vLp2Xz", "confirm": true}',
    ['Mesa#4471', 'Kq@3vPzR8tYw.1', 'Harbor_2031', 'x7LmQ=.pRt2wz', 'Mq7#vLp2Xz'],
  ],
  [
    "English's word with another language's \"is\" (Italian, Friulian, Sardinian), a token with Italian's è, an SNMP community still set",
    'La password del server di Brescia è Lago#2029kq, grazie. La password del NAS è Lago2029kQ.\nLa password gnove dal utent admin e je 63BAXVL.Muotd — no sta mandâle.\n' +
      "Apo cambiadu sa password de s'utente admin, como est kyg5@nbKwiov4VH.\nil token API dal FortiGate al è XPWemDAt07Dq4JrxoLG0DqPPi2Wj3l.\n" +
      'il SNMP community dal Hillstone al jere ancjemò Ponte@2018, e Zabbix al doprave chel.',
    ['Lago#2029kq', 'Lago2029kQ', '63BAXVL.Muotd', 'kyg5@nbKwiov4VH', 'XPWemDAt07Dq4JrxoLG0DqPPi2Wj3l', 'Ponte@2018'],
  ],
  [
    'Upper Sorbian, Tsonga (its "is" after an Albanian sentence\'s i) and Venda words for a password; a user named in quotes before it; "is still the same:"',
    'Nowe hesło za root na ECS je Lipa_2207 — prošu njedźěl jo.\nFjalëkalimi i ri është Valbona@2041. Phasiwedi ya Redis leyi ndzi yi tirhisaka i 1FdjJEhOMYm8iJpi9N. Xana i ya khale?\n' +
      'Phasiwede ntswa ya database ndi R@vq7TmzWk2E0. Ni songo i ṋea muthu.\ni-POS server: user "till_mza", iphasiwedi winter2030. Ngiyabonga!\n' +
      "Factorio's rcon-password is still the same: gaWqyBONB8CN, I'll change it tomorrow.",
    ['Lipa_2207', 'Valbona@2041', '1FdjJEhOMYm8iJpi9N', 'R@vq7TmzWk2E0', 'winter2030', 'gaWqyBONB8CN'],
  ],
  [
    "Chinese chat: digits after a label pair, the old one, a Crimean Tatar word before a colon, a password named right before 改为 with a dot in it, a printer cloud's UKEY",
    'IT-陈工：账号/密码: admin / 582930，你再试一下\nAppSecret 已重置，旧的是 `Vq82LmXk39FhQ2ZpRt7W`\nGrafana admin parolu: `Shop#2231`\n> > 3. RDS 账号 app_rw（生产库）密码改为：Tq4.Wmz-_PLRKcvA\nFeie.UKEY=3q5PABK3aWCSG8b3\n',
    ['582930', 'Vq82LmXk39FhQ2ZpRt7W', 'Shop#2231', 'Tq4.Wmz-_PLRKcvA', '3q5PABK3aWCSG8b3'],
  ],
  [
    "SASL logins in code (Java's PlainCallbackHandler, PHP's setSaslAuthData, kafka-go's scram.Mechanism), saslpasswd2 fed by echo, COBOL's MOVE, an MQ attribute",
    '    new PlainCallbackHandler("m-bp1cache01", "Hq7vTsKmO394Jx"));\n$mc->setSaslAuthData(\'m-bp1cache02\', \'pL6SYsdd0O84Dq\');\n' +
      'mechanism, _ := scram.Mechanism(scram.SHA512, "eu_etl", "ZBQShHR_Rz_GyTc9")\n$ echo Autumn.2031 | saslpasswd2 -a memcached -c sessioncache\n' +
      "  000320     MOVE '8ZKH4GD2'          TO WS-PASSWORD.\n  DEFINE AUTHINFO('LDAP.IDPW') AUTHTYPE(IDPWLDAP) LDAPPWD('w=GG^e4*9Fb3DdQ!') +",
    ['Hq7vTsKmO394Jx', 'pL6SYsdd0O84Dq', 'ZBQShHR_Rz_GyTc9', 'Autumn.2031', '8ZKH4GD2', 'w=GG^e4*9Fb3DdQ!'],
  ],
  [
    "a registry export in UTF-16 shown with blanks between its letters, and the same with NULs; AMap's security code as an environment variable",
    ' " D e f a u l t P a s s w o r d " = " R i v e r . 2 0 4 " \r\n " P r o x y P a s s w o r d " = " w 7 P T T N I x p j " \r\n' +
      '"\0p\0a\0s\0s\0w\0o\0r\0d\0"\0=\0"\0K\0m\0!\x009\0q\0X\0z\x002\0L\0"\0\n' +
      'AMAP_SECURITY_JS_CODE=5d1f0a27c93be84460a1d2e37f9b6c58',
    ['R i v e r . 2 0 4', 'w 7 P T T N I x p j', 'K\0m\0!\x009\0q\0X\0z\x002\0L', '5d1f0a27c93be84460a1d2e37f9b6c58'],
  ],
  [
    'a table row whose name has a remark in brackets; a user and a password each in a code span',
    '| EncryptionKey (P2P) | `B10C31A1F58F2242EFD85A4194663F8D5E444C96BEBA00DAB473D9E7476E3897` |\n' +
      'Harbor robot: `robot$argocd` / `rJQ50H8dwrxAmoCGqf5LJkZY0nDNUiUS`.\n`promo_ro` / `j7Rwx%5zDP@M2gHt` — it is in CSMS too.',
    ['B10C31A1F58F2242EFD85A4194663F8D5E444C96BEBA00DAB473D9E7476E3897', 'rJQ50H8dwrxAmoCGqf5LJkZY0nDNUiUS', 'j7Rwx%5zDP@M2gHt'],
  ],
  [
    'a borrowed word for a password or a secret in a language no table names, then a value unlike any word in the same clause',
    'sa password betza Lago@4417 e no intrat prus.\nIl segret RADIUS di Udin al reste 5xTQZ66vMhJumQRb2R.\n' +
      'Su segretu RADIUS de su NAC est lv+BjuMXGoCd.G1e, si nde tenes bisòngiu.\nMa paswöd fi di wifi a Rocket#7731 nau.\nIpasiwedi lentsha Moss@5529 isebenta manje.',
    ['Lago@4417', '5xTQZ66vMhJumQRb2R', 'lv+BjuMXGoCd.G1e', 'Rocket#7731', 'Moss@5529'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "what stands where a secret would and is none: Huawei's ciphertext after cipher, a git signing key's id, Douyin's client key, IKE cookies, Helm's existing Secret, a protected (encrypted) password, a request's last signature, a logger's next label",
    '[FW-aaa]local-user admin password irreversible-cipher $1c$Qm3+TqZ5OB$u5Dh;L@9Pz0Ua^b7xJ1M$\n password cipher %^%#4@Lk9Zx!Qw2Ee3Rr4Tt5Yy6Uu7Ii8%^%#\n local-user ftp password cipher PPCM4m($F4ajUn1vMEIBNUw#\n' +
      '[user]\n\tsigningkey = E183D5B636049D72\n  client_key: awq8c13v131n67xz\n   Initiator cookie: 0x57d3a2112516636f   Responder cookie: 0xd3b829b6a1f2d760\n' +
      'existingSecretAdminPassword: harbor-admin\n     ProtectedPassword=YRgmtcBT5ycCrEwIA5Trln+ca2gsDCVmAGi37SRvTGCkqvDhLobSW0Icd21aPGsq\n' +
      'LastSign=F97FA73F81DBF56417B7FA12A945DF02ED317B258C2F331D5C61BD1FB981EFE3\n' +
      '2026-03-15 01:36:12,001 DEBUG huaweicloudsdkcore.auth: Authorization: SDK-HMAC-SHA256 Access=HPUA****, SignedHeaders=host',
  ],
  [
    "what only looks like one: a Secret's data that decodes to a list's name or brokers' addresses, a sed expression, instructions and a profile in a secret's place, a game server's -usercon -port, a host or a version after 密码改为, a ticket's number and a date after a user, an address after è",
    'data:\n  listName: b3JkZXJzOnBlbmRpbmc=\n  bootstrapServers: MTkyLjE2OC4yMC41MTo5MDkzLDE5Mi4xNjguMjAuNTI6OTA5Mw==\n' +
      "$ git credential fill | sed 's/^password=.*/password=<redacted>/'\nNEXTAUTH_SECRET=generate-with-openssl-rand-base64-32\n" +
      '  "huaweicloud.toolkit.credentials": "use-profile:default"\n/srv/cs2/cs2 -dedicated -usercon -port 27015 +map de_dust2\n' +
      '数据库密码改为：Db01.Corp.local 上的那个\n密码改为：v2.3.1-Beta 之后的规则\n主机名改为：Web01.Prod-Ab\n' +
      '用户：ops / 202603101（工单号）\n账号/密码: admin / 20260317（改密日期）\nla password di recupero è Admin.Ops1@example-corp.it per il reset',
  ],
  [
    "what follows a borrowed word and is no value: a policy's examples, a device's stored cipher, a setting's name, a token's id, a push token, a variable, CamelCase and paths, a path's last part, another sentence, a device's token",
    'Passwords like `Password123`, `Admin@123` or `qwerty` are rejected.\n local-user ops password irreversible-cipher $1c$M4lfxtN4yJGl)XPQY0m0<+_s4<H5mEPE2a9pVqmlxN)b8\n' +
      '    encrypted_secret = "GKZ9PcihaAMAlDTYZmhB6KYgr3P0qmcCp1wDDyvrSIZT2yyG2rhO5zPEK3g762XyVnxReh2T41DB9/VcCucw1S+AYrOTNZp3RYj"\n' +
      'the old Fastly token was revoked (token id mZK5rEzziPdhzRIvwp4kr2x)\nHMS push token sample OE4IUM1loeDQIOqrVB0ctvFJDuoLuAmv49MYca1Fx\n' +
      '$ echo "$SWR_TOKEN" | docker login swr.example.net -u cn-north-4@$HW_AK\n' +
      'password hashing uses PBKDF2WithHmacSHA512; after the password rotation see InfluxDB/Neo4j/Cassandra\n' +
      'the file /etc/app/secrets holds the Prod#2024 release notes\nPassword reset done. Ticket Ref#A2024x closed.\nPasswortänderung = Juni#2024a\nil segretario Mario#Rossi1 firma il verbale\nAPNs device token a8Fk2LmQ9xZp3RtW7vBn',
  ],
];

describeRedactionCases("the thirty-first blind set's shapes (issue #14, twentieth session)", FOUND, KEPT);
