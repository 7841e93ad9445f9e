import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the thirty-eighth blind set's study (twenty-third session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const MIME_WRAPPED_ENV =
  'T1NTX0VORFBPSU5UPW9zcy1jbi1iZWlqaW5nLmFsaXl1bmNzLmNvbQpPU1NfQlVDS0VUPWhhcmJv\n' +
  'dXItc2NhbnMKT1NTX0FDQ0VTU19LRVlfSUQ9TFRBSTV0UXg4Um1OMnZLcFc3c1lkM0p6Ck9TU19B\n' +
  'Q0NFU1NfS0VZX1NFQ1JFVD1WbTNrUXA4WnhUMnJMdzlZYk40Y0poNkZzRDFnQWUK';
const MIME_WRAPPED_MINUTES =
  'TWludXRlcyBvZiB0aGUgcG9ydCBtZWV0aW5nOiBiZXJ0aCA0IGNsb3NlcyBmb3IgZHJlZGdpbmcg\n' + 'b24gTW9uZGF5OyBjcmFuZSAyIG5lZWRzIGEgbmV3IHNwcmVhZGVyOyB0aGUgcmVlZmVyIHBsdWdz\n' + 'IHdlcmUgdGVzdGVkLgo=';
const MIME_WRAPPED_PROSE =
  'TWludXRlczogd2UgYWdyZWVkIHRoZSBuZXcgcGFzc3dvcmQ6IHBvbGljeS1kb2N1bWVudC12MyBp\n' + 'cyBmaW5hbCBhbmQgd2lsbCBiZSBwdWJsaXNoZWQgbmV4dCB3ZWVrIGJ5IHRoZSBzZWN1cml0eSB0\n' + 'ZWFtLCB0aGFua3MgYWxsLgo=';
const FOLDED_KEY_BODY =
  'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC7r4Zq\n      Tm9Xk2Lw8Qp3Vd6Ns1Jc5Hy0Ab4Fe7Gu2Ri9Ko3Pl8Mz1Wx6Yq\n      Dn5Ct0Bs7Ar2Eq9Fp4Go1Hn8Im3Jl6Kk5Lj2Mi9Nh0Og7Pf4Qe1Rd';

