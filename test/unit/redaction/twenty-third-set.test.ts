import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the twenty-third blind set's study (seventeenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "a reStructuredText grid table's password column, with a cell that spans two rows",
    '+-----------+-------------+------------------+\n| Service   | Account     | Password / key   |\n+===========+=============+==================+\n' +
      '| Harbor    | admin       | Hq7_%0vLm-2x     |\n+-----------+-------------+------------------+\n| OBS       | AK          | placeholder      |\n' +
      '|           +-------------+------------------+\n|           | SK          | Sk4vLq9Zp2Wx7Rt5 |\n+-----------+-------------+------------------+',
    ['Hq7_%0vLm-2x', 'Sk4vLq9Zp2Wx7Rt5'],
  ],
  [
    "a Jira wiki table's password column under a `||` header, and Jira's {{monospace}} after a label",
    '||System||Host||User||Password||Notes||\n|pfSense|fw01.local|admin|*Tq3vLm9Kp2x|web UI|\n|iDRAC|10.0.9.11|root|kestrel926|changed|\n' +
      'AccessKey Secret: {{Jm9QvLq2Zp8Wx7Rt5vNc8Bq3Lm8Wx2}}\nSNMP community (read-only): {{ut5wh0v0y}}',
    ['*Tq3vLm9Kp2x', 'kestrel926', 'Jm9QvLq2Zp8Wx7Rt5vNc8Bq3Lm8Wx2', 'ut5wh0v0y'],
  ],
  [
    "a Confluence storage-format table (a paragraph and inline tags in each cell) and a link's userinfo after a colon",
    '<tr><th><p><strong>System</strong></p></th><th><p><strong>Account</strong></p></th><th><p><strong>Password</strong></p></th></tr>\n' +
      '<tr><td><p>Metadata DB</p></td><td><p><code>superset</code></p></td><td><p><code>vD6Jq8hWs.KhBl7</code></p></td></tr>\n' +
      '<tr><td><p>App DB</p></td><td><p><code>metabase</code></p></td><td><p>7r6-JM6vQmE</p></td></tr>\n' +
      '<p>old job: <a href="https://refresh:summer971@ci.example.net/job/x/">trigger</a></p>\n<p>Password: <a href="https://vault.example.com/ui/db01">Vq6Jq8hWs.KhBl9</a></p>',
    ['vD6Jq8hWs.KhBl7', '7r6-JM6vQmE', 'summer971', 'Vq6Jq8hWs.KhBl9'],
  ],
  [
    "a password said with another language's 'is': Dutch, Czech, Swedish, Greek, Hindi, Hebrew; a PIN in Dutch and Swedish",
    'Het wachtwoord van de NAS is nu Zonneb7oem!\nHeslo k routeru v kanceláři je Vlt4va2023, uživatel admin.\nLösenordet till VPN-kontot `ext-01` är Mids0mmar25! tills vidare.\n' +
      'Ο κωδικός πρόσβασης του διακομιστή (χρήστης `ops`) είναι Thal4ssa#94.\nनया पासवर्ड है Nam4ste@021\nהסיסמה של המשתמש admin היא KLzq7TGQk4-r\n' +
      'De pincode van het alarmpaneel is 8734.\nLarmkoden till lagret är 4446, men den byts.',
    ['Zonneb7oem!', 'Vlt4va2023', 'Mids0mmar25!', 'Thal4ssa#94', 'Nam4ste@021', 'KLzq7TGQk4-r', '8734', '4446'],
  ],
  [
    'the word right before a value no sentence has (Dutch, Greek in guillemets, Hebrew after an adjective) and with a colon (Swedish, Czech)',
    'Het oude wachtwoord Tu1pEn2019 werkt nog.\nΟ παλιός κωδικός πρόσβασης «Liu7ang@894» δεν ισχύει.\nהסיסמה הישנה Sh@l0m2024 עדיין עובדת\n' +
      'Root-lösenordet på testservern är samma som förra året: Autumn2007!\nHeslo k privátnímu klíči: „yIDm7BmPlz5R_TH5“.\nपासवर्ड: Qm7vLp2x\nהסיסמה לשרת: Kq7vLm2x!',
    ['Tu1pEn2019', 'Liu7ang@894', 'Sh@l0m2024', 'Autumn2007!', 'yIDm7BmPlz5R_TH5', 'Qm7vLp2x', 'Kq7vLm2x!'],
  ],
  [
    "a key's or token's name in Czech, Swedish, German and Hebrew (with its article), with 'is' or a colon",
    'Tajný klíč pro podepisování webhooků je c499d7dc33d7efb685cc255e6343362b1afa81d6.\nAPI-nyckeln för Cloudflare (bara DNS): 1aNBPCu5VLJCrnjHwD-StohFwfyKimoH\n' +
      'טוקן ה-API שלנו: lmn_live_cikdknibtwbSqfWs8BQEePKPi\nהטוקן: N4gi5d33mBF85bAMcGRK7V7CFtqPQ8uk\nDer geheime Schlüssel ist Gk5d33mBF85bAMcGRK7V7CFtqPQ8uk\nDer API-Schlüssel lautet Ak5d33mBF85bAMcGRK7V7CFtqPQ8uk',
    [
      'c499d7dc33d7efb685cc255e6343362b1afa81d6',
      '1aNBPCu5VLJCrnjHwD-StohFwfyKimoH',
      'lmn_live_cikdknibtwbSqfWs8BQEePKPi',
      'N4gi5d33mBF85bAMcGRK7V7CFtqPQ8uk',
      'Gk5d33mBF85bAMcGRK7V7CFtqPQ8uk',
      'Ak5d33mBF85bAMcGRK7V7CFtqPQ8uk',
    ],
  ],
  [
    "an Alibaba Cloud key pair over two lines of a note or a chat (the secret named in the id's line's language)",
    '- Voor de bucket gebruik je AccessKey-ID LTAI5tLlisv7vCV12kF5jcTi met het geheim\n  fKbxvabCuDyltFjB7Clr6yAG2sL7v1. Niet doorsturen.\n' +
      '09:08 - प्रिया: एक्सेस की आईडी: LTAI5tqDW68DPie7WMWfSl7j\n09:08 - प्रिया: सीक्रेट: StkGsCqyUBGwj5v5RlVy8EvzzVJ7S9',
    ['LTAI5tLlisv7vCV12kF5jcTi', 'fKbxvabCuDyltFjB7Clr6yAG2sL7v1', 'LTAI5tqDW68DPie7WMWfSl7j', 'StkGsCqyUBGwj5v5RlVy8EvzzVJ7S9'],
  ],
  [
    "a session manager's sections of saved logins: MobaXterm's [Passwords] (base64 with a slash) and [Credentials] (user:password)",
    '[Passwords]\nssh22:ops@10.60.0.5=vcZAbDZTQy/oIQSU9Hpefo1SAXhHI5\nrdp3389:CORP\\adm@10.60.2.20=yWjIefBN3mWTTXFV3yCFIF\n\n[Credentials]\nwms-dbadmin=dbadmin:V5pPO//teJfhoId/p\n',
    ['vcZAbDZTQy/oIQSU9Hpefo1SAXhHI5', 'yWjIefBN3mWTTXFV3yCFIF', 'dbadmin:V5pPO//teJfhoId/p'],
  ],
  [
    "CEF's escaped `=` in a request and its custom fields named by a label",
    'Mar 12 09:15:03 waf01 CEF:0|Imperva|SecureSphere|14.7|Brute Force|Login failure|5|request=https://portal.example.net/export?access_token\\=KuZVnnQpUgfNBRizN39rLwZtkUkMijYs&format\\=csv ' +
      'cs1Label=Request Body cs1=username\\=admin&password\\=Tq7F1-vHKNx&remember\\=1\n' +
      'Mar 12 09:16:47 idp01 CEF:0|Keycloak|Keycloak|24.0.5|CLIENT_LOGIN_ERROR|Client login failure|5|cs1Label=realm cs1=main cs3Label=client_secret cs3=N4gi5d33mBF85bAMcGRK7V7CFtqPQ8uk outcome=invalid\n' +
      'CEF:0|a|b|1|c|d|5|flexString1Label=api_key flexString1=Fs5d33mBF85bAMcGRK7V7CFtqPQ8uk act=x',
    ['KuZVnnQpUgfNBRizN39rLwZtkUkMijYs', 'Tq7F1-vHKNx', 'N4gi5d33mBF85bAMcGRK7V7CFtqPQ8uk', 'Fs5d33mBF85bAMcGRK7V7CFtqPQ8uk'],
  ],
  [
    "commands: SQL's CONNECT … USING in embedded SQL, secret stores fed by echo, Capacitor's key alias password",
    "EXEC SQL CONNECT TO 'erp@ids_erp' USER 'etl' USING 'Hz7ngzhou@561';\necho -n 'kBjQqg%Hj708wtqW4xn-' | secret-tool store --label='restic' service restic\n" +
      'echo "51HBR+4e4/ubKw489v71IHRV6LB6+HJFBamznM0nVIY=" | npx wrangler secret put URL_SIGNING_KEY\nnpx cap build android --keystorealias scan --keystorealiaspass \'Kes7rel@2020\' --androidreleasetype AAB',
    ['Hz7ngzhou@561', 'kBjQqg%Hj708wtqW4xn-', '51HBR+4e4/ubKw489v71IHRV6LB6+HJFBamznM0nVIY=', 'Kes7rel@2020'],
  ],
  [
    "a key in Stripe's form from another service, a cloud key id as a URL's user, a SecureCRT session's password, Chinese 'now it is' after a password",
    'portal token: lmn_live_cikdknibtwbSqfWs8BQEePKPicJvJmV0\n"odps://LTAI4FoG6HyZ3xZn3UhOPfOY:KuB0oyAy50OsVmwCA9qxSw1C5htMLA@dw/"\n' +
      'S:"Username"=admin\nS:"Password V2"=02:99498a7a845572c130ade64e9bfb01e52adb2003507278a54a0a4d63e99c0446\n跳板机 root 密码：woaini2021，改过一次，现在是 Lumen@2024sh',
    [
      'lmn_live_cikdknibtwbSqfWs8BQEePKPicJvJmV0',
      'LTAI4FoG6HyZ3xZn3UhOPfOY',
      'KuB0oyAy50OsVmwCA9qxSw1C5htMLA',
      '99498a7a845572c130ade64e9bfb01e52adb2003507278a54a0a4d63e99c0446',
      'woaini2021',
      'Lumen@2024sh',
    ],
  ],

  [
    'a cloud key id whose line goes on in words: a random run on the next line is no secret of its pair',
    'LTAI5tLlisv7vCV12kF5jcTi is the key id of the team account that we deleted last year\nxK2mP9qR4tL7vN3bW8cY5zH1jF6gD0 (trace)',
    ['LTAI5tLlisv7vCV12kF5jcTi'],
  ],
];

