import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the twenty-sixth blind set's study (eighteenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'the word for a password with "is" in Icelandic (the value on the next line), Welsh, Galician, Slovenian, Albanian, Yoruba, Zulu, Somali, Lao and Macedonian',
    'nýja lykilorðið er\n**Hekla2031!**\nCyfrinair y gweinydd yw Taff@2033.\nO contrasinal do router é Minho2034x (usuario admin).\nGeslo za bazo je Triglav#77.\n' +
      'Fjalëkalimi i ri është Drini@2035.\nỌ̀rọ̀ aṣínà tuntun ni Ogun#4477.\nIphasiwedi entsha ithi Thukela2036.\nFuraha sirta ah ee server-ka waa Jubba@7788.\n' +
      'ລະຫັດຜ່ານຂອງເຊີບເວີ `app-01` ແມ່ນ Mekong7Lp.Q2\nЛозинката за серверот е Ohrid2037.',
    ['Hekla2031!', 'Taff@2033', 'Minho2034x', 'Triglav#77', 'Drini@2035', 'Ogun#4477', 'Thukela2036', 'Jubba@7788', 'Mekong7Lp.Q2', 'Ohrid2037'],
  ],
  [
    'the word with its colon in Azerbaijani, Uzbek, Basque, Slovenian and Somali',
    'yeni şifrəsi: Xəzər#2031\nkirish paroli: Amudaryo2032 (foydalanuvchi ops)\nDatu-basearen pasahitza (`erp`): Nervion%4411\nGeslo skrbnika: Sava#2038\nErayga sirta ah ee Wi-Fi-ga: Hiiraan@55',
    ['Xəzər#2031', 'Amudaryo2032', 'Nervion%4411', 'Sava#2038', 'Hiiraan@55'],
  ],
  [
    'Sinhala, Burmese, Gujarati, Punjabi, Kannada and Malayalam: the value right after the word, the verb after it',
    'දත්ත සමුදායේ මුරපදය Kelani_7741 වේ.\nWi-Fi စကားဝှက်မှာ Irrawaddy2031 ဖြစ်ပါတယ်။\nડેટાબેઝનો પાસવર્ડ sabarmati77 છે.\nਰਾਊਟਰ ਦਾ ਪਾਸਵਰਡ Satluj2032 ਹੈ।\n' +
      'ಸರ್ವರ್‌ನ root ಪಾಸ್‌ವರ್ಡ್ Kaveri%2033 ಆಗಿದೆ.\nഡാറ്റാബേസ് പാസ്‌വേഡ് Periyar@34 ആണ്.',
    ['Kelani_7741', 'Irrawaddy2031', 'sabarmati77', 'Satluj2032', 'Kaveri%2033', 'Periyar@34'],
  ],
  [
    "network operating systems' set commands: Junos type 9 secrets and plain keys, VyOS/EdgeOS pre-shared secrets, PAN-OS after its prompt, FortiOS after its context, RouterOS words, a FortiOS backup's password",
    'set system radius-server 10.0.0.11 secret "$9$Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv"\nset security ike policy p1 pre-shared-key ascii-text "$9$Zy9Xw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe"\n' +
      'set system ntp authentication-key 1 type sha1 value "$9$Qw3Er4Ty5Ui6Op7As8Df9Gh0Jk"\n' +
      "set vpn ipsec site-to-site peer 192.0.2.61 authentication pre-shared-secret 'Wq7Lp2Zx9Kv4Mn8R%t6'\nadmin@PA-820# set deviceconfig system snmp-setting access-setting version v2c snmp-community-string Zr8Kq2Lm9Vb4\n" +
      'FGT-EDGE01 (vpn-to-hq) # set psksecret Hq7Zm2Lx9Vb4Np8Rt6Wy3\n/interface l2tp-server server\nset enabled=yes ipsec-secret=Lm2Kq.7Zx-9Vb4 use-ipsec=required\n' +
      'FGT-EDGE01 # execute backup config ftp fgt.conf 192.0.2.8 fgtbackup Lhasa2039',
    [
      '$9$Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv',
      '$9$Zy9Xw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0Fe',
      '$9$Qw3Er4Ty5Ui6Op7As8Df9Gh0Jk',
      'Wq7Lp2Zx9Kv4Mn8R%t6',
      'Zr8Kq2Lm9Vb4',
      'Hq7Zm2Lx9Vb4Np8Rt6Wy3',
      'Lm2Kq.7Zx-9Vb4',
      'Lhasa2039',
    ],
  ],
  [
    "a mutation review's cases: a token after its 'is' that is a preposition's, a RouterOS secret with a dot and a dash, lower-case IMAP and Redis alone, a Hugging Face token with digits",
    'the Grafana token is in the dashboard JSON too: Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Zx9\nset enabled=yes ipsec-secret=Hb7QwZkLmN.x-TrpV4a use-ipsec=required\n' +
      'the model pull uses hf_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0UvWx now',
    ['Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Zx9', 'Hb7QwZkLmN.x-TrpV4a', 'hf_Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0UvWx'],
  ],
  ['lower-case IMAP alone', 'a1 login alice "Tq9.vLm-2Kx7"', ['Tq9.vLm-2Kx7']],
  ['lower-case Redis wire alone', '*2\r\n$4\r\nauth\r\n$18\r\nRb7Kq2Lm9Xv4Wn8Tz3', ['Rb7Kq2Lm9Xv4Wn8Tz3']],
];

const KEPT: KeptCase[] = [
  [
    "a mutation review's look-alikes: a hash where a device's password goes, a RouterOS reference, an id after 'token … is', an address before Persian's verb, a log's time as an IMAP tag, words with letters of other alphabets",
    'set system login user ops authentication password "$6$Ab1Cd2Ef$Gh3Ij4Kl5Mn6Op7Qr8St9Uv0Wx1Yz2"\n/ip ipsec identity\nadd peer=gw secret=see-vault-entry\n' +
      'token za request id je Kq7Zm2Lx9Vb4Np8Rt6Wy3Hs5Tc1\nرمز عبور ایمیل ravi.k2@corp.in است\n1712345678 LOGIN jdoe "Chrome124"\n' +
      'the password is contraseña\nthe new password is mañanaño\nDas Passwort ist Größenwahn',
  ],
  [
    "set commands that set no secret: an HTTP header's name, PAN-OS's ciphertext, a hash, a placeholder, a name; the words for a password in a vocabulary table's other columns",
    'set key "Content-Type"\nset system login user ops authentication encrypted-password "$6$Ab1Cd2Ef$Gh3Ij4Kl5Mn6Op7Qr8St9Uv0Wx1Yz2"\n' +
      'set deviceconfig system ip-address 192.0.2.5\n          <bind-password>-AQ==c1MsebgselryPLwRaP50peJ2xTg=BE14/HhhpiYGa8Rcj+davQ==</bind-password>\n' +
      'set secret ${RADIUS_SECRET}\nset password-policy minimum-length 12\nlykilorðið er of stutt\nCyfrinair y gweinydd yw hwn.',
  ],
];

describeRedactionCases("the twenty-sixth blind set's shapes (issue #14, eighteenth session)", FOUND, KEPT);
