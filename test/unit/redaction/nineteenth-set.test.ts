import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the nineteenth blind set's study (fifteenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'a CSV cell whose password holds a quote, doubled as Excel saves it, and the rows after it',
    '"connector","type","username","secret","note"\n"ERP","http-basic","esb","Zq5vK+""PO.hw4","has a quote"\n"SFTP","sftp","lumen","Ow7_Iq+Z+p3BW",""',
    ['Zq5vK+""PO.hw4', 'Ow7_Iq+Z+p3BW'],
  ],
  [
    "a Basic header logged inside a Python bytes string, after an escaped line break, and a command's -p glued in a JSON string",
    "send: b'POST /api HTTP/1.1\\r\\nHost: ml.example.net\\r\\nAuthorization: Basic bWxmbG93OjlQYWJIc2oueXFDbg==\\r\\nContent-Type: application/json\\r\\n'\n" +
      '[3.2, "o", "mysql -h db.example.net -u app -pKq7vTz2mW\\r\\n"]',
    ['bWxmbG93OjlQYWJIc2oueXFDbg==', 'Kq7vTz2mW'],
  ],
  [
    "uci's option lines and fish's set",
    "config wifi-iface 'eap'\n\toption auth_server '10.0.0.5'\n\toption auth_secret 'Rq6vC0G0FevW5cmRxh'\nset -l db_pass 'b)Az7U@IJTshYb'\nset -gx OPENAI_API_KEY sk-Tq7vLm2pWz9xRk4Nb8Hc",
    ['Rq6vC0G0FevW5cmRxh', 'b)Az7U@IJTshYb', 'sk-Tq7vLm2pWz9xRk4Nb8Hc'],
  ],
  [
    "a .NET setting's path as a JSON name and in dotnet user-secrets",
    '{\n  "Jwt:SigningKey": "Rp1O+gs4gB6vX/Dyo9DJsBdjS4BQDCic",\n  "Logging:LogLevel:Default": "Warning"\n}\ndotnet user-secrets set "Payment:Razorpay:KeySecret" "TuoLlhORycylP2fT44MzEWQG" --project src/Billing.Api',
    ['Rp1O+gs4gB6vX/Dyo9DJsBdjS4BQDCic', 'TuoLlhORycylP2fT44MzEWQG'],
  ],
  [
    "sections of logins: Nightingale's basic-auth users and CouchDB's admins",
    '[HTTP.APIForService.BasicAuth]\ncategraf = "Qp284Le8Ojrq4+jD5D"\nn9e-edge = "Lr.uh0HZIjQQ3XBSrd"\n\n[admins]\nobsidian = s1T.ifq0rai8dEdJ+9',
    ['Qp284Le8Ojrq4+jD5D', 'Lr.uh0HZIjQQ3XBSrd', 's1T.ifq0rai8dEdJ+9'],
  ],
  [
    "Mule's variable and Spring's property with their values in CDATA, and syslog's structured data",
    '<set-variable variableName="ossAccessKeySecret"><![CDATA[Tq7vLm2pWz9xRk4Nb8HcQs3d]]></set-variable>\n<spring:property name="partnerToken">\n    <spring:value><![CDATA[Ga3mP_nISt-JWbhLigDd_-yRc-H8j7Od]]></spring:value>\n</spring:property>\n' +
      '<134>1 2026-12-04T11:10:07Z fw-01 agent 2231 CFG [cfg@32473 key="snmp.community" value="YfV99jLgg4N2"][meta@32473 seq="1881"] pushed',
    ['Tq7vLm2pWz9xRk4Nb8HcQs3d', 'Ga3mP_nISt-JWbhLigDd_-yRc-H8j7Od', 'YfV99jLgg4N2'],
  ],
  [
    "Groovy's Sql.newInstance, sbt's Credentials, PowerShell's ConvertTo-SecureString (a password starting with a bracket)",
    '    def conn = groovy.sql.Sql.newInstance(\n        "jdbc:postgresql://pg.example.net:5432/report",\n        "report_ro", "7hmfoMkr9gJ.95RB", "org.postgresql.Driver")\n' +
      'credentials += Credentials("Sonatype Nexus Repository Manager", "repo.example.net", "deployer", "MdUeUfQK9Xq+wdRGL9")\n' +
      "$sqlPwd = ConvertTo-SecureString '(wn9DM2aIvCq+x' -AsPlainText -Force",
    ['7hmfoMkr9gJ.95RB', 'MdUeUfQK9Xq+wdRGL9', '(wn9DM2aIvCq+x'],
  ],
  [
    "Yocto's useradd and usermod -P, wandb login with flags, and a password printed under an oh-my-zsh prompt in colour",
    'EXTRA_USERS_PARAMS = "useradd -m -P \'C6U0Es+QmLO5oF\' svc; usermod -P aAgEMy+vRoG1 dbg;"\n$ wandb login --relogin --host https://wandb.example.net local-72381ea02edf81483d2149984322ee3db62c4480\n' +
      '\u001b[1;32m➜\u001b[0m  \u001b[1;36minfra\u001b[0m vault kv get -field=password secret/shop/db\n\u001b[0;32mddmSc_tDFFTm05C4\u001b[0m',
    ['C6U0Es+QmLO5oF', 'aAgEMy+vRoG1', 'local-72381ea02edf81483d2149984322ee3db62c4480', 'ddmSc_tDFFTm05C4'],
  ],
  [
    "Vietnamese password columns and labels, Korean's key, a password holding a closing bracket, sasl_passwd pasted indented",
    '| Máy chủ | IP | Tài khoản | Mật khẩu |\n|---|---|---|---|\n| web-01 | 10.50.1.11 | root | f.sPzTs7aJUBmk |\n- Tài khoản RAM: `ops@example.net`, mật khẩu `8.%sugkR(uCAM@`\n' +
      '- [ ] 알림톡 발신 프로필 키 교체 (현재 키: 9566dc482f656fa3afd7e0b7728dbb48313a473c)\n登入密碼 kDYu^_G5*+)4)!c5（用完我們會改）\n   [smtp.example.net]:465    notice@mail.example.net:piOr4.1K8yLIF-HW\nWi-Fi, Mật khẩu: Sh7!vQm2Lp',
    ['f.sPzTs7aJUBmk', '8.%sugkR(uCAM@', '9566dc482f656fa3afd7e0b7728dbb48313a473c', 'kDYu^_G5*+)4)!c5', 'piOr4.1K8yLIF-HW', 'Sh7!vQm2Lp'],
  ],
  [
    'Mercado Pago, Xendit and Phabricator tokens',
    'sdk = mercadopago.SDK("APP_USR-6370464946987383-940151-fa167dfd33b6af4163dbb2e76f605448-564789635")\nXendit: xnd_production_xmRQo2KqM7Txjk4VGMnFgbHmarqxNC7TwSHr2iQxkOCA\n' +
      '{"hosts": {"https://phab.example.net/api/": {"token": "api-zdzumlaoegomfwmcepcvwoxskoct"}}}',
    ['APP_USR-6370464946987383-940151-fa167dfd33b6af4163dbb2e76f605448-564789635', 'xnd_production_xmRQo2KqM7Txjk4VGMnFgbHmarqxNC7TwSHr2iQxkOCA', 'api-zdzumlaoegomfwmcepcvwoxskoct'],
  ],
  [
    "last session's leaks: curl's user glued to its flag, a CSV export separated by semicolons",
    'curl -u4RT8NQ2WX6ZKM3PL9VB7HJC5YD1FG0SE: https://shop.example.net/api\ncurl --user=ops:Kq7vTz2mW https://x.example.net\n' +
      'Name;Type;Value\nDB_PASSWORD;secret;Kq7vTz2mWx\nREGION;text;eu-west-1\n\nhost;user;password\n10.0.0.1;root;"Lq8#v;Tz2pM"',
    ['4RT8NQ2WX6ZKM3PL9VB7HJC5YD1FG0SE', 'Kq7vTz2mW', 'Kq7vTz2mWx', 'Lq8#v;Tz2pM'],
  ],
  [
    "a review's mends: values that end at a string's escaped quote, a header after an escaped break ending at its string's quote, single-quoted logins in a section with a comment",
    '{"cmd": "crackmapexec smb 10.0.0.1 -u administrator -p Kq7vTz2mW\\""}\n{"req": "GET / HTTP/1.1\\r\\nAuthorization: Bearer abcDEF123456ghiJKL789mnoPQR", "status": 200}\n' +
      '"Host: x\\r\\nAuthorization: Token 9f8e7d6c5b4a39281706f5e4d3c2b1a0\\tX-Req: 1"\n' +
      "[HTTP.BasicAuth]\nuser1 = 'Qp284Le8Ojrq4+jD5D'\n[admins]\nadmin = s1T.ifq0rai8dEdJ+9 ; set at install\n" +
      '[cfg@32473 key="db.password" value="Xr7U\\"IJTshYb"] pushed\npassword: MD5:Sh7!vQm2Lp\nlink_key: 7d:2a:3b:9f:11:c4:5e:a8:02:6b:f1:33:90:dd:47:0c',
    [
      'Kq7vTz2mW',
      'abcDEF123456ghiJKL789mnoPQR',
      '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
      'Qp284Le8Ojrq4+jD5D',
      's1T.ifq0rai8dEdJ+9',
      'Xr7U\\"IJTshYb',
      'MD5:Sh7!vQm2Lp',
      '7d:2a:3b:9f:11:c4:5e:a8:02:6b:f1:33:90:dd:47:0c',
    ],
  ],
  [
    "a review's near variants: a remark's bracket after a password, a quoted foreign column, a .NET path with an index, user-secrets' options, Mule's value attribute, Spring's entry and typed value, Xendit's base64 key, fish's long flag, a short uci secret, a CSV cell before a blank",
    '(Passwort: Sh7vQm2Lp).\n"Host","Benutzer","Passwort"\n"db01","sa","f.sPzTs7aJUBmk"\n\n{"Serilog:WriteTo:0:Args:apiKey": "Xq7vTz2mWLp9Rk4Nb8Hc"}\n' +
      'dotnet user-secrets -p src/Api set "Jwt:Key" "Xr7U@IJTshYb"\n<set-variable variableName="dbPassword" value="Lq8#vTz2pM" doc:name="Set"/>\n' +
      '<entry key="password">\n  <value type="java.lang.String">Wq5vK+PO.hw4</value>\n</entry>\nxnd_development_O46JfOtygef9kMNsK+ZPGT+ZZ9b3ooF4w3Dn+R1k+2fT/7GlCAN3jg==\n' +
      "set --export DB_PASSWORD 'b)Az7U@IJTshYb'\n\toption auth_secret 'Rq6vC0G0Fev'\n\n" +
      '"id","host","password"\n"1","erp","Zq5vK+""PO.hw4" \n"2","sftp","Ow7_Iq+Z+p3BW"',
    [
      'Sh7vQm2Lp',
      'f.sPzTs7aJUBmk',
      'Xq7vTz2mWLp9Rk4Nb8Hc',
      'Xr7U@IJTshYb',
      'Lq8#vTz2pM',
      'Wq5vK+PO.hw4',
      'xnd_development_O46JfOtygef9kMNsK+ZPGT+ZZ9b3ooF4w3Dn+R1k+2fT/7GlCAN3jg==',
      'b)Az7U@IJTshYb',
      'Rq6vC0G0Fev',
      'Zq5vK+""PO.hw4',
      'Ow7_Iq+Z+p3BW',
    ],
  ],
  [
    "a second review's mends: a bracket before a symbol inside a password, Korean keys named by their kind, logins in sections that look like words, a column in another language holding symbols or digits alone, indented sasl_passwd logins, a Basic header in a logged string, .NET paths in lower case, sbt's host without a dot, curl's user glued in JSON, an API key as curl's user before a fixed word",
    'Passwort: Xk9v)@2mPq\n키: Xq7vTz2mWLp9Rk4Nb8Hc\n비밀 키: Lq7vTz2mWLp9Rk4Nb8Hd\n[admins]\nadmin = couchdb123\n\n[basic_auth]\nalice = correcthorsebatterystaple\n\n' +
      '| Host | Passwort |\n|---|---|\n| a | Xk!vQm#Lp@zR |\n| b | 483920 |\n\n\t[smtp.example.net]:587 relay:Kq7vTz2mW\n' +
      "b'GET / HTTP/1.1\\r\\nAuthorization: Basic Ym9iOktxN3ZUejJtV3g=\\r\\nHost: x'\n" +
      '{"database:password": "Kq7vTz2mWq"}\nCredentials("Sonatype Nexus", "localhost", "admin", "Xr7U@IJTshYb")\n{"cmd": "curl -uops:Kp7vTz2mW\\""}\ncurl --user=4RT8NQ2WX6ZKM3PL9VB7HJC5YD1FG0SE:api_token https://x.example.net',
    [
      'Xk9v)@2mPq',
      'Xq7vTz2mWLp9Rk4Nb8Hc',
      'Lq7vTz2mWLp9Rk4Nb8Hd',
      'couchdb123',
      'correcthorsebatterystaple',
      'Xk!vQm#Lp@zR',
      '483920',
      'Kq7vTz2mW',
      'Ym9iOktxN3ZUejJtV3g=',
      'Kq7vTz2mWq',
      'Xr7U@IJTshYb',
      'Kp7vTz2mW',
      '4RT8NQ2WX6ZKM3PL9VB7HJC5YD1FG0SE',
    ],
  ],
  [
    "the second review's mends, more: a bracket before a letter of another script or before markup, a quote in a bare login, a Basic header in a JSON string, a dotted password that is no class, a token with a setting after it, curl's user before a JSON string's escaped quote, a key before a slash, a semicolon header with blanks",
    "Passwort: Gq7vLm2pX)é\n(Passwort: Sh7vQm2Lq)</td>\n[admins]\ne = Qp28'4Le8Ojrq\n\n" +
      '{"req": "GET / HTTP/1.1\\r\\nAuthorization: Basic Ym9iOktxN3ZUejJtV3k=\\r\\n"}\n' +
      'DriverManager.getConnection(url, "sa", "my.secret.Pass1")\ntool --token Kq7vTz2mWx9Lp4RkQ8Zn3Tb,scope=all\n{"cmd": "curl -u ops:Kw7vTz2mW\\""}\n' +
      '"xnd_production_xmRQo2KqM7Txjk4VGMnFgbHmarqxNC7TwSHr2iQxkOCA/"\n\nName; Type; Value\nDB_PASSWORD; secret; Kq7vTz2mWx',
    [
      'Gq7vLm2pX)é',
      'Sh7vQm2Lq',
      "Qp28'4Le8Ojrq",
      'Ym9iOktxN3ZUejJtV3k=',
      'my.secret.Pass1',
      'Kq7vTz2mWx9Lp4RkQ8Zn3Tb,scope=all',
      'Kw7vTz2mW',
      'xnd_production_xmRQo2KqM7Txjk4VGMnFgbHmarqxNC7TwSHr2iQxkOCA',
      'Kq7vTz2mWx',
    ],
  ],
];

