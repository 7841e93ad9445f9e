import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the ninth blind set's study (eighth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'rows of a pipe table without its separator row, and of a table aligned with spaces whose cells hold spaces',
    '  | 系统 | 账号 | 当前密码 | 更换日期 |\n  | OA   | oa_admin | Qm4=tRz8Lp | 2024-05-30 |\n\n  设备           管理IP         账号      密码\n  核心交换 S7706  10.0.0.1       admin     Wn6#kPz2Rq\n  防火墙 USG6555  10.0.0.254     admin     Lx3@vBn8Tq  (注：手写改过)',
    ['Qm4=tRz8Lp', 'Wn6#kPz2Rq', 'Lx3@vBn8Tq'],
  ],
  ['a map of users to their passwords', '"RegisteredUsers" : {\n    "pacsadmin" : "k7+Rq2Wz9Lm4",\n    "viewer" : "viewer"\n  }', ['k7+Rq2Wz9Lm4']],
  [
    'e-mail addresses paired with passwords in a migration list',
    'ann@old-example.com,Tq7.Lm2Zx9,ann@new-example.cn,Rw4=Kp8Vn3\nbob@old-example.com,Yh5%Nc1Bx7,bob@new-example.cn,Ju2!Mq6Wd8',
    ['Tq7.Lm2Zx9', 'Rw4=Kp8Vn3', 'Yh5%Nc1Bx7', 'Ju2!Mq6Wd8'],
  ],
  [
    'macOS keychain, directory, Wi-Fi and share passwords',
    'security add-internet-password -a ann -s nas.example.net -w \'Kc8=Rt2Lp5\' -T /usr/bin/smbutil\nsudo dscl . -passwd /Users/kiosk Dq4#Wm7Zx1\nnetworksetup -setairportnetwork en0 "Studio-5G" Wf3_Lp9Qz6Tn\nmount_smbfs //ann:Sm7@Bz2Qx9@nas.example.net/Projects /Volumes/p',
    ['Kc8=Rt2Lp5', 'Dq4#Wm7Zx1', 'Wf3_Lp9Qz6Tn', 'Sm7@Bz2Qx9'],
  ],
  [
    'Windows code signing, Steam, Perforce, OpenVPN, net user, the registry and curl with bundled flags',
    'signtool sign /f D:\\certs\\code.pfx /p Cs5!Gn8Tq2 /tr http://ts.example.net\n"C:\\steam\\steamcmd.exe" +login build_bot Sb6%Kw3Lq9 48213 +quit\necho Pf4+Xn7Rz2| p4 -u build login -a\nsudo openvpn --config a.ovpn --askpass <(echo Ov9_Lk2Wm5)\nnet user Administrator Nu7@Pq3Zr8\nreg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d Rg2_Wm6Kx4 /f\ncurl -su "api:Cu8Lm2Qz5Tx" https://mdm.example.net/api',
    ['Cs5!Gn8Tq2', 'Sb6%Kw3Lq9', 'Pf4+Xn7Rz2', 'Ov9_Lk2Wm5', 'Nu7@Pq3Zr8', 'Rg2_Wm6Kx4', 'Cu8Lm2Qz5Tx'],
  ],
  [
    'passwords in Go, VBA and C code, and Rust literals',
    'req.SetBasicAuth("admin", "Gb4.Kq7Zx1")\nThisWorkbook.Protect "Vb3%Wk8r", True\n.Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "Cd6=Lm2Tq9"\nPrivate Const SHOP_DBPWD As String = "Db7_Qx3Lm"\n    api_secret: String::from("Rs8Kq2Lm5Zx9Wt3Yp7Nc4Vb6"),\n    title_secret: r#"TS4KQ9LM2ZX7WT3YP8NC5VB1RD6"#.to_owned(),\n    static const char kAesKey[] = "9f2c4e6a8b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a";',
    ['Gb4.Kq7Zx1', 'Vb3%Wk8r', 'Cd6=Lm2Tq9', 'Db7_Qx3Lm', 'Rs8Kq2Lm5Zx9Wt3Yp7Nc4Vb6', 'TS4KQ9LM2ZX7WT3YP8NC5VB1RD6', '9f2c4e6a8b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a'],
  ],
  [
    "a spare key's name and a login's session id",
    'PUSH_AUTH_KEY_BAK = "Ak7Lm2Qz9Wx4Rt6Y"\n{"code":0,"data":{"uid":"5069340001","sid":"Sx8Kq2Lm5Zw9Tr3Yp7Nc4Vb6Hd1Fg0Jk"}}',
    ['Ak7Lm2Qz9Wx4Rt6Y', 'Sx8Kq2Lm5Zw9Tr3Yp7Nc4Vb6Hd1Fg0Jk'],
  ],
  [
    'a wallet recovery phrase, quoted after a name and alone on a line',
    'SIGNER_MNEMONIC="orbit canyon velvet thumb radar frozen pepper lunar stable wisdom cargo hover"\n\nmaple glide tunnel ozone bright civic rescue jungle fabric olive stereo quartz',
    ['orbit canyon velvet thumb radar frozen pepper lunar stable wisdom cargo hover', 'maple glide tunnel ozone bright civic rescue jungle fabric olive stereo quartz'],
  ],
  [
    'values after "A K :" spelled out by OCR, "新值", "已修改为" and an Oracle login in prose',
    '  A K : QX7M2K9PL4RT8WZ3NV5B\n淘宝 sessionkey 新值 6100ab71cd5692ef8f3a9ff2b8a8f8d482854105069。\n  iDRAC root / calvin 已修改为：Nd7hK=o8Gq\n  Oracle  sys / Or4-Yx8Wq0  as sysdba',
    ['QX7M2K9PL4RT8WZ3NV5B', '6100ab71cd5692ef8f3a9ff2b8a8f8d482854105069', 'Nd7hK=o8Gq', 'Or4-Yx8Wq0'],
  ],
  [
    "the last two cells of the MySQL client's rows, a name and its value",
    'tool_objectfs| s3_secret     | Hn3Kq7Zt1Wm5Rp9Lx2Vb6Nc8Jd4Fg0\nauth_ldap    | bind_pw       | Lb6+Wq2Zx8Rn',
    ['Hn3Kq7Zt1Wm5Rp9Lx2Vb6Nc8Jd4Fg0', 'Lb6+Wq2Zx8Rn'],
  ],
  [
    'what a keychain look-up at a zsh prompt printed, and the password line of a printed OpenVPN credentials file',
    'admin@mac-07 ~ % security find-generic-password -s "deploy" -w\nKc4Lm8Zq2Wx6+Tn0\n$ cat /etc/openvpn/client/ops-auth.txt\nops_vpn\nOv3-Lk7Wq9Zr\n',
    ['Kc4Lm8Zq2Wx6+Tn0', 'Ov3-Lk7Wq9Zr'],
  ],
  ["vsftpd's virtual users, a user's line and then the password's", '### /etc/vsftpd/virtual_users.txt\nupload01\nUp7=Kq2Lm9\nscanner02\nSc4Wz8Rt1Lq\n', ['Up7=Kq2Lm9', 'Sc4Wz8Rt1Lq']],
  ['a password after a label that names the user and the password', '   帳號 / 密碼：shop_app / Pw6-Lq2Zr8Tk', ['Pw6-Lq2Zr8Tk']],
];

