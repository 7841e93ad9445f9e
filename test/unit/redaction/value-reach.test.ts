import * as assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/redaction';
import { REDACTION_PROFILE } from '../../../src/providers';

/** The redacted substrings of a text, in order. */
const redacted = (text: string) => redactSecrets(text, REDACTION_PROFILE).findings.map((finding) => text.slice(finding.start, finding.end));

// Issue #14, fourth part: mechanisms that do not depend on a product's name — a signed request's
// credential scope, `user/password@host:port` from any database client, and a key body longer than
// the usual read limit. All values are made up.
const KEY_BODY = 'TUlJRXZnSUJBREFOQmdrcWhr'.repeat(120);

const FOUND: Array<[mechanism: string, text: string, secrets: string[]]> = [
  [
    'the key id of an S3-compatible presigned URL',
    'https://b.obs.example.cn/a.dmg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=QW7ERT2YUIOP9ASDFGHJ%2F20251204%2Fcn-east-3%2Fs3%2Faws4_request&X-Amz-Date=20251204T022000Z',
    ['QW7ERT2YUIOP9ASDFGHJ'],
  ],
  ['the key id of a signed header', 'Authorization-Scope: Credential=ZX8CVB3NMLKJ4HGFDSAQ/20251204/cn-hangzhou/oss/aliyun_v4_request', ['ZX8CVB3NMLKJ4HGFDSAQ']],
  ['a password in user/password@host:port', 'disql SYSDBA/Dm8x_Qw2Lk9z@10.40.5.7:5236\nksql sys/K1ngBase.prod@db.local:54321', ['Dm8x_Qw2Lk9z', 'K1ngBase.prod']],
  [
    "cookies of a browser's Copy as cURL, one option per line",
    "curl 'https://admin.example.cn/orders' \\\n  -H 'accept: */*' \\\n  -b 'JSESSIONID=Qx8Lm2ZpVn7Kq3Wt9Rb1Yc5Hd0Fg; SERVERID=c7f2ab09dfe4ce8a1b3dcafe05e9bd27|1764812345|1764810000; remember_me=Zp4Rt6Yb9Hc1Fd5Gs0Jq8Ta2Ue6' \\\n  --compressed",
    ['Qx8Lm2ZpVn7Kq3Wt9Rb1Yc5Hd0Fg', 'Zp4Rt6Yb9Hc1Fd5Gs0Jq8Ta2Ue6'],
  ],
  ['a cookie made in code', '$s.Cookies.Add((New-Object System.Net.Cookie("connect.sid", "s%3AVn7Kq3Wt9Rb1Yc5Hd0Fg2Lk4Mn6", "/", "a.example.cn")))', ['s%3AVn7Kq3Wt9Rb1Yc5Hd0Fg2Lk4Mn6']],
  ['firmware macros', '#define WIFI_PASS "Esp32_w1fi_pw"\n#define MQTT_PASSWORD "Mq_pw_77x"', ['Esp32_w1fi_pw', 'Mq_pw_77x']],
  ['the password of a SIP URI', 'register sip:1001:Sip_Url_Pw1@pbx.corp.example.cn;transport=tcp', ['Sip_Url_Pw1']],
  [
    'columns under a commented header (chap-secrets)',
    '# client    server    secret          IP addresses\nvpnuser1    l2tpd     Chap_Pw_5521    *\nvpnuser2\tl2tpd\tChap_Pw_7730\t*\n# rotated 2025-12-04 weekly',
    ['Chap_Pw_5521', 'Chap_Pw_7730'],
  ],
  ['a CSV whose header is in a comment', '# data/users.csv (user_id,password,is_admin)\ngw-01,Qw7Lm2Xp9kz3Rt,false\nrule-2,Zx8Cv3Bn6Mq1Wd,true', ['Qw7Lm2Xp9kz3Rt', 'Zx8Cv3Bn6Mq1Wd']],
  [
    "devices' Wi-Fi and MQTT logins in code",
    'WiFi.begin("Corp-IoT", "Ard_B3gin_pw");\nwifiMulti.addAP("Lab", "Lab_W1fi_pw");\nmqtt.connect("dev-7", "meter", "Mqtt_C0nn_pw");\nclient.username_pw_set("meter", "Paho_Pw_2025")',
    ['Ard_B3gin_pw', 'Lab_W1fi_pw', 'Mqtt_C0nn_pw', 'Paho_Pw_2025'],
  ],
  [
    "a Postman collection's API-key authorisation",
    '"auth": {"type": "apikey", "apikey": [{"key": "value", "value": "Pm7Kq3Wt9Rb1Yc5Hd0Fg", "type": "string"}, {"key": "key", "value": "X-API-Key"}]}',
    ['Pm7Kq3Wt9Rb1Yc5Hd0Fg'],
  ],
  [
    'SNMPv3 users of a network device',
    'snmp-server user monitor netops v3 auth sha Snmp_Auth_77 priv aes 128 Snmp_Priv_88\nsnmp-server user ro grp v3 auth md5 Md5_Auth_pw1',
    ['Snmp_Auth_77', 'Snmp_Priv_88', 'Md5_Auth_pw1'],
  ],
  ["OpenVPN's inline credentials", 'remote vpn.example.cn 1194\n<auth-user-pass>\nvpnops\nOvpn_Inl1ne_77\n</auth-user-pass>', ['Ovpn_Inl1ne_77']],
  ['a quoted key body longer than 2 KB', `{"PAYMENT_PRIVATE_KEY": "${KEY_BODY}", "mode": "rsa2"}`, [KEY_BODY]],
];

