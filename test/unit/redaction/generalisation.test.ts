import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, fourth part: mechanisms meant to carry over to text nobody has seen — a credential name
// tied to a value by any syntax, rather than one rule per format. All values are made up.
const FOUND: FoundCase[] = [
  ['a Chinese label glued to its value', '临时账号 temp01，口令Wq7Lm2Xp9kz3，今晚失效；管理员 admin 密码Tr4_k9L*zq_8b', ['Wq7Lm2Xp9kz3', 'Tr4_k9L*zq_8b']],
  ['a numbered name', 'Unseal Key 1: Qm3Vn8Lk2Wx7Zp4Rt6Yb9Hc1Fd5Gs0Jq8Ta2Ue6Wi4\nPassword #2: Numb3red.Pass', ['Qm3Vn8Lk2Wx7Zp4Rt6Yb9Hc1Fd5Gs0Jq8Ta2Ue6Wi4', 'Numb3red.Pass']],
  ['an XML value in CDATA', '<password><![CDATA[Cd4ta!Wrapped]]></password>', ['Cd4ta!Wrapped']],
  ['a namespaced config key', 'config:\n  shop:grafanaAdminPassword: harbin20251\n  shop:region: cn-north-4', ['harbin20251']],
  ['a short name for credentials (the password after the user)', 'skopeo copy --dest-creds robot:Kv8Lq2Xm9Zp4Rt6Y docker://a docker://b', ['Kv8Lq2Xm9Zp4Rt6Y']],
  ['a user and password under an ident', '  npmAuthIdent: "builder:Id3nt9Pass"', ['Id3nt9Pass']],
  [
    'a record with its name and value fields in any order',
    '[{"value": "Pm4nQx7Lz2Vb9Kt", "key": "client_secret", "enabled": true}, {"ParameterKey": "DbPassword", "ParameterValue": "Cfn.Param7x"}]',
    ['Pm4nQx7Lz2Vb9Kt', 'Cfn.Param7x'],
  ],
  ['a record typed secret', '{"key": "partner_hook", "value": "Wb8Kq2Lm7Zx4", "type": "secret"}', ['Wb8Kq2Lm7Zx4']],
  [
    'two adjacent strings, a name and a value',
    'buildConfigField "String", "MAPS_WEB_KEY", "\\"3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e\\""\nrow = ("db_password", "Tup1e!Pass")',
    ['3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e', 'Tup1e!Pass'],
  ],
  ['a YAML default under a password parameter', 'Parameters:\n  DBMasterPassword:\n    Type: String\n    NoEcho: true\n    Default: Yaml!Def4ult', ['Yaml!Def4ult']],
  ['a YAML default under a NoEcho parameter', 'Parameters:\n  AdminLogin:\n    Type: String\n    NoEcho: true\n    Default: N0Echo.Value', ['N0Echo.Value']],
  [
    'a comparison with a literal',
    'if ($http_x_metrics_token != "Rt7Kq2Lm9Zx4Vb8Np3Wc6Yd1") { return 403; }\n[ "$API_KEY" = "Kq2Lm9Zx4Vb8Np3W" ] && echo ok',
    ['Rt7Kq2Lm9Zx4Vb8Np3Wc6Yd1', 'Kq2Lm9Zx4Vb8Np3W'],
  ],
  [
    'a user and a password around a spaced slash, said to be an account',
    'Temporary DB account for your DBA: sup_tmp / Sp4c3d!Slash (expires Friday)\n只读账号 report_ro\nreport_ro / Rp7Lq2Xm9Zk4',
    ['Sp4c3d!Slash', 'Rp7Lq2Xm9Zk4'],
  ],
  [
    'a credential keyword and its value with no separator (network devices, VPN)',
    'username admin privilege 15 secret 0 Cisc0!Enable77\nsnmp-server community Xk9mQ2Lp7R RO\n ip ospf message-digest-key 1 md5 0spf!Md5Key\n pre-shared-key ascii-text Ipsec!Psk2024',
    ['Cisc0!Enable77', 'Xk9mQ2Lp7R', '0spf!Md5Key', 'Ipsec!Psk2024'],
  ],
  ['an LDIF base64 value', 'dn: uid=ops,ou=people,dc=corp\nuserPassword:: TGQ0cCFVc2VyUHc=', ['TGQ0cCFVc2VyUHc=']],
  ['a strongSwan pre-shared key', 'conn office\n  leftpsk=Str0ngSwan!Psk', ['Str0ngSwan!Psk']],
  ['a T-SQL login procedure', "EXEC sp_addlogin 'webapp', 'SpAdd!Login9';", ['SpAdd!Login9']],
  [
    'an OpenVPN static key',
    '<tls-auth>\n-----BEGIN OpenVPN Static key V1-----\n3a7c9e1b5d2f4a6c8e0b1d3f5a7c9e2b\n-----END OpenVPN Static key V1-----\n</tls-auth>',
    ['3a7c9e1b5d2f4a6c8e0b1d3f5a7c9e2b'],
  ],
  ['user:password@host with no scheme', 'register => 2001:S1pReg!99@sip.example-voip.cn/2001\nrsync -a ./out backup:Rsync2Pass@10.0.8.7::share', ['S1pReg!99', 'Rsync2Pass']],
  ['a Makefile conditional assignment', 'API_SECRET ?= Mk7Secret.77', ['Mk7Secret.77']],
  [
    'a one-line block named for its children',
    'acl { enabled = true  tokens { initial_management = "b3c1d2e4-5f67-4a89-9b0c-1d2e3f4a5b6c"  agent = "Ag7Kq2Lm9Zx4Vb8Np3Wc" } }',
    ['b3c1d2e4-5f67-4a89-9b0c-1d2e3f4a5b6c', 'Ag7Kq2Lm9Zx4Vb8Np3Wc'],
  ],
  [
    'an XML block named for its children',
    '<apikeys>\n  <add key="https://feed.example.com/v3/index.json" value="nk7q2lm9zx4vb8np3wc6yd1qe5rf0tg2h" />\n</apikeys>',
    ['nk7q2lm9zx4vb8np3wc6yd1qe5rf0tg2h'],
  ],
  [
    'a file shown under a header line',
    '=== /opt/app/admin.password ===\nb3c1d2e4-5f67-4a89-9b0c-1d2e3f4a5b6c\n==> /etc/app/api.token <==\nTk7Kq2Lm9Zx4Vb8Np3Wc6Yd1',
    ['b3c1d2e4-5f67-4a89-9b0c-1d2e3f4a5b6c', 'Tk7Kq2Lm9Zx4Vb8Np3Wc6Yd1'],
  ],
  ['a random word after "the new one is"', 'Changed it, the new one is wnG.P-r-s.-4x in case you need it.', ['wnG.P-r-s.-4x']],
  ['PowerShell switches before the plain text', "-NewPassword (ConvertTo-SecureString -AsPlainText 'Ps!Switch9x' -Force)", ['Ps!Switch9x']],
];