const KEPT: KeptCase[] = [
  [
    'signatures of single requests: a query with a time, a header, a column of an order export',
    'POST /v2/user/login  account=138****0000&t=1796491553&sign=a283cf558b78f78fe33c5ec8f26feaf0\nX-Sign: e9183b9af708cc9e68c51524ef5671fd702f6ff449fa7e45977ef8a891dcc73b\nplatform,order_id,app_key,request_sign,sign_method\ntaobao,9980096970401941714,42115249,55C92F83A0E82679DAB4F7F48E02C380,hmac-md5',
  ],
  [
    "public keys in URLs: a Sentry DSN on the company's Sentry host, an Ethereum node",
    'SENTRY_DSN=https://9bd81c019c957f98681a3178cffa6d0b@sentry.example.net/14\nenode://af77d0c90f23cf23a3c665bb5346da55c3704231d670c073ba2e2253bf438607280947bcff801fdc@10.0.0.1:30303',
  ],
  [
    "values someone else hid or took from elsewhere: Windows setup's mask, a batch variable, VBA concatenation, a pin, a redaction",
    '<AdministratorPassword><Value>*SENSITIVE*DATA*DELETED*</Value></AdministratorPassword>\nfor /f %%p in (\'getpw\') do set MYSQL_PWD=%%p\nconn = "Jet OLEDB:Database Password=" & ACCESS_DBPWD & ";"\n--ca-pin=sha256:9af506b607622f55eef4aade477a77c1af4f097e3111a793f4c98c69948b40a1\n{"settings": {"key": "room_1024?auth_key=REDACTED"}}',
  ],
  [
    'a Windows account switch, a digest in a remark, an API name, keys that are public and ciphertext',
    'net user Administrator /active:yes\n(7fe0,0010) OB 00\\00 (PixelData, md5 bded46e219211dbc37005223771a073d)\n# token 是 CreateToken 接口返回的\nconst LOBBY_VERIFY_KEY: &str = "86fdf475b0aa4f9dbadb986f13ad0a5d436601d319127269239c7ecd93e1b310";\nPlatformPubKey=BB1B4A1B3D747292F8D331A64FEDD2FB24480CB8D97EA49B0AE694B2E56452C0\nAMAP_JS_KEY=9b111175d21da2212729e4b75331c8e2\n    encrypted_secret = "GKZ9PcihaAMAlDTYZmhB6KYgr3P0qmcCp1wDDyvrSIZT2yyG2rhO5zPEK3g762X"',
  ],
  [
    "roles under users, an address beside a lower-case word and digits, host names on alternate lines, a lone word and a tag, the public BIP-39 test vectors, twelve words of a sentence, a method's name, a glossary table, and what was changed that is no password",
    'users: { alice: "viewer", bob: "Editor-2" }\nann@old-example.com,ticket2024,ann@new-example.cn,batch0042\nserver01\nWeb-Prod-01\nserver02\nApi-Prod-02\n\ntag\nRelease#2024b\n\nabandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about\nzoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong\nmake sure that the new config file gets loaded before you restart\nthe signing secret getUserAccountNameFromCache is kept in KMS\n| 密碼 (password) | 人記得的字串 |\n| 權杖 (token) | 有時效的憑證 |\n版本改为 v2.3.1-beta，镜像改成 nginx:1.25.3-alpine3.18，实例规格改为 ecs.g7.2xlarge，实例名改为 Web-Prod-01',
  ],
];

describeRedactionCases('redaction of secrets written the ways the ninth blind set wrote them (issue #14)', FOUND, KEPT);
