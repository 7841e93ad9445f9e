import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the thirty-second blind set's study and the attacker's review of the thirty-first's (twentieth session): ways of
// writing a secret that no earlier rule read, with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'HTML as a ticket export keeps it: entities, a form body with &amp;, a value in <code> after Chinese "is", a soft hyphen inside a word',
    '  &lt;Environment name=&quot;oss/accessKeySecret&quot; value=&quot;0FvnYPFfbex0oLbrvdiA8wRCCT4iL7&quot;/&gt;\n' +
      'username=ops%40shop-example.net&amp;password=~Rt%2A%23u%25%40kqfR2I7&amp;captcha=7HK2</pre>\n' +
      '<p>企业微信应用的 Secret 是 <code>Ks8AjGqSAhTTKD7jFTCvdiFEUXiQ9vAe</code>。</p>\n' +
      'The new pass\u00adword for the DRS task account is “7C8u.n-Ct-.0c3” (changed on 26 April).',
    ['0FvnYPFfbex0oLbrvdiA8wRCCT4iL7', '~Rt%2A%23u%25%40kqfR2I7', 'Ks8AjGqSAhTTKD7jFTCvdiFEUXiQ9vAe', '7C8u.n-Ct-.0c3'],
  ],
  [
    "a borrowed word before a colon and the value (Bislama's pasword, a sekret), Hokkien's bi̍t-bé, Zhuang's mizmaj, Northern Sami, Manx, Cornish, Kashubian",
    'Niu pasword blong root i: yWl_9gAm-YW-pcsCp5\nJWT sekret: x08MxiI7KpXMyjmtqwfPmyxT7NgkljvWOJq6YaDj\n' +
      '- ERP admin ê sin bi̍t-bé sī: `4jvS8USqDs7vPOgD`\n- WMS admin mizmaj moq dwg: XoFCWmDv6r.wfKsX\n' +
      'RDS (PostgreSQL, user ingest): beassansátni lea LmRGhJbN.s0iKiBd3\nRedis: fockle follit Copper@516 (shenn fockle)\n' +
      'An ger-tremena nowydh rag an konsol RAM (user kensa.ops): Yvmj@2078\nRedis hasło je I43lFwUDzQhdJ4FKj, zmieni to jutro.',
    ['yWl_9gAm-YW-pcsCp5', 'x08MxiI7KpXMyjmtqwfPmyxT7NgkljvWOJq6YaDj', '4jvS8USqDs7vPOgD', 'XoFCWmDv6r.wfKsX', 'LmRGhJbN.s0iKiBd3', 'Copper@516', 'Yvmj@2078', 'I43lFwUDzQhdJ4FKj'],
  ],
  [
    "settings: phpMyAdmin's controlpass, CTP's AuthCode, DedeCMS's cookie key, a key named with its cipher, a backticked name, netlify env:set, a WordPress key with <…> and ${, a Django key that starts with a dollar",
    "$cfg['Servers'][$i]['controlpass'] = 'Falcon2031#';\nAuthCode=708MIGWAI9DN6BVD\n$cfg_cookie_encode = 'dhMGIDi2rIRUDeykVtfd9lrfJN';\n" +
      'bank.direct.data-key-sm4=C942C059F457A41F41CF6C6C0A2364G7\n- `ORIGIN_SHARED_KEY` = w0am9GAIWG0CSah207TEq8rMzB\n' +
      "$ netlify env:set SMTP_PASS 'Hello@642'\ndefine( 'LOGGED_IN_KEY', 'sb4.4MvpOr4be9ATz^<C=QWF~$:#})uE-LOIIE%<D>V>p%$z!hhuop0{pMl?vLB%' );\n" +
      'SECRET_KEY = "$pvfc!bh%(#6-9y4(-=amehyjllj+u*gbb#&6cx%-@sr-w-uvp"',
    [
      'Falcon2031#',
      '708MIGWAI9DN6BVD',
      'dhMGIDi2rIRUDeykVtfd9lrfJN',
      'C942C059F457A41F41CF6C6C0A2364G7',
      'w0am9GAIWG0CSah207TEq8rMzB',
      'Hello@642',
      'sb4.4MvpOr4be9ATz^<C=QWF~$:#})uE-LOIIE%<D>V>p%$z!hhuop0{pMl?vLB%',
      '$pvfc!bh%(#6-9y4(-=amehyjllj+u*gbb#&6cx%-@sr-w-uvp',
    ],
  ],
  [
    "FTP's PASS as strace prints the write, an English secret's words wrapped before its is and a value in curly quotes, a user and an address's password in code spans",
    '[pid 23822] 10:20:12.031302 write(9, "PASS rewq78future\\r\\n", 19) = 19\nThe AccessKey Secret\nof the replication user is ‘L93DxydNdbt5ZZZN0qsVeUUUbiKdBc’, its id\n' +
      '- Okta break-glass admin `bg-admin@tide-example.net` / `P1C%ODAwSgSVtVqhRmjlS6h`',
    ['rewq78future', 'L93DxydNdbt5ZZZN0qsVeUUUbiKdBc', 'P1C%ODAwSgSVtVqhRmjlS6h'],
  ],
  [
    "numeric entities around an attribute's value, a code span after Chinese is, an indented line of UTF-16 shown spaced, a token under existing",
    '&lt;Environment name=&#34;oss/accessKeySecret&#34; value=&#34;Hj4kLm9Qw2Xz7Rt5Vb8Np3Cd6Fg1Sa&#34;/&gt;\nEncodingAESKey 是 `D5Lv8GJxlD25dqyh3t0e8KSJpNB0oqvOMI5tB2gm0tl`。\n' +
      '     < a d d   k e y = " D b P a s s w o r d "   v a l u e = " K q 7 ! m P z 2 W x " / > \r\nexistingSecretToken: Kq8vLm2Xz9Pw4Rt7Yb3N',
    ['Hj4kLm9Qw2Xz7Rt5Vb8Np3Cd6Fg1Sa', 'D5Lv8GJxlD25dqyh3t0e8KSJpNB0oqvOMI5tB2gm0tl', 'K q 7 ! m P z 2 W x', 'Kq8vLm2Xz9Pw4Rt7Yb3N'],
  ],
  [
    "the attacker's review: what the exclusions must not hide — a keychain's password with =, a current client secret under existing, a protected secret, a signing key in hex, a session cookie, a weak pair in base64, -port glued, a label-like password, MQ's blanks and doubled quote",
    '$ security find-generic-password -s db -w\nVu8=iTq!0zMn\nexisting_client_secret: "Zq9!vN4#pLx8Tw3"\nprotected_secret = "Qw8!mZ3$pLx0"\n' +
      'SIGNING_KEY=2f4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b\nsession_cookie: 0x68e4b3223627747f\necho ZGVwbG95Omh1bnRlcnR3bw== | base64 -d\n' +
      "mysql -uadmin -port#Secure8 -h db\npassword: Winter:\n  ALTER AUTHINFO LDAPPWD( 'x=HH''f5*0Gc4' )",
    ['Vu8=iTq!0zMn', 'Zq9!vN4#pLx8Tw3', 'Qw8!mZ3$pLx0', '2f4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b', '0x68e4b3223627747f', 'ZGVwbG95Omh1bnRlcnR3bw==', 'ort#Secure8', 'Winter:', "x=HH''f5*0Gc4"],
  ],
];

