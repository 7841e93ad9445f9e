import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the tenth blind set's study (ninth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "a SIM vendor's output file: PUKs, Ki and OPc of each card (PINs are the printed default)",
    'var_out: ICCID/IMSI/PIN1/PUK1/KI/OPC\n89860000000000000101 460000000000101 1234 58204417 9C0B1E6A77D24F0B8E3A5C1D2F4B6A80 D17A2C4E6F8091B3A5C7E9F1B3D5F7A9\n89860000000000000119 460000000000119 1234 30918276 1A3C5E7F9B2D4F6A8C0E2A4C6E8A0C2E 4B6D8F0A2C4E6A8B0D2F4A6C8E0B2D4F',
    ['58204417', '9C0B1E6A77D24F0B8E3A5C1D2F4B6A80', 'D17A2C4E6F8091B3A5C7E9F1B3D5F7A9', '30918276', '1A3C5E7F9B2D4F6A8C0E2A4C6E8A0C2E', '4B6D8F0A2C4E6A8B0D2F4A6C8E0B2D4F'],
  ],
  [
    "a notebook's coloured output cell, its escapes written out in JSON, and a terminal's real ones",
    '"text": ["connect(user\\u001b[38;5;241m=\\u001b[39m\\u001b[38;5;124m\'\\u001b[39m\\u001b[38;5;124mLTAI5tQm7Rz2Kx9Lp4Wn8Vb3\\u001b[39m\\u001b[38;5;124m\'\\u001b[39m)"]\n\x1b[1;33mWARN\x1b[0m password=\x1b[31mTm4#Lq8Zw2Kx\x1b[0m',
    ['LTAI5tQm7Rz2Kx9Lp4Wn8Vb3', 'Tm4#Lq8Zw2Kx'],
  ],
  [
    'credentials on the wire: FTP in a capture, Redis AUTH as strace prints it, SASL PLAIN, clear-text password schemes',
    '[pid 101] write(5, "*2\\r\\n$4\\r\\nAUTH\\r\\n$12\\r\\nRd5Kq8Wm2Lz7\\r\\n", 34) = 34\nC: a1 AUTH PLAIN AHNob3AAU3A3I0xtMlpxOXd4\nauth: Debug: client in: AUTH\t1\tPLAIN\tservice=imap\tresp=AGFubgBBbm4yMDI2IVFw\nops@mail.example.net:{PLAIN}Dv4.Lm8Qz2Tk::::::\nbackup:{CLEARTEXT}Bk6_Wq3Zr9Lm',
    ['Rd5Kq8Wm2Lz7', 'AHNob3AAU3A3I0xtMlpxOXd4', 'AGFubgBBbm4yMDI2IVFw', 'Dv4.Lm8Qz2Tk', 'Bk6_Wq3Zr9Lm'],
  ],
  ['FTP in a capture', '10:20:01.005 IP 10.0.0.4.50112 > 10.0.0.9.21: Flags [P.], length 17: FTP: PASS Fq7Lm2Zx9K', ['Fq7Lm2Zx9K']],
  [
    'code: an MQ factory setter keyed by a constant, ltrace of a MySQL connect and of getenv, MATLAB and SDK logins, search clients, environment fall-backs',
    'cf.setStringProperty(WMQConstants.PASSWORD, "Mq8!Kz2Lw5Rt");\nbatch->mysql_real_connect(0x55d3b1a0c2a0, "db.example.net", "claims", "Lt4-Wq9Zm2Kx", "claims", 3306, 0, 0) = 0\nbatch->getenv("SFTP_PASSPHRASE")                       = "Gp7_Rz3Lm8Qx"\nconn = database(\'WAREHOUSE\', \'ml_user\', \'Mb5=Kw2Zq7Lt\', \'Vendor\', \'MySQL\');\nclient$authenticate("export-bot", "Au9Kq2Lm5Zx8Wt3Yp7Nc4Vb6Hd1Fg0Jk")\nauth = TSC.PersonalAccessTokenAuth(\'bot\', \'Pa7Kq2Lm5Zx8Wt3Yp7Nc4Vb6Hd1Fg0Jk\')\nalgolia = SearchClientSync("APP42XYZ01", "0d9f8e7c6b5a49382716f5e4d3c2b1a0")\nmeili = meilisearch.Client("https://search.example.net", "7c6b5a4938271605f4e3d2c1b0a9f8e7d6c5b4a3")\nconst flags = init(process.env.FLAGS_SDK_KEY ?? \'sdk-4f1e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b\');\nconst hookSecret = process.env.HOOK_CLIENT_SECRET || \'Hs3Kq8Lm2Zx7Wt4Y\';',
    [
      'Mq8!Kz2Lw5Rt',
      'Lt4-Wq9Zm2Kx',
      'Gp7_Rz3Lm8Qx',
      'Mb5=Kw2Zq7Lt',
      'Au9Kq2Lm5Zx8Wt3Yp7Nc4Vb6Hd1Fg0Jk',
      'Pa7Kq2Lm5Zx8Wt3Yp7Nc4Vb6Hd1Fg0Jk',
      '0d9f8e7c6b5a49382716f5e4d3c2b1a0',
      '7c6b5a4938271605f4e3d2c1b0a9f8e7d6c5b4a3',
      'sdk-4f1e2d3c-5b6a-4798-8a9b-0c1d2e3f4a5b',
      'Hs3Kq8Lm2Zx7Wt4Y',
    ],
  ],
  [
    "an SNMP community on the command line, Tableau's login, a device's local user",
    "snmpwalk -v2c -c Cm7Lq2Zx9Wt 10.0.0.1 1.3.6.1.2.1.1\ntabcmd login -s https://bi.example.net -u svc -p 'Tb4.Kq8^Lm2'\nuser admin password Ua6Kw3Lq9 privilege 15",
    ['Cm7Lq2Zx9Wt', 'Tb4.Kq8^Lm2', 'Ua6Kw3Lq9'],
  ],
  [
    'a remark in brackets between a name and its colon, in English and in Chinese',
    'Segment Public API token (用来查 destination 状态): sgp_Kq8Lm2Zx7Wt4Yp9Nc3Vb6Hd1Fg0Jk5Rs8Tq2Lm7Zx4Wt9Yp3Nc6Vb1Hd\n个人访问令牌 (Codeup PAT): pt-Kq8Lm2Zx7Wt4Yp9Nc3Vb6Hd',
    ['sgp_Kq8Lm2Zx7Wt4Yp9Nc3Vb6Hd1Fg0Jk5Rs8Tq2Lm7Zx4Wt9Yp3Nc6Vb1Hd', 'pt-Kq8Lm2Zx7Wt4Yp9Nc3Vb6Hd'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "a test runner's PASS lines, a hashed password scheme, a SASL exchange that is no PLAIN response, the default community",
    ' PASS  src/app/login.test.ts (5.2 s)\nauth: Debug: client in: CONT\t1\tresp=VXNlcm5hbWU6\nann:{SSHA}Yh2Xk9Lm3Qz8Wt4Rp7Nc5Vb1Hd6Fg0Jk==\nC: a2 AUTH LOGIN\nS: + VXNlcm5hbWU6\nsnmpwalk -v2c -c public 10.0.0.1 system',
  ],
  [
    'what describes passwords rather than holds one, after a remark in brackets; an id passed to a client; a device user whose password is stored encrypted',
    '密码策略（ppolicy）：pwdMinLength=12\n密码长度（最少）：12 位\nalgolia = SearchClientSync("APP42XYZ01", ALGOLIA_KEY)\nuser admin password cipher %^%#Kq8Lm2Zx7Wt4Yp9Nc3%^%# privilege 15',
  ],
];

describeRedactionCases('redaction of secrets written the ways the tenth blind set wrote them (issue #14)', FOUND, KEPT);
