import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the fourteenth blind set's study (eleventh session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "a git patch's added lines, a process's arguments with NULs shown as ^@",
    '@@ -10,3 +10,6 @@ spec:\n+  - name: QDRANT_API_KEY\n+    value: "Qd8Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk"\nroot 1877 sshpass^@-p^@Sp4-Kq2Lm5Zx^@ssh^@deploy@10.0.0.1',
    ['Qd8Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk', 'Sp4-Kq2Lm5Zx'],
  ],
  [
    'passwords in a Chinese chat written in pinyin or its initials, in German prose, after a long remark before a colon',
    'root 的 mima 是 Summer.888x 别乱用\nmm：Mm7=Kq2Lm5Zx\nredis 的 mm 是 Rd9Kq2Lm5Zx7Wt4Y\njenkins 账号 mi4 码 yunwei520_x\n' +
      'Jump host: ssh support@jump.example.net, Kennwort G~5Kq2Lm?30\nDas Passwort für das ZIP lautet Hs8aS-4nEfz-\nDas alte Passwort (Guangzhou1314_) ist gesperrt\n' +
      '  * API-Token (bitte nicht weitergeben / please keep private): Tk9Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk',
    ['Summer.888x', 'Mm7=Kq2Lm5Zx', 'Rd9Kq2Lm5Zx7Wt4Y', 'yunwei520_x', 'G~5Kq2Lm?30', 'Hs8aS-4nEfz-', 'Guangzhou1314_', 'Tk9Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk'],
  ],
  [
    "fetchmail's quoted user and password, a cloud key and its secret spoken through an input method",
    'user "legacy-support" pass "Fm7L7kgp_0PX"\n一个叫 a k 的是 G4U3D9RU72JK5BHGCKBY\n然后 s k 是 Tx4KGFaTdFYtdC559uKqfuwTe2CjpxaZKoyRmjQE',
    ['Fm7L7kgp_0PX', 'G4U3D9RU72JK5BHGCKBY', 'Tx4KGFaTdFYtdC559uKqfuwTe2CjpxaZKoyRmjQE'],
  ],
  [
    "a URL whose user is an address, an address then a spaced slash, a service's label before a user and a slash",
    "export GOVC_URL='https://administrator@vsphere.local:Gv8+Kq2Lm5Zx@vcsa01.example.net/sdk'\n vCenter  administrator@vsphere.local / Vc*_?m-o^Kq84\n- MySQL: dev_rw / RgIuC=5++o_k",
    ['Gv8+Kq2Lm5Zx', 'Vc*_?m-o^Kq84', 'RgIuC=5++o_k'],
  ],
  [
    "lftp's open with a user and a password, esxcli's account password and its confirmation",
    "lftp :~> open -u lf-print,Lf8Kq2.+N ftp.example.net\nesxcli system account set -i migrate -p 'Es+Gn=_X_Kq=2' -c 'Es+Gn=_X_Kq=3'",
    ['Lf8Kq2.+N', 'Es+Gn=_X_Kq=2', 'Es+Gn=_X_Kq=3'],
  ],
  [
    "Ruby's ENV.fetch default inside ERB, Express's cookie secrets, a model hub's login token, Django's fallback keys",
    '  password: <%= ENV.fetch("CRM_DATABASE_PASSWORD") { "Rb7Lm.x_78.s9" } %>\n' +
      "app.use(cookieParser(['229f665beea3d0c0dad728119d936a6366239f45', '99425737581d4d073bd95eb6d5ad87f6e65c2027']));\n>>> HubApi().login('dda53534-eafd-4d51-a6e6-6c7b5dd3163e')\n" +
      'SECRET_KEY_FALLBACKS = ["django-insecure-5#_b4rp=p_o_3o)ne4@4a_ojl5"]',
    ['Rb7Lm.x_78.s9', '229f665beea3d0c0dad728119d936a6366239f45', '99425737581d4d073bd95eb6d5ad87f6e65c2027', 'dda53534-eafd-4d51-a6e6-6c7b5dd3163e', 'django-insecure-5#_b4rp=p_o_3o)ne4@4a_ojl5'],
  ],
  [
    'a read-only API key, an admin token (no "min" token), HeidiSQL\'s exported password, a Proxmox API token spaced out',
    '  read_only_api_key: "Ro9Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0"\nxy --admin-token 98cb57cb1ecf7c27ca91ce175098e1930f2bad0f\nServers\\polardb-prod-rw\\Password<|||>1<|||>ae356465ee332fad1b7991c2c445195c7\n' +
      ' Proxmox API token  terraform@pve!tf  =  92ce7bf1-2efb-4d18-997d-5d225043b6e0',
    ['Ro9Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0', '98cb57cb1ecf7c27ca91ce175098e1930f2bad0f', 'ae356465ee332fad1b7991c2c445195c7', '92ce7bf1-2efb-4d18-997d-5d225043b6e0'],
  ],
  [
    "a table of pipes without the outer ones (a scanned handover sheet); psql's rows of names and values are no header",
    ' 序号 | 主机名 | IP | 账号 | 密码\n 1 | jump01 | 10.0.0.5 | opsadmin | XR_Bchwpg4\n 2 | app07 | 10.0.0.7 | root | hrN_7ZiL_o4v\n\n' +
      'auth_ldap    | bind_pw       | X+gav7JhXmD7rR\nauth_oidc    | clientid      | cd2d879f-6d8e-4fbb-bdf7-a95e48958d28',
    ['XR_Bchwpg4', 'hrN_7ZiL_o4v', 'X+gav7JhXmD7rR'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "instructions and other settings' names where a value would be, code that reads one",
    'OPENAI_API_KEY=sk-REPLACE_ME\n    value: "REPLACE_WITH_QDRANT_KEY"\nSECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "please-set-DJANGO_SECRET_KEY")\n    - secretKey: DB_PASSWORD\n' +
      'qwen = ChatTongyi(model="qwen-max", dashscope_api_key=DASHSCOPE_KEY)\nsecret: process.env.SESSION_SECRET',
  ],
  [
    'a Windows SID, a .NET type printed for a SecureString, a WeChat AppID, a registry URL after a flag, a password book, "the same as vCenter"',
    '<Member name="CORP\\Server-Admins" action="ADD" sid="S-1-5-21-6532450700-2188216427-4573439208-5658"/>\n   Password            : System.Security.SecureString\n' +
      'SOCIAL_AUTH_WECHAT_KEY = "wxd13e9fd484070605"\n$ skopeo inspect --creds-from-helper docker://reg.example.net/ai/recommend:1.8.4\n密码本是 KeePass\n序号,主机,用户,密码\n5,esxi-07,root,同 vCenter (见下)',
  ],
  [
    "millimetres, German and English rules about passwords, names after a label, macOS open, logins with an address or a URL, a page token, a table's header of names",
    'the panel is 30 mm wide, 2 mm: 30x40mm\nDas Passwort muss 12 Zeichen haben\nPath: usr / bin2Lib\nopen -u https://example.com\nclient.login("ops-admin@corp.example.net")\nsession.login("https://sso.example.net/login")\n' +
      'next_page_token: Np8Kq2Lm5Zx7Wt4Yq9Nc\nname | type | password_policy\nweb | http | strict',
  ],
  ['list items outside a diff (their dashes stay)', '- name: QDRANT_API_KEY\n- value: read it from Vault\n-p is the port flag'],
];

describeRedactionCases("the fourteenth blind set's shapes (issue #14, eleventh session)", FOUND, KEPT);
