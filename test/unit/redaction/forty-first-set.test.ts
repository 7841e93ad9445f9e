import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the forty-first blind set's study (twenty-fifth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "a meeting invitation's description folded at 75 octets, with its escaped line breaks",
    'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:Join the review.\\nMeeting ID: 81234567890\\nPasscode: Tq7Lm2Xz\\nRender n\r\n odes: AK LTAI5tQz8Rm2Wk9Lp3Vx7Nc1 / SK Wq8Zr5Kt2Lp9Vn3Bc6Hd1F\r\n s4Xy7Mj0\\, thanks\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    ['Tq7Lm2Xz', 'LTAI5tQz8Rm2Wk9Lp3Vx7Nc1', 'Wq8Zr5Kt2Lp9Vn3Bc6Hd1F\r\n s4Xy7Mj0'],
  ],
  [
    "an alarm panel's installer, master and duress codes in a form's columns, and a door code that is still the same",
    '  Installer code:          306128        ☒ Changed from default\n  Master manager code:     519273\n  Duress code:             640915        ☒ Explained\nThe lab door code is still 7351 if you need it.',
    ['306128', '519273', '640915', '7351'],
  ],
  ["a Wi-Fi key named on the network's line after its name", '  Shop Wi-Fi (back office):   SSID HARBOR-BO     Key: Seagull4821', ['Seagull4821']],
  ["a secret's value in a cell of a row split by tabs", '7\t小程序\t微信\twx0a1b2c3d4e5f6a7b\t\tAppSecret 9f1c2e3d4b5a69788766554433221100\t王芳\t2025-06-01', ['9f1c2e3d4b5a69788766554433221100']],
  ['an old password given as "the one before" in a Chinese chat', '密码改了，新的是 louti.1986，以前那个 chuanfang_1991 不能用了', ['louti.1986', 'chuanfang_1991']],
  [
    'an API key after its Faroese name and "er", after its Breton name, and a password after Sardinian\'s word and its "est"',
    "API-lykilin í uppsetingini er 5e0fa1c2b3d4e5f60718293a4b5c6d7e – kann tað passa?\nAlc'hwez an API evit ar podkastoù: pk_Rt7Lw2Xz9Qm4Kp8Vn3Bc6Hd1Fs5Yj0Ae\n" +
      'sa paràula segreta est Kx4TvQ8mZr2LpW9 (utente "serra")',
    ['5e0fa1c2b3d4e5f60718293a4b5c6d7e', 'pk_Rt7Lw2Xz9Qm4Kp8Vn3Bc6Hd1Fs5Yj0Ae', 'Kx4TvQ8mZr2LpW9'],
  ],
  [
    "Rusyn's, Mirandese's and Sranan Tongo's words for a password, and a PIN with Mirandese's \"is\"",
    'мено marija, гесло: Javir@2031\nUtilizador contas, palabra-passe: Kq18Nfg2q1yZ\nA nyun pasword na Switi1977\nL PIN de l painel ye 7046',
    ['Javir@2031', 'Kq18Nfg2q1yZ', 'Switi1977', '7046'],
  ],
  ["a vehicle terminal's authentication code after its Chinese name", '浙A·3921学 终端号 075773600001 鉴权码 K7QW2MZ9RT4XP8LD', ['K7QW2MZ9RT4XP8LD']],
  [
    "an X12 interchange header's password (security qualifier 01) and an HL7 message header's security field",
    'ISA*00*          *01*Q7TW2MZ9RK*ZZ*HARBORDEPOT    *ZZ*OAKRIDGE       *261124*0412*U*00401*000004521*0*P*>~\n' +
      'MSH|^~\\&|EHR|FAC01|LAB|LAB-EAST|20261126091144|7QX2LM9TKW4R|ORM^O01^ORM_O01|FAC012345|P|2.3.1',
    ['Q7TW2MZ9RK', '7QX2LM9TKW4R'],
  ],
  ["an API key of hex after the key's name with no colon", 'Results portal API (nightly report): X-API-Key 9c1f0e2d3b4a59687766554433221100aabbccdd.', ['9c1f0e2d3b4a59687766554433221100aabbccdd']],
];

const KEPT: KeptCase[] = [
  [
    'X12 and HL7 headers with no security value, and a cache key of hex',
    'ISA*00*          *00*          *ZZ*HARBORDEPOT    *ZZ*OAKRIDGE       *261124*0412*U*00401*000004521*0*P*>~\n' +
      'MSH|^~\\&|EHR|FAC01|LAB|LAB-EAST|20261126091144||ORM^O01^ORM_O01|FAC012345|P|2.3.1\ncache key 5d41402abc4b2a76b9719d911017c592 expired\n' +
      'MSH|^~\\&|EHR|FAC01|LAB|LAB-EAST|20261126091144|********|ORM^O01|FAC012345|P|2.3.1\nMSH|^~\\&|field 3|field 4|field 5|field 6|field 7|field 8|field 9',
  ],
  [
    "GraphQL relay ids and cursors in base64 (`Bike:HZ-004177`), also escaped in a request's JSON",
    '{"data":{"zone":{"id":"Wm9uZTpoei1iaW5qaWFuZw==","bikes":{"edges":[{"cursor":"YXJyYXljb25uZWN0aW9uOjUw","node":{"id":"QmlrZTpIWi0wMDQxNzg="}}]}}}\n' +
      '{"query":"mutation { unlock(bikeId: \\"QmlrZTpIWi0wMDQxNzc=\\") { ok } }","variables":{"bikeId":"QmlrZTpIWi0wMDQxNzc="}}\nbike(id: "QmlrZTpIWi0wMDQxNzc=") {\n{\\"bikeId\\":\\"QmlrZTpIWi0wMDQxNzc=\\"}',
  ],
  ["a calendar event's UID and a mail part's content id at a host", 'UID:ec183bc7-962d-4370-a8e3-a5ee84881c61@halden-example.net\n<img src="cid:4266b4e40e2659cfc1dc939f@lanternway-example.net">'],
  [
    "a credential manager's references and a template's slots in ODBC braces",
    'Password=@credman:IFC8/PMS\nApiKey=@credman:IFC8/LockApi\nPassword={tms-db-pass};Encrypt=False\nimap_password={kdm_mailbox_pass}',
  ],
  [
    "a job's parameter listing whose password row is no header of the rows below",
    '  SFTP-USER            PARMS     pcu_ach_orig\n  SFTP-PASSWORD        PARMS     kBMjHPA6eyKi_8\n  HSM-KEY-LABEL        PARMS     PCU.ACH.MAC.KEY.2026\n  HSM-PIN              DEFAULT   ********\n  ODFI-ROUTING         PARMS     550860451',
  ],
  ["a Wi-Fi line's key that is a network's security or name", 'Guest Wi-Fi: SSID HARBOR-GUEST  Key: WPA2-Personal\nWi-Fi (lab) password: see the label'],
  ['codes that are no secrets: a postal, a product and a service code in columns', '  Postal code:          310012        Hangzhou\n  Product code:         4471'],
  ['an account changed in a Chinese chat', '账号也换了，以前那个 ops_admin01 不用了'],
  [
    'an invitation with no secret, folded',
    'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Site walk\\, level 3\r\nDESCRIPTION:Bring PPE\\nMeet at gate 2 at 09:30. Agenda: transfer beams and the\r\n  fire strategy.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
  ],
];

describeRedactionCases("the forty-first set's ways of writing a secret", FOUND, KEPT);
