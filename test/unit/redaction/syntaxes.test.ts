// One line per rule of issue #14's third round (from the second blind set and batch 8): the syntax or
// format that says a value is a secret, and the same syntax without one. All values are made up.
import * as assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/redaction';
import { REDACTION_PROFILE } from '../../../src/providers';

const redacted = (text: string) => redactSecrets(text, REDACTION_PROFILE, { phoneNumbers: true }).findings.map((finding) => text.slice(finding.start, finding.end));

const FOUND: Array<[rule: string, text: string, secrets: string[]]> = [
  ['a password with a comma, in an environment assignment', 'PGPASSWORD=Xw3,kq-9Lm psql -h db -U app', ['Xw3,kq-9Lm']],
  ['a password with a comma, in prose', '跳板机 root 密码 Qz7+ab,Kd2x，端口 22', ['Qz7+ab,Kd2x']],
  ['a password with a comma, after an account and a slash', 'login is centos / 7b=q,-Lm2Kx.', ['7b=q,-Lm2Kx']],
  ['a YAML password inside a JSON string, before an escaped line break', '{"config":"smtp:\\n  password: Kj4,mq8Zt\\nimap:\\n"}', ['Kj4,mq8Zt']],
  ['a T-SQL Unicode string', "CREATE LOGIN etl WITH PASSWORD = N'Tsq1.Nvar9x', CHECK_POLICY = OFF;", ['Tsq1.Nvar9x']],
  ['an Oracle password that starts with a digit', 'ALTER USER app IDENTIFIED BY 7Orcl9pass;', ['7Orcl9pass']],
  ['an Oracle Easy Connect string', 'expdp `erp/Ez9,conn4@//10.1.2.3:1521/ORCL`', ['Ez9,conn4']],
  ['a Go DSN with @ in the password and no protocol', 'DATA_SOURCE_NAME=exp:Gd7#@Pw@(localhost:3306)/', ['Gd7#@Pw']],
  ['an openGauss client password', "gsql -h 10.0.9.1 -p 8000 -U root -W 'Ga8!ussPw'", ['Ga8!ussPw']],
  ['a FreeRDP password', 'xfreerdp /v:10.0.9.2 /u:Administrator /p:Fr3eRdp!x', ['Fr3eRdp!x']],
  ['a Windows program given by its quoted path', '"C:\\Program Files\\7-Zip\\7z.exe" a -pZip7Exe9x out.7z in.txt', ['Zip7Exe9x']],
  ['net use with the password before /user', 'net use \\\\nas\\share Nu5e!pass /user:nas\\admin', ['Nu5e!pass']],
  ['user:password encoded for Basic auth', '[Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("ci:B64!enc9"))', ['B64!enc9']],
  ['a secret piped into a command that creates a secret', 'printf "Sw4rm!Sec" | docker secret create db_pw -', ['Sw4rm!Sec']],
  ['a PDO constructor in a stack trace', "#0 db.php(9): PDO->__construct('mysql:host=db', 'shop', 'St4ck!Trace', Array)", ['St4ck!Trace']],
  ['Perl DBI', 'my $dbh = DBI->connect("DBI:Pg:dbname=ops", "ops", "Pe9rl!Dbi");', ['Pe9rl!Dbi']],
  ['a Lua Redis client', 'red:auth("Lu4Redis!x")', ['Lu4Redis!x']],
  ['a Spring binding error: property, then value', 'Property: spring.datasource.password\n    Value: "Bind9!Err"', ['Bind9!Err']],
  ['Basic credentials as an unquoted env value', '- name: Authorization\n  value: Basic YWRtaW46czNjcjN0UGFzcw==', ['YWRtaW46czNjcjN0UGFzcw==']],
  [
    'Basic and Token credentials under any field name',
    'auth="Basic c3luYzpQYXNzOTk=" api_auth="Token 4f2a9c0d1e8b7a6f5c4d3e2f1a0b9c8d7e6f5a4b"',
    ['c3luYzpQYXNzOTk=', '4f2a9c0d1e8b7a6f5c4d3e2f1a0b9c8d7e6f5a4b'],
  ],
  ['an Authentication header in OTLP exporter headers', 'OTEL_EXPORTER_OTLP_HEADERS=Authentication=7d1e9f0c2b3a4d5e@8c7b6a5f4e3d2c1', ['7d1e9f0c2b3a4d5e@8c7b6a5f4e3d2c1']],
  ['user:password under a login field', 'GET /svn/?login=builder:Lg9n,Pw7x HTTP/1.1', ['Lg9n,Pw7x']],
  ['a cookie given to curl', "curl -b 'SESSION=Zk3mQ9xT7vB2nL5pR8wC4yH6' https://a.example", ['Zk3mQ9xT7vB2nL5pR8wC4yH6']],
  ['a HAR cookie header', '{ "name": "cookie", "value": "SID=Hq7Lm2Kx9Pz4Wv8Rt3Ny6Bc; lang=en" }', ['Hq7Lm2Kx9Pz4Wv8Rt3Ny6Bc']],
  ['a value wrapped in a Terraform output object', '"api_key": {"sensitive": true, "type": "string", "value": "Tf9outQx7Lm2Kd8Zp3Wn6Rb"}', ['Tf9outQx7Lm2Kd8Zp3Wn6Rb']],
  ['a URL-encoded query inside a URL', 'redirect=https%3A%2F%2Fa.example%2Fcb%3Ftoken%3DQw8Er7Ty6Ui5Op4As3Df2Gh%26lang%3Den', ['Qw8Er7Ty6Ui5Op4As3Df2Gh']],
  [
    'a random_password result in Terraform state',
    '{"mode": "managed", "type": "random_password", "name": "db", "instances": [{"attributes": {"length": 20, "result": "Rp7#Qx-2Lm=9Kd"}}]}',
    ['Rp7#Qx-2Lm=9Kd'],
  ],
  ['an access key resource id in Terraform state', '{"mode": "managed", "type": "example_iam_access_key", "instances": [{"attributes": {"id": "K7Q2M9Z4X1C8V5B3N6LP"}}]}', ['K7Q2M9Z4X1C8V5B3N6LP']],
  ['a space-separated password directive', 'vrrp_instance VI_1 {\n    auth_pass Kv9!pass\n}', ['Kv9!pass']],
  ['an aligned environment table', 'APP_DB_PASSWORD                Tb7#Lm2-Qx9\nAPP_JWT_KEY                    Vq8Lm2Kx9Pz4Wv8Rt3Ny6Bc1Df5=', ['Tb7#Lm2-Qx9', 'Vq8Lm2Kx9Pz4Wv8Rt3Ny6Bc1Df5=']],
  ['a resource macro that holds a password', '$USER7$=Ng7!osPw', ['Ng7!osPw']],
  ['a secrets file printed to the terminal', '$ cat /etc/rsyncd.secrets\nmirror:Rs7_nc9Pw', ['Rs7_nc9Pw']],
  [
    'a key file of several base64 lines',
    '$ cat /etc/app/keyfile\nQk3mZ9xT7vB2nL5pR8wC4yH6Qk3mZ9xT7vB2nL5pR8wC\n4yH6Qk3mZ9xT7vB2nL5pR8wC4yH6Qk3mZ9xT7vB2nL5p',
    ['Qk3mZ9xT7vB2nL5pR8wC4yH6Qk3mZ9xT7vB2nL5pR8wC\n4yH6Qk3mZ9xT7vB2nL5pR8wC4yH6Qk3mZ9xT7vB2nL5p'],
  ],
  ['an abbreviated secret key name', 'aws_sec_key Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0f', ['Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb7cDe0f']],
  ['a generated key with symbols (a salt)', "define( 'NONCE_SALT', 'q]7Lm,2Kx{9Pz4|Wv8Rt3(Ny6Bc1Df5' );", ['q]7Lm,2Kx{9Pz4|Wv8Rt3(Ny6Bc1Df5']],
  ['a Chinese change with words before the verb', 'Redis 的密码从旧的换成了「Rz8kLm2Qx9」', ['Rz8kLm2Qx9']],
  ['an English token after a remark and a line break', 'The management token, if you need it, is\n  9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc.', ['9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc']],
  ['a TOTP seed', 'the TOTP seed from the vault is JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', ['JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP']],
  [
    'a credential noun right before a generated value',
    '飞书应用 App Secret Vb7Kq2Lm9Xw4Rt6Yp1Zs8Nc3 ；ngrok config add-authtoken 2Lm9Xw4Rt6Yp1Zs8Nc3Hd5Gf0Qa',
    ['Vb7Kq2Lm9Xw4Rt6Yp1Zs8Nc3', '2Lm9Xw4Rt6Yp1Zs8Nc3Hd5Gf0Qa'],
  ],
  ['an account and a password joined by a colon', 'Grafana — admin:Gf6Tuj-Z9HnB', ['Gf6Tuj-Z9HnB']],
  ['a Chinese service number and a bracketed area code', '值班 400-812-3456，财务 (021) 5821-7733', ['400-812-3456', '(021) 5821-7733']],
  ['a password column of a Markdown table', '| host | user | 密码 |\n|---|---|---|\n| 10.0.1.1 | root | Md7!tbl9x |\n| 10.0.1.2 | repl | Md8!tbl0y |', ['Md7!tbl9x', 'Md8!tbl0y']],
  ['a password column of a CSV export, quoted', 'host,login,password,notes\nweb-01,deploy,"Cs7,v!pw9",nginx\nweb-02,deploy,Cs8!vpw0,php', ['Cs7,v!pw9', 'Cs8!vpw0']],
  ['"the pass for … is"', 'the pass for the staging box is Pf7!stg9x (same user)', ['Pf7!stg9x']],
  ['"… as the password"', 'we log in with `ops` and As7!pw9x as the password', ['As7!pw9x']],
  ['"creds => user / password"', 'DB creds => app / Cr7!ds9x', ['Cr7!ds9x']],
  ['"the password we set on Friday was"', 'The new password we set on Friday was Fr7-day%9x, thanks', ['Fr7-day%9x']],
  ['a curl config user with a password', 'user = "mirror:Cu7!rl9x"', ['Cu7!rl9x']],
  ['a session token under a …_SESSION name', "export FASTLANE_SESSION='Fs7Lm2Kx9Pz4Wv8Rt3Ny6Bc1Df5Gh0Jk'", ['Fs7Lm2Kx9Pz4Wv8Rt3Ny6Bc1Df5Gh0Jk']],
  ['a user and a password after a verb of use', 'For the FTP drop use ftpuser/Xw7#MvB9dqLz (port 2121).', ['Xw7#MvB9dqLz']],
  ['a login of a user, a comma and a password', 'Temporary admin login: admin, Sy7=1XmeirN4 (expires Friday).', ['Sy7=1XmeirN4']],
  ['a password after a long "for …" and a dash', 'passphrase for the backup key on the NAS — De7Axz23lq@SQK', ['De7Axz23lq@SQK']],
  ['a generated key after a few words and a colon', 'Use this API key until we get our own: 503e2d955fb2794be0beb58689c64b92', ['503e2d955fb2794be0beb58689c64b92']],
  [
    'a Cloudflare tunnel token',
    'cloudflared service install eyJhIjoiNjQ1ZmE4ZDMzZTJiNDcxYWI5YzE2ZjBlODdkNDIzYzEiLCJ0IjoiN2Y5YmQ0ZTEtMjc4',
    ['eyJhIjoiNjQ1ZmE4ZDMzZTJiNDcxYWI5YzE2ZjBlODdkNDIzYzEiLCJ0IjoiN2Y5YmQ0ZTEtMjc4'],
  ],
];

