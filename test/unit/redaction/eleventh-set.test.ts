import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the eleventh blind set's study (tenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    'Korean and Japanese names of secrets: a runbook table, a field, a user and password after 계정',
    '| 시스템 | URL / Host | 계정 | 비밀번호 / Key |\n|---|---|---|---|\n| Grafana | https://grafana.example.net | viewer-kr | Zq7Lm2Wx9Kt4 |\nDB 패스워드: Pw4Kq8Lm2Zx\nパスワード: Jp5Rz2Lm8Qx\n- 모니터링용 계정: `mon-kr` / `Mk3Wq8Zr5Lt` (읽기 전용)',
    ['Zq7Lm2Wx9Kt4', 'Pw4Kq8Lm2Zx', 'Jp5Rz2Lm8Qx', 'Mk3Wq8Zr5Lt'],
  ],
  [
    'Chinese "still the … one" and Cantonese 係 between the label and the value',
    '账号 nacos 的密码仍是初始化时的 Nc6Lq2Zx8Wt，任何人都能登录\nroot 密碼係 Rt3_Kq8Lm2Zx，你哋可唔可以幫手',
    ['Nc6Lq2Zx8Wt', 'Rt3_Kq8Lm2Zx'],
  ],
  [
    "a WS-Security password element, WLST's connect, IIS appcmd's switch, htpasswd printing a hash, rabbitmqctl's check",
    "<wsse:UsernameToken><wsse:Username>4521</wsse:Username><wsse:Password>Ws7+Kq2Lm=8Z</wsse:Password></wsse:UsernameToken>\nconnect('weblogic', 'Wl5Kq8Zr2Lm', 't3://10.0.6.31:7001')\nPS C:\\> appcmd set apppool \"Portal\" /processModel.userName:CORP\\svc_portal /processModel.password:Ap4Lq9Zw2Kx7\nhtpasswd -nbB prom Hp8Kq2@Lm=z\nrabbitmqctl authenticate_user admin Rb3Kq8Zx.Lm",
    ['Ws7+Kq2Lm=8Z', 'Wl5Kq8Zr2Lm', 'Ap4Lq9Zw2Kx7', 'Hp8Kq2@Lm=z', 'Rb3Kq8Zx.Lm'],
  ],
  [
    "a spare's name after the key's (`_PRIMARY`), Laravel's application key, a payment terminal's DES keys",
    'OTA_CDN_AUTH_KEY_PRIMARY=Kp8Lm2Zx7Wt4Yq9Nc3Vb6Hd\nAPP_KEY=base64:Lv2Kq8Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk5Rs8Tq2Lm7Z=\nTMK=B79423879E478505AB63BB06329CD209\nMacKeyUnderTMK=C872CEFA25BEAB7C2C3ACD642DE6432D\n<< 0810 RC=00  TPK(under TMK)=7F67C6D921419C323FC3265F2C5E3C0F KCV=ECE84B',
    ['Kp8Lm2Zx7Wt4Yq9Nc3Vb6Hd', 'Lv2Kq8Lm5Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk5Rs8Tq2Lm7Z=', 'B79423879E478505AB63BB06329CD209', 'C872CEFA25BEAB7C2C3ACD642DE6432D', '7F67C6D921419C323FC3265F2C5E3C0F'],
  ],
  [
    "from the earlier sets' misses: Dovecot's LDAP bind, a quoted -p value that starts with a dash, Poetry's logins, Hadoop's credential store, a SAProuter route, camera and cache clients, COBOL working storage",
    "dnpass = Dn5Kq8Lm2Zx\nhdbsql -n hana:30015 -u SYSTEM -p '-Hd4Kq8Lm2Zx' \"BACKUP DATA\"\npoetry config http-basic.mirror ci-reader Pb6Kq.8Lm2Zx\npoetry config pypi-token.mirror pypi-AgEIKq8Lm2Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk5Rs8\nhadoop credential create fs.oss.accessKeySecret -value Hc7Kq8Lm2Zx4Wt9Yq3Nc -provider jceks://hdfs@nn:9000/c.jceks\nroute: /H/saprouter.example.net/S/3299/P/Sr8Kq2Lm/H/10.1.4.20/S/3200\ncam = ONVIFCamera('10.8.0.21', 80, 'admin', 'Ov9Kq2Lm5Zx')\nc = bmemcached.Client(('m-1.example.net:11211',), 'm-1', 'Mc4Kq8Lm2Zx')\n           05  WS-AUTH-PASS       PIC X(12) VALUE 'Cb3Kq8Lm2Zx7'.",
    ['Dn5Kq8Lm2Zx', '-Hd4Kq8Lm2Zx', 'Pb6Kq.8Lm2Zx', 'pypi-AgEIKq8Lm2Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk5Rs8', 'Hc7Kq8Lm2Zx4Wt9Yq3Nc', 'Sr8Kq2Lm', 'Ov9Kq2Lm5Zx', 'Mc4Kq8Lm2Zx', 'Cb3Kq8Lm2Zx7'],
  ],
  [
    "a review's cases: htpasswd with a bcrypt cost, a password after 系统 and a colon, a password element whose attributes name a mechanism",
    'htpasswd -nbBC 10 admin Hc8Kq2Lm5Zx\nhtpasswd -nbB -C 12 ops \'Hd9Kq2@Lm5\'\n密码系统默认：Admin@12345\n<password mechanism="DIGEST-MD5">Xm9Kq2Lm5Zx</password>',
    ['Hc8Kq2Lm5Zx', 'Hd9Kq2@Lm5', 'Admin@12345', 'Xm9Kq2Lm5Zx'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "a review's cases: 암호 as a cipher, a URL shaped like a SAProuter route, a three-string connect to a broker, a route listing, an X.509 security token",
    "암호: TLS1.3\n대칭 암호: Camellia256\nGET /api/v1/photos/H/1080/P/portrait2.png\nconnect('mqtt', 'sensor-12', 'https://broker.example.net')\n  /password: PasswordResetController@reset3\n<wsse:BinarySecurityToken ValueType=\"…#X509v3\">MIICkq8Lm2Zx7Wt4Yq9Nc3Vb6Hd1Fg0Jk5</wsse:BinarySecurityToken>",
  ],
  [
    'a password\'s digest in WS-Security, Tomcat\'s digested password, an encoded modification time, an algorithm named after "is"',
    '<oas:Password Type="…#PasswordDigest">oRZX2grVhWwmQuO/62BsS6AIvP8=</oas:Password>\n<user username="auditor" password="89f18623dfc1db734ba57aa4844a1da2$1$fe678758157098e0ca37c873e6fe13a281b0f47b59a3d" roles="audit"/>\n  admin.passwordMtime: MjAyNi0wNC0wMlQwMzoxNDoyMlo=\n# the password below is HMAC-SHA256',
  ],
  [
    'the "system" after 密码 (密码系统), encryption (암호화), a key\'s check value, a path with "password" in it, an app key that is an app\'s id',
    '密码系统升级 Ab3Kq8Lm2Zx\n암호화 방식: AES256Gcm9x\nKCV=ECE84B\nsee https://docs.example.net/ops/password: Ab12Cd34Ef\nAPP_KEY=dingxk8q2lm5zx7wt4yq',
  ],
  ['an option after -p (no password given), a COBOL field that is no secret', "hdbsql -n hana:30015 -u SYSTEM -p -Hd4Kq8Lm2Zx\n           05  WS-USER-NAME       PIC X(12) VALUE 'Kq8Lm2Zx7Wt4'."],
];

describeRedactionCases('redaction of secrets written the ways the eleventh blind set wrote them (issue #14)', FOUND, KEPT);
