import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the thirteenth blind set's study (eleventh session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'a CSV export that starts with a byte-order mark, an HTML table from a wiki, inline tags around a value, XML quoted in HTML',
    '\ufeff序号,设备,地址,账号,密码,备注\n1,路由器,192.168.1.1,admin,Rt7_Kq2Lm9,\n' +
      '<tr><th>系统</th><th>地址</th><th>账号</th><th>密码/Token</th></tr>\n<tr><td>Wiki</td><td>wiki.example.net</td><td>sysadmin</td><td class="c"><code>Wk8@Kq2Lm5</code></td></tr>\n' +
      '<p>IPsec 预共享密钥：<strong>Ps9Kq2Lm5Zx7Wt4Yq</strong>；</p>\n  &lt;password&gt;Xm4.Kq8Lm2Zx&lt;/password&gt;\n<password>Xp5.Kq8Lm2Zx</password >',
    ['Rt7_Kq2Lm9', 'Wk8@Kq2Lm5', 'Ps9Kq2Lm5Zx7Wt4Yq', 'Xm4.Kq8Lm2Zx', 'Xp5.Kq8Lm2Zx'],
  ],
  [
    'a name and its value apart: a bracket that never closes, a TR-069 parameter path with a password of digits, a name and a value quoted side by side, a .reg value in hex',
    'MATCH_PASSWORD            Td5Kq[r9lgSoRLE\nInternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Password    30604964\n' +
      '! U1 setvar "wlan.wpa.psk" "Harbor.2022"\n"KioskPasswordW"=hex(2):53,00,79,00,71,00,2e,00,32,00,00,00',
    ['Td5Kq[r9lgSoRLE', '30604964', 'Harbor.2022', '53,00,79,00,71,00,2e,00,32,00,00,00'],
  ],
  [
    'PINs under a PIN\'s name, passwords under names ending in "pwd", a client built from a URL and a login',
    'ukey_pin=788672\n"kioskExitPin": "869668",\nncsigner.exe -certfile D:\\certs\\corp.pfx -certpwd Ce8_Kq2Lm -signpwd Sg9Kq2Lm5Zx\n' +
      'gis = GIS("https://portal.example.net/arcgis", "portaladmin", "Zv7.Kq8Lm2")',
    ['788672', '869668', 'Ce8_Kq2Lm', 'Sg9Kq2Lm5Zx', 'Zv7.Kq8Lm2'],
  ],
  [
    'passwords in prose: the passive "was changed to", a Japanese mail\'s corner brackets; a token or key named in Japanese or Korean',
    'the printer admin password was changed last week to 537279\nroot password has been reset to: Rt8_Kq2Lm\n解凍パスワードは「Kq8Lm2Zx5a」です。\nAPIキー：jp_live_Kq8Lm2Zx7Wt4Yq9Nc3Vb6Hd1Fg0\n토큰: Kq8Lm2Zx7Wt4Yq9Nc3Vb6Hd',
    ['537279', 'Rt8_Kq2Lm', 'Kq8Lm2Zx5a', 'jp_live_Kq8Lm2Zx7Wt4Yq9Nc3Vb6Hd1Fg0', 'Kq8Lm2Zx7Wt4Yq9Nc3Vb6Hd'],
  ],
  [
    "a managed Kafka's API key as the user (JAAS and the Schema Registry's user info), SkyWalking's agent token, nginx's secure-link secret, Ansible's vault password echoed, Steam's server token by name",
    'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="YU5LYUU267N6BTY6" password="Kf8+Kq2Lm5Zx7Wt4Yq9Nc";\n' +
      'basic.auth.user.info=CJXUB3MVX0FH9Y8Y:Sr9/Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1\nagent.authentication=${SW_AGENT_AUTHENTICATION:Kq8Lm2Zx7Wt4Yq9Nc3Vb6Hd1Fg0}\n' +
      '        secure_link_md5 "$secure_link_expires$uri$remote_addr Kq8Lm2Zx7Wt4Yq9Nc3Vb6";\nansible-playbook site.yml --vault-id prod@<(echo Av8Kq2Lm5Zx7) -e x=1\nSTEAM_GSLT=5F549C1A750A9C37E4BCB213AA1CB5BF',
    [
      'YU5LYUU267N6BTY6',
      'Kf8+Kq2Lm5Zx7Wt4Yq9Nc',
      'CJXUB3MVX0FH9Y8Y',
      'Sr9/Kq2Lm5Zx7Wt4Yq9Nc3Vb6Hd1',
      'Kq8Lm2Zx7Wt4Yq9Nc3Vb6Hd1Fg0',
      'Kq8Lm2Zx7Wt4Yq9Nc3Vb6',
      'Av8Kq2Lm5Zx7',
      '5F549C1A750A9C37E4BCB213AA1CB5BF',
    ],
  ],
  [
    "a review's leaks: a wiki table whose cells hold links or line breaks, a header inside <thead>, a page's properties, a link around a value",
    '<tr><th>系统</th><th>地址</th><th>账号</th><th>密码</th><th>备注</th></tr>\n<tr><td>Wiki</td><td><a href="https://wiki.example.net">wiki</a></td><td>sysadmin</td><td>Wk8@Kq2Lm5</td><td>Rotate later</td></tr>\n' +
      '<table><thead><tr><th>Host</th><th>User</th><th>Password</th></tr></thead>\n<tbody>\n<tr><td>db01<br>primary</td><td>root</td><td>Db7#Kq2Lm9</td></tr>\n</tbody></table>\n' +
      '<tr><th>Password</th><td>Ps9Kq2Lm5Zx7</td></tr>\nPassword: <a href="#">Pa4Kq2Lm5Zx7</a>',
    ['Wk8@Kq2Lm5', 'Db7#Kq2Lm9', 'Ps9Kq2Lm5Zx7', 'Pa4Kq2Lm5Zx7'],
  ],
  [
    "a review's leaks: printf's format before the value, echo's flags, a .reg value wrapped by regedit, the old and the new password, the value on the next line, Japanese particles, brackets and full-width spaces, Korean and Japanese key names, Steam's server.cfg, Tianditu's key in HTML, a push service's token, a key-shaped user outside user info",
    "--vault-password-file <(printf '%s\\n' Pf8Kq2Lm5Zx7)\n--vault-id prod@<(echo -ne Ec8Kq2Lm5Zx7)\n" +
      '"DefaultPassword"=hex(2):53,00,79,00,37,00,\\\n  57,00,74,00,34,00,00,00\n' +
      'the password was changed from Old#Pass1 to New#Pass2\nthe password was changed to\nRt9_Kq2Lm\n' +
      'パスワードは\u3000「Kq8Lm2Zx5b」です\nパスワードを「Kq8Lm2Zx5c」に変更しました\n解凍パスワード：【Kq8Lm2Zx5d】\nシークレットキー：Kq8Lm2Zx7Wt4Yq9Nc3Vb6He\n인증 키: Kq8Lm2Zx7Wt4Yq9Nc3Vb6Hf\n' +
      'sv_setsteamaccount "5F549C1A750A9C37E4BCB213AA1CB5BE"\n<script src="http://api.tianditu.gov.cn/api?v=4.0&amp;tk=b36edd3711866a1f8926d5d3b76c0270"></script>\nPushover push token azGDORePK8gMaC0QOYAMyEEuzJnyUi\nuser=ADMINISTRATOR123:Kq8Lm2Zx!',
    [
      'Pf8Kq2Lm5Zx7',
      'Ec8Kq2Lm5Zx7',
      '53,00,79,00,37,00,\\\n  57,00,74,00,34,00,00,00',
      'Old#Pass1',
      'New#Pass2',
      'Rt9_Kq2Lm',
      'Kq8Lm2Zx5b',
      'Kq8Lm2Zx5c',
      'Kq8Lm2Zx5d',
      'Kq8Lm2Zx7Wt4Yq9Nc3Vb6He',
      'Kq8Lm2Zx7Wt4Yq9Nc3Vb6Hf',
      '5F549C1A750A9C37E4BCB213AA1CB5BE',
      'b36edd3711866a1f8926d5d3b76c0270',
      'azGDORePK8gMaC0QOYAMyEEuzJnyUi',
      'Kq8Lm2Zx!',
    ],
  ],
];