describe('formats and syntaxes that make a value a secret (third round)', () => {
  it('ends a password at a comma that starts the next field', () => {
    assert.deepEqual(redacted('password=Ab3dEf9x,user=ops'), ['Ab3dEf9x']);
  });

  it('takes a quoted CSV cell without its quotes', () => {
    assert.deepEqual(redacted('host,login,password\nweb-01,deploy,"Cs7,v!pw9"'), ['Cs7,v!pw9']);
  });

  it('takes a T-SQL Unicode string whole, without its N prefix', () => {
    assert.deepEqual(redacted("ALTER LOGIN etl WITH PASSWORD = N'Tsq2.Nvar8y'"), ['Tsq2.Nvar8y']);
  });

  it('takes a generated key with symbols under a key name that needs a generated value', () => {
    assert.deepEqual(redacted("define( 'LOGGED_IN_KEY', 'zI7x&fkQ~^OU>xIo{xt9e)5u}Au' );\npass4SymmKey = j%zHX7BsTlI6"), ['zI7x&fkQ~^OU>xIo{xt9e)5u}Au', 'j%zHX7BsTlI6']);
  });

  for (const [rule, text, secrets] of FOUND) {
    it(`finds ${rule}`, () => {
      const found = redacted(text);
      assert.ok(
        secrets.every((secret) => found.some((finding) => finding.includes(secret))),
        `${JSON.stringify(found)}`,
      );
    });
  }
});