const KEPT: KeptCase[] = [
  [
    "a second review's false positives: settings named as code or valued as words in login sections, a user and group glued to docker's and sudo's -u, a Mule expression, a fingerprint in lower case, namespaced translations, a settings list of one word",
    '[admins]\nTZ = Europe/Berlin1\ncookie_name = AuthSession2\nLogLevel = Debug\nmaxage = 86400\nproxy = 10.0.0.5\n\ndocker run -uapp:Admins01 img\nsudo -uwww-data:Www2data ls\n' +
      '<set-variable variableName="apiKey" value="#[vars.token]" doc:name="Set"/>\n' +
      'md5:59:96:eb:a9:11:22:33:44:55:66:77:88:99:aa:bb:cc\n{"errors:invalidToken": "InvalidTokenException"}\nDriverManager.getConnection(url, "sa", "org.postgresql.Driver")',
  ],
  [
    "a review's false positives: settings in sections named for logins, words of state in a column named in another language, Korean keys that are public or ids",
    '[server.basic_auth]\nallowed_ips = 10.0.0.0/8\nheader = Authorization\nsession_ttl = 3600\n\n[BasicAuth]\nScheme = Basic\nCharset = UTF-8\n\n[admins]\nemail = ops@example.net\ntimeout = 3600s\n\n' +
      '| Server | Benutzer | Passwort |\n|---|---|---|\n| web-01 | root | geändert |\n| web-02 | root | siehe KeePass |\n| web-03 | root | 90 Tage |\n\n' +
      '공개 키: MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEVs/o5+uQbTjL3chynL4wXgUg2R9q9UU8I5mEovUf86QZ7kOBIjJwqnzD1omageEHWwHdBO6B+dFabmdT9POxg==\n커밋 키: 9566dc482f656fa3afd7e0b7728dbb48313a473c\n멱등성 키: idem_3f9a8b7c6d5e4f3a',
  ],
  [
    "a review's false positives in code and commands: i18next namespaces, a commit after wandb login, status lines, a driver class and a media type by position, a resource path, a file name in a code span, algorithm names in brackets",
    '[BasicAuth]\nRegion = cn-sh2\nnew Credentials("region", "see the console", "role", "Ab3!xyzQ9")\n{"common:confirmPassword": "Confirm password", "errors:invalidToken": "InvalidTokenException"}\nwandb login; git checkout 72381ea02edf81483d2149984322ee3db62c4480\n' +
      'Health:\n  [ci.example.net]:8080 build:passing\n  [cache.example.net]:6379 role:master\nSql.newInstance("jdbc:mysql://db:3306/shop", "shop", "com.mysql.jdbc.Driver")\n' +
      'new Credentials("Basic", "api.example.net", "application/json", "text/plain")\n<property name="secretKey">\n  <value>classpath:keys/secret.key</value>\n</property>\n' +
      'mật khẩu `wp-config.php`\npassword: (PBKDF2WithHmacSHA256\npassword: (WinRM2019',
  ],
  [
    "a basic-auth section's own settings, a CouchDB admin's hash, Subversion's [users] with no svnserve near",
    '[server.basic_auth]\nenabled = true\nusername = "admin"\n\n[admins]\nadmin = -pbkdf2-9c1f2a7b3d5e6f80,deadbeefcafe,10\n\n[users]\nmax_connections = 50',
  ],
  [
    'uci and fish lines whose value is no secret, a .NET path to a setting that names none',
    '\toption auth_server \'10.0.0.5\'\n\toption password required\nset -l db_host db.example.net\n"Logging:LogLevel:Default": "Warning"\ndotnet user-secrets set "Logging:LogLevel:Default" "Warning"',
  ],
  [
    "ConvertTo-SecureString from a variable or DPAPI ciphertext, a remark in brackets after a label, a password's name in another language before a word of state",
    "$p = ConvertTo-SecureString $env:PW -AsPlainText -Force\n$q = ConvertTo-SecureString '01000000d08c9ddf0115d1118c7a00c04fc297eb'\npassword: (PBKDF2 hashes)\npassword (base64\nPasswort: geändert",
  ],
  [
    'public keys, pins, digests and fingerprints under secret-sounding labels',
    'untrusted comment: LW firmware signing key\nRWQ1hEPr9bB+9eu4HgPNzXZC9M/6tr2Y7Mibp7YjLxGZgIs0aNTW60C9\nSPKI pin (HPKP style): pin-sha256="/sYJB1ezO8KVDc5PbZQa30OTQee00I0Q/tNuiosS4ok="\n' +
      'MD5:59:96:eb:a9:5a:df:7f:27:e4:5a:50:d4:2b:16:b0:93\nrealm.properties: |\n    admin:MD5:d65cc6725a2d4aea9b81e1a2b8e36dfd,user,admin',
  ],
  [
    "public payment keys: Razorpay's key id for checkout, Toss Payments' client key; a slot in angle brackets",
    '"checkout_js_options": {"key": "rzp_live_zStff0gBIMvoWA"}\n  client-key: live_ck_dhL7J0sggWJSkeslYYUryyvlPX2h72Ci\n예시 형식: `비밀번호: <1Password 참조>`',
  ],
  [
    'names shaped like Conduit tokens, a Mercado Pago public key, Korean words ending in 키, wandb login without a key',
    'see api-managementserviceconfigurat and cli-documentationgeneratorplugin, api-firstdeploymentsandmanifests\nMP public key: APP_USR-7d3f6c2a-1b4e-4c8d-9a0f-2e5b7c9d1f3a\n스키: abc123def456ghi789jkl\n키: 180\nwandb login --relogin',
  ],
  [
    "a user alone or a uid and gid glued to -u, etcd's list of token settings, semicolons in prose",
    'mysql -uroot shop\ndocker run -u1000:1000 img\netcd --auth-token jwt,pub-key=app.rsa.pub,priv-key=app.rsa,sign-method=RS256\na;b;c\nnote; see the password; later',
  ],
  ['an indented checklist and a terminal line after a prompt that prints no secret', '   [x] state:running\n➜  app git:(main) ✗ cat README.md\nHello'],
];

describeRedactionCases('redaction: the nineteenth blind set (issue #14)', FOUND, KEPT);
