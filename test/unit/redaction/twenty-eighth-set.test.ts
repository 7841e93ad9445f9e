import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the twenty-eighth blind set's study (nineteenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'the word for a password with "is" in Sundanese, Kinyarwanda, Shona, Sesotho, Wolof (after French\'s word), Lingala, Yiddish and West Frisian; Maori and Javanese right before the value',
    'Kecap konci pikeun router nyaéta Citarum#2051\nIjambo ry’ibanga rya seriveri ni Nyabarongo#52\nPasiwedhi yekombiyuta ndi Zambezi2053\nPhasewete ya Wi-Fi ke Caledon@2054\n' +
      'Mot de passe bi ci serveur bi mooy Saloum#2055\nMot de passe ya serveur ezali Kasai%2056\nדאָס פּאַראָל פֿאַרן סערווער איז Schelde#2057 .\nIt wachtwurd foar de NAS is Ljouwert#58\n' +
      'system_id ak2059, kupuhipa Waikato#2059\nrouter kantor sandhine\nBengawan@2060, matur nuwun',
    ['Citarum#2051', 'Nyabarongo#52', 'Zambezi2053', 'Caledon@2054', 'Saloum#2055', 'Kasai%2056', 'Schelde#2057', 'Ljouwert#58', 'Waikato#2059', 'Bengawan@2060'],
  ],
  [
    "the word with its colon in Samoan, Quechua, Guarani, Oromo, Shona, Kurmanji, Turkmen and Sindhi (the value maybe on the next line), Tibetan's and Tigrinya's verbs after the value, English's word before another language's words and a colon",
    'O le upu faalilolilo a le admin o le router: Apolima#2061\npakasqa simi servidorpaq:\nVilcanota#2062.\nÑe’ẽñemi servidor-pe g̃uarã: Paraná#2063\nJecha darbii server: Awash#2064\n' +
      'Pasiwedhi yeserver: Limpopo#2065\nŞîfreya serverê ev e: Dicle#2066\nSerweriň parol: Murgap#2067\nسرور جو پاسورڊ هي آهي: Mehran#2068\nགསང་ཨང་ནི་ Yarlung#2069 ཡིན།\n' +
      'መሕለፊ ቃል Tekeze#2070 እዩ።\nAnia ang password sa VPN para sa hub:\nMactan#2071. Salamat',
    ['Apolima#2061', 'Vilcanota#2062', 'Paraná#2063', 'Awash#2064', 'Limpopo#2065', 'Dicle#2066', 'Murgap#2067', 'Mehran#2068', 'Yarlung#2069', 'Tekeze#2070', 'Mactan#2071'],
  ],
  [
    "a token named in a sentence with Lingala's 'is' and the value wrapped to the next line; an English password wrapped the same way",
    'Token ya API ezali\nQm7Lp2Zx9Kv4Mn8Rt6Yb3Wc\nThe backup server is sftp://bak@10.0.0.8, password\nkisumu2072. We also push a copy.',
    ['Qm7Lp2Zx9Kv4Mn8Rt6Yb3Wc', 'kisumu2072'],
  ],
  [
    "Chinese commerce platforms' keys (partner key, checkword), Moodle's salt, a KMS Decrypt's plaintext, a Wi-Fi key column, an app secret glued to a signature's timestamp",
    "jst.legacy.partnerkey=7c1e9a44b20f4d8e9a6b5c3d2e1f0a9b\nsf.checkword=Lq8Zm2Xk7Vb4Np9Rt6Wy3Hs5Tc1Ab2Df\n$CFG->passwordsaltmain = 'Qz+y?Ym%aW<=v_qnC&p)n{kHr}r8S?Vx';\n" +
      '"Plaintext": "Wm9Lp2Qx7Kv4Nb8Rt6Yc3Hs5Tc1Ab2Df3Gh4Jk=",\nONT,SSID,WIFI_KEY\n5,FLX-2073,Harbour73\nwdt.appsecret=5b2e7f90c1d34a6b8e9f0a1b2c3d4e5f\n# sign source: appkey=x&timestamp=17418888055b2e7f90c1d34a6b8e9f0a1b2c3d4e5f',
    [
      '7c1e9a44b20f4d8e9a6b5c3d2e1f0a9b',
      'Lq8Zm2Xk7Vb4Np9Rt6Wy3Hs5Tc1Ab2Df',
      'Qz+y?Ym%aW<=v_qnC&p)n{kHr}r8S?Vx',
      'Wm9Lp2Qx7Kv4Nb8Rt6Yc3Hs5Tc1Ab2Df3Gh4Jk=',
      'Harbour73',
      '5b2e7f90c1d34a6b8e9f0a1b2c3d4e5f',
      '5b2e7f90c1d34a6b8e9f0a1b2c3d4e5f',
    ],
  ],
  [
    "telecom equipment: an OLT's ONT password and check code, its TR-069 profile's login, a VRP trap target's community, Net-SNMP's trap receiver and an engine-bound v3 user, Asterisk's mailboxes and a SIP peer's digits, a radcheck table",
    '  ont add 0 7 password-auth 5820461937 always-on omci ont-lineprofile-id 20\n  ont add 0 8 loid-auth BLK70208 checkcode-auth Qp7mTx2k always-on omci\n' +
      ' ont tr069-server-profile add profile-id 4 profile-name "ACS" url "http://acs.example.net:7547" user "acs" Lq7_Zm2X_kV4\n' +
      ' snmp-agent target-host trap address udp-domain 10.0.0.31 params securityname trapk9x4 v2c\nauthCommunity log,execute,net trapq7z2\n' +
      'createUser -e 0x80000BE3F0E1522A4E69710F78 trap_v3 SHA-256 Auth#2074Zx AES-256 Priv#2074Zx\n; /etc/asterisk/voicemail.conf\n[agents]\n7001 => 4821,Agent Desk 1,,,attach=yes\n7002 => -0419,Agent Desk 2\n' +
      '[lobby]\ntype=friend\nhost=dynamic\nsecret=730214\n[hall]\ntype=friend\ncontext=hall\nqualify=yes\nsecret=730215\n| 9901 | ont-0101@isp.example.net | Cleartext-Password | := | Meadow2075 |',
    ['5820461937', 'Qp7mTx2k', 'Lq7_Zm2X_kV4', 'trapk9x4', 'trapq7z2', 'Auth#2074Zx', 'Priv#2074Zx', '4821', '0419', '730214', '730215', 'Meadow2075'],
  ],
  [
    "Huawei network managers' northbound logins, SNMPv3 passwords in prose over a wrapped line, what keychains print, PINs in prose, Huawei SWR's login user",
    '{"grantType":"password","userName":"nbi01","value":"Nbi#2076Zx_q"}\n-d "userid=sync&value=delta2077&ipaddr=10.0.0.15"\nNE template: SNMPv3 user\n`snmp01`, auth `Au7#LwQvyH`, priv `Pr9_VGu2T`.\n' +
      'ops@mac ~ % security find-generic-password -l "Terminal" -w\n582914\n$ secret-tool lookup server fs02 user scan\nq7R#xcMB3S8Nh5\n' +
      '  - RSO: kwame - token PIN 639271\n  - USB token default PIN was 74185296, changed to 96385274 on 2025-02-10\n$ docker login -u region-1@HPUAQ8WZ3RJK5TNL7XCV -p x swr.region-1.example.net',
    ['Nbi#2076Zx_q', 'delta2077', 'Au7#LwQvyH', 'Pr9_VGu2T', '582914', 'q7R#xcMB3S8Nh5', '639271', '74185296', '96385274', 'HPUAQ8WZ3RJK5TNL7XCV'],
  ],
  [
    "an e-mail's password with an HTML entity or a stray '<', a ROS stack's parameter pair, a token nested as an object's id, a query encoded twice, a write key said with 'is'",
    'SFTP:   sftp://cdr@sftp.example.net  password: Kx7&WaeY<U4z\n<td>password: <code>Kx7&amp;WaeY&lt;U4y</code></td>\n  parameters {\n    parameter_key   = "SaslPassword"\n    parameter_value = "Sasl7Lq2Zx9Vb"\n  }\n' +
      '{"errcode":"0","token":{"id":"a7c3e9f1b2d4068a7c3e9f1b2d4068aa","expiresIn":7200}}\n/login?returnUrl=https%253A%252F%252Fp.example.net%252Fcb%253Fapi_key%253DQm7Lp2Zx9Kv4Mn8Rt6Yb3Wc5%2526store%253D1\n' +
      'the write key for the import script is `Wk7Lp2Zx9Kv4Mn8Rt6Yb3Wd`',
    ['Kx7&WaeY<U4z', 'Kx7&amp;WaeY&lt;U4y', 'Sasl7Lq2Zx9Vb', 'a7c3e9f1b2d4068a7c3e9f1b2d4068aa', 'Qm7Lp2Zx9Kv4Mn8Rt6Yb3Wc5', 'Wk7Lp2Zx9Kv4Mn8Rt6Yb3Wd'],
  ],
  ['a code span in prose keeps its backticks and the full stop outside the marker', 'user nce, password `Mv3tOSdda@Nf`.', ['Mv3tOSdda@Nf']],
  [
    'a value of words joined is not looked for inside longer names (a generated one is)',
    'API_TOKEN=deploy_bot_token_2024_prod_key_v2x\nmetric deploy_bot_token_2024_prod_key_v2x_lag=1',
    ['deploy_bot_token_2024_prod_key_v2x'],
  ],
  [
    "the attacker's review of the study: names that stay secrets (iSCSI's CHAP, create and delete fields, a label before a generated value, a label ending in 'for', a serial-shaped password, a password a preposition follows)",
    'CHAP_PASSWORD=Hx7vpn2025secret\nmutual_chap_password: Tgt9Secret2026\nCREATE_ADMIN_PASSWORD=Hx7#vpn2025\n{"deleteToken":"9f8e7d6c5b4a3210fedcba98xyz"}\napi_key=Prod:9f8e7d6c5b4a3210fedcba98\n' +
      'Root password for: Hx7#vpn2031\nONT_PASSWORD=4857544312345678\nDB_PASSWORD=wx1a2b3c4d5e6f7a8b\nuser: admin password: letmein for both hosts',
    ['Hx7vpn2025secret', 'Tgt9Secret2026', 'Hx7#vpn2025', '9f8e7d6c5b4a3210fedcba98xyz', 'Prod:9f8e7d6c5b4a3210fedcba98', 'Hx7#vpn2031', '4857544312345678', 'wx1a2b3c4d5e6f7a8b', 'letmein'],
  ],
  [
    "the review's leaks in the new families: an OLT's confirm, a ZTE ONU, a TR-069 login with an option after it, Net-SNMP's sinks, a SIP secret before its type with a comment between, a psql radcheck row and an INSERT, NCE's login in a Python dict, eSight's form reversed, SNMP v3 with a blank, capitals and the algorithm",
    'ont confirm 0 ontid 3 password-auth 3632749887 omci\nonu 3 type ZTE-F660 pw 5820461938\n tr069-server-profile add profile-id 5 user "acs" Lq7_Zm2X_kV5 auth-realm "acs"\ntrap2sink 10.0.0.31 trapq7z3\ncom2sec notConfigUser default trapq7z4\n' +
      "[lobby]\nsecret=730218\n; desk phone\ntype=friend\n 9901 | u@isp | Cleartext-Password | := | Meadow2076\nINSERT INTO radcheck VALUES (1,'bob','Cleartext-Password',':=','Meadow2077');\n" +
      "{'grantType': 'password', 'userName': 'nbi01', 'value': 'Nbi#2076Zx_r'}\nvalue=delta2078&userid=sync\nSNMP v3 user nce, Auth SHA Au7#LwQvyA, Priv AES Pr9_VGu2M",
    ['3632749887', '5820461938', 'Lq7_Zm2X_kV5', 'trapq7z3', 'trapq7z4', '730218', 'Meadow2076', 'Meadow2077', 'Nbi#2076Zx_r', 'delta2078', 'Au7#LwQvyA', 'Pr9_VGu2M'],
  ],
  [
    "the review's keychains, PINs and token objects: Bitwarden, a 1Password password field, SO and YubiKey PINs, PIN= and 'is:', a token's PIN in backticks, a Python dict's token id",
    '$ bw get password github\n582914\n$ op read "op://prod/db/password"\nXq7#kLm2pR8z\nSO PIN 87654321, yubikey PIN 482913\ntoken PIN=739214\nYubiKey PIN is: 482915\nToken PIN `582917`\n' +
      "{'token': {'id': 'gAAAAABk7Lp2Zx9Kv4Mn8Rt6Yb3Wc5', 'x': 1}}",
    ['582914', 'Xq7#kLm2pR8z', '87654321', '482913', '739214', '482915', '582917', 'gAAAAABk7Lp2Zx9Kv4Mn8Rt6Yb3Wc5'],
  ],
  [
    "the review's broken output: SNMPv3 values keep their quotes, brackets and full stop; a redirect after a password and an escaped closing tag stay",
    'SNMPv3 user x, auth \'Au7#LwQvyE\', priv "Pr9_VGu2Q".\nSNMPv3 user y (auth Au7#LwQvyF) priv Pr9_VGu2R.\nmysql -u root --password=Hx7vpn2025<backup.sql\n&lt;td&gt;password: Kx7WaeY4&lt;/td&gt;&lt;td&gt;ops\n?password=Kx7WaeY5&amp;lang=en',
    ['Au7#LwQvyE', 'Pr9_VGu2Q', 'Au7#LwQvyF', 'Pr9_VGu2R', 'Hx7vpn2025', 'Kx7WaeY4', 'Kx7WaeY5'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "digests, accounting ids and serials where a secret's name goes: obproxy's SHA-1 passwords, RADIUS's hashed and CHAP attributes and session ids, Asterisk's md5_cred, a GPON ONT's serial under a password column",
    '-o observer_sys_password=2f1c9a44b20f4d8e9a6b5c3d2e1f0a9b8c7d6e5f,obproxy_sys_password=3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b\n(13)   CHAP-Password = 0x0109c86e02fc78a424c7f735bab6b8b4db\n' +
      'radcheck: u1@isp.example.net  NT-Password     :=  0x428CF8AB3DD8AC6F9C7B0530F49BB8F3\n\tAcct-Session-Id = "89670866D1E81334"\n\tAcct-Unique-Session-Id = "343789dbf0708d24c5290a688b0b8f54"\n' +
      'md5_cred=08ae8372c402c346ddaef6cbb45008d6\nONT,AUTH,SN_OR_PWD\n5,sn,48575443A2F6BECE',
  ],
  [
    "a method's name under 'authentication', whose password a label names, an action's flag, Go's empty field, a small word a sentence goes on from, table headers and settings before a wrapped line",
    "properties: {user=pos, password=******, authentication=ActiveDirectoryManagedIdentity}\nlabel='Unlock password for: ops@fin-ws08 (id_ed25519)'\n" +
      "$ mkstore -wrl /u01/wallet -createCredential PRODDB_DGMGRL2 sys\ncfg: {AK:x SecurityToken: Bucket:stock-snapshots2} Timeout:30s}\n| RustDesk id | 119390761 (password: lab manager's vault only) |\n" +
      'Node            BMC IP        user      password\ngpu-n02         10.99.0.12    root\nhost   user   password\ngpu-n03.\nbootstrap.password\nkeystore.seed\nFGT-HZ-EDGE01 (vpn.x) # set type password\nFGT-HZ-EDGE01 (vpn.x) # set two-factor disable\n' +
      '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">\nnodemanager.password line is encrypted: {AES256}Uh8BoOGloa5qHXmZ+88jmyaaWm0lORu',
  ],
  [
    "the attacker's review of the study: English words before a colon, lines ending in 'password', wrapped labels in other languages, Tigrinya's verb after words, English 'parol', postal codes and units after PIN, keychain commands that go on or print a user, MIB names and words after SNMPv3, a rate table after voicemail.conf, Net-SNMP's public community, a price after userid, a token listing's id, algorithms after a signing key, glued copies of words",
    'Password reset for user: JSmith01\nPassword hash algorithm: SHA256-Crypt\nPassword reset needed for the following users:\nJSmith01\nAKumar02\nAuthenticationMethods publickey,password\nnode01\n' +
      'set authentication-order password\ncommit1\nLogin failed: wrong password\nAttempt3.\nIch habe das Passwort\nServer-2 nicht gefunden.\nMot de passe :\nErreur-403 à la connexion\nመሕለፊ ቃል ዝቐየረሉ ሰርቨር Srv-Db02 እዩ።\n' +
      'Parol evidence rule (see Smith v. Jones, 2019): Case2019-A\nPlease check whether the new PIN 560103 is serviceable for COD.\nUser PIN 1024 bytes max\nDefault PIN 4821 timeout changed to 30000 ms\n' +
      '$ secret-tool lookup server fs02 user scan || echo not-found\nnot-found\n$ op read "op://prod/db/username"\nsvc_reporting\nSNMPv3 profile: auth usmHMAC384SHA512AuthProtocol, priv usmAesCfb256Protocol\n' +
      'SNMPv3 polling failed; web UI auth Radius-02 timed out\n; voicemail.conf is unchanged. Rate table from billing.pl:\nplans:\n100 => 2500,Standard plan\nauthCommunity log,execute,net public\n' +
      'GET /track?userid=8812&value=19.99&currency=EUR\n{"token":{"id":"at-8JaLbjXGBJqQ7mtu","type":"authentication-tokens"}}\nThe signing key is ECDSA-P256-SHA256 per policy.\n' +
      'metric handled_by_worker_v2_scheduler_lag_seconds=0.4',
  ],
  [
    'SNMPv3 algorithms after auth and priv, a PIN that is a year, an array that looks like a mailbox in a text that names no voicemail.conf',
    'SNMPv3 auth SHA-256 priv AES-128\nSNMPv3: auth HMAC192SHA256 priv AES256C\nthe token PIN 2024 was the year it was issued\n404 => 5120,Not Found page',
  ],
];

describeRedactionCases("the twenty-eighth blind set's shapes (issue #14, nineteenth session)", FOUND, KEPT);
