import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the twelfth blind set's study (tenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "commands that take a password by position or from a here-string: Beeline's !connect, Synology's synouser, Oracle's mkstore, docker's and vncpasswd's stdin, an echoing password command, BMC tools' -p",
    '!connect jdbc:hive2://emr-1:10000/ods etl Bl5Kq8Lm-2Zx\nsudo synouser --setpw admin_ops \'Sy7Kq_2Lm8\'\nmkstore -wrl /u01/wallet -createCredential ERPDB erp_app Mk4_Lq8Zw2\ndocker login --username u --password-stdin <<< "Dk9~Lq2Zw8Kx"\nvncpasswd -f <<< \'Vn3.Kq^8\' > ~/.vnc/passwd\nimpala-shell -l -u etl --ldap_password_cmd="echo Im6^Kq8Lm2Zx" --ssl\nracadm -r 10.99.0.11 -u root -p Rc2-Kq8Lm.Z serveraction powercycle\nilorest login 10.99.0.31 -u Administrator -p Il7_Kq8Lm2',
    ['Bl5Kq8Lm-2Zx', 'Sy7Kq_2Lm8', 'Mk4_Lq8Zw2', 'Dk9~Lq2Zw8Kx', 'Vn3.Kq^8', 'Im6^Kq8Lm2Zx', 'Rc2-Kq8Lm.Z', 'Il7_Kq8Lm2'],
  ],
  [
    "an nginx variable, a literal decoded where it is assigned, Anaconda's token on its command line and in a channel's URL",
    '        set $oss_sk "Ng4Kq8Lm2Zx7Wt9Yq3Nc6Vb1Hd5Fg0";\nc.JupyterHub.cookie_secret = bytes.fromhex(\'9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0\')\n$ anaconda -t t/kq8lm2zx-7wt4-yq9n-c3vb6hd1fg0j upload dist/pkg.tar.bz2\n  - https://conda.example.net/t/kq8lm2zx7wt4yq9nc3vb6hd1fg0jk5rs/research',
    ['Ng4Kq8Lm2Zx7Wt9Yq3Nc6Vb1Hd5Fg0', '9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0', 't/kq8lm2zx-7wt4-yq9n-c3vb6hd1fg0j', 'kq8lm2zx7wt4yq9nc3vb6hd1fg0jk5rs'],
  ],
  [
    'a user and a password in Chinese prose and documents: an admin account with a suffix, a full-width slash, a user named after a colon; an inventory row',
    'DSM admin for the vendor engineer: admin_ops / Ds8_Kq2Lm5x   (2FA off)\n　　2．海康 NVR：admin／Hk7*Kq2Lm9Ab；IPC 统一密码见下\nBMC  10.99.0.40  ADMIN  tiger@5703\n  防火墙 USG6555  10.0.0.254     admin     Fw@4187Kq  (注：手写改过)',
    ['Ds8_Kq2Lm5x', 'Hk7*Kq2Lm9Ab', 'tiger@5703', 'Fw@4187Kq'],
  ],
  ['a user named after a colon in a Chinese line, then a slash', 'NVR 接入说明\n   ONVIF 用户单独建的：onvif_user / 1Q-kq8Lm2Zx', ['1Q-kq8Lm2Zx']],
  [
    'a second review\'s leaks: SAProuter hops without a port, WLST over https with the server\'s port, 암호 as a password, client keys, secrets with a backslash, an X509-named attribute, a base64-looking password after "password", a switch-like name',
    "route: /H/sr1.example.net/P/Sa8Kq2Lm/H/sr2.example.net/S/3299/P/Se9Kq3Lm/H/10.1.4.20\nconnect('weblogic', 'Wl9Kq2Lm5!', 'https://adminhost.example.net:7002')\nDB 암호: Xk9!mP2qLz\nCLIENT_KEY=Ck9Kq2Lm5Zx7Wt4Yq9Nc3Vb6\nAPP_SECRET=Kq8Lm2\\$Zx7Wt4Yq9\n<secretKey algorithm=\"X509Thumbprint\">Sk9Kq2Lm5Zx7Wt4</secretKey>\nwifi password Ab3xYz9Q= (guest)\n /password: Pw9Kq2Lm5Zx\nclient_secret: Kq8Lm2Zx7\\Wt4Yq9Nc3\n密码：同步Sync@2024",
    ['Sa8Kq2Lm', 'Se9Kq3Lm', 'Wl9Kq2Lm5!', 'Xk9!mP2qLz', 'Ck9Kq2Lm5Zx7Wt4Yq9Nc3Vb6', 'Kq8Lm2\\$Zx7Wt4Yq9', 'Sk9Kq2Lm5Zx7Wt4', 'Ab3xYz9Q=', 'Pw9Kq2Lm5Zx', 'Kq8Lm2Zx7\\Wt4Yq9Nc3', '同步Sync@2024'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "a second review's false positives: forum topics on a conda line, a package type after anaconda's -t, host tables' systems and versions, branches and paths under admin_, ciphers after 암호, Adyen's client key",
    'https://community.anaconda.example/t/conda-activate-not-working-in-powershell/52345\nanaconda upload -t conda dist/pkg.tar.bz2\nweb01  10.0.0.5  root  centos7.9\n192.168.1.10  admin  v2.3.1\n2026-01-01 10.0.0.1 root session42\naudit: 10.20.0.1 admin retry3x\ngit checkout admin_ui/fix2024\n대칭 암호: Camellia256\n암호: TLS1.3\nadyen_client_key: live_N3NBZPCJA0SJLYO9I2T0E8YEW0F7NH43',
  ],
  [
    "a certificate pin, Huawei devices' ciphertext, a field's name where its value would be, Drone's from_secret, \"the same as the NVR\"",
    'HPKP-style pin (for the app): sha256/cummV6y0iyGZHVMfM4N1J/M9zvvMifKuXuA33s0Lkng=\n pre-shared-key %^%#s5KlE6sEJu~PGs~FPANlk@XutcydT6sphbx@dGXEbVyf5eMH%^%#\n临时凭证示例（STS，已过期，仅作格式说明）：AccessKeyId\n[publish:2] registry: swr.example.net  username: from_secret swr_user  password: from_secret swr_password\n序号,点位,IP,用户名,密码,状态\n5,通道-05,192.168.50.25,admin,同NVR,在线',
  ],
  [
    'a blob kept DPAPI-protected, a client key public by design, a Windows account, another setting after "password"',
    'jump-win01.rdp (saved by mstsc, password blob is DPAPI-protected)\n    "adyen_client_key": "live_N3NBZPCJA0SJLYO9I2T0E8YEW0F7NH43",\nCredentials: CORP\\svc_veeam\nCredentials: login=CORP\\svc_veeam\nexpdp system/x@db encryption_mode=password logfile=erp_exp.log',
  ],
  ['an address and an admin account in a log line, the word after them in the middle of the line', '2026-11-28 10:00:01 10.0.0.1 admin login_failed3 from console 3'],
];

describeRedactionCases('redaction of secrets written the ways the twelfth blind set wrote them (issue #14)', FOUND, KEPT);