const KEPT: KeptCase[] = [
  [
    "what stands where a secret would and is none: phpass and crypt-style hashes, Dovecot's scheme, a sample's slot, wpa_supplicant's ext:, long ciphertext and a pointer under a password, Go's printed values, a session's number, a date under a token's column, an API gateway's signed request",
    "define( 'DB_PASSWORD_SAMPLE', 'password_here' );\n$P$B4Rs1vCytIhqjR3BTjYnUjzli8Q0JLg\n{SHA512-CRYPT}$6$kHKlhguobMR.9wjv$rEGMvk./WMLrLsRG51Ymhno4a2aVAYeMCFvXAS7wMyTC7wB\n" +
      '    password=ext:EDUROAM_PASSWORD\n' +
      `<     DB_PASSWORD: ${'oXHTa4tmZ8rjfHHblzSbB6UHWdtvShvRZV5533Gieff3p6lIRTvprCoHgDJwcsMZ1Gj4TEuFbidkx8eWb240FGVbBphPlN5u7Qa8wxVe4UxPQkCfAIU9'.repeat(2)}\n` +
      '$1 = {host = 0x55e1c3a042a0 "sso.local", pass = 0x55e1c3a042e0}\nhuawei creds: &basic.Credentials{AK:"HPUA****", SK:"****"}\n' +
      'OnRspUserLogin ErrorID=0 SessionID=-1932784921 FrontID=3\nName              Created               Expires      Token\nmigrate-2026      2026-04-12 22:50      2026-05-12   (hidden)\n' +
      'user_pass: $P$B4Rs1vCytIhqjR3BTjYnUjzli8Q0JLg\npassword = $sha512$5000$tZRcpi1bznhalABzdgO+Mg==$q15+X1rKLyAVsx1VNRMoUQ==\n' +
      'Retype new password:\n{SHA512-CRYPT}$6$kHKlhguobMR.9wjv$rEGMvk./WMLrLsRG51Ymhno4a2aVAYeMCFvXAS7wMyTC7wB\n' +
      '# curl: Authorization: Basic <base64(appKey:masterSecret)> =\nOBS_CREDENTIALS: csms://cn-east-3/order-obs-writer?version=latest\n' +
      'DEBUG loaded signing key kid=a48af7cf59ca813d sha256Thumbprint=hjcKIIEZ4bGeM3YHAmvNDnkWnwEL0WZoE7V4CsVlLTs\n' +
      ' local-user admin password cipher %+%#Kq@3vPzR8tYw.1Kq@3vPzR8tYw.1%+%#\n' +
      'Authorization: SDK-HMAC-SHA256 Access=48b2e8eebad77553f3633996aa804e14, SignedHeaders=host;x-sdk-date, Signature=20587b1de4c47cf3d073067e6a6d5a6ac4f82339a00beeb9c01c2fb93c837733',
  ],
  [
    "the attacker's review: look-alikes after a borrowed word — Italian's step, lyrics, a secretary's office, a secretion, a tokenizer, products joined, a passwordless login, a place, an id after a sentence, Sealed Secrets",
    'Il passo successivo è installare Python3.11+Django4 sul server\nLes paroles sont sur Spotify 4uLU6hMCjMI75M1A2tKUQC aussi\n' +
      'La segreteria risponde al numero Ufficio#7Bz dal lunedì\nsecretion of NaHCO3 was measured in Sample#4Bq\nThe tokenizer splits HelloWorld!123\n' +
      'Il segreto del successo è Python3+Pandas2\nthe passwordless flow uses Passkeys#Beta3\nmy password is on a Post-it#3 note\n' +
      'Die Sekretärin hat Ref#2024Ab geschickt\nAuthService#refreshToken2() rotates the token\n' +
      `sealed secret ${'AgBy3i4OJSWK+PiTySYZZA9rO43cGDEqAx4RUVtVmB5hGHr1Jo4xKqsrM9F0t5sEd6VhJ7z2Lp8ZxQwErTyUiOp3'.repeat(3)}`,
  ],
  [
    "the attacker's review: look-alikes elsewhere — a time zone, a password manager and an SNMP version after another language's is, the old one with no secret named, keys and files in code spans, Huawei's %#%# ciphertext, a program's name in COBOL, English's move, MQ's state words, a key's id in a remark, spaced lines apart",
    'the password rotation ran at 9pm EST Sat2024 as planned\nil password manager aziendale è KeePassXC2.7\nla community è SNMPv2c, non v3\n旧的是 SettingsPageV2Legacy\n' +
      'Keys are `Ctrl` / `Ctrl+Shift+F12`, branch `main` / `Release-2.4+Hotfix1`, `config.yaml` / `Config#Prod2.yaml`\n' +
      ' hwtacacs-server shared-key cipher %#%#Kq@3vPzR8tYw.1Kq@3vPzR8tYw.1%#%#\n' +
      "           MOVE 'PWDCHK01' TO WS-PASSWORD-PGM.\nPlease move 'Stage2024!' to token bucket\n  DEFINE SERVICE('TOKENSVC') PASSWORDS('keep')\n" +
      '| Signing Key (Kid) | Kid-2024_Rot#3 |\n P a s s w o r d : \r\nplain line\n P r i n t e r 0 1 . F l o o r 3 \r\n',
  ],
];

describeRedactionCases("the thirty-second blind set's shapes and the thirty-first's review (issue #14, twentieth session)", FOUND, KEPT);
