import * as assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/redaction';
import { CLI_PASSWORD_RULES } from '../../../src/core/redaction-cli';
import { VENDOR_FORMATS } from '../../../src/core/redaction-vendors';
import { REDACTION_PROFILE } from '../../../src/providers';
import { ADVERSARIAL_UNITS } from './adversarial-units';
import { fake, upper, VENDOR_EXAMPLES } from './vendor-examples';

describe('vendor token formats', () => {
  it('has an example for every row of the table, and a row for every example', () => {
    const names = VENDOR_FORMATS.map((format) => format.name);
    assert.deepEqual([names.filter((name) => !(name in VENDOR_EXAMPLES)), Object.keys(VENDOR_EXAMPLES).filter((name) => !names.includes(name))], [[], []]);
  });

  for (const format of VENDOR_FORMATS) {
    it(`redacts a ${format.name} written without any name next to it`, () => {
      const example = VENDOR_EXAMPLES[format.name];
      const leads: Record<string, string> = {
        'Kubernetes bootstrap token': 'kubeadm join 10.0.0.1:6443 --token ',
        'Steam game server login token': './srcds_run -game csgo +sv_setsteamaccount ',
        'Jetty obfuscated password': 'admin: OBF:',
        'Qiniu access key on the qshell command line': 'qshell account ',
        'Qiniu secret key on the qshell command line': `qshell account ${'x'.repeat(40)} `,
        'Jenkins API token': 'the jenkins token failed with ',
        'IoT device secret in a product-key triple': 'device triple a1ExMdwlFhi / gw-01 / ',
        'Proxmox VE API token': 'pvesh token for terraform@pve!tf=',
        'Tianditu map key': 'GET http://t0.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&tk=',
        'Telegram bot token in an API URL': 'GET https://api.telegram.org/bot',
        'Laravel application key': 'APP_KEY=base64:',
        'Anaconda channel token': 'conda install -c https://conda.example.net/t/',
        'Mailgun key': 'mailgun rejected ',
        'PagerDuty integration key': '{"routing_key": "',
        'DNSPod login token': 'POST /Record.Ddns login_token=482913,',
        'Weights & Biases API key': '$ wandb login --relogin --host https://wandb.example.net ',
        'Alchemy RPC key': 'RPC_URL=https://eth-mainnet.g.alchemy.com/v2/',
        'Infura project key': 'curl https://mainnet.infura.io/v3/',
        'QuickNode endpoint key': 'https://proud-dawn.quiknode.pro/',
        'Ankr RPC key': 'BSC_RPC=https://rpc.ankr.com/bsc/',
        'YouTube stream key': 'OBS stream key for YouTube: ',
        'Apple app-specific password': 'xcrun altool --upload-app -u ci@example.net -p ',
      };
      const line = `${leads[format.name] ?? 'it failed with '}${example} yesterday`;
      const { text, findings } = redactSecrets(line, REDACTION_PROFILE);
      assert.ok(!text.includes(example) && findings.length === 1, `${format.name}: ${text}`);
      assert.equal(findings[0].kind, format.kind);
    });
  }

  it('leaves documentation stand-ins and prefixes in prose alone', () => {
    const text = 'AKIAXXXXXXXXXXXXXXXX https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX sk_live_... ghp_ prefix, xoxb-your-bot-token';
    assert.equal(redactSecrets(text, REDACTION_PROFILE).text, text);
  });

  it('does not cut a vendor-looking run out of a longer base64 blob', () => {
    const text = `data:image/png;base64,iVBORw0KGgo${fake(20)}AKIA${upper(16)}${fake(20)}==`;
    assert.equal(redactSecrets(text, REDACTION_PROFILE).text, text);
  });
});

