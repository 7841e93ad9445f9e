import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the forty-third blind set's study (twenty-sixth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "psql's output of a settings table whose name and value columns are `param_key` and `param_value`, its value column wide",
    ' id | scope   | param_key            | param_value' +
      ' '.repeat(110) +
      '| updated_at\n----+---------+----------------------+' +
      '-'.repeat(122) +
      '+-----------\n 2  | tdx     | client_secret        | 5b7e2a10-3c4d-4e5f-8a9b-0c1d2e3f4a5b' +
      ' '.repeat(86) +
      '| 2025-01-06\n 5  | eticket | sftp_password        | 7_5QTi!2pi~uLV1#6iQ9' +
      ' '.repeat(102) +
      '| 2025-04-30',
    ['5b7e2a10-3c4d-4e5f-8a9b-0c1d2e3f4a5b', '7_5QTi!2pi~uLV1#6iQ9'],
  ],
  [
    "the mysql client's table of `k`, `v` and a remark",
    '+-----------------------+------------------+-----------+\n| k                     | v                | remark    |\n+-----------------------+------------------+-----------+\n| validator.mqtt_pass   | Walrus024        | MQTT 密碼 |\n| dispatch.sms_password | Glacier@2024     | 簡訊平台  |\n+-----------------------+------------------+-----------+',
    ['Walrus024', 'Glacier@2024'],
  ],
  [
    "Spring's binding error for a secret, each line after the log's time",
    '2025-01-14T06:10:09.950+08:00     Property: resort.weather.api-key\n2025-01-14T06:10:09.950+08:00     Value: "85ed90ff38a39f5102a2ae85b7eb95ff"\n2025-01-14T06:10:09.950+08:00     Origin: class path resource [application-prod.yml] - 41:16',
    ['85ed90ff38a39f5102a2ae85b7eb95ff'],
  ],
  [
    "a self-check kiosk's SIP2 login and a patron's PIN after a client log's time and arrow",
    '[2025-04-07 09:14:22.330 +01:00 DBG] Eastvale.SelfCheck.Sip2.Sip2Session: <- 9300CNSC-BRK-03|COHarbor45|CPBRK|AY1AZF1A2\n' +
      '[2025-04-07 09:14:30.904 +01:00 DBG] Eastvale.SelfCheck.Sip2.Sip2Session: <- 6300120250407    091430          AOMLB|AA2900310188557|AD5891|AY3AZEF0C',
    ['Harbor45', '5891'],
  ],
  [
    "WinINet's InternetConnect in a VBA module, and R's httr2 and httr basic logins",
    '    hConn = InternetConnect(hInet, "192.168.50.20", 21, "ftpbak", "Maple007", 1, 0, 0)\n  req_auth_basic("glenmoor", "Willow!2025") |>\nr <- GET(url, authenticate("glenmoor", "Birch#2026"))',
    ['Maple007', 'Willow!2025', 'Birch#2026'],
  ],
  [
    'a secret whose name ends in a spare (`_LEGACY`), in kubectl describe',
    "      OBS_SK:              <set to the key 'obs-sk' in secret 'feedctl-secrets'>  Optional: false\n      OBS_SK_LEGACY:       mYWjTBqivbjxeKfCw4K6rRCTzg1h2WCl4o5TcuJJ",
    ['mYWjTBqivbjxeKfCw4K6rRCTzg1h2WCl4o5TcuJJ'],
  ],
  [
    "a Chinese chat restoring the original password, an old one said with 老的, a Wi-Fi network and its password after a slash, a setting's name with a dot (no path)",
    'PLC 那边的连接保护密码被人重置了，我恢复成原来的 QV6BPEP8，现在数据回来了\n管理员密码我顺便改成 Juniper26，老的 857285 作废\nGuest Wi-Fi (ferry): HX-Ferry-Guest / 96882405\n' +
      '把 db.password 改成了 Qw7LmZ2xR',
    ['QV6BPEP8', 'Juniper26', '857285', '96882405', 'Qw7LmZ2xR'],
  ],
  [
    "Mapudungun's word and its \"is\", Buryat's API key, a Karakalpak password's accusative before a colon",
    'ellkawün dungu Makuñ9649 ngey\nwe ellkawün dungu ngey 3RtIW7f%U9.#=9.!YtDq\nChannel manager API түлхюур: 9db493e14203dd34dec463f96534715811246771\nPaxta-Office, paroldi: Amiwdarya5370',
    ['Makuñ9649', '3RtIW7f%U9.#=9.!YtDq', '9db493e14203dd34dec463f96534715811246771', 'Amiwdarya5370'],
  ],
  [
    "a Wi-Fi password before a slash and a remark, a value that starts like a setting, a pass's number under a password's name",
    'Office Wi-Fi: Harbor2024 / 5 GHz only\nDB_PASSWORD: ud=L.KyU6Jp0XI1J\npassword=WPR-S25-0049863\nWitral ruka ellkawün dungu ngey Lafken2023',
    ['Harbor2024', 'ud=L.KyU6Jp0XI1J', 'WPR-S25-0049863', 'Lafken2023'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "a log's setting after a credentials label, a ski pass's number after `pass=`, FTP's AUTH TLS",
    '2025-02-17 07:01:09,403 DEBUG cbct_sync.creds: agency=brightarc-ecs-obs-writer project_id=c7c240d6\nINFO cbct_sync.creds: use_agency=True, requesting\n' +
      'DEBUG PassValidator : scan gate=lift-03 lane=1 pass=WPR-S25-0049863 traceId=40fc8c32\nAUTH TLS\n234 AUTH TLS successful',
  ],
  [
    "an SSH host key's fingerprint after 密钥指纹, Twilio's message and account ids, a CAPTCHA's site key, a bearer token a logger masked",
    '构建机 SSH 主机密钥指纹：SHA256:q2rmWwdF6ImCPGhiE7M6zWFmM7RIyKdZwd6A+fBtk40\nTwilio SMS queued sid=SMe31074aa9319e88437b1b40f5434881d account=AC1ec99575d4c8dd28ee7b427d85cbb1\n' +
      '  "recaptchaSiteKey": "6LbucKFa1nf5WkpAhYCnWVkH0UihY6I66QWw2EbV",\n> Authorization: Bearer [masked, jti=a180beb6-0d6b-42cd-b866-c162db7003c8, header=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9]',
  ],
  ["a Postman variable's name under `key`, its value a hash", '\t\t{\n\t\t\t"key": "lastExportSha256",\n\t\t\t"value": "6310562745dc6decaf4438a5ae43e2ef5104c6e706145a395444596268553509"\n\t\t},'],
  // (A second pass over a redacted quoted-printable mail found "password = E5=B7=B2…" in the marker and the encoded text after it.)
  ["a marker an earlier pass left before a quoted-printable line's encoded text", '=E7=B5=84 [REDACTED:password] =E5=B7=B2=E7=B6=93=E7=99=BB=E4=B8=8D=E9=80=B2=\n=E5=8E=BB=E4=BA=86'],
  ["a settings table's row of a name that is no secret", '| k                     | v                                        |\n| validator.fw_url      | http://10.30.0.8/fw/v7.3.1.bin           |'],
];

describeRedactionCases("the forty-third set's ways of writing a secret", FOUND, KEPT);