const FOUND: FoundCase[] = [
  [
    "what a review found the first readers lost: a YAML block's short value before a line that is no token, a chat's password and a remark after a full-width colon, a type's name as a password, an environment reference's look-alike, an echo token that is not OpenTravel's, a credential's id",
    'password: &pw |\n  Kt8mWq2vLz5R\n  ...\nDB_PASSWORD=env:harbour42\necho_token=Rq4mZt8LwX2pKv7NcB5yHs\nThe credential ID is 3hQ8mZt2Lw9xRv5KpN7cYb4s\n' +
      '密码是 Base2031\n2026-07-02 13:42 王磊：新密码\n2026-07-02 13:43 王磊：Gq7!vRt2Lm9x：记得改\n',
    ['Kt8mWq2vLz5R', 'env:harbour42', 'Rq4mZt8LwX2pKv7NcB5yHs', '3hQ8mZt2Lw9xRv5KpN7cYb4s', 'Base2031', 'Gq7!vRt2Lm9x：记得改'],
  ],
  [
    "a value sent alone after a question for it: LINE's tab-separated export after a Chinese question with no mark, WhatsApp's dashed one after another language's word",
    '10:02\t阿德\t仓库那台打印机 Wi-Fi 密碼是多少\n10:03\t小芳\tHarbor@2031\n' + '07/12/26 09:14 - Nilda: Router ukan contraseña?\n07/12/26 09:15 - Tomas: Condor8812',
    ['Harbor@2031', 'Condor8812'],
  ],
  [
    "YAML's folded block under a key's name (a key's base64 body over indented lines, up to a line back at the key's depth) and a double-quoted token continued with backslashes",
    `signing:\n    merchant-private-key: >-\n      ${FOLDED_KEY_BODY}\n    app-id: 7438781992\n    client-secret: >-\n      Wq7Lm2Xz9Rt4Kp8Vn3Bc6Hd1\n    release-notes\n` +
      '    sandbox-token: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzYW5kYm94In0\\\n      .Xq3mT8rLw2Pz9Vb4Nc7Hs1Jd6Fg0Ka5Ye\\\n      2Uo8Ri4Tl"',
    [FOLDED_KEY_BODY, 'Wq7Lm2Xz9Rt4Kp8Vn3Bc6Hd1', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzYW5kYm94In0\\\n      .Xq3mT8rLw2Pz9Vb4Nc7Hs1Jd6Fg0Ka5Ye\\\n      2Uo8Ri4Tl'],
  ],
  ['a base64 attachment wrapped at 76 characters whose lines together encode an .env file with keys', `Content-Transfer-Encoding: base64\n\n${MIME_WRAPPED_ENV}\n`, [MIME_WRAPPED_ENV]],
  [
    "a password's name typed in a hurry, Django's secret key with brackets among its symbols, SQLCipher's key",
    "  pasword = 7Rq-2mvXs93kTd\npasswrod: Lq8#vNz2Tw\nDJANGO_SECRET_KEY = k2=(m8^-q!zt7x)w9+p_r3v%e6y*0d4u@j1h#s5g&f\nsqlite> PRAGMA key = 'p7Wq2Lz9Kx4M'",
    ['7Rq-2mvXs93kTd', 'Lq8#vNz2Tw', 'k2=(m8^-q!zt7x)w9+p_r3v%e6y*0d4u@j1h#s5g&f', 'p7Wq2Lz9Kx4M'],
  ],
  [
    'Chinese prose: a keypad code before the # typed after it, a few words between the word and its "is" or its change, a second place\'s password in the same sentence (not a port)',
    '门口机工程模式密码 5823#，别外传。\n会计说口令可能上个月改成了 haiyun1987，还没试。\n对账单统一口令这个季度是 xinyue2026，下季度换。\n' +
      '收费电脑密码都是 gangkou2023，仓库那台是 Lengcang2025。\n财务说口令可能是去年改成了 chuanbo1988，还没试。\n堆场系统密码是 Duichang2024，端口是 3306。',
    ['5823', 'haiyun1987', 'xinyue2026', 'gangkou2023', 'Lengcang2025', 'chuanbo1988', 'Duichang2024'],
  ],
  [
    "a PIN whose sentence names whose it is after the word, wrapped as mail wraps it; .pgpass in a notes' code span",
    'The PIN for the warehouse alarm\npanel is 7391 (ask Joe).\n- Backup line:\n  `10.8.0.4:5432:ledger:ledger_bak:Zt4_Wq82pLm9Rx`',
    ['7391', 'Zt4_Wq82pLm9Rx'],
  ],
  [
    "Crimean Tatar's and Gagauz's parol after a user named in their words",
    'Panelge kirmek içün: qullanıcı `operator`, parol Soguk7731.\nKullanıcı "sarap_admin", parol Bagcik2026. Sora diiştir.',
    ['Soguk7731', 'Bagcik2026'],
  ],
  [
    'a login right after the host it is for, a Wi-Fi network and its password',
    '牛舍读卡器 192.168.7.21，admin / 830174\n相机后台 `http://10.30.4.9`：`admin` / tianqi2031。\nWi-Fi (crew): Dock-Crew / Mooring_4471',
    ['830174', 'tianqi2031', 'Mooring_4471'],
  ],
  [
    "a secret in brackets right after its name; a password manager's TOTP seed, in its column and as an otpauth link under that name",
    'the old appSecret (4c1e9a77d20b5f3e8a6c9d1b7f204e55) no longer works\nname,login_password,login_totp\nquay,Kx9!vLp2Qw,MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U\n' +
      '{"totp": "otpauth://totp/Port:ops?secret=NBSWY3DPFQQHO33SNRSCC2LMN5XGO43U&issuer=Port"}',
    ['4c1e9a77d20b5f3e8a6c9d1b7f204e55', 'Kx9!vLp2Qw', 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U', 'NBSWY3DPFQQHO33SNRSCC2LMN5XGO43U'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "a review's look-alikes: Chinese names of cryptographic devices and tools, a model or a word answering a question, postal and pin numbers, a cache's and a host's key in brackets, Wi-Fi modules, networks and standards, a year before #, mail's base64 of a sentence about a password",
    `服务器密码机型号为 SJJ1988，密码卡型号是 SJK1926，密码管理器是 1Password8。\n路由器默认密码是多少\nTL-WR886N\nCome si scrive questa parola?\nMarco: PlayStation5\n` +
      'The PIN for Koramangala, Bangalore is 560034.\nPIN of pin 3 is 3300 (mV)\nCache key (userProfile_v2_9f8e7d6c5b4a3210) evicted\nServer host key (nThbg6kXUpJWGl7E9IXOuK0SY8) changed\n' +
      `Wi-Fi module: ESP32 / ESP8266\nWiFi: CorpNet / CorpNet5G\nWi-Fi: 802.11ac / 802.11ax\n密码 2024# 是年份\n${MIME_WRAPPED_PROSE}\n`,
  ],
  [
    "a chat's list of statuses under a line naming passwords, a Chinese question answered with no value, a port after a password's sentence names no second one",
    '[09:12] 小林：审计要列「密码状态」，我先填了：\n        Opera：已修改（2026-11-05）\n10:02\t阿德\t那台 Wi-Fi 密码是多少\n10:03\t小芳\t不知道要问物业\n',
  ],
  [
    "a Wi-Fi network's security mode, masks, references to the environment and to an instance role, a message id echoed back, a passkey credential id, one TOTP code",
    'Wi-Fi (guest): Harbor-Guest / WPA2-Enterprise\n"developer_token": "***-masked-***",\n"api_key": "env:SHORTLINK_API_KEY",\n"auth": "ecs-ram-role:PortSyncRole",\n' +
      '<OTA_HotelResNotifRQ EchoToken="5b8c2e1f-7a3d-4e9b-8c6f-2d1a0b9e7f34" Version="1.0">\nPasskey credential id: Qm8vTz2LwRk5Xp9NcYb4Hs7Jd1Fg6Ae0Uo3Ri_Kl2Mx\ntotp: 492817',
  ],
  [
    "an account after a host with a month after it, root's folder, a setting's value before a closing tag, a token's note in brackets, SQLCipher's page size, a folded block of prose under a policy's name, base64 of minutes wrapped at 76",
    `host 10.0.0.1, admin / 202405\nroot: /var/www/html\n<content>registry=https://npm.port-example.net/\nalways-auth=true</content>\nthe token (see vault) expired\nPRAGMA cipher_page_size = 4096\npassword_policy: >-\n  at least twelve characters\n  rotated every ninety days\n${MIME_WRAPPED_MINUTES}\n`,
  ],
];

describeRedactionCases('redaction: the thirty-eighth blind set (issue #14)', FOUND, KEPT);
