import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the twenty-fourth blind set's study (seventeenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'Persian and Urdu variants a review found: other words for a password, formal "is", a past tense',
    'رمز عبور سرور Bahar1269! می‌باشد.\nپسورد سرور Bahar1270! است.\nپاس ورڈ Lahore1780* تھا۔',
    ['Bahar1269!', 'Bahar1270!', 'Lahore1780*'],
  ],
  [
    "the review's leaks: a password ending in a dot typed again without it, a TOTP seed in an otpauth address, Office's hyperlink with a login, CHGPWD",
    'the password is Xq7vLm2k. and I typed Xq7vLm2k into the box\n"totp": "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=ACME"\n' +
      '<w:fldSimple w:instr=" HYPERLINK &quot;https://admin:S3cr3tPw99@intranet.example.com/&quot; "><w:r><w:t>intranet</w:t></w:r></w:fldSimple>\nCHGPWD CURPWD(OLD@NL3WVS) NEWPWD(NEW@NL3WVS)',
    ['Xq7vLm2k.', 'Xq7vLm2k', 'JBSWY3DPEHPK3PXPJBSWY3DP', 'S3cr3tPw99', 'OLD@NL3WVS', 'NEW@NL3WVS'],
  ],
  [
    "a KeePass XML export's strings: a key element and a value element with attributes",
    '<String><Key>Password</Key><Value ProtectInMemory="True">tq7xoZiXw29b</Value></String>\n<String><Key>Operator PIN</Key><Value ProtectInMemory="True">4623</Value></String>\n' +
      '<String><Key>SNMP auth</Key><Value ProtectInMemory="True">8Ek2Q4KRkqqD</Value></String>',
    ['tq7xoZiXw29b', '4623', '8Ek2Q4KRkqqD'],
  ],
  [
    "IBM i CL and z/OS RACF commands (PASSWORD(), PHRASE(''), a PassTicket's masked key) and a JCL JOB card's old and new passwords",
    ' ALTUSER PAYBAT PASSWORD(VVUO5TLG) NOEXPIRED\n    CRTUSRPRF USRPRF(AUDITRO) PASSWORD(OLD@NL3WVS) USRCLS(*USER)\n' +
      " ALTUSER IBMUSER PHRASE('rocket zebra winter coffee') NOEXPIRED\n         SSIGNON(KEYMASKED(9495ED19364A20E9)) +\n//*             PASSWORD=(E@MWI#R9,MXW1LIJ9)",
    ['VVUO5TLG', 'OLD@NL3WVS', 'rocket zebra winter coffee', '9495ED19364A20E9', 'E@MWI#R9', 'MXW1LIJ9'],
  ],
  [
    'the word for a password in Malay, Hungarian, Romanian, Finnish, Danish, Norwegian, Swahili and Bengali, with "is" or a colon',
    'kata laluan pentadbir Moodle ialah **Melaka1923**.\nA Magento admin jelszava megváltozott, az új: Debrecen1316\nparola pentru routerul din depozit este Dacia1023!, iar\n' +
      'MQTT-käyttäjän "z2m" salasana on Sauna11! ja\nkodeordet til lønsystemet er Hygge1416! og PIN-koden til Nordbank er 598647.\nPassordet til Wi-Fi-en på hytta er Hytta149, og\n' +
      'nenosiri la seva ya Galaxy ni Simba408#.\nরাউটারের পাসওয়ার্ড বদলানো হয়েছে: Dhaka290!',
    ['Melaka1923', 'Debrecen1316', 'Dacia1023!', 'Sauna11!', 'Hygge1416!', '598647', 'Hytta149', 'Simba408#', 'Dhaka290!'],
  ],
  [
    'Persian and Urdu, whose "is" follows the value; a user and then a password in any of those languages',
    'سلام، رمز عبور پنل مدیریت Magento اکنون Bahar1269!\u200f است.\nJamf کا پاس ورڈ Lahore1780* ہے۔\nutilizator moodleuser, parola Munte1483.\nbruger MKJE01, kode Banana9055!\nFTP: user nvrftp, password 37574931',
    ['Bahar1269!', 'Lahore1780*', 'Munte1483', 'Banana9055!', '37574931'],
  ],
  [
    "Akamai's EdgeGrid tokens, a TOTP seed in a password manager's export, a password ending in a dot (before a remark, in a code span)",
    'client_token = akab-1m43a7lcej589akc-s9h6yahtq6lw9k56\n"totp": "VJ6I2QAWQAHPSC2754IOXVELBPVGG2WE"\nthe ID file has password silver6592. (capital first letter)\nHeslo: `Silver768.`, for now\n' +
      'the password is Xq7vLm2k. Then we left',
    ['akab-1m43a7lcej589akc-s9h6yahtq6lw9k56', 'VJ6I2QAWQAHPSC2754IOXVELBPVGG2WE', 'silver6592.', 'Silver768.', 'Xq7vLm2k'],
  ],
  [
    "a Word document's runs: a label in one run, the value in the next",
    '<w:p><w:r><w:t xml:space="preserve">Adgangskode: </w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Consolas"/></w:rPr><w:t>v@Ix0PpFes6zX_RC</w:t></w:r></w:p>',
    ['v@Ix0PpFes6zX_RC'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "a review's false positives in those languages: English 'on', Spanish 'este', Italian 'parola', codes after 'code', case endings, a passive verb, Persian prepositions",
    "Check pincode availability on 560034 before ordering\nNo puedo cambiar la contraseña de este Servidor2019!\nla parola chiave è Python3\nLa parola 'Server2019' compare\n" +
      'ο κωδικός σφάλματος είναι E#4021\nKoden til kursusrabat er SOMMER2024! gyldig i juni\nKode voucher adalah HEMAT50%!\nSalasana on Microsoft365:ssä eri kuin AD:ssa\n' +
      'A jelszó Windows10-en nem működik\nপাসওয়ার্ড রিসেট করা হল Windows10 মেশিনে\nمشکل رمز عبور در Windows10 است\nتنظیمات رمز عبور در نسخه 2.3.1-beta است',
  ],
  [
    "a review's false positives of commands, numbers, dots and Office documents",
    'SELECT PASSWORD(pwd_col) FROM users;\nMOVE WS-PASSWORD(IDX) TO OUT-REC.\nSyntax: CHGUSRPRF USRPRF(user-profile-name) PASSWORD(new-password)\n' +
      'Dear user Ahmed, password 600000 iterations is the new default\nthe password is expired. pls reset it\n' +
      '<w:p><w:r><w:t>Password</w:t></w:r></w:p><w:p><w:r><w:t>v2.3.1 release notes</w:t></w:r></w:p>',
  ],
  ["Akamai's API host, named like its tokens", 'host = akab-770bv29rjp1vjvpy-36pt3y1dtbqbqap6.luna.akamaiapis.net'],
  ["IBM i keywords in a password's place", '    CHGUSRPRF USRPRF(PAYODBC) PASSWORD(*NONE) STATUS(*ENABLED)\n CHGUSRPRF USRPRF(X) PASSWORD(*SAME)'],
  [
    "a Bitwarden encrypted export's cipher strings",
    '"password": "2.nNk7RGPEdF5AlaAyTBPCAg==|AkL79Gr+Yw1NknjKcGFehEbhw1KpVYT0itzgD4PpXqyYbAKOSjvx8OSBvXeAHX3y|l0zasO4NtFPesFwtDUOwWg2aIbf0ZQDyCZcBhl1EGnI="\n' +
      '"totp": "2.k09w8jaWul1VzNSggHA9WA==|T5HBxQXn3g7JAdZhwdgyKhwWgPtL8Hx3dLmaC/kwFYk=|ucW+WUroyRRWtE4GptO8EaXt7lkw091oDGgKpaVcluY="\n"totp": null',
  ],
  [
    "a Word paragraph's revision ids (an element and its namespace read as a label once), in a run and on a line of its own",
    '<w:p w:rsidR="001CC6BD" w:rsidRDefault="004FB849"><w:r><w:t>Overdragelse – IT-drift</w:t></w:r></w:p>\n<w:body>\n<w:p w:rsidR="00F35A92" w:rsidRDefault="0021F839">',
  ],
  ['Persian sentences naming where a password is kept, or a name without a digit', 'رمز عبور در فایل config.yaml است\nرمز عبور در Pass-Word است'],
  ['those languages without a password: a code of an error, a password changed, too short', 'koden er 404 på siden\nPassordet er byttet i går.\nsalasana on vaihdettu eilen\nparola este prea scurtă'],
];

describeRedactionCases("the twenty-fourth blind set's shapes (issue #14, seventeenth session)", FOUND, KEPT);