const KEPT: KeptCase[] = [
  [
    'a byte-order mark before a table without a secret column, a wiki table of hosts, inline tags around prose, empty or templated XML quoted in HTML',
    '\ufeffid,host,owner,note\n1,web01,ops,rebooted\n<tr><th>系统</th><th>地址</th><th>负责人</th></tr>\n<tr><td>Wiki</td><td>wiki.example.net</td><td>Kq8Lm2Zx7Wt4</td></tr>\n' +
      '<p>密码：<strong>已修改</strong></p>\n<b>Password</b> must be at least 12 characters\n&lt;password&gt;${DB_PASSWORD}&lt;/password&gt;\n&lt;password&gt;&lt;/password&gt;',
  ],
  [
    "code that reads a value, hiera-eyaml's ciphertext cut before its bracket closes, PIN-like numbers of a board or repeated digits, settings about passwords, a URL call with a media type",
    'password = env["DB_PASSWORD"]\npassword = getPassword(\npassword = data[0]\npassword = Vault2Map["db"]\n' +
      'profile::ldap::bind_pw: ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEwDQYJKoZIhvcNAQEBBQAEggEAq8Lm2Zx7Wt4Yq9Nc3Vb6Hd1Fg0Kq8Lm2Zx7Wt4Y]\n' +
      'gpio_pin=17\nLED_PIN: 1234\nadmin_pin=0000\npin: 1234\nPIN: 12\nOLDPWD=/home/deploy/releases/v2.3\nPASSWORD_MIN_LENGTH   12\n' +
      'requests.get("https://a.example.net/x", "GET", "application/json")',
  ],
  [
    'prose about passwords changed, Japanese and Korean notes without a value, settings named like the new rules',
    'the password was changed to 20240601 by ops\nthe password was changed to meet the policy\nパスワードは「8文字以上」です。\nトークン：有効期限は30日です\nAPI 키: 발급 예정\n' +
      'PlainLoginModule required username="kafka-admin" password="${KAFKA_PASSWORD}";\nbasic.auth.credentials.source=USER_INFO\ntwo_factor_authentication: enabled\nagent.authentication=oauth2-client\n' +
      'secure_link_md5 "$secure_link_expires$uri$remote_addr";\n--vault-id prod@~/.vault_pass.txt\n"InstallPath"=hex(2):43,00,3a,00,5c,00',
  ],
  ['what a signature is computed over', '<StringToSign>PUT\\n\\nimage/jpeg\\n1796519631\\n/bucket/2026/06/05/a.jpg</StringToSign>'],
  [
    "a review's false positives: calls with a URL and a version or a name, Indian postal codes, a game's label under a password's name, a registry number, a secure link's path, versions and timestamps after \"changed to\", a key-shaped account whose password is a reference, code and prose formatted in HTML, an index cut at the line's end",
    'check_url("https://example.com", "GET", "v2.1.0")\ngit.Repo.clone_from("https://git.example.net/org/repo.git", "build", "release-2024.06")\nt("https://docs.example.com", "en-US", "Welcome2024")\n' +
      'InfluxDBClient("http://localhost:8086", "my-org", "my-bucket01")\nBengaluru, Karnataka, PIN: 560001\npostal_pin: 560001\n\t"GameUI_ServerPassword"\t"Server password"\n' +
      '"PasswordExpiryWarning"=hex(4):0e,00,00,00\nsecure_link_md5 "$secure_link_expires/download/v2.1.0$uri";\nThe password was updated to v2.3.1 of the policy\nPassword was changed to 202406011230 timestamp\n' +
      'PlainLoginModule required username="SVCKAFKAPROD0001" password="${KAFKA_PASSWORD}";\n<p>Use <code>--password</code> <code>PASS_ENV2</code> to read it</p>\n<p><code>password</code> <em>Required2</em></p>\npassword = config[key\npassword = args[1',
  ],
];

describeRedactionCases("the thirteenth blind set's shapes (issue #14, eleventh session)", FOUND, KEPT);
