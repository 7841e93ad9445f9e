import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, fourth part: mechanisms that do not depend on a product's name — a signed request's
// credential scope, `user/password@host:port` from any database client, and a key body longer than
// the usual read limit. All values are made up.
const KEY_BODY = 'TUlJRXZnSUJBREFOQmdrcWhr'.repeat(120);

const FOUND: FoundCase[] = [
  [
    'the key id of an S3-compatible presigned URL',
    'https://b.obs.example.cn/a.dmg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=QW7ERT2YUIOP9ASDFGHJ%2F20251204%2Fcn-east-3%2Fs3%2Faws4_request&X-Amz-Date=20251204T022000Z',
    ['QW7ERT2YUIOP9ASDFGHJ'],
  ],
  ['the key id of a signed header', 'Authorization-Scope: Credential=ZX8CVB3NMLKJ4HGFDSAQ/20251204/cn-hangzhou/oss/aliyun_v4_request', ['ZX8CVB3NMLKJ4HGFDSAQ']],
  ['a password in user/password@host:port', 'disql SYSDBA/Dm8x_Qw2Lk9z@10.40.5.7:5236\nksql sys/K1ngBase.prod@db.local:54321', ['Dm8x_Qw2Lk9z', 'K1ngBase.prod']],
  [
    "cookies of a browser's Copy as cURL, one option per line",
    "curl 'https://admin.example.cn/orders' \\\n  -H 'accept: */*' \\\n  -b 'JSESSIONID=Qx8Lm2ZpVn7Kq3Wt9Rb1Yc5Hd0Fg; SERVERID=c7f2ab09dfe4ce8a1b3dcafe05e9bd27|1764812345|1764810000; remember_me=Zp4Rt6Yb9Hc1Fd5Gs0Jq8Ta2Ue6' \\\n  --compressed",
    ['Qx8Lm2ZpVn7Kq3Wt9Rb1Yc5Hd0Fg', 'Zp4Rt6Yb9Hc1Fd5Gs0Jq8Ta2Ue6'],
  ],
  ['a cookie made in code', '$s.Cookies.Add((New-Object System.Net.Cookie("connect.sid", "s%3AVn7Kq3Wt9Rb1Yc5Hd0Fg2Lk4Mn6", "/", "a.example.cn")))', ['s%3AVn7Kq3Wt9Rb1Yc5Hd0Fg2Lk4Mn6']],
  ['firmware macros', '#define WIFI_PASS "Esp32_w1fi_pw"\n#define MQTT_PASSWORD "Mq_pw_77x"', ['Esp32_w1fi_pw', 'Mq_pw_77x']],
  ['the password of a SIP URI', 'register sip:1001:Sip_Url_Pw1@pbx.corp.example.cn;transport=tcp', ['Sip_Url_Pw1']],
  [
    'columns under a commented header (chap-secrets)',
    '# client    server    secret          IP addresses\nvpnuser1    l2tpd     Chap_Pw_5521    *\nvpnuser2\tl2tpd\tChap_Pw_7730\t*\n# rotated 2025-12-04 weekly',
    ['Chap_Pw_5521', 'Chap_Pw_7730'],
  ],
  ['a CSV whose header is in a comment', '# data/users.csv (user_id,password,is_admin)\ngw-01,Qw7Lm2Xp9kz3Rt,false\nrule-2,Zx8Cv3Bn6Mq1Wd,true', ['Qw7Lm2Xp9kz3Rt', 'Zx8Cv3Bn6Mq1Wd']],
  [
    "devices' Wi-Fi and MQTT logins in code",
    'WiFi.begin("Corp-IoT", "Ard_B3gin_pw");\nwifiMulti.addAP("Lab", "Lab_W1fi_pw");\nmqtt.connect("dev-7", "meter", "Mqtt_C0nn_pw");\nclient.username_pw_set("meter", "Paho_Pw_2025")',
    ['Ard_B3gin_pw', 'Lab_W1fi_pw', 'Mqtt_C0nn_pw', 'Paho_Pw_2025'],
  ],
  [
    "a Postman collection's API-key authorisation",
    '"auth": {"type": "apikey", "apikey": [{"key": "value", "value": "Pm7Kq3Wt9Rb1Yc5Hd0Fg", "type": "string"}, {"key": "key", "value": "X-API-Key"}]}',
    ['Pm7Kq3Wt9Rb1Yc5Hd0Fg'],
  ],
  [
    'SNMPv3 users of a network device',
    'snmp-server user monitor netops v3 auth sha Snmp_Auth_77 priv aes 128 Snmp_Priv_88\nsnmp-server user ro grp v3 auth md5 Md5_Auth_pw1',
    ['Snmp_Auth_77', 'Snmp_Priv_88', 'Md5_Auth_pw1'],
  ],
  [
    'network-device credentials whose type says clear text or Cisco type 7, and IKE keys for one side',
    'enable password 7 0822455D0A16544541\n local-user netadmin password simple vrp2024adm\nike peer hq\n pre-shared-key remote Rk9vPn2Lw7\nsnmp-agent community write Cm7Wr1te.Net',
    ['0822455D0A16544541', 'vrp2024adm', 'Rk9vPn2Lw7', 'Cm7Wr1te.Net'],
  ],
  ['Hiera and Puppet keys under :: namespaces', "role::mysql::root_password: 'Hq2pR7vXw4'\nprofile::mq::default_pass: Zt8Kd3Lq0Pv", ['Hq2pR7vXw4', 'Zt8Kd3Lq0Pv']],
  ['names that glue requirepass or the side to "pass"', 'cache_requirepass: Rp4Xz9Lm2Qw\nlocalpass = Lp7#Qs2Vt', ['Rp4Xz9Lm2Qw', 'Lp7#Qs2Vt']],
  ['a Chinese password in brackets or after a clause', '数据库口令「Kv8_Lp2Zq7Xw」\n账号 ops（密码（Tz4=Qm8Lp3）），另外 root 密码写死了，是 Wx3-Pq9#Lm', ['Kv8_Lp2Zq7Xw', 'Tz4=Qm8Lp3', 'Wx3-Pq9#Lm']],
  ['a pretty-printed name/value record (Postman variables)', '{\n  "key": "dbPassword",\n  "value": "Pm4#Vr8Lq",\n  "enabled": true\n}', ['Pm4#Vr8Lq']],
  [
    'a key pair whose secret is the next argument on the next line',
    'let c = OssClient::new(\n    "LTAI5tQz8Rm2Wk9Lp3Vx7Nc1",\n    "Zq8Lm2Kv9Xw4Pt7Rn3Hs6Jd1Bf5Gc0",\n);',
    ['LTAI5tQz8Rm2Wk9Lp3Vx7Nc1', 'Zq8Lm2Kv9Xw4Pt7Rn3Hs6Jd1Bf5Gc0'],
  ],
  [
    'capitalised Go builder setters',
    'b := auth.NewBuilder().\n\tWithSk("Hs7Kq2Lm9Xw4Pz8Rn3Tv6Jd1Bf5Gc0Yq2Wx7Lk").\n\tSetPassword("Gb5#Xq2Lm")',
    ['Hs7Kq2Lm9Xw4Pz8Rn3Tv6Jd1Bf5Gc0Yq2Wx7Lk', 'Gb5#Xq2Lm'],
  ],
  ["Rust's debug print of an optional password", 'Settings { smtp_password: Some("Sm7#Lq2Vx9"), port: 25 }', ['Sm7#Lq2Vx9']],
  [
    'a secret column of SQL INSERT rows',
    "INSERT INTO `accounts` (`id`, `login`, `api_token`, `pwd_hash`) VALUES\n(1,'li','at_Q8mZ2kLp9Xw4Rt7Vn3Bc6Hd1','$2b$10$abc'),\n(2,'wu','at_Z3xL8qP2mK7wR4tV9nB6cH1d','$2b$10$def');",
    ['at_Q8mZ2kLp9Xw4Rt7Vn3Bc6Hd1', 'at_Z3xL8qP2mK7wR4tV9nB6cH1d'],
  ],
  ["PowerShell's -Name and -Value", "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Acme' -Name DbPassword -Type String -Value 'Ps8#Lm2Qx'", ['Ps8#Lm2Qx']],
  ['a literal key given to an HMAC call', "const mac = crypto.createHmac('sha256', 'Hk4Lm9Qx2Zp7Wr3Tv8Nc5Bd1')", ['Hk4Lm9Qx2Zp7Wr3Tv8Nc5Bd1']],
  [
    'a firmware macro with a comment after it, a signing secret and an Erlang cookie',
    '#define CLOUD_DEVICE_SECRET "Dv7Kq2Lm9Xw4"  // per device\nWECOM_BOT_SIGN=Sg8Lq3Vx9Zm2Kp7Wn4Rt6Y\nrabbitmq_erlang_cookie: QWERTYUIOPASDFGHJKLZ',
    ['Dv7Kq2Lm9Xw4', 'Sg8Lq3Vx9Zm2Kp7Wn4Rt6Y', 'QWERTYUIOPASDFGHJKLZ'],
  ],
  ['a password manager export whose CSV header is quoted', '"url","username","password","httpRealm"\n"https://mail.acme.cn","ops@acme.cn","Qm7#Lp2Vx9",""\n', ['Qm7#Lp2Vx9']],
  [
    'a Wi-Fi pass phrase given to wpa_passphrase, and a password hashed by openssl passwd',
    'wpa_passphrase "Lab 5G" Wp4Lab#2024\nusermod -p "$(openssl passwd -6 -salt x9 Sh4d#Pw7)" ops',
    ['Wp4Lab#2024', 'Sh4d#Pw7'],
  ],
  ['a Chinese label with a remark in brackets before its colon', '管理员密码（已修改）：Adm1n#Chg', ['Adm1n#Chg']],
  ["strongSwan's EAP and XAUTH secrets", 'alice : EAP "Ea7Pq2Lx"\nbob : XAUTH "Xa9Lm3Qw"', ['Ea7Pq2Lx', 'Xa9Lm3Qw']],
  [
    'a key file pasted under a comment that is only its path',
    '# /etc/zabbix/agent.psk\n9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c2b4d6f8e0a1c3e5b7d9f1a3c5e7b9d1f',
    ['9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c2b4d6f8e0a1c3e5b7d9f1a3c5e7b9d1f'],
  ],
  ["OpenVPN's inline credentials", 'remote vpn.example.cn 1194\n<auth-user-pass>\nvpnops\nOvpn_Inl1ne_77\n</auth-user-pass>', ['Ovpn_Inl1ne_77']],
  ['a quoted key body longer than 2 KB', `{"PAYMENT_PRIVATE_KEY": "${KEY_BODY}", "mode": "rsa2"}`, [KEY_BODY]],
];

