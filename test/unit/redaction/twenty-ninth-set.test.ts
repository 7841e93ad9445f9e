import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the twenty-ninth blind set's study (nineteenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "a mail's quoted-printable part: an escaped '=', a soft line break inside a value, Chinese labels in UTF-8 escapes",
    'Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\nWi-Fi =E5=AF=86=E7=A0=81: Papaya@417=3D\nPSK: Lq7zKw2mX9=3D=\nbRt4Vn\nSQL sa =E5=AF=86=E7=A0=81: Qwer@2051\n--boundary--',
    ['Papaya@417=3D', 'Lq7zKw2mX9=3D=\nbRt4Vn', 'Qwer@2051'],
  ],
  [
    'full-width letters and digits after a full-width label, a PIN 码 in full width, a password after an ideographic space',
    'ＰＡＳＳＷＯＲＤ：Ｍａｘｉａｏ．２０５２\n店长的 PIN 码是　８２０５３１　（全角）\nＲｅｄｉｓ：r-x.redis.rds.aliyuncs.com:6379　密码　Kq7LmZx2053Tr',
    ['Ｍａｘｉａｏ．２０５２', '８２０５３１', 'Kq7LmZx2053Tr'],
  ],
  [
    'values wrapped with a backslash at each line end: an environment token over three lines, a JDBC password cut in two',
    'export HUAWEICLOUD_SDK_SECURITY_TOKEN=gQpjbi1ub3J0aC00CgAW7c0WLJ9NJrdGnT6O_HRjL\\\ncZJTYqJ8dqEI5tlgSZhM5593reRYj7XmTYCrLbPq1HxkKdMf\\\n4A1_LziR67R3Q46wH\n' +
      'jdbc:gaussdb://10.0.0.41:8000/member?user=app&password=FiHLjihY2ozmGVZVR\\\na&targetServerType=master',
    ['gQpjbi1ub3J0aC00CgAW7c0WLJ9NJrdGnT6O_HRjL\\\ncZJTYqJ8dqEI5tlgSZhM5593reRYj7XmTYCrLbPq1HxkKdMf\\\n4A1_LziR67R3Q46wH', 'FiHLjihY2ozmGVZVR\\\na'],
  ],
  [
    "table columns named in the prose table's languages (AsciiDoc's bars, a grid table's Romansh), the word in Dhivehi, Tok Pisin, Occitan's field list",
    '[cols="2,2,3",options="header"]\n|===\n|Server |Modirisi |Lefoko la sephiri\n|gbe-pos-srv |Administrator |Kalahari@2054\n|===\n' +
      '+-----------+---------------+-----------------+\n| Server    | Utilisader    | Pled-clav       |\n+===========+===============+=================+\n| chu-srv   | Administrator | Rhein++4_2055   |\n+-----------+---------------+-----------------+\n' +
      'ސާވަރުގެ ޕާސްވޯޑަކީ Maldives_2056\nNupela paswot bilong administrator em Sepik!2057 .\n:Senhal: Garona#2058',
    ['Kalahari@2054', 'Rhein++4_2055', 'Maldives_2056', 'Sepik!2057', 'Garona#2058'],
  ],
  [
    "application servers and tools: certutil's -p, WildFly's credential reference and alias, WebSphere's {xor}, a Hiera key's 'plain' suffix, a backticked user before a slash",
    'C:\\build> certutil -p Sign#2059Pfx -dump C:\\signing\\release.pfx\n/subsystem=elytron/credential-store=cs:add(location=cs/a.cs, credential-reference={clear-text="Wf7-@4XIAfR_2060"}, create=true)\n' +
      '/subsystem=elytron/credential-store=cs:add-alias(alias=mq-pass, secret-value="queue2061x")\ncom.ibm.SOAP.loginPassword={xor}bGcGPSYoJgwJNhRp\nprofile::backup::obs_sk_plain_tmp: \'Htx8IlfAHI2oRwlPL8K11X5W6FOdngVmPdZqvY6K\'\n' +
      'SCRAM-SHA-512，用户 `pos-consumer` / bXceLWz@1_j8IC',
    ['Sign#2059Pfx', 'Wf7-@4XIAfR_2060', 'queue2061x', 'bGcGPSYoJgwJNhRp', 'Htx8IlfAHI2oRwlPL8K11X5W6FOdngVmPdZqvY6K', 'bXceLWz@1_j8IC'],
  ],
  [
    "AMap's security code after Chinese 'is', ECPay's HashKey and HashIV in HTML code spans, gpg-agent's preset passphrase in hex and its data line",
    '安全密鑰 securityJsCode 是 be64a3b5d35f6dd97afacac873912eac，不要寫在前端\n<p>HashKey <code>jyh6Klgb4Z8tzklmPFhmBersf1iLxDo1</code>，HashIV <code>tzOkXfi9m71lgWq1</code></p>\n' +
      'gpg-agent[318] DBG: chan_5 <- PRESET_PASSPHRASE 5EA29D96B602D3BF93551005C0C437B1553F5363 -1 7865702B3D4A79626833527333552D4E66716B4A\n' +
      'gpg-agent[318] DBG: chan_7 <- GET_PASSPHRASE --data --repeat=0 -- X X Passphrase: Release+key+(manual+retry)\ngpg-agent[318] DBG: chan_7 -> D amber river lynx 2062 cloud\n',
    ['be64a3b5d35f6dd97afacac873912eac', 'jyh6Klgb4Z8tzklmPFhmBersf1iLxDo1', 'tzOkXfi9m71lgWq1', '7865702B3D4A79626833527333552D4E66716B4A', 'amber river lynx 2062 cloud'],
  ],
  [
    "the attacker's review of the study: what stays a secret (words joined by + with a digit, a password that looks like a path, a service token shaped like a cache key, a secret variable, a Chinese remark glued to a password), and a soft line break with blanks before it",
    'password=Blue+Sky+2024\nDB_PASSWORD=Summer+Winter+2024!\nORACLE_PASSWORD=tiger/scott\napi_token: my-service-6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b\n' +
      'SECRET_VARIABLE=Kx9mP2qR7vL4nT8wY3zA\n密码：Qwer@2071请勿外传\nContent-Transfer-Encoding: quoted-printable\n\npassword: Papaya=  \n@418xYz\n',
    ['Blue+Sky+2024', 'Summer+Winter+2024!', 'tiger/scott', 'my-service-6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b', 'Kx9mP2qR7vL4nT8wY3zA', 'Qwer@2071请勿外传', 'Papaya=  \n@418xYz'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "values stored encrypted or standing for another: WebSphere's {aes}, Jenkins' braces, a CMS message, a cache key's digest, shared defaults, Windows setup's pass, a secret store's path, another credential's name, a passwordVariable, a masked token, words joined by '+', WildFly's {EXT} command",
    'password="{aes}dhKfWgDOxGpOdE+QKwqWw4JrUMRHTM3WQNSBKHF388UjyUbcgkaYrmUDkhzLbCegFZ6RESaAtkA0sjaWaks5cw=="\n<password>{AQAAABAAAAAQ9CItUFteZxYNRsJHIMvZb2879zdsFarSg5gtQAU5WwY=}</password>\n' +
      'Password = "-----BEGIN CMS-----\\nwoTikiWJ8kJaJo69y6Dde/uWBPf+X49SA79Rno"\nkey: linux-pnpm-2bc6690fea7147d45aa7bd666b23b0c29e89533147b9f6c8668ca15d7a957c42\n' +
      'ssl.truststore.password=KafkaOnsClient\n  <settings pass="oobeSystem">\nzabbix_psk: "{{ lookup(\'aliyun.kms.secret\', \'pos/zabbix-psk\') | default(omit) }}"\n' +
      '<!-- username = AK, password = SK. -->\n<passwordVariable>HARBOR_PASS</passwordVariable>\n  NODE_AUTH_TOKEN: XXXXX-XXXXX-XXXXX-XXXXX\n' +
      'GET_PASSPHRASE X X Passphrase: Release+key+(manual+retry)\ncredential-reference={clear-text="{EXT}/opt/wildfly/bin/cs-pass.sh"}',
  ],
  [
    "a Chinese sentence after 密码：, a repository URL in base64, a description ending in 'password parameter', a line continued by a backslash that is no value's",
    '密码：存放在阿里云 KMS 凭据 `wallet/keystore-pass`（版本 v4），容器启动时注入环境变量\n  type: Z2l0\n  url: aHR0cHM6Ly9naXRodWIuY29tL2xhbnRlcm4tcmV0YWlsL3Bvcy13ZWI=\n' +
      '<description>TODO move to a password parameter</description>\nexport A=x \\\n  B=y\n' +
      // (A part after the quoted-printable one is read as it is: this line says nothing in plain text.)
      'Content-Transfer-Encoding: quoted-printable\n\nRef=3D 42\n--b\nContent-Transfer-Encoding: 7bit\n\n=70assword: Hx7#kLm2Zp9\n--b--',
  ],
];

KEPT.push([
  "the review's false positives: another channel's data line after a passphrase's request, an AsciiDoc table's first row that is no header, columns named with another meaning ('Prise de parole', 'Změna hesla'), a setting's name in a code span, a secret's name as a value",
  'gpg-agent[3] DBG: chan_7 <- GET_PASSPHRASE --data --repeat=0 -- X X Passphrase: x\ngpg-agent[3] DBG: chan_9 -> D (10:public-key(3:rsa(1:n257:Kq7Zm2Lx9Vb4Np8R))))\n' +
    '|===\n|password |timeout\n|x |retries3\n|===\n| Prise de parole | Změna hesla |\n|---|---|\n| Kx9#mLq2Zr | Wd4#vLq9Zp2x |\nSet password <code>validate_password.policy</code> to MEDIUM\nsecret_value = "prod-db-password"',
]);

describeRedactionCases("the twenty-ninth blind set's shapes (issue #14, nineteenth session)", FOUND, KEPT);