const KEPT: KeptCase[] = [
  ['Chinese labels glued to words', '密码ABC 规则见文档；密钥AccessKeySecret 在控制台；令牌Bucket 限流'],
  [
    'password hashes',
    "htpasswd: ops:$apr1$Qx8Lm2Zp$Vn7Kq3Wt9Rb1Yc5Hd0Fg.\ncommand: --admin-password '$2y$05$Qx8Lm2ZpVn7Kq3Wt9Rb1YeYc5Hd0Fg2Lk4Mn6Pq8Rs0Tu2Vw4Xy6'\nolcRootPW: {SSHA}Qx8Lm2ZpVn7Kq3Wt9Rb1Yc5Hd0Fg",
  ],
  ['dates after a password word', 'Last password change\t\t\t\t\t: Dec 04, 2025\nPassword expires\t\t\t\t\t: never\nPassword: Dec 04, 2025\npassword: 2025/12/04 10:21:07'],
  ['values filtered by the program', 'Parameters: {"authenticity_token"=>"[FILTERED]", "password"=>"[FILTERED]"}'],
  [
    'records, strings and comparisons without secrets',
    '{"key": "password_min_length", "value": "12"}\n{"name": "api_token", "value": "{{api_token}}"}\nrow = ["password", "ParameterValue"]\nif token == "undefined" { }\nParameters:\n  DBPassword:\n    Default: ""\n  Environment:\n    Default: production2',
  ],
  ['spaced slashes that are no account', 'ratio 3 / 4 of builds; branch main / Release2024x was cut\nuser guide: chapter1 / Section2.b'],
  [
    'device settings without a secret after the keyword',
    'snmp-server community public RO\nenable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\ncrypto key generate rsa modulus 2048\nssh key SHA256:Qx8Lm2ZpVn7Kq3Wt9Rb1Yc5Hd0Fg\nThe publishable key pk_live_Qx8Lm2ZpVn7Kq3Wt is public',
  ],
  ['user@host forms that hold no password', 'mailto:ops2024x@example.com\nContact:john@example.com\ngit clone git@github.com:org/repo2024.git\nimage: library/nginx:1.25@sha256'],
  [
    'blocks whose children describe the secret',
    '"Credentials": {"ProjectId": "8e7d6c5b4a39281706f5e4d3c2b1a090", "Expiration": "2026-01-01T00:00:00Z"}\ntokens { enabled = true  ttl = "720h0m0s" }\n==> /var/log/app.log <==\nStarted2024x',
  ],
  ['keys public by design', 'NEXT_PUBLIC_ANALYTICS_KEY=phc_Qx8Lm2ZpVn7Kq3Wt9Rb1Yc5Hd0Fg2Lk4Mn6\nVITE_PUBLIC_MAPS_TOKEN=Qx8Lm2ZpVn7Kq3Wt9Rb1Yc5H'],
];

describeRedactionCases('redaction that generalises: credential names tied to values by any syntax', FOUND, KEPT);
