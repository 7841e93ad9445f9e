import * as assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/redaction';
import { REDACTION_PROFILE } from '../../../src/providers';

/** The redacted substrings of a text, in order. */
const redacted = (text: string) => redactSecrets(text, REDACTION_PROFILE).findings.map((finding) => text.slice(finding.start, finding.end));

// One line per rule of issue #14's second round: where the secret's meaning comes from the code, the
// directive or the layout rather than a `name=value` field. All values are made up.
const FOUND: Array<[rule: string, text: string, secrets: string[]]> = [
  ['a default after an environment look-up (||)', "const dbPassword = process.env.DB_PASSWORD || 'Fb7#kLm2pQx9';", ['Fb7#kLm2pQx9']],
  ['a default after an environment look-up (else)', 'jwt_secret = os.environ["JWT_SECRET"] if "JWT_SECRET" in os.environ else "Zq8wXe7rTy6uIo5pAs4dFg3h"', ['Zq8wXe7rTy6uIo5pAs4dFg3h']],
  ['a shell default', 'export MYSQL_PWD="${MYSQL_PWD:-Sh3ll!Def4ult}"', ['Sh3ll!Def4ult']],
  ['a Spring default', 'spring.redis.password: ${REDIS_PASSWORD:Spr1ng.Def4ult}', ['Spr1ng.Def4ult']],
  ['Windows setx', 'C:\\> setx /M DB_PASSWORD "Setx!Pass42"', ['Setx!Pass42']],
  ['an exec-form argument array', 'CMD ["redis-server", "--requirepass", "Ex3cForm!Pass", "--appendonly", "yes"]', ['Ex3cForm!Pass']],
  ['YAML argument items', 'args:\n  - "--admin-password"\n  - "Yaml1tem!Pass"\n  - "--log-level=info"', ['Yaml1tem!Pass']],
  ['a PDO connection', '$pdo = new PDO("pgsql:host=10.8.0.4;dbname=crm", "crm", "Pd0!Conn3ct");', ['Pd0!Conn3ct']],
  ['a JDBC DriverManager call', 'DriverManager.getConnection("jdbc:mysql://db/erp", "erp", "Jdbc!Mgr77");', ['Jdbc!Mgr77']],
  ['an SMTP login', 'server.login("alerts@example.com", "Smtp!L0gin9")', ['Smtp!L0gin9']],
  ['a Go smtp.PlainAuth', 'auth := smtp.PlainAuth("", "noreply@example.com", "G0Plain!Auth", "smtp.example.com")', ['G0Plain!Auth']],
  ['a Redis client auth', 'jedis.auth("Jed1s!Auth55");', ['Jed1s!Auth55']],
  ['a PHP var_dump', '  ["PHP_AUTH_PW"]=> string(12) "VarDump!P4ss"', ['VarDump!P4ss']],
  ['a PHP print_r', '    [DB_PASSWORD] => Pr1ntR!Pass', ['Pr1ntR!Pass']],
  ['a CGI Authorization variable', "{'HTTP_AUTHORIZATION': 'Token 964dfec85455d891d19d608072d4a320da0b474f'}", ['964dfec85455d891d19d608072d4a320da0b474f']],
  ['a HAR session cookie', '{ "name": "connect.sid", "value": "s%3AyNdnbCgk3dC2aRDY.NNTwHTnMtpRfyrXjzQZB", "httpOnly": true }', ['s%3AyNdnbCgk3dC2aRDY.NNTwHTnMtpRfyrXjzQZB']],
  ['an nginx header', '    proxy_set_header X-Api-Key 328dbfe25f09cab9fc9c53e0b76f04ece91a26c4;', ['328dbfe25f09cab9fc9c53e0b76f04ece91a26c4']],
  ['an Apache header', 'RequestHeader set X-API-Key "GhNJULEGZei6cNDymoXHSz4bnSfd6w8q"', ['GhNJULEGZei6cNDymoXHSz4bnSfd6w8q']],
  ['a Redis ACL user', 'user app on >Acl!Pass9x ~app:* +@read', ['Acl!Pass9x']],
  ['a Redis ACL SETUSER', '127.0.0.1:6379> ACL SETUSER worker on >Set!User7 ~jobs:* +@list', ['Set!User7']],
  ['a cloud-init chpasswd list', 'chpasswd:\n  expire: false\n  list: |\n    root:Cl0ud!Init1\n    ubuntu:Cl0ud!Init2\n', ['Cl0ud!Init1', 'Cl0ud!Init2']],
  ['an Azure Pipelines secret variable', '##vso[task.setvariable variable=dbPassword;issecret=true]Vso!Secret42', ['Vso!Secret42']],
  ['a printed secret file', '$ cat /run/secrets/db_password\nPr1nted!File\n', ['Pr1nted!File']],
  ['a Consul tokens block', 'acl {\n  tokens {\n    agent = "ba89e980-2844-42c0-9740-d8932af26c30"\n  }\n}', ['ba89e980-2844-42c0-9740-d8932af26c30']],
  ['a Vault AppRole secret id', 'vault write auth/approle/login role_id=x secret_id=e27146d9-04cc-4f0a-9e1a-0da21be70f29', ['e27146d9-04cc-4f0a-9e1a-0da21be70f29']],
  ['a Consul gossip key', 'encrypt = "aKTDc4Evp+PQPe7JgsQDWWEuqe38PxiFcxfR5HBuKxA="', ['aKTDc4Evp+PQPe7JgsQDWWEuqe38PxiFcxfR5HBuKxA=']],
  ['a Huawei SWR region@AK login', 'docker login -u cn-north-4@QTS5M0QE2Y9JFBU61NAW swr.cn-north-4.myhuaweicloud.com', ['QTS5M0QE2Y9JFBU61NAW']],
  ['an Authorization scheme of any name', '> Authorization: OBS UJLXRH6WQRW0XN4NRJS4:ixlBqp8mrjQYmwa8q1CgtFUdXmM=', ['UJLXRH6WQRW0XN4NRJS4:ixlBqp8mrjQYmwa8q1CgtFUdXmM=']],
  ['JSON escaped twice', '{"msg":"{\\\\\\"accessKeySecret\\\\\\":\\\\\\"F4dy5YkwwUpoLZ2SAfySZCnRmavnqB\\\\\\"}"}', ['F4dy5YkwwUpoLZ2SAfySZCnRmavnqB']],
  ['a raw # in a URL password', 'sqlserver://sa:ofX#y6uVu24i8cZ1@10.0.5.5:1433?database=crm', ['ofX#y6uVu24i8cZ1']],
  ['a Chinese "changed to"', '密码已经改成了 qBy6iCG7CR-GP2，麻烦再试一下。', ['qBy6iCG7CR-GP2']],
  ['"pw for …:"', 'pw for the jump host: boUTmRNR^3r2', ['boUTmRNR^3r2']],
  ['"the API key we use is"', 'The API key we use is jr8up47bP7VS585yWeqoGYVYyu4uZuQ5 (read only).', ['jr8up47bP7VS585yWeqoGYVYyu4uZuQ5']],
  ['"logging in with user / password"', 'Try logging in with admin / qXeQCFG$p2Q5 on port 8443.', ['qXeQCFG$p2Q5']],
  ['a PHP variable', '$db_password = "Php!Var1able";', ['Php!Var1able']],
  ['an Elvis default', 'val dbPassword = System.getenv("DB_PASSWORD") ?: "Elv1s!Default"', ['Elv1s!Default']],
  ['a Rust unwrap_or default', 'let token = env::var("API_TOKEN").unwrap_or("Rq8wXe7rTy6uIo5pAs4dFg3hJk2l".to_string());', ['Rq8wXe7rTy6uIo5pAs4dFg3hJk2l']],
  ['a Python bytes literal', "app.secret_key = b'MVJssusEUwM4xMnpvP7xf2mc73RsWJcL'", ['MVJssusEUwM4xMnpvP7xf2mc73RsWJcL']],
  ['a template literal', 'var apiToken = `Py3qtJEyGYtBqYGyx2geSr2FTuSdrjTuxkn2JQhK`', ['Py3qtJEyGYtBqYGyx2geSr2FTuSdrjTuxkn2JQhK']],
  ['a Spring actuator property', '"spring.datasource.password":{"value":"Act!uator42","origin":"x"}', ['Act!uator42']],
  ['a Go struct dump', '&{Addr:10.20.0.6:6379 Username:default Password:fcAWDLu9xk2yxHqSeyeN DB:0}', ['fcAWDLu9xk2yxHqSeyeN']],
  ['a Docker config auth', '{"auths": {"r.example.com": {"auth": "5w6TVPgkPiKdvvL/tsXDHMkJd2f/uhl5gXl3ti1Y"}}}', ['5w6TVPgkPiKdvvL/tsXDHMkJd2f/uhl5gXl3ti1Y']],
  ['a user/password label pair', '账号/密码 ops / kV-B65Feu820', ['kV-B65Feu820']],
  ['a quoted password after 是', '数据库 root 密码是 "BwZbiQ_4bytiu2"（带引号里面的）', ['BwZbiQ_4bytiu2']],
  ['"has been reset to"', 'The admin password has been reset to gjArG4@zJNeqt4 — please change it.', ['gjArG4@zJNeqt4']],
  ['"changed the password to"', 'I changed the password to gja^GWnn5tBi1 this morning.', ['gja^GWnn5tBi1']],
  ['"creds … are user:password"', 'creds for staging are deploy:Z^kWXFR9ssg0', ['Z^kWXFR9ssg0']],
  ['a Latin field name before 是', 'SecretAccessKey 是 tYPz394uvQorLW6cs4pyATyNaoygHYdyg7yr7gjC', ['tYPz394uvQorLW6cs4pyATyNaoygHYdyg7yr7gjC']],
  ['a Chinese label, more words, then a colon', '张伟 09:12：RDS 主账号密码发你了：xp5sFmrx*ZxC81', ['xp5sFmrx*ZxC81']],
  ['a mail authorization code (授权码)', 'SMTP 授权码：4svuho5s7v0v224e，邮件告警那边用', ['4svuho5s7v0v224e']],
  ['"新的是" after a token', 'token 过期了，新的是 mpF2BazxLiqWbH9WzFSNVqCjGVyRgty4FS6Ee5f7', ['mpF2BazxLiqWbH9WzFSNVqCjGVyRgty4FS6Ee5f7']],
  ['a well-known account and a password', '堡垒机 admin / XAh8NbHe%xd8', ['XAh8NbHe%xd8']],
  ['an Oracle unquoted password', 'CREATE USER audit_ro IDENTIFIED BY jQ3tJFwfMaVtWy DEFAULT TABLESPACE users;', ['jQ3tJFwfMaVtWy']],
  ['an unattend.xml password', '<AdministratorPassword>\n    <Value>u76N$msqGJqur8</Value>', ['u76N$msqGJqur8']],
  ['a Hadoop property whose value is on the next line', '<property>\n  <name>fs.cos.userinfo.secretKey</name>\n  <value>Qw7rT2yLm9Vb4Xc8Zn1Pk5Jh</value>\n</property>', ['Qw7rT2yLm9Vb4Xc8Zn1Pk5Jh']],
  ['a MySQL-protocol client the table does not name, user then glued password', "obclient -h10.0.0.8 -P2883 -uroot@sys#ob01 -p'Vq7!mN2-xR4z' -Doceanbase", ['Vq7!mN2-xR4z']],
  ['a name and a value element on one line', '<param><name>db_passwd</name><value>mN4!vR8qT2wZ</value></param>', ['mN4!vR8qT2wZ']],
  [
    'the output of a token command',
    '$ bin/elasticsearch-create-enrollment-token -s kibana\neyJ2ZXIiOiI4LjE0LjAiLCJhZHIiOlsiMTAuNDAuMC4zOjkyMDAiXSwi\n',
    ['eyJ2ZXIiOiI4LjE0LjAiLCJhZHIiOlsiMTAuNDAuMC4zOjkyMDAiXSwi'],
  ],
  ['a reset password printed as "New value"', 'Password for the [elastic] user successfully reset.\nNew value: f3G3DoezRfWV4XvDWewL', ['f3G3DoezRfWV4XvDWewL']],
  ['a secret stored from the command line', 'az keyvault secret set --vault-name kv --name db-password --value MXNbyPKfwh22Z-w9', ['MXNbyPKfwh22Z-w9']],
  ['a SecureString parameter', 'aws ssm put-parameter --name /prod/db/password --type SecureString --value BN_G8et9hxsiR3', ['BN_G8et9hxsiR3']],
  ['rclone key/value arguments', 'rclone config create obs s3 provider HuaweiOBS secret_access_key tYPz394uvQorLW6cs4pyATyNaoygHYdyg7yr7gjC', ['tYPz394uvQorLW6cs4pyATyNaoygHYdyg7yr7gjC']],
  ['a pgbouncer user list line', '"tickets" "tFXN!3Af47ZzQ2"', ['tFXN!3Af47ZzQ2']],
  ['HAProxy stats credentials', '    stats auth admin:4S#QKnDshSC7', ['4S#QKnDshSC7']],
  ['a Postfix relay password', '[smtpdm.aliyun.com]:465 alerts@example.com:c^bTR4j5g4PPR6', ['c^bTR4j5g4PPR6']],
  ['an LDAP bind password directive', 'bindpw gbQQ2.Jr8xi4', ['gbQQ2.Jr8xi4']],
  ['an IPsec pre-shared key', '10.80.0.1 10.80.0.2 : PSK "XgzYdJbWtD263eRzsRCNg39HMGeUTccJ"', ['XgzYdJbWtD263eRzsRCNg39HMGeUTccJ']],
  ['an SNMP community and v3 user', 'rocommunity FfuxfRbrZc5rg4oL 10.80.0.0/16\ncreateUser monitor SHA "z-i3in42XTH3" AES "n~WmMn2mq5c4"', ['FfuxfRbrZc5rg4oL', 'z-i3in42XTH3', 'n~WmMn2mq5c4']],
];

