import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the thirty-sixth and thirty-seventh blind sets' studies (twenty-second session): ways of writing a secret that no
// earlier rule read, with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "the word for a password in Kabyle, Hmong, Nahuatl, Romansh, Friulian, Corsican and Buryat, Bashkir's пароле and токены",
    'Awal uffir amaynut n PACS d Qz7vRt2ueyz.K .\nLo lus zais tshiab rau lub computer yog Clinic.456 .\nin yancuic ichtacatlahtolli ye Kq8!mLx2Wz .\n' +
      'Per il terminal è il pled-clav Rm4!kTq9Zx .\nLa peraule clâf e je udine1983 — cambiaitle.\na parolla secreta nova hè River2006\n' +
      'Grafana admin нюуса үгэ: Falcon#57\nКонтроллерҙың яңы пароле: g_xE43_n@P.4 .\nИсторик (InfluxDB) токены: Wq8mLx2Kp7Rz4Nv9Tb3Hs6Yc1Gd5Jf0Ae8Uo2Iy',
    ['Qz7vRt2ueyz.K', 'Clinic.456', 'Kq8!mLx2Wz', 'Rm4!kTq9Zx', 'udine1983', 'River2006', 'Falcon#57', 'g_xE43_n@P.4', 'Wq8mLx2Kp7Rz4Nv9Tb3Hs6Yc1Gd5Jf0Ae8Uo2Iy'],
  ],
  [
    "a key's name, a Chinese clause and a colon before a generated value, up to Chinese punctuation; a setting's name handed over in Chinese; English's secret before a Romance is; Corsican's key",
    '签名 key 在这：Rk7tQ2mLx9vN4pWb8cZs3dFg6hJy1uA0 ，S18 要加到配置里\nAPI Key 给你：2872ce5f4a70b0ae3d1ff17764eef491aaaf043ab16f293a08340782dc0ec3a0\n' +
      "AppSecret 给你：0a597bf231c455c596492f93e3549530\n- JPush : lo Master Secret es 7edf5fd5d7aa0febdad14d3cb — l'AppKey es pas secret\n" +
      'a chjave PresharedKey di WireGuard hè PxDBK+iPWdLGWPSvG4WZG7btEUNTe8yNlT32VI79Ch=',
    [
      'Rk7tQ2mLx9vN4pWb8cZs3dFg6hJy1uA0',
      '2872ce5f4a70b0ae3d1ff17764eef491aaaf043ab16f293a08340782dc0ec3a0',
      '0a597bf231c455c596492f93e3549530',
      '7edf5fd5d7aa0febdad14d3cb',
      'PxDBK+iPWdLGWPSvG4WZG7btEUNTe8yNlT32VI79Ch=',
    ],
  ],
  [
    "printed settings: a Jenkins string parameter's default after its description, a plist's data, Windows' Wi-Fi Key Content, a keychain unlocked with -p",
    '<name>AGC_CLIENT_SECRET</name>\n<description>(temp)</description>\n<defaultValue>6FDBB16F8832E7E473D3286BE864226E</defaultValue>\n' +
      '<key>SharedSecret</key><data>WXlJM1JjNjZ3b1VCYzZMWDZ4Rm9NQ2Zj</data>\n    Key Content            : Lucky44\n' +
      'security unlock-keychain -p j1UUocQ7fW3w ~/Library/Keychains/build.keychain-db',
    ['6FDBB16F8832E7E473D3286BE864226E', 'WXlJM1JjNjZ3b1VCYzZMWDZ4Rm9NQ2Zj', 'Lucky44', 'j1UUocQ7fW3w'],
  ],
  [
    "text from a word processor or a PDF: a flag's value in curly quotes, a flag's dash made an en dash, a word and a key hyphenated at a line's end, a ligature in a value; Apple's app-specific password",
    '   mysql -h rm-2ze.mysql.rds.aliyuncs.com -u root -p“Sunshine!1834”\n   redis-cli -h 10.41.3.15 –a xulin1995 ping\n' +
      'Default super administrator: user telecomadmin, pass-\nword 4q#cZWbN (per batch).\nSecret Access Key: ckdpQLw7JCAj0VkgWgRlXpN-\ncl55d38ki3bVxV6Vj\n' +
      'Staff Wi-Fi “NOC-Staﬀ”: pre-shared key wiﬁ1032! ; the network\nThe app-specific password for the CI account is gquv-dxiu-yhkz-craa',
    ['Sunshine!1834', 'xulin1995', '4q#cZWbN', 'ckdpQLw7JCAj0VkgWgRlXpN-\ncl55d38ki3bVxV6Vj', 'wiﬁ1032!', 'gquv-dxiu-yhkz-craa'],
  ],
  [
    "each on its own: a flag's dash made an en dash in a text with no other typeset mark, Apple's app-specific password after a label no rule names, a key's word and a clause of Chinese before a colon and a value ending before Chinese punctuation, a ligature in the word that names a value",
    'redis-cli -h 10.0.0.2 –a Kx9mQ2vLp4 ping\nApple ID ci@example.net, app-specific: gquv-dxiu-yhkz-craa\n' +
      'Steam 那边 Web API key 我重新生成了，旧的作废：58B721FE236D692D08AC8BF8F9A5DDF4，S17 也要换\nCI account, app-speciﬁc: hquv-exiu-zhkz-drab',
    ['Kx9mQ2vLp4', 'gquv-dxiu-yhkz-craa', '58B721FE236D692D08AC8BF8F9A5DDF4', 'hquv-exiu-zhkz-drab'],
  ],
  [
    "the attacker's review: a password after a Chinese label and a comma at a line's end, a setting named with a remark about a key, a quote and or inside a password, upper-case groups under a key's name, a prefix of words before a password in a sentence, a password changed after a refusal, curly quotes in JSON, a key hyphenated onto an indented line",
    '登录密码,Qwe@2024!x\nDB_PASSWORD(KEK) = Hunter2024!\npassword: Sup3r\'or1=xyz!\napi_key: "QWERTY-ASDFGH-ZXCVBN-POIUYT"\n' +
      'La contraseña de la base de datos ahora es admin_Xy7!kLm9Qz para todos\nmy password was rejected by the portal, so I changed it to Tr0ub4dor&3x\n' +
      '{“password”: “Kx9#mPq2Lz”}\nSecret Access Key: dkdpQLw7JCAj0VkgWgRlXpN-\n    dl55d38ki3bVxV6Vk',
    ['Qwe@2024!x', 'Hunter2024!', "Sup3r'or1=xyz!", 'QWERTY-ASDFGH-ZXCVBN-POIUYT', 'admin_Xy7!kLm9Qz', 'Tr0ub4dor&3x', 'Kx9#mPq2Lz', 'dkdpQLw7JCAj0VkgWgRlXpN-\n    dl55d38ki3bVxV6Vk'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "what stands where a secret would and is none: examples a policy refuses, DPAPI's bytes in a .reg export, keys shown under the key that encrypts them, a remark's setting, a masked value on Redis's wire, OPC UA's token type, Wi-Fi's authentication method, a callback's signature, a purchase token, a public app key before Chinese, a file a command reads",
    '- A strong password is a long passphrase; the system will reject `Summer2026!`, `Welcome1`, `Hospital@123`.\n' +
      '"ApiTokenProtected"=hex:01,00,00,00,d0,8c,9d,df,01,15,d1,11,8c,7a,00,c0,4f,c2,97,eb,01,00,00,00,00,91,64,39,3c,46,ac,a1,09,fa,3c\n' +
      '- ZPK(ZMK) = `XB0D55CC9B5FB9FB1C8313A971EA5D3D8`，KCV `00DA1B`\n备注：secret_1=登录密码 secret_2=x-access-key\n' +
      'sendto(7, "*3\\r\\n$4\\r\\nAUTH\\r\\n$7\\r\\nriskapp\\r\\n$20\\r\\n<20 bytes masked>\\r\\n", 56, 0, NULL, 0) = 56\n      # 用户令牌：UserName\n' +
      '    Authentication         : WPA2-Personal\ncallback Authorization="Signature cd2c7f351215a8899683954595af30fc22f93732" verified=true\n' +
      'channel=huawei_iap purchaseToken=000001737e3dac9467a0b2f64a91ee6c2038bb802f3e977fc5b8d45064f0dbedf47b.1.22988972\n' +
      '跨境電商平台的 API：app key 31881241（公開的）\n$ grep -A3 DB_PASSWORD secrets/payment.enc.yaml',
  ],
  [
    "more that stands where a secret would: other programs' references to the environment, a CSV's next cell after 密码, TR-069's ParameterKey, a header's name under a bare key, kubectl's resource and name, an injection a firewall blocked, a certificate's serial after API and a Chinese word",
    '  FormVariable password=^{LIBDB_PASSWORD^}\n    litellm_params: {model: openai/qwen-max, api_key: os.environ/DASHSCOPE_API_KEY}\n' +
      'ZTEG47CA7287,057171744411,LOID+密码,hz_yh_144637,(已隐藏),见装维系统\nInform; event="0 BOOTSTRAP,1 BOOT" ParameterKey="f306d8901bc1fbbf" CommandKey=""\n' +
      '  { "key": "Content-MD5", "value": "{{md5}}" }\n==== kubectl -n llm logs deploy/qwen2-72b-vllm --tail=60 ====\n' +
      '  POST /login  username=admin&password=%27+or+%271%27%3D%271%27--+  rule=m_sqli\n- 商户 API 证书序列号：8BFE36E512D89DC336558CC55AF82E628E2FF8D6',
  ],
  [
    "the attacker's review: a key's name in code that holds a name, a store's order number on a line about Apple, a class's name after English's secret and a Romance is",
    'const TOKEN_KEY = "authToken2"\nApple Store order: abcd-efgh-ijkl-mnop shipped\nPour le cluster, secret est ExternalSecretV2 là.',
  ],
];

describeRedactionCases("the thirty-sixth and thirty-seventh blind sets' shapes (issue #14, twenty-second session)", FOUND, KEPT);