const KEPT: KeptCase[] = [
  ['a Jira table of masked passwords', '||System||Host||User||Password||\n|pfSense|fw01.local|admin|******|\n|NAS|nas01.local|ops|(in the vault)|'],
  ['a grid table with no secret column', '+------+-------+\n| Host | Port  |\n+======+=======+\n| db01 | 5432  |\n+------+-------+'],
  ['a template slot in double braces', 'password: {{db_pass}}\ntoken: {{ .Values.token }}'],
  [
    'sentences about a password in those languages without one',
    'Het wachtwoord van de NAS is nu veranderd.\nHeslo k routeru je v trezoru.\nLösenordet är hemligt.\nΟ κωδικός πρόσβασης είναι στο KeePass.\ndas Passwort Q3-Bericht liegt im Ordner.',
  ],
  ['a PIN word before a year', 'De pincode van 2024 is verlopen.'],
  ['an ossutil [Credentials] section of an endpoint and a language', '[Credentials]\nlanguage=EN\nendpoint=oss-cn-hangzhou.aliyuncs.com\nregion=cn-beijing'],
  [
    "references, hashes and public keys in a secret's place",
    'password: encrypted:kms!r:cn-shanghai!s:spinnaker/acr!k:password\npassword: *pg_runner_pw\n"password": "__FROM_ENV__"\nphase2-auth=mschapv2\n' +
      'CREATE LOGIN [etl] WITH PASSWORD = 0x02002CDECCD013BC1A753E17BB249F6FB42250AF85862FD50B7D6CF53045C4291E722D567D3473B7A8AA9F3372A631BE82C80F2B6A5E51651D64AEBA5EC41365A8C24E88B546 HASHED\n' +
      'MAPBOX_API_KEY = "pk.lv1k9ZX3Bfzal-O3qa1WLMmFGceKWrmsqDMjdUpk2.dUMpVoDQKjE_mcy_tKSVzg"\nTURNSTILE_SITE_KEY = "0x4AAAAAAATHG1QvtvQ1oMu7"\n' +
      'ssh_tunnel_privatekey=/home/%USER%/.ssh/ops_ed25519\n# user = project, password = AccessKeyID#AccessKeySecret',
  ],
  [
    'look-alikes of the commands and keys: a host variable, a publishable and an SDK key, a CEF label of a realm, "now it is" a time',
    'EXEC SQL CONNECT TO erp USER etl USING :pw;\npk_live_cikdknibtwbSqfWs8BQEePKPicJvJmV0\nkey_live_hkT3vQ9zXm1pR8sLw2NcB6dFyJ4aGqEe\n' +
      'CEF:0|Keycloak|Keycloak|24|LOGIN|Login|3|cs1Label=realm cs1=lumen cs2Label=clientId cs2=wms-sync-Client2024\n' +
      '密码改过一次，现在是 10:30 之前的那个',
  ],
  [
    "a review's false positives: Greek's 'code' of a product, an error or an order; a product's or a user's name after the word; a description after 'is'; a compound; a ticket's field",
    'κωδικός προϊόντος ABC-123x\nΚωδικός σφάλματος: 0xC004F074\nΟ κωδικός σφάλματος είναι 0xC004F074 κατά την ενεργοποίηση.\nΚωδικός παραγγελίας: Ord2024Xa\n' +
      'Het wachtwoord van Windows10 is verlopen.\nLe mot de passe Office365 a expiré.\nסיסמת Windows10 לא עובדת\nהסיסמה של Admin01 פגה\n' +
      'Das Passwort ist SHA256-gehasht.\nDie Passwortrichtlinie ist PCI-DSSv4 konform.\nZměna hesla: INC0012345\nपासवर्ड नीति: Min12-Chars',
  ],
  [
    "a review's false positives of PINs: a postal code, a Dutch postcode, years, a date, a length",
    'Customer address: MG Road, Bangalore, pincode is 560034.\nDe pincode van het filiaal is 1012 AB\nDe alarmcode van de hal is 1999 ingesteld\nDe pincode van de kluis is 20250301 verlopen\nDer PIN-Code ist 6-stellig.',
  ],
  [
    "a review's false positives of commands, sections, templates and code: CONNECT in a sentence, echo before another command, settings of a [Credentials] section, numbered slots, a test's name, 'now it is' without a password",
    'Please connect to db01 user root using PuTTY0.81 and check the logs.\necho Build-42a | tee build.txt; gh secret set BUILD_ID < build.txt\n' +
      '[Credentials]\nprovider=azure\nprofile=prod-eu1\nsource=vault01\nversion=v2.3.1\ntenant=contoso365\n\n"password": "{{password1}}"\ntoken: {{item.token1}}\n' +
      'def test_live_UpdatesPropagateAcross3Nodes():\n负责人现在是 @WangWei2024\n<p>Password: <a href="https://vault.example.com/ui/db01">see the vault</a></p>',
  ],
  [
    'look-alikes a mutation found untested: a host variable with a digit, a policy and a page before the value, a compound of the word, a [basic_auth] section of settings, a template slot with a colon',
    'EXEC SQL CONNECT TO erp USER etl USING :hvPassw0rd1;\n' +
      'Passwort laut Richtlinie: Min12-Zeichen\nDer Passwortmanager ist KeePassXC2 auf allen Rechnern.\nHet wachtwoord staat in de wiki, de pagina is Beheer2024!\n[basic_auth]\nzone = Europe/Berlin\nendpoint = oss-cn-hangzhou.aliyuncs.com\n\npassword: {{vault:db-pass}}',
  ],
  ['a log event named for a password change', 'CEF:0|Keycloak|Keycloak|24.0.5|UPDATE_PASSWORD|Password updated|3|suser=rvos cs1Label=realm cs1=lumen'],
];

describeRedactionCases("the twenty-third blind set's shapes (issue #14, seventeenth session)", FOUND, KEPT);