const KEPT: KeptCase[] = [
  ['a service account in a credential scope', 'X-Goog-Credential=exporter%40partner-prod.iam.gserviceaccount.com%2F20251204%2Fauto%2Fstorage%2Fgoog4_request'],
  ['a word in a credential scope', 'Credential=ServiceAccountNameXYZ/20251204/cn-north-4/s3/aws4_request'],
  ['image digests and package versions', 'image: library/nginx@sha256:1234abcd\nnpm i @scope/pkg@1.2.3 left/right@host:80x'],
  ['macros and headings that only name credentials', '# Define password rules\n#define PASSWORD_MIN_LENGTH 12\n#define TOKEN_HEADER "X-Auth-Token"'],
  ['SIP URIs without a password', 'From: <sip:1001@pbx.example.cn>;tag=a1\nContact: sip:alice:5060@10.0.0.5'],
  [
    'aligned columns that hold no secrets',
    'NAME         SECRETS   AGE\ndefault      1         12d\n# user    password    note\nsee the vault entry for each account\nNAME  TYPE  DATA  AGE\nweb-tls  kubernetes.io/tls  2  5d',
  ],
  [
    'connects whose arguments are no password',
    'socket.connect("10.0.0.5", "8080", "tcp");\nWiFi.begin("Corp-IoT");\n"apikey": [{"key": "key", "value": "X-API-Key"}, {"key": "in", "value": "header"}]',
  ],
  [
    'encrypted network-device values and read-only prose around device keywords',
    'local-user ops password cipher %^%#Q8mZ2kLp9Xw4%^%#\nsnmp-agent community read cipher %^%#Zq8Lm2Kv9%^%#\nthe pre-shared-key remote side must match',
  ],
  ['interpolations and prose in brackets after a Chinese credential word', 'profile::db::password: "%{lookup(\'secrets::db\')}"\n应用通过 STS 获取临时凭证（AccessKeyId 以 STS 开头）'],
  ['SQL rows of columns that name no secret, and a password hash column', "INSERT INTO `users` (`id`, `login`, `password_hash`) VALUES (1,'li','$2b$12$Q8mZ2kLp9Xw4Rt7Vn3Bc6Hd1eF');"],
  ['a file pasted under a comment that is only its path, holding no secret', '# /etc/hosts\n127.0.0.1\n# /etc/app/version.txt\n2.4.1'],
  ['openssl passwd reading its password from stdin or a file', 'openssl passwd -6 -stdin < new.txt\nopenssl passwd -in list.txt'],
  ['a remark in brackets about a password field, and the rule after it', '密码（至少 8 位）：必须包含大小写字母和数字\n密码（选填）：'],
  ['an HMAC over a message literal', "hmac.new(key, b'hello from the build agent', 'sha256')"],
  ['SNMP lines without pass phrases', 'snmp-server user ro grp v2c\nsnmp-server group netops v3 priv read all-view\nauth-user-pass /etc/openvpn/auth.txt'],
  ['-b of a command that is not curl', "curl -s https://a.example.cn/ping\nsort -b 'theme=Qx8Lm2ZpVn7Kq3Wt9Rb1Yc5Hd0Fg' list.txt"],
  ['a preference cookie made in code', 'new Cookie("lang", "zh-CN"); new Cookie("_ga", "GA1.2.Qx8Lm2ZpVn7Kq3W")'],
  ['a long base64 value under a name that is no credential', `{"thumbnail": "${KEY_BODY}"}`],
];

describeRedactionCases('redaction reaching values whatever wrote them (issue #14)', FOUND, KEPT);