describe('secrets tied to their meaning by code, directives and layout', () => {
  for (const [rule, text, secrets] of FOUND) {
    it(`redacts ${rule}`, () => {
      assert.deepEqual(redacted(text), secrets);
    });
  }
});

// The same contexts without a secret: references, switches, ids, placeholders and prose.
const KEPT: Array<[context: string, text: string]> = [
  [
    'defaults that are empty, hosts or stand-ins',
    "const host = process.env.DB_HOST || 'localhost';\nconst password = process.env.DB_PASSWORD || '';\n      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}\n      - MYSQL_PASSWORD=${MYSQL_PASSWORD:-your-password-here}\nspring.datasource.password=${DB_PASSWORD:}",
  ],
  ['Windows settings', 'C:\\> setx PATH "%PATH%;C:\\tools\\bin"\nPS C:\\> $env:DB_PASSWORD = Read-Host -AsSecureString "DB password"'],
  ['argument arrays with paths and switches', 'args: ["--password-file", "/run/secrets/pw", "--token-ttl", "3600"]\nCMD ["mongod", "--auth", "--bind_ip_all"]'],
  ['calls that pass variables', '$pdo = new PDO($dsn, $user, $pass);\nserver.login(user, password)\njedis.auth(password);'],
  ['empty request dumps', '  ["PHP_AUTH_PW"]=> NULL\n  ["HTTP_AUTHORIZATION"]=> string(0) ""'],
  ['header directives with variables and switches', 'proxy_set_header Authorization $http_authorization;\nadd_header X-Frame-Options DENY;\nRequestHeader unset Authorization'],
  ['Redis ACL without a clear password', 'user default off nopass ~* +@all\nuser ops on #8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4 ~* +@all'],
  ['a non-secret pipeline variable', '##vso[task.setvariable variable=imageTag;issecret=false]build-20250603.4'],
  [
    'printed files that hold no secret',
    '$ cat /etc/hostname\nweb-prod-01\n$ cat /run/secrets/db_password\ncat: /run/secrets/db_password: No such file or directory\n$ cat ~/.aws/credentials\n[default]\n',
  ],
  ['Consul ids and switches', 'AccessorID:       b4c1a7e2-3f51-4a8c-9d1e-2f7a6c0e9b13\nencrypt_verify_incoming = true\nacl {\n  tokens {\n    enabled = true\n  }\n}'],
  ['an ARN naming a secret', 'arn:aws:secretsmanager:ap-southeast-1:123456789012:secret:prod/payments/db-BbbJ1G'],
  ['a secret size from kubectl describe', 'DB_PASSWORD:     20 bytes'],
  ['a flag followed by prose', 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.'],
  [
    'Authorization words that are no credentials',
    "const AUTHORIZATION = 'Authorization';\nthis.authorization = authorization;\nAuthorization: Negotiate\nauthorization: denied by policy AliyunECSReadOnlyAccess\nAuthorization: SharedKey <account>:<signature>",
  ],
  ['a publishable key', 'STRIPE_KEY=pk_live_51MEht0YvbbqVXzVUyFsv12bwfheZwv8MeeXl9OW4KofSf328'],
  ['code that names a password', "const password = await vscode.window.showInputBox({ prompt: 'Password', password: true });"],
  ['an XML auth mode', '<Resource name="jdbc/orders" auth="Container" type="javax.sql.DataSource" />'],
  ['a token subject', '<SubjectFromWebIdentityToken>repo:example-org/tickets:ref:refs/heads/main</SubjectFromWebIdentityToken>'],
  ['a cipher suite after "using"', '* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384'],
  ['a cache key shaped like a Mailgun key', 'cache key-d41d8cd98f00b204e9800998ecf8427e evicted'],
  ['a credential scope', 'X-Goog-Credential=exporter%40proj.iam.gserviceaccount.com%2F20250604%2Fauto%2Fstorage%2Fgoog4_request'],
  ['code defaults that are no literals', 'let token = env::var("API_TOKEN").unwrap_or_default();\nval dbPassword = System.getenv("DB_PASSWORD") ?: error("DB_PASSWORD is not set")'],
  ['a cmdlet assigned in PowerShell', '$pw = Read-Host -AsSecureString\n$pw = ConvertTo-SecureString $plain -AsPlainText -Force'],
  ['prose after "changed the password to"', 'I changed the password to something stronger this morning.\nThe admin password has been reset; a link was sent.'],
  ['a Latin word before 是 that names no secret', 'Region 是 cn-north-4，Endpoint 为 obs.cn-north-4.myhuaweicloud.com'],
  ['Chinese labels followed by counts and replies', '密码错误次数：3\n临时凭证有效期 1 小时\n授权码在邮箱设置里生成\ntoken 过期了，新的我晚点发'],
  ['a path after an account name', '--- deploy/k8s/ingress-basic-auth.sh ---'],
  ['Oracle and MySQL accounts without a password', "CREATE USER audit_ro IDENTIFIED EXTERNALLY;\nCREATE USER x IDENTIFIED BY VALUES 'S:8F2D';"],
  ['a command about tokens whose output is prose', '$ kubectl get secrets\nNo resources found in default namespace.\n$ ls ~/.config/tickets | grep token\napi-token-backup-2025'],
  ['a credential object with a user name', 'PS> $cred = New-Object System.Management.Automation.PSCredential("CORP\\ops", $secure)'],
  [
    'secret commands without a value',
    'az keyvault secret show --vault-name kv --name db-password --query value -o tsv\naws ssm put-parameter --name /prod/feature/flag --type String --value blue-green-v2\ngh secret set DEPLOY_TOKEN < token.txt',
  ],
  ['default SNMP communities and hashed pgbouncer users', 'rocommunity public localhost\n"tickets" "md5d41d8cd98f00b204e9800998ecf8427e"'],
  ['a process substitution after a password flag', 'vncviewer -passwd <(echo $VNC_PW) 10.90.0.22'],
  ['a Sealed Secret ciphertext', 'spec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEqAx4RUVtVmB5hGHr1Jo4xKqsrM9F0t5sEd6VhJ7z2Lp8Zx\n'],
  [
    'Hadoop properties that are not credentials',
    '<property><name>fs.oss.endpoint</name><value>oss-cn-hangzhou-internal.aliyuncs.com</value></property>\n<property><name>password.policy.min.length</name><value>12</value></property>',
  ],
  ['a YAML list of pairs outside chpasswd', 'palette:\n  list: |\n    apple:red2x\n    pear:green7y\n'],
];

describe('the same contexts without secrets', () => {
  for (const [context, text] of KEPT) {
    it(`leaves ${context} alone`, () => {
      assert.deepEqual(redacted(text), []);
    });
  }
});