const KEPT: Array<[context: string, text: string]> = [
  ['a shell comment after a flag that takes a password', 'mongosh --host db -u app -p   # -p alone prompts'],
  ['a program message after "passwd:"', 'passwd: all authentication tokens updated successfully.'],
  ['a setting that names a password scheme', 'password_encryption = scram-sha-256'],
  ['a business id under a bare key', 'partition=3 offset=870 key=invoice-4768492340'],
  ['a documentation slot cut at its space', 'aliyun configure set --access-key-secret <AccessKey Secret> --region cn-hangzhou'],
  [
    'secret-store references and encrypted values',
    "api_token: \"{{ lookup('hashi_vault', 'secret=secret/data/ci:token') }}\"\ndb.password=vault:secret/data/prod/db#password\nspring.datasource.password={cipher}<ciphertext>",
  ],
  ['code that compares passwords', 'const passwordMatches = user !== undefined && (await bcrypt.compare(password, user.passwordHash));'],
  ['minified destructuring', 'function Xn(e){const{password:t,confirmPassword:n}=e;return t!==n}'],
  ['a user name under a token field', 'DEPLOY_TOKEN_USER: gitlab+deploy-token-4098'],
  ['an error message about a password', '"msg": "Invalid/incorrect password: Permission denied, please try again."'],
  ['an f-string field in a URL', 'engine = create_engine(f"mysql+pymysql://etl:{password}@{host}/sales")'],
  ['a PowerShell subexpression after a credential flag', 'Connect-AzAccount -Credential (New-Object PSCredential("app", $secure))'],
  ['a pagination token flag', 'aliyun ecs DescribeInstances --NextToken 9iKV1MJffTUG59fmJ8rJPkUJlTo6iEGD9yQFcdKbC'],
  ['an image tag after a well-known account name', 'image: postgres:16-alpine'],
  ['a publishable key after the word key', 'the publishable key pk_live_2aiCBNlyhUXEBZTYKvKtRCXQ is public'],
  ['an LDAP base DN after -b', 'ldapsearch -x -D "cn=admin,dc=acme,dc=cn" -b "ou=people,dc=acme,dc=cn" uid=lina'],
  ['analytics cookies', 'Cookie: acw_tc=0fe10482c171064ab9b740e9bd5f2347b6f50f62fd5563f32f18; _ga=GA1.2.1234567890.1748736000'],
  ['settings and paths under key names', 'ConnectionString: Server=10.0.8.107\n"key": "uploads/2025/06/01/AbC123xyz789Report.png"\nInstrumentationKey=9a8b7c6d-1234-4321-abcd-0123456789ab'],
  ['a directive line of words', 'password reset\ntoken expired'],
  ['tables whose secret cells are placeholders or empty', '| host | 密码 |\n|---|---|\n| db | 见密码本 |\n| jump | ******** |\n\nhost,login,password\nweb,deploy,\napi,deploy,<in vault>'],
  ['a hyphenated word after "password is"', 'The password is case-sensitive and may contain symbols.'],
  ['colon-separated ids and uid:gid under user fields', 'cache_key=user:42:profile:v3\nuser: "1000:1000"'],
  ['a pass that is not a password', 'the boarding pass for the flight is ready'],
  ['a branch after a verb of use', 'use origin/main, then rebase with feature/abc-123'],
  ['key-shaped stand-ins in documentation', 'AccessKeyId: LTAI5tExampleExample00\nak = HPUAZ4XKQ1EXAMPLE7ZB\nAKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY'],
  ['a token bucket', 'token bucket: 100 requests per second, burst 200'],
  ['an account, a comma and a region', 'account: ops, cn-north-4 region'],
];

describe('the same syntaxes without secrets (third round)', () => {
  for (const [context, text] of KEPT) {
    it(`keeps ${context}`, () => {
      assert.deepEqual(redacted(text), []);
    });
  }
});
