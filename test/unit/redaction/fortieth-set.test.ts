import * as assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/redaction';
import { REDACTION_PROFILE } from '../../../src/providers';
import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the fortieth blind set's study (twenty-fifth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "every language's word for a password from the prose table, as a label before a colon",
    '- Ger-tremen: Qm7#Lw2Xz9Tk\nBrúkaranavn: feedadmin\nLoyniorð: Hvalur#2031x\nKalmar sirri: Gida2031',
    ['Qm7#Lw2Xz9Tk', 'Hvalur#2031x', 'Gida2031'],
  ],
  [
    "a Wi-Fi network's password after its name or its place",
    '6.2 Site Wi-Fi (YARD-OPS): Heather462.\n- 工作室 Wi-Fi `DOCK-STUDIO`: dockside771\nWi-Fi á skúrinum, SKUR-5G: Skurur0921\n- 客户 Wi-Fi `DOCK-GUEST`: 40917723（贴在前台）',
    ['Heather462', 'dockside771', 'Skurur0921', '40917723'],
  ],
  [
    'a PIN label with words of any language or a remark, and codes that open or approve',
    'PIN ɗin firiji: 5818\nSu PIN de su cuadru: 7290.\nSa tèssera (PIN): 44019273\nPIN kloru: 2648\nthe viewing page PIN we hand to families is 9153 — thanks\n' + 'Door PIN (back): 6120',
    ['5818', '7290', '44019273', '2648', '9153', '6120'],
  ],
  ['codes that open or approve, with no PIN named', '- Refund approval code (leads): 3806\n6.1 Pump house key safe code: 5472. Doors', ['3806', '5472']],
  [
    "a secret's new or old value in a Chinese chat after the secret was named",
    '平台 10 月底强制改过一次密码\n改过，之前是 qingshan2016，ERP 同步了\nappsecret 上周重置过，旧的是 5be1c0f9d3a24e6b8f70c1d2e3a4b5c6\n' +
      'SNMP 团体名要不要也改？现在是 kt7vq2rmz9\nB 接口密码换过，新的 7rwk2JoQnLpz8\n另外 Wi-Fi 改了 lanshan882',
    ['qingshan2016', '5be1c0f9d3a24e6b8f70c1d2e3a4b5c6', 'kt7vq2rmz9', '7rwk2JoQnLpz8', 'lanshan882'],
  ],
  ["IRC's NickServ identification typed in a channel", '00:03 <orbit> /msg NickServ IDENTIFY Tq8zLm2Wx7Kp\n/ns identify orbit Rv5nXc9Bw2Qs', ['Tq8zLm2Wx7Kp', 'Rv5nXc9Bw2Qs']],
  ["Redis's requirepass quoted in a note's code span", 'Redis 口令在 `/etc/app/redis.conf` 的 `requirepass Hx4mQw8Tz2Lp`，客户端一致。', ['Hx4mQw8Tz2Lp']],
  [
    "a Terraform plan's change of a secret attribute: the old value and the new one after the arrow",
    '          ~ "broker_password" = "Pz7!kQ2wLm9x" -> "Wn4#rT8yBv3c"',
    ['Pz7!kQ2wLm9x', 'Wn4#rT8yBv3c'],
  ],
  [
    "helm-diff's added lines of an environment list: a name and its value",
    'shop, shop-bridge, Deployment (apps) has been added:\n+ spec:\n+   env:\n+     - name: SMB_PASSWORD\n+       value: "Falcon2029x"\n+     - name: BRIDGE_HMAC_KEY\n+       value: "Zk3Lm8Qw2Tx7Rv4Nc9Bp5Hs1Yd6Fg0Aj="',
    ['Falcon2029x', 'Zk3Lm8Qw2Tx7Rv4Nc9Bp5Hs1Yd6Fg0Aj='],
  ],
  ["a list of logins after helm-diff's marked lines, whose own marks stay", 'ns, app, Secret (v1) has changed:\n+ a: b\nAccounts:\n- ops: Kq8#mW2x', ['Kq8#mW2x']],
];

const KEPT: KeptCase[] = [
  [
    "a Wi-Fi network's name, its security, its hardware and its state after a colon",
    'Wi-Fi (router 2): ax55\nWi-Fi (hall): RTAX58U2\nWi-Fi: ChinaNet-5G-8F21\nWi-Fi for the scanners: Magazijn-2G\nSite Wi-Fi HM-OPS: WPA2-Enterprise\nWi-Fi module: ESP32S3x1\nWi-Fi SSID: Corp2024net\nWiFi: HL-Store-022\nWi-Fi: connected\nWi-Fi (5 GHz): 802.11ax',
  ],
  ["India's postal code after a bare PIN, a count of pins, a PIN's policy, a year", 'PIN: 560034\nPIN count: 1024\nPIN policy: 123456\nPIN of the board header: 4040\nPIN: 2024'],
  [
    'a changed value in a Chinese chat that is an account, a serial or a version, or with no secret named before',
    '你用的是旧账号吧，旧的 gm_ops36 已经禁用了\n密码的事另说\n部署包新的是 v3.2.1b\n密码那次改过，之前是 20240315\n密码的事\n处理的单子新的是 INC0012345\n密码的事先放着，对接人换成了 @LiNa2024\n密码那边没问题，负责人现在是 zhangwei2024\n商户证书序列号换成了 98D44E8A578D16C912A78EB554EB933F46235D32\n密码那边不用管，版本现在是 v2.13.1\n部署脚本新的是 deploy2025a',
  ],
  ['a value said in a Chinese chat long after a secret was named', `密码那边改过了\n${'日志输出 ok '.repeat(60)}\n构建号新的是 build2025a`],
  ["a value after an earlier redaction's marker, which names no secret in a Chinese chat", '默认 admin/[REDACTED:password] 不对\n上个月厂家统一改了，新的是 fsu214x'],
  ['a stand-in after NickServ', '/msg NickServ IDENTIFY <password>'],
  [
    'an arrow that maps, not a planned change of a secret',
    'step 3 input="0417" -> "Enter driver PIN"\n  password = "md5" -> "argon2id9"\n      ~ instance_type = "mysql.n2.medium" -> "mysql.n4.medium"',
  ],
  [
    "Helm's checksum of a secret, SDP's ICE password, a password's versions, a .reg export's DPAPI bytes",
    '    checksum/secret: 3b35a98f3465b12c751fbda3673f6c325e5879c5cdb0218ee8d3daa6d03fa6a9\na=ice-pwd:QQVqZulNApcZuzZh3uDD7nGC\n' +
      'USERNAME             PASSWORD_VERSIONS ACCOUNT_STATUS\n"ArchivePassword"=hex:01,00,00,00,d0,8c,9d,df,01,15,d1,11,8c,7a,00,c0,4f,c2,97,eb,49,2a',
  ],
  ['lines marked + and - that are no helm-diff', '+ added a retry\n- password: must be at least 12 characters'],
];

describeRedactionCases("the fortieth set's ways of writing a secret", FOUND, KEPT);

describe("the fortieth set's changed values in a Chinese chat", () => {
  it('takes the kind of the secret named before: an app secret is a secret, a password a password', () => {
    const text = 'appsecret 上周重置过，旧的是 5be1c0f9d3a24e6b8f70c1d2e3a4b5c6\n平台强制改过一次密码\n改过，之前是 qingshan2016';
    assert.deepEqual(
      redactSecrets(text, REDACTION_PROFILE).findings.map((finding) => finding.kind),
      ['secret', 'password'],
    );
  });
});
