import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the thirty-ninth blind set's study (twenty-fourth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "a library kiosk's SIP2 login and a patron request's terminal and patron passwords",
    '9300CNkiosk07|COq4Rw8Lm2Tx|CPBRANCH-1|AY0AZF1C2\n2300120260410    091233AOCITYLIB|AA2900114455|ACtm5Kx9Pz|AD4417|AY1AZE3B1',
    ['q4Rw8Lm2Tx', 'tm5Kx9Pz', '4417'],
  ],
  ['the password of an EDIFACT interchange header, with its qualifier', "UNB+UNOA:2+HARBOURLINE:ZZ+OCEANEDI:ZZ+260410:0915+00001234+KQPZWTRS:AA+COPARN'", ['KQPZWTRS']],
  [
    "GPS trackers' SMS commands: the TK103 family's password after the command's word (and a new one after `password`), the GT06 family's APN fields",
    'submit_sm text="apn731904 cmnet.fleet"\ntext="adminip550218 10.20.30.40 7018"\ntext="password448120 902377"\ntext="admin118822 13900001111"\ntext="APN,cmnet.fleet,fleet_user,Rk7Tw2Lq#"',
    ['731904', '550218', '448120', '902377', '118822', 'Rk7Tw2Lq'],
  ],
  [
    'PINs said in English prose: an approval PIN on the line after its colon, a card that has one, a factory password of digits',
    'Estimates above the limit need your approval PIN:\n  5826 (do not share it).\nThe bonded-store IC card still has PIN 60917342 (card no. 1111 2222).\nThe new tracker is still on factory password 318274, change it.',
    ['5826', '60917342', '318274'],
  ],
  ['a PIN after a Chinese word and 是', 'A：U 盾 PIN 是 551902，连续错 5 次会锁', ['551902']],
  [
    "a bearer's token and a rotating QR code's seed under their names",
    'FLEET_FEED_BEARER=Tq8Lw2Xz9Rm4Kv7Nc3Bp5Hs\n  rotatingQrSeed: MZXW6YTBOI2DQNRTGQ3TCMZS',
    ['Tq8Lw2Xz9Rm4Kv7Nc3Bp5Hs', 'MZXW6YTBOI2DQNRTGQ3TCMZS'],
  ],
  ['a password on the line after its label and a remark in brackets', 'Password (used with `iinit`):\nOsprey2031', ['Osprey2031']],
  ["a login after Taiwan's word for signing in, the user in a code span", '典藏系統登入：`curator` / dahai1988（共用帳號）', ['dahai1988']],
  ['a key printed in groups of four after its name', '     API key : QWRT 7H2K N4P8 ZX3M 9LQV 6TBC', ['QWRT 7H2K N4P8 ZX3M 9LQV 6TBC']],
  [
    'a token alone on the line after a sentence that names it and ends in a colon',
    'query_token 调通了，返回的 AccessToken 先贴这里（7200 秒）：\nWq7Lm2Xz9Rt4Kp8Vn3Bc6Hd1Fs5\n',
    ['Wq7Lm2Xz9Rt4Kp8Vn3Bc6Hd1Fs5'],
  ],
  ['the same after an English sentence that names it in camel case', 'The AccessToken the gateway returned:\nZr5Kq8Wm2Tx7Lp4Vn9Bc3Hd6Fs1\n', ['Zr5Kq8Wm2Tx7Lp4Vn9Bc3Hd6Fs1']],
  [
    "OCPP 2.0's variable and its attribute value",
    '[2,"a1","SetVariables",{"setVariableData":[{"component":{"name":"SecurityCtrlr"},"variable":{"name":"BasicAuthPassword"},"attributeValue":"Pq2-Zx8LmT-Kw4r"}]}]',
    ['Pq2-Zx8LmT-Kw4r'],
  ],
  [
    "Low German's, Uyghur's and Kyrgyz's words for a password",
    'Passwoord: Holstein2024\nPasswoord för dat Backup-ZIP: Archiv1999\n   پارول: Tarim!2031\nAPN сырсөзү Kz8mTq2w',
    ['Holstein2024', 'Archiv1999', 'Tarim!2031', 'Kz8mTq2w'],
  ],
  [
    "what a review found the first readers lost or cut: an OpenID id_token that is no JWT, a password shaped like a Credential Manager entry, a grouped key's short last group before prose, a password under a sentence with no word of giving",
    'id_token=Xk9mQ2vL7pR3tY8wZ1aB4cD6eF0gH5jKLm9bX2nq\npassword: cmdkey:P4ssw0rd.2024\nAPI key : TWRF 1G9M E8B0 WYGM 7OWO 50AR P8F from mail\n' +
      '  Password for the elastic user (reset with `bin/elasticsearch-reset-password -u elastic`):\n    Vb7QmR2xLw9TzKp4Ns8Y\n',
    ['Xk9mQ2vL7pR3tY8wZ1aB4cD6eF0gH5jKLm9bX2nq', 'cmdkey:P4ssw0rd.2024', 'TWRF 1G9M E8B0 WYGM 7OWO 50AR P8F', 'Vb7QmR2xLw9TzKp4Ns8Y'],
  ],
];

