import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the twenty-seventh blind set's study (eighteenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'the word for a password with "is" in Maltese, Luxembourgish, Faroese, Breton, Esperanto, Odia, Hausa, Igbo, Xhosa (glued), Malagasy and Haitian Creole',
    'Il-password tal-server il-ġdid hija Mdina#2031\nD’Passwuert fir de Server ass Mosel@2032\nLoyniorðið til routaran er Tindur#2033\nAr ger-tremen evit ar servijer eo Elorn%2034\n' +
      'La pasvorto de la datumbazo estas Verda#2035\nସର୍ଭରର ପାସୱାର୍ଡ ହେଉଛି Mahanadi2036\nKalmar sirri ta uwar garken ita ce Kano#2037\nOkwuntughe nke ọdụ data bụ Niger%2038\n' +
      'Igama lokugqitha le-router ngu-Kei#2039\nNy tenimiafina an’ny Wi-Fi dia Ikopa@2040\nModpas sèvè a se Artibonite#41',
    ['Mdina#2031', 'Mosel@2032', 'Tindur#2033', 'Elorn%2034', 'Verda#2035', 'Mahanadi2036', 'Kano#2037', 'Niger%2038', 'Kei#2039', 'Ikopa@2040', 'Artibonite#41'],
  ],
  [
    'the word with its colon in Scottish Gaelic, Tajik, Kyrgyz, Tatar, Sorani Kurdish, Uyghur and Assamese; Pashto with its verb after the value',
    'Seo am facal-faire airson an fhrithealaiche: Nevis#2042\nРамзи сервери WordPress: Vakhsh@2043\nZabbix серверинин сырсөзү: Naryn#2044\nOTA серсүзе: Idel%2045\n' +
      "وشەی نهێنی سێرڤەری Grafana: Sirwan#2046\nمۇلازىمېتىرنىڭ پارولى: Tarim#2047\nNacos কনচ'লৰ পাছৱৰ্ড: Luit#2048\nد نوي ډیټابیس پټنوم kabul2049 دی.",
    ['Nevis#2042', 'Vakhsh@2043', 'Naryn#2044', 'Idel%2045', 'Sirwan#2046', 'Tarim#2047', 'Luit#2048', 'kabul2049'],
  ],
  [
    "WordPress's keys and salts with blanks and brackets, Keycloak's lists over lines, a service's user and password after a label with words around it",
    "define( 'AUTH_KEY',         'Zq#h.4dZC{nS%k>Y Wz4*wA-Ru]++KDL!,pOS<MS;H!2?<dUn4 I340XNAbTqq' );\ndefine('AUTH_SALT', '(iRq&fAWo^x#UEAd19=Ol_}7M<v}*zSx:IQfjFbbQTa}lMrnm{1h)yX~Tk');\n" +
      '"secret": [\n  "Hq7Zm2Lx9Vb4Np8Rt6Wy3"\n],\n"bindCredential": [\n  "Xc9.Lm2*Kq7Zt4Vb"\n]\n> > > RDS for PostgreSQL (prod): dbadmin / vmaK9uQ6IBLY6SQ\n# nacos admin console: nacos / Garden2013#',
    [
      'Zq#h.4dZC{nS%k>Y Wz4*wA-Ru]++KDL!,pOS<MS;H!2?<dUn4 I340XNAbTqq',
      '(iRq&fAWo^x#UEAd19=Ol_}7M<v}*zSx:IQfjFbbQTa}lMrnm{1h)yX~Tk',
      'Hq7Zm2Lx9Vb4Np8Rt6Wy3',
      'Xc9.Lm2*Kq7Zt4Vb',
      'vmaK9uQ6IBLY6SQ',
      'Garden2013#',
    ],
  ],
  [
    "Kerberos' master password, Mosquitto's batch user, a Maltese token, a token after 80 characters of words",
    "kdb5_util create -s -r CORP.LOCAL -P 'Kq7Zm2Lx9Vb4Np8R'\nmosquitto_passwd -b /etc/mosquitto/passwd esp-garage 'Garage@2050'\n" +
      'U t-token tal-XXL-JOB għall-eżekuturi l-ġodda huwa Wq7Lp2Zx9Kv4Mn8Rt6Yb\nNy token an’ny frp ho an’ny solosaina any amin’ny trano fitehirizana: Mg7Lp2Zx9Kv4Mn8Rt6Yb',
    ['Kq7Zm2Lx9Vb4Np8R', 'Garage@2050', 'Wq7Lp2Zx9Kv4Mn8Rt6Yb', 'Mg7Lp2Zx9Kv4Mn8Rt6Yb'],
  ],
  [
    "an attacker's review of the twenty-sixth study: tokens after 'set to', 'should be', a dash, '=', Georgian 'is'; Cantonese questions with a particle, a comma or quotes",
    'the new token was set to Zx9Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Ab\ntoken should be Wx9Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Ab\nAPI токен - Vx9Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Ab\nტოკენი არის Ux9Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Ab\n' +
      '個 Redis 密碼係咪 shatin2031 呀？\nVPN 密碼係咪 taikoo1988，定係改咗？\nVPN 密碼仲係咪 kowloon1997 㗎？',
    ['Zx9Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Ab', 'Wx9Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Ab', 'Vx9Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Ab', 'Ux9Qm2Lk7Vb4Np8Rt6Wy3Hs5Tc1Ab', 'shatin2031', 'taikoo1988', 'kowloon1997'],
  ],
  [
    "the review's leaks in device commands and captures: an indented FortiOS block, a PAN-OS prompt with its HA state, Junos braces, RouterOS's escaped quote, a FortiOS backup's file password, SMTP's UTF-8 answer, a quoted IMAP password without a digit",
    'config vpn ipsec phase1-interface\n    edit "to-hq"\n        set psksecret Hq7Zm2Lx9Vb4\nadmin@PA-820(active)# set deviceconfig system snmp-setting access-setting version v2c snmp-community-string Zr8Kq2Lm9Vb4\n' +
      '    10.0.0.11 secret "$9$Ab1Cd2Ef3Gh4Ij5Kl6"; ## SECRET-DATA\nset enabled=yes ipsec-secret=Lm2Kq\\"7Zx-9Vb4 use-ipsec=required\n' +
      'execute backup config ftp fgt.conf 192.0.2.8 fgtbackup Lhasa2039 Encrypt2031x\n334 UGFzc3dvcmQ6\nUMOkc3N3b3J0MjAzMQ==\na1 LOGIN alice "Sommerferien!"',
    ['Hq7Zm2Lx9Vb4', 'Zr8Kq2Lm9Vb4', '$9$Ab1Cd2Ef3Gh4Ij5Kl6', 'Lm2Kq\\"7Zx-9Vb4', 'Lhasa2039', 'Encrypt2031x', 'UMOkc3N3b3J0MjAzMQ==', 'Sommerferien!'],
  ],
  [
    "the review's new languages' spellings and marks kept around a value: Lao without a blank, Zulu's glued 'is', Yoruba without its tones, Burmese's subject marker, Kannada without its joiner, Somali's colon, quotes and bold before Sinhala's and Kannada's verb",
    'ລະຫັດຜ່ານແມ່ນ Mekong7Lp.Q2\nIphasiwedi nguThukela2036.\nIphasiwedi entsha ngu-Umngeni2037.\nOro asina tuntun ni Ogun#4477.\nစကားဝှက်က Irrawaddy2031 ဖြစ်ပါတယ်။\n' +
      'ಪಾಸ್ವರ್ಡ್ Kaveri%2033 ಆಗಿದೆ\nFuraha sirta ah: Hiiraan@55\nමුරපදය "Kelani_7741" වේ.\nಪಾಸ್‌ವರ್ಡ್ **Tunga%2034** ಆಗಿದೆ',
    ['Mekong7Lp.Q2', 'Thukela2036', 'Umngeni2037', 'Ogun#4477', 'Irrawaddy2031', 'Kaveri%2033', 'Hiiraan@55', 'Kelani_7741', 'Tunga%2034'],
  ],
  ['an indented FortiOS block alone', 'config vpn ipsec phase1-interface\n    edit "to-hq"\n        set psksecret Hq7Zm2Lx9Vb5', ['Hq7Zm2Lx9Vb5']],
  ["Zulu's glued 'is' right after the word", 'Iphasiwedi ngu-Umfolozi2038.', ['Umfolozi2038']],
];