/** One example per CLI rule: a command line and the password in it. */
const CLI_EXAMPLES: Array<[program: string, line: string, password: string]> = [
  ['mysql', 'mysql -uroot -pTq7#vLm2!pZx -h 10.0.1.15 shop', 'Tq7#vLm2!pZx'],
  ['certutil', 'certutil -p Cert#2031Pfx -dump C:\\signing\\release.pfx', 'Cert#2031Pfx'],
  ['qlogin', "qlogin -cs cs01.corp.local -u admin -clp 'Vault*2031Cv'", 'Vault*2031Cv'],
  ['sshpass', "sshpass -p 'Harbor!73647' ssh root@10.0.2.8", 'Harbor!73647'],
  ['docker', 'docker login -u ci -p Xk9mP2qRt7 registry.example.com', 'Xk9mP2qRt7'],
  ['az', 'az login --service-principal -u 4f1c2d3e -p Pq8Q~abcDEF123 --tenant contoso', 'Pq8Q~abcDEF123'],
  ['redis-cli', 'redis-cli -h 10.0.1.9 -a Rg5tYh8uJk ping', 'Rg5tYh8uJk'],
  ['mongo', 'mongo --host 10.0.1.30 -u admin -p Mn3bVc7xZa --authenticationDatabase admin', 'Mn3bVc7xZa'],
  ['sqlcmd', 'sqlcmd -S 10.0.1.40 -U sa -P Sq1Lp4ss!word -Q "SELECT 1"', 'Sq1Lp4ss!word'],
  ['ldapsearch', 'ldapsearch -x -D "cn=admin,dc=example,dc=com" -w Ld4pB1nd# "(uid=ops)"', 'Ld4pB1nd#'],
  ['ldappasswd', 'ldappasswd -x -D cn=admin,dc=acme,dc=cn -W -s N3w!Passw0rd uid=wang,ou=people,dc=acme,dc=cn', 'N3w!Passw0rd'],
  ['mydumper', "mydumper -h 10.0.3.4 -u backup -p 'Dmp#8821xQ' -B orders -o /data/dump", 'Dmp#8821xQ'],
  ['ipmitool', 'ipmitool -I lanplus -H 10.0.9.12 -U ADMIN -P Ipm1P4ss power status', 'Ipm1P4ss'],
  ['zip', 'zip -P Z1pS3cret logs.zip app.log', 'Z1pS3cret'],
  ['7z', '7z a -p7zS3cret! backup.7z /data', '7zS3cret!'],
  ['rar', 'rar a -hpR4rHead3rs logs.rar logs/', 'R4rHead3rs'],
  ['snmpwalk', "snmpwalk -v3 -l authPriv -u monitor -a SHA -A 'Snmp_A_pw1' -x AES 10.0.0.1", 'Snmp_A_pw1'],
  ['snmpget', 'snmpget -v3 -l authPriv -u monitor -a SHA -x AES -XSnmp_X_pw2 10.0.0.1 sysName.0', 'Snmp_X_pw2'],
  ['smbclient', 'smbclient //nas/share -U ops%Smb4Pass!', 'Smb4Pass!'],
  ['lftp', 'lftp -u deploy,Lf7pPass9 sftp://files.example.com', 'Lf7pPass9'],
  ['open', 'open -u deploy,Op7nPass9 ftp.files.example.com', 'Op7nPass9'],
  ['sys_dump', 'sys_dump -h 10.0.0.5 -p 54321 -U system -W Kb8s_Dump2x -Fc -f /bak/a.dump db', 'Kb8s_Dump2x'],
  ['esxcli', "esxcli system account add -i backup -p 'Es8x!Cli2' -c 'Es8x!Cli2' -d backup", 'Es8x!Cli2'],
  ['http', 'http --auth ops:Ht7pAuth9 GET https://api.example.com/health', 'Ht7pAuth9'],
  ['openssl', 'openssl rsa -in enc.key -out plain.key -passin pass:Op3nSsl!9', 'Op3nSsl!9'],
  ['openssl', 'openssl enc -aes-256-cbc -in a.tar -out a.enc -k Enc9Key!x', 'Enc9Key!x'],
  ['ssh-keygen', "ssh-keygen -t ed25519 -N 'Ph4seP4ss!' -f key", 'Ph4seP4ss!'],
  ['twine', 'twine upload -u ci -p Tw1nePass! dist/*', 'Tw1nePass!'],
  ['mosquitto_pub', 'mosquitto_pub -h mq -u sensor -P Mq7tt!Pass -t t -m 1', 'Mq7tt!Pass'],
  ['uemcli', 'uemcli -d 10.0.3.30 -u admin -p Ue7m!Cli2x /stor/prov/luns/lun show', 'Ue7m!Cli2x'],
  // (The password before the user: the rule for `-u … -p` anywhere does not read it.)
  ['crackmapexec', "crackmapexec smb 10.0.0.0/24 -p 'Cme7!Pw2x' -u users.txt", 'Cme7!Pw2x'],
  ['check_pgsql', "/usr/lib64/nagios/plugins/check_pgsql -H 127.0.0.1 -l nagios -p 'Ng9!osPg2' -d postgres", 'Ng9!osPg2'],
  ['p4', 'p4 -u build_svc -P 5D42A636E25ADAD83550A54BA191936F changes -m 3', '5D42A636E25ADAD83550A54BA191936F'],
  ['condor_store_cred', 'condor_store_cred add -c -p Pq7vLm2kZx9', 'Pq7vLm2kZx9'],
  ['kdb5_util', "kdb5_util create -s -r CORP.LOCAL -P 'Kb5Mst!2031x'", 'Kb5Mst!2031x'],
  ['vsql', 'vsql -h 10.0.5.9 -U dbadmin -w Vs9lPass!', 'Vs9lPass!'],
  ['schtasks', 'schtasks /create /tn b /tr b.cmd /ru CORP\\svc /RP Sch3dPass!', 'Sch3dPass!'],
  ['ossutil', 'ossutil64 cp ./a.sql oss://bk/ -e oss-cn-hangzhou.aliyuncs.com -k Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy', 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy'],
  ['obsutil', 'obsutil ls obs://logs -e obs.cn-north-4.myhuaweicloud.com -k=Qw3eRt5yUi7oPa9sDf2gHj4kLz6xCv8bNm1qWe3r', 'Qw3eRt5yUi7oPa9sDf2gHj4kLz6xCv8bNm1qWe3r'],
  ['coscmd', 'coscmd config -s Zx8cVb7nMq6wEr5tYu4iOp3aSd2fGh1j -b logs-1250000000 -r ap-guangzhou', 'Zx8cVb7nMq6wEr5tYu4iOp3aSd2fGh1j'],
  ['ktpass', 'ktpass /princ HTTP/web.corp.local@CORP.LOCAL /mapuser svc-web /pass Kt9!pLm2x /out web.keytab', 'Kt9!pLm2x'],
  ['anaconda', 'anaconda -t an-Kq8Lm2Zx7Wt4Yq9Nc3Vb6Hd1 upload dist/pkg.tar.bz2', 'an-Kq8Lm2Zx7Wt4Yq9Nc3Vb6Hd1'],
  ['tabcmd', "tabcmd login -s https://bi.example.net -u svc_refresh -p 'Tb7!Lq2Zx9'", 'Tb7!Lq2Zx9'],
  ['xfreerdp', 'xfreerdp /v:10.0.4.21 /u:Administrator /p:Rdp7!wQx2 /cert:ignore', 'Rdp7!wQx2'],
  ['gsql', "gsql -h 10.0.4.30 -p 8000 -d shop -U root -W 'Gs9!qLm2x'", 'Gs9!qLm2x'],
  ['mqadmin', 'mqadmin updateAclConfig -n 10.0.0.5:9876 -c mq -a app-producer -s Mq4dm1nS3cr3tKy9', 'Mq4dm1nS3cr3tKy9'],
  ['security', 'security add-generic-password -a ci -s deploy -w Kc7!hainPw2 -U', 'Kc7!hainPw2'],
  ['signtool', 'signtool sign /f C:\\certs\\code.pfx /p Sgn7!Tool2x /fd sha256 app.exe', 'Sgn7!Tool2x'],
  ['dtexec', 'dtexec /F "D:\\SSIS\\Orders.dtsx" /Decrypt Dtx7!Pkg2q /Reporting E', 'Dtx7!Pkg2q'],
  ['fs_cli', 'fs_cli -H 127.0.0.1 -P 8021 -p Fs7EventSock2 -x "sofia status"', 'Fs7EventSock2'],
  ['turnutils_uclient', 'turnutils_uclient -y -u sipgw -w Tu7nRelayPw3 -p 3478 turn.example.net', 'Tu7nRelayPw3'],
  ['turnadmin', 'turnadmin -a -u sipgw -r turn.example.net -p Tadm1nPw8x', 'Tadm1nPw8x'],
  ['agent-auth', "/var/ossec/bin/agent-auth -m 10.2.0.50 -P 'b852f19357a13f60b7b16a9147e5' -A web-07", 'b852f19357a13f60b7b16a9147e5'],
  ['erl', 'erl -sname rabbit@mq1 -setcookie QWKXNZBTRPLMHJDSVCYF -noshell', 'QWKXNZBTRPLMHJDSVCYF'],
  ['manage_agents', '/var/ossec/bin/manage_agents -i MDAzIHdlYi0wMyBhbnkgNWUwYTFjM2U1YjdkOWYyYzRlMWE3YjNk', 'MDAzIHdlYi0wMyBhbnkgNWUwYTFjM2U1YjdkOWYyYzRlMWE3YjNk'],
  ['useradd', 'EXTRA_USERS_PARAMS = "useradd -m -P \'Yc7+tQm2Lw\' ops;"', 'Yc7+tQm2Lw'],
  ['usermod', 'usermod -P Um4+kZp8Rq ops', 'Um4+kZp8Rq'],
  ['kadmin', "kadmin -p admin/admin -w Kd7.mQx2Lp -q 'listprincs'", 'Kd7.mQx2Lp'],
  ['egosh', 'egosh user logon -u Admin -x Eg0!shLsf9', 'Eg0!shLsf9'],
  ['sapgenpse', 'sapgenpse get_pse -p SAPSNCS.pse -x Sp7Pse_pin2 -r req.csr "CN=X"', 'Sp7Pse_pin2'],
];

describe('CLI password flags', () => {
  it('has an example for every row of the table', () => {
    const covered = new Set(CLI_EXAMPLES.map(([program]) => program));
    assert.deepEqual(
      CLI_PASSWORD_RULES.filter((rule) => !rule.programs.some((program) => covered.has(program))).map((rule) => rule.programs[0]),
      [],
    );
  });

  for (const [program, line, password] of CLI_EXAMPLES) {
    it(`redacts the password given to ${program}: ${line.slice(0, 48)}…`, () => {
      const { text, findings } = redactSecrets(line, REDACTION_PROFILE);
      assert.ok(!text.includes(password) && findings.some((finding) => line.slice(finding.start, finding.end) === password), text);
    });
  }

  it('redacts server directives and positional passwords', () => {
    const text = 'requirepass Rq9Pass!x\nhtpasswd -b -c .htpasswd admin Ht9Pass!x\necho "Ec9Pass!x" | docker login -u a --password-stdin r.example.com\nsqlplus system/Or4cle!x@10.0.1.50:1521/ORCL';
    assert.deepEqual(
      redactSecrets(text, REDACTION_PROFILE).findings.map((finding) => text.slice(finding.start, finding.end)),
      ['Rq9Pass!x', 'Ht9Pass!x', 'Ec9Pass!x', 'Or4cle!x'],
    );
  });

  it('leaves the same flags alone where they mean something else, or prompt', () => {
    const text = [
      'mkdir -p /var/lib/app',
      'ssh -p 2222 deploy@10.0.2.9',
      'docker run -d -p 8080:80 nginx',
      'mysql -uroot -p',
      'mysql -h db -P 3306 -u app -p shop',
      'sshpass -e ssh root@host',
      'sshpass -p "$SSHPASS" ssh root@host',
      'cat pass.txt | docker login -u a --password-stdin r.example.com',
      'redis-cli -p 6379 ping',
      'psql -p 5432 -U app',
      'git log -p -3',
      'openssl rsa -in a -passin env:KEY_PASS',
      'net use Z: \\\\nas\\share /user:ops *',
      'msbuild App.sln /p:Configuration=Release',
    ].join('\n');
    assert.equal(redactSecrets(text, REDACTION_PROFILE).text, text);
  });
});

describe('values that must read as secrets, not prose', () => {
  it('leaves password rules, statuses and Chinese replies alone', () => {
    const text = [
      'password: must be at least 12 characters long',
      'Password: 12 characters minimum',
      'password: too short (minimum is 8 characters)',
      '密码：已修改',
      '密码：至少 8 位，需包含大小写字母和数字',
      '密码 8 位以上',
      'token: expired at 2025-06-01T10:00:00Z',
      'password_expires_at: 2025-09-01',
      'password: ******** (8 chars)',
      'Password: **hidden**',
      'The password is 8 characters long.',
      'postgres://postgres:postgres@localhost:5432/dev',
    ].join('\n');
    assert.equal(redactSecrets(text, REDACTION_PROFILE).text, text);
  });

  it('keeps cookie names, attribute lines and ordinary preferences, and takes session values', () => {
    const plain =
      'Set-Cookie: lang=zh-CN; Domain=tickets-7f3a9c2b.example.com; Path=/; Max-Age=31536000; SameSite=Lax\nCookie attributes: Secure; HttpOnly; SameSite=Strict\nCookie: _ga=GA1.2.1234567890.1748736000; theme=dark';
    assert.equal(redactSecrets(plain, REDACTION_PROFILE).text, plain);
    const session = 'Cookie: sessionid=Kq8vZt2mWx9pLr4n; theme=dark; csrftoken=Bn7cXv3zQw5eRt6y';
    assert.equal(redactSecrets(session, REDACTION_PROFILE).text, 'Cookie: sessionid=[REDACTED:cookie]; theme=dark; csrftoken=[REDACTED:cookie]');
  });

  it('takes a password and leaves the remark after it', () => {
    assert.deepEqual(
      [redactSecrets('Password: Adm1n@2025 (change it after the first login)', REDACTION_PROFILE).text, redactSecrets('密码：Abc#2024x（首次登录后请修改）', REDACTION_PROFILE).text],
      ['Password: [REDACTED:password] (change it after the first login)', '密码：[REDACTED:password]（首次登录后请修改）'],
    );
  });

  it('finds passwords written in sentences, in English and Chinese', () => {
    const text = 'my password is Summer#2025 and the root 密码是 Xk9mP2q! — use password Ab12cd34Ef to log in';
    assert.equal(redactSecrets(text, REDACTION_PROFILE).text, 'my password is [REDACTED:password] and the root 密码是 [REDACTED:password] — use password [REDACTED:password] to log in');
  });

  it('reads connection strings in several syntaxes', () => {
    const text = [
      'jdbc:mysql://10.0.1.15:3306/shop?user=app&password=Jd8c&Pass9&useSSL=true',
      'Server=tcp:erp,1433;User ID=erp;Password=Ad0NetPass!;Encrypt=True;',
      'DRIVER={ODBC Driver 18};SERVER=db;UID=sa;PWD={Odbc;Pass9}',
      'DefaultEndpointsProtocol=https;AccountName=logs;AccountKey=Zx8cVb7nMq6wEr5tYu4iOp3aSd2fGh1jKl0zXc9vBn8mQw==;EndpointSuffix=core.windows.net',
      'dsn := "app:G0Dsn!Pass@tcp(10.0.1.15:3306)/shop"',
      '<add name="Erp" connectionString="Data Source=10.0.1.40;User ID=erp;Password=W3bConf!g9" providerName="System.Data.SqlClient" />',
    ].join('\n');
    assert.deepEqual(
      redactSecrets(text, REDACTION_PROFILE).findings.map((finding) => text.slice(finding.start, finding.end)),
      ['Jd8c&Pass9', 'Ad0NetPass!', 'Odbc;Pass9', 'Zx8cVb7nMq6wEr5tYu4iOp3aSd2fGh1jKl0zXc9vBn8mQw==', 'G0Dsn!Pass', 'W3bConf!g9'],
    );
  });
});

describe('redaction of a long run of blanks', () => {
  // "is"/"是" after a run of spaces was read once per space (100 k spaces: 7.6 s), and a name|value row reader read
  // blanks twice. A megabyte of blanks (also what a megabyte of `> > ` quote marks becomes) was an adversarial unit
  // until whole unit-tier runs stalled on it for minutes (three of five; alone it takes 0.3 s): that stall is open,
  // noted on issue #14.
  it('redacts nothing in 100 KB of spaces and tabs, and keeps the text whole', () => {
    const text = ' \t  '.repeat(25_000);
    const result = redactSecrets(text, REDACTION_PROFILE);
    assert.deepEqual([result.findings.length, result.text === text], [0, true]);
  });
});

describe('redaction of a name followed by a long run', () => {
  // A rule whose name is followed by two runs that can share characters (`APP_KEY[ \t]*[=:]?[ \t]*`) reads the run
  // once per character: 100 KB took 18 s. Repeating a short unit never builds such a run, so these are whole lines.
  // Correctness only (no timed assertion): a quadratic rule makes the test run past the tier's timeout (the shapes
  // found so far; another rule can hide another shape).
  const RUNS: ReadonlyArray<[string, string]> = [
    ['APP_KEY', ' '],
    ['계정', ' '],
    ['account', '\t'],
    ['密码', ' '],
    ['htpasswd -n', 'b'],
    ['htpasswd -', 'b'],
    ['docker login --', 'a-'],
    ['foo b', ' '],
    ['set $a', ' '],
    ['+sv_setsteamaccount', ' '],
    ['"wlan.wpa.psk" "Harbor.2022"', ' '],
    ['password was changed', ' '],
    ['secure_link_md5 "', '$a'],
    ['<tr><th>a</th><th>b</th></tr>', ' '],
    ['パスワード', '\u3000'],
    ["--password-file <(printf '%", '%s'],
    ['user', ' '],
    ['user ', '^@'],
    ['rootpw', ' '],
    // (The sixteenth set's study and its review: a .netrc-style `password` directive's `;?` between two runs of blanks,
    // `p4 login` read again from every `p4`, Composer's token block, a cookie jar's lazy value.)
    ['password password', ' '],
    ['p4', ' -a p4'],
    ['p4 login', ' -a'],
    ['tokens:', ' '],
    ['"bearer": {\n  "a": "b"', ' '],
    ['a.b\tTRUE\t/\tTRUE\t1\tn\t', ' '],
    ['x = ["a"', ' '],
    ['BUNDLE_A', '__A'],
    // (The seventeenth set's study: a setting's name then blanks on both sides of an optional colon, again.)
    ['sasl_passwd', ' '],
    ['rsync', 'rsync-'],
    // (The thirty-third set's study and its review: nested RTF documents, an unclosed here-string.)
    ['{\\rtf1 ', '{\\rtf1 '],
    ["$password = @'\n", "x\n$b = @'\n"],
  ];
  it("reads a password's name then 200 KB of commas at most as one value (a trailing-comma trim was quadratic)", () => {
    const text = `password ${','.repeat(200_000)}x`;
    assert.ok(redactSecrets(text, REDACTION_PROFILE).findings.length <= 1);
  });
  it('reads a run of YAML anchors before a value without reading itself into a stack overflow', () => {
    assert.doesNotThrow(() => redactSecrets(`password: ${'&a '.repeat(20_000)}Xk9!pQ2m`, REDACTION_PROFILE));
  });
  it('reads a camel-case name then 200 KB of capitals (its parts could be split in exponentially many ways)', () => {
    const text = `AbCdEf${'A'.repeat(200_000)}x`;
    assert.ok(redactSecrets(text, REDACTION_PROFILE).findings.length <= 1);
  });
  it('reads a value of letters whose lower-case runs could be split many ways as a camel-case name (was exponential)', () => {
    const value = `AbbCddEffGhh${'h'.repeat(100)}Ba`;
    assert.ok(redactSecrets(`token ${value}\npassword:\n${value}`, REDACTION_PROFILE).findings.length <= 2);
  });
  it('reads 20,000 IDENTIFIED BY clauses on one line, each looking back a bounded way for its statement', () => {
    assert.ok(redactSecrets('identified by abc1 '.repeat(20_000), REDACTION_PROFILE).findings.length <= 20_000);
  });
  it('reads a name of 200 KB before a colon and finds nothing', () => {
    const text = `${'a'.repeat(200_000)}: b`;
    assert.equal(redactSecrets(text, REDACTION_PROFILE).findings.length, 0);
  });
  for (const [name, run] of RUNS) {
    it(`reads ${JSON.stringify(name)} then 200 KB of ${JSON.stringify(run)} and finds nothing`, () => {
      const text = `${name}${run.repeat(Math.ceil(200_000 / run.length))}x`;
      const result = redactSecrets(text, REDACTION_PROFILE);
      assert.deepEqual([result.findings.length, result.text === text], [0, true]);
    });
  }
});

describe('redaction of adversarial input', function () {
  // Correctness only: how long these take is the bench's job (npm run bench -- --only redaction times the same units
  // in 1 MB lines and prints the slowest), never a timed assertion here (these machines are noisy). A quarter of that is
  // longer than the widest bound any reader has (a quoted string's 100,000 characters) and costs a quarter of the time:
  // at 1 MB they took five of the unit tier's eighteen minutes. The timeout is wide because one line (1 s alone) once ran past
  // the default 20 s in CI, slow only after earlier work for a reason not yet found; speed shows in the bench's slowest-line rows.
  this.timeout(120_000);
  const LINE_LENGTH = 250_000;
  for (const unit of ADVERSARIAL_UNITS) {
    it(`redacts a 250 KB line of ${JSON.stringify(unit)} repeated into an output its findings describe exactly`, () => {
      const text = unit.repeat(Math.ceil(LINE_LENGTH / unit.length)).slice(0, LINE_LENGTH);
      const { text: output, findings } = redactSecrets(text, REDACTION_PROFILE, { emails: true, phoneNumbers: true });
      // Rebuilding the output from the input and the findings' spans must give the output itself.
      let rebuilt = '';
      let inputAt = 0;
      for (const finding of findings) {
        rebuilt += text.slice(inputAt, finding.start) + output.slice(finding.outputStart, finding.outputEnd);
        inputAt = finding.end;
      }
      assert.equal(rebuilt + text.slice(inputAt), output);
    });
  }
});