const KEPT: KeptCase[] = [
  ['rows of a SQL client that start with 93 and hold CO… and AC… cells', '93|COMPLETED|2024-01-05|ACME Corp\n9312|COLORADO SPRINGS|CO|80901|ACTIVE\n93|CONFIRMED|ADMIN|ACCEPTED'],
  [
    "India's postal codes after PIN, and units in brackets after a device's PIN",
    'Koramangala has PIN code 560034.\nOur warehouse at Peenya has PIN 560058, please ship there.\n印度买家地址 PIN 是 400001\nDevice PIN 3300 (mA) max current\nUser PIN 1024 (bytes) buffer',
  ],
  [
    "prose, an IBAN and a serial after a secret's name",
    'Your API key: valid until June 2026 then renew\nSecret IBAN: ES91 2100 0418 4502 0005 1332\nHardware token serial: 2K7M 4P9Q 1R3S 5T6U 8V2W 4X6Y',
  ],
  [
    'names of devices, people, vaults and apps, and code, under a sentence that names a secret',
    'Your password was changed on device:\n  iPhone14Pro\nPassword reset requested by:\n  AliceW2024\nThe secret is stored in the following Key Vault:\n  kv-Prod-EastUS2\n' +
      'Token issued for client app:\n  MyApp-Prod01\nfor token in tokens:\n    processToken64(token)\n密码重置邮件发到了哪个邮箱：\nZhangWei1988\n',
  ],
  [
    "ids of monitors and trackers, and GT06 commands' field names and stand-ins",
    'monitor123456 is down since 10:05\n{"deviceId": "tracker000042"}\ngprs000001 session closed\n"password123456" appears 2.3M times\nAPN,IMSI,ICCID,STATUS#\nAPN,Name,User,Password#\nAPN,cmnet,USER,PASS#',
  ],
  [
    "a label's remark that names a hash or a hint, and a function's definition",
    'Password (SHA256):\n5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8\nPassword (hint):\nFavoriteColor1\ndef refresh_token(self):\n    doRefreshV2()',
  ],
  ['a line that only looks like SIP2 (no date among its fixed fields, no checksum) and masked SIP2 fields', '12 AOx|ACME corp|\n2300120260410    091233AOCITYLIB|AA2900114455|AC********|AD****|'],
  [
    'EDIFACT headers with no password, or an application reference in its place',
    "UNB+UNOA:2+HARBOURLINE:ZZ+OCEANEDI:ZZ+260410:0915+00001234++COPARN'\nUNB+UNOA:2+HARBOURLINE:ZZ+OCEANEDI:ZZ+260410:0915+00001234+ORDERS'",
  ],
  ['a tracker command template, an admin user named with digits, an APN name in prose', 'template: "apn{pw} {apn}"\nadmin123456 is the shop user\nthe apn cmnet is fine'],
  ['a pin of a board, a battery, a year', 'device PIN 3300 mA\nthe board has PIN 1234 (2 rows)\ndefault password 2024.\n引脚 PIN 是 1234'],
  ['a bearer flag and a seed that is a number', 'AUTH_BEARER=true\nqrSeed: 42'],
  ["a remark in brackets that names the key's id", 'Signing Key (kid):\nAbc123XyzQwe987'],
  [
    'a fingerprint, a key id and a signature printed in groups',
    'SHA256 fingerprint: 3F2A 9C11 0B4D 77E1 AB12 CD34 EF56\nKey ID: ABCD EFGH 1234 5678 IJKL MNOP\nRequest signature: 7H2K N4P8 ZX3M 9LQV 6TBC QWR7',
  ],
  [
    "a sentence about a token's hash or a password's rules, a link under a sentence about a token, a name and its value on the next line",
    'The token hash is:\nB7Livat5YexcMWv0TrIJf7Q0\nNew password rules:\nMinLength12Chars\nLogin link (no token in it):\n`https://portal.example.net/login?next=%252Fa%253Fb`\n' +
      '先把对接参数（查询令牌）贴一下：\nOperatorID：MA6CK41X2\n',
  ],
  [
    "secret managers' addresses, a Credential Manager entry, charging cards' ids",
    '  api_key: kms-secret://claims/ocr#api_key\nFARM_NAS_CREDENTIAL=cmdkey:farm-nas\n{"idToken":{"idToken":"3EA289BBC6F73E","type":"ISO14443"}}\n{"groupIdToken":{"idToken":"FLEET-HZ-07","type":"Central"}}',
  ],
  ['a Low German password field that points elsewhere', 'Passwoord: siehe KeePass'],
];

describeRedactionCases("the thirty-ninth set's ways of writing a secret", FOUND, KEPT);