const KEPT: Array<[context: string, text: string]> = [
  ['a service account in a credential scope', 'X-Goog-Credential=exporter%40partner-prod.iam.gserviceaccount.com%2F20251204%2Fauto%2Fstorage%2Fgoog4_request'],
  ['a word in a credential scope', 'Credential=ServiceAccountNameXYZ/20251204/cn-north-4/s3/aws4_request'],
  ['image digests and package versions', 'image: library/nginx@sha256:1234abcd\nnpm i @scope/pkg@1.2.3 left/right@host:80x'],
  ['macros and headings that only name credentials', '# Define password rules\n#define PASSWORD_MIN_LENGTH 12\n#define TOKEN_HEADER "X-Auth-Token"'],
  ['SIP URIs without a password', 'From: <sip:1001@pbx.example.cn>;tag=a1\nContact: sip:alice:5060@10.0.0.5'],
  [
    'aligned columns that hold no secrets',
    'NAME         SECRETS   AGE\ndefault      1         12d\n# user    password    note\nsee the vault entry for each account\nNAME  TYPE  DATA  AGE\nweb-tls  kubernetes.io/tls  2  5d',
  ],
  [
    'connects whose arguments are no password',
    'socket.connect("10.0.0.5", "8080", "tcp");\nWiFi.begin("Corp-IoT");\n"apikey": [{"key": "key", "value": "X-API-Key"}, {"key": "in", "value": "header"}]',
  ],
  ['SNMP lines without pass phrases', 'snmp-server user ro grp v2c\nsnmp-server group netops v3 priv read all-view\nauth-user-pass /etc/openvpn/auth.txt'],
  ['-b of a command that is not curl', "curl -s https://a.example.cn/ping\nsort -b 'theme=Qx8Lm2ZpVn7Kq3Wt9Rb1Yc5Hd0Fg' list.txt"],
  ['a preference cookie made in code', 'new Cookie("lang", "zh-CN"); new Cookie("_ga", "GA1.2.Qx8Lm2ZpVn7Kq3W")'],
  ['a long base64 value under a name that is no credential', `{"thumbnail": "${KEY_BODY}"}`],
];

describe('redaction reaching values whatever wrote them (issue #14)', () => {
  for (const [mechanism, text, secrets] of FOUND) {
    it(`redacts ${mechanism}`, () => {
      assert.deepEqual(redacted(text), secrets);
    });
  }
  for (const [context, text] of KEPT) {
    it(`leaves ${context} alone`, () => {
      assert.deepEqual(redacted(text), []);
    });
  }
});