const KEPT: KeptCase[] = [
  [
    "the review's false positives: names, public keys, placeholders and headers where a device's key goes, git log lines with 'login', SMTP mechanism lines, a wrapped line after 'is', a host and a Secret's name after 'token', a key id after '='",
    'set system login user vyos authentication public-keys ops@laptop key \'AAAAB3NzaC1yc2EAAAADAQABAAABgQC7vbqajDhA3Xk9Lm2Qp7Rt4Vw8Zy3Ab6Cd1Ef5Gh0\'\nset key "vpn-key-2031"\nset key "X-Api-Key"\n' +
      'set secret \'@@RADIUS_SECRET@@\'\nset secret "SECRET-DATA"\nset secret=!SECRET!\nFix login redirect PROJ-2031\nAdd login page v2.3.1-rc\nthe login page Home2031!\nsshd login root@10.0.0.5 port=22\n' +
      'AUTH LOGIN PLAIN\nAUTH SCRAM-SHA-256 biwsbj1hbGljZSxyPWZ5a28rZDJsYmJGZ09OUnYyOXFpT0s=\n -> AUTH LOGIN YWxpY2VAZXhhbXBsZS5jb20=\nHet wachtwoord is\nv2.3.1 van het beleid\n' +
      'failed to refresh token on ip-10-0-12-34.eu-west-1.compute.internal\ntoken is kubernetes.io/service-account-token-x2k9q\nJWT token header kid=Kq7Zm2Lx9Vb4Np8Rt6Wy3Hs5Tc1',
  ],
  [
    "words that are these languages' 'is' elsewhere after another language's word, a WordPress key's placeholder, a list of names under a secret's name",
    'la parola chiave è Python3\nFeedback: the password se Windows10\ndefine( \'AUTH_KEY\', \'put your unique phrase here\' );\n"secret": [\n  "${KEYCLOAK_SECRET}"\n]\n' + 'Tags: prod / Win11Pro',
  ],
];

describeRedactionCases("the twenty-seventh blind set's shapes (issue #14, eighteenth session)", FOUND, KEPT);
