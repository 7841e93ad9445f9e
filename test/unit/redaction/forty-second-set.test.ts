import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the forty-second blind set's study (twenty-sixth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "mysqlbinlog's decoded rows: a setting's name then its value, an access key id or a WeChat app id then its secret, a generated value",
    "### UPDATE `shop`.`sys_param`\n### SET\n###   @1='sms.gateway_password' /* VARSTRING(256) meta=256 nullable=0 is_null=0 */\n###   @2='Lantern#4417' /* VARSTRING(1024) meta=1024 nullable=1 is_null=0 */\n" +
      "### INSERT INTO `shop`.`sys_integration`\n### SET\n###   @1=6 /* INT meta=0 nullable=0 is_null=0 */\n###   @2='LTAI5tRw8Zq2Lm7Xk4Vn9Pb3' /* VARSTRING(256) meta=256 nullable=1 is_null=0 */\n" +
      "###   @3='Qm7Tx2Wr9Kp4Zl8Vn3Bc6Hd1Fs5Yj0' /* VARSTRING(1024) meta=1024 nullable=1 is_null=0 */\n###   @4='wx5a1b2c3d4e5f6a7b' /* VARSTRING(256) meta=256 nullable=1 is_null=0 */\n" +
      "###   @5='0f1e2d3c4b5a69788796a5b4c3d2e1f0' /* VARSTRING(1024) meta=1024 nullable=1 is_null=0 */\n###   @6='Hq3Zx8Lm2Tw7Kp4Rv9Nc1Bd6' /* VARSTRING(1024) meta=1024 nullable=1 is_null=0 */",
    ['Lantern#4417', 'LTAI5tRw8Zq2Lm7Xk4Vn9Pb3', 'Qm7Tx2Wr9Kp4Zl8Vn3Bc6Hd1Fs5Yj0', '0f1e2d3c4b5a69788796a5b4c3d2e1f0', 'Hq3Zx8Lm2Tw7Kp4Rv9Nc1Bd6'],
  ],
  [
    "Redis MONITOR: a hash's secret field and a key whose last part names a secret",
    '1773223532.036100 [0 10.0.4.31:40218] "HSET" "cfg:sms" "sender" "NOTICE" "sms_api_secret" "Tb7Qx2Lm9Wr4Kz8V" "region" "eu"\n' +
      '1773223542.012276 [0 10.0.6.50:58112] "SETEX" "room:5:apikey" "600" "rt_Kq2Wm8Zx4Lp7Tv3Nb9Rd1Hs6"',
    ['Tb7Qx2Lm9Wr4Kz8V', 'rt_Kq2Wm8Zx4Lp7Tv3Nb9Rd1Hs6'],
  ],
  [
    'a sheet pasted with space-aligned columns, empty cells and Chinese cells two columns wide, a cell holding a name and its value',
    '序号  系统                  地址/入口                        账号          密码/密钥                           负责人\n' +
      '1     智能回收箱管理后台    https://bins.harbor-example.net  admin         Harbor@507                          黄工\n' +
      '2     压缩站 PLC 触摸屏     10.66.2.10                                     563218                              李师傅\n' +
      '3     回收箱 IoT 产品       ProductKey a1Qz7Lm2Wk9                         ProductSecret Xb4Tq8Zr2Lm7Wk9V      黄工',
    ['Harbor@507', '563218', 'Xb4Tq8Zr2Lm7Wk9V'],
  ],
  [
    "a name and its value after a Chinese clause's comma and after a slash between two pairs",
    '藍新金流 MerchantID MS204415383，HashKey Tq8Zr2Lm7Wk9VXb4Tq8Zr2Lm7Wk9VXb4，HashIV ZQ4T8RM2WK9VXB4L（後台）\n萤石开放平台 appKey 5e0fa1c2b3d4e5f60718293a4b5c6d7e / appSecret 9f1c2e3d4b5a69788766554433221100，设备序列号 F82364319',
    ['Tq8Zr2Lm7Wk9VXb4Tq8Zr2Lm7Wk9VXb4', 'ZQ4T8RM2WK9VXB4L', '9f1c2e3d4b5a69788766554433221100'],
  ],
  [
    "a name and its value at a line's start, ended by a Chinese clause's mark",
    'appSecret Kq2Wm8Zx4Lp7Tv3Nb9Rd1Hs6，设备序列号 F82364319\napp_secret ``3642aeb8-a467-4815-953b-8f4cda2cb3a2``。订单回传',
    ['Kq2Wm8Zx4Lp7Tv3Nb9Rd1Hs6', '3642aeb8-a467-4815-953b-8f4cda2cb3a2'],
  ],
  [
    "a sheet's cell one column right of its header's start (a Chinese cell of odd width before it)",
    '序号  系统        账号    密码      负责人\n1     门禁 A区   admin   Gate@7713  王工\n2     门禁B区            Gate@8814  王工',
    ['Gate@7713', 'Gate@8814'],
  ],
  [
    "a HAR's pretty-printed header and cookie pairs, and a temporary key id in an OSS v4 credential scope",
    '          "headers": [\n            {\n              "name": "set-cookie",\n              "value": "dsid=Hq3Zx8Lm2Tw7Kp4Rv9Nc1Bd6Fs5Yj0Ae2Gk; Path=/; HttpOnly"\n            }\n          ],\n' +
      '          "cookies": [\n            {\n              "name": "dsid",\n              "value": "Hq3Zx8Lm2Tw7Kp4Rv9Nc1Bd6Fs5Yj0Ae2Gk"\n            }\n          ],\n' +
      '              "value": "OSS4-HMAC-SHA256 Credential=STS.NTq8Zr2Lm7Wk9VXb4Tq8Zr2Lm/20260311/eu-west-1/oss/aliyun_v4_request,Signature=9253abbe"',
    // (A secret Set-Cookie takes its attributes with it, as on one line.)
    ['Hq3Zx8Lm2Tw7Kp4Rv9Nc1Bd6Fs5Yj0Ae2Gk; Path=/; HttpOnly', 'Hq3Zx8Lm2Tw7Kp4Rv9Nc1Bd6Fs5Yj0Ae2Gk', 'STS.NTq8Zr2Lm7Wk9VXb4Tq8Zr2Lm'],
  ],
  [
    "SQL Server's N'…' strings in a settings tuple and a doubled quote inside a value",
    "(N'oem', N'oem.api.secret', N'Kq2Wm8Zx4Lp7Tv3Nb9Rd1Hs6', N'主机厂接口签名密钥'),\nINSERT INTO settings VALUES('pos.db.password','Lin''s3237','2026-03-02 07:46:57');",
    ['Kq2Wm8Zx4Lp7Tv3Nb9Rd1Hs6', "Lin''s3237"],
  ],
  [
    "an IMAP XOAUTH2 login, an HJ 212 frame's access password, and a value after grep's coloured name",
    'a1 AUTHENTICATE XOAUTH2 dXNlcj1vcHNAaGFyYm9yLWV4YW1wbGUubmV0AWF1dGg9QmVhcmVyIHlhMjkuS3E4WnIyTG03V2s5VlhiNFRxOFpyMkxtN1drOVYBAQ==\n' +
      '##0220QN=20260309084000123;ST=32;CN=2011;PW=604417;MN=33061001283988;Flag=5;CP=&&DataTime=20260309084000;w01018-Rtd=86.3&&DA81\n' +
      '\u001b[01;31m\u001b[KBERTH_UPLINK_TOKEN\u001b[m\u001b[K=Kq2Wm8Zx4Lp7Tv3Nb9Rd1Hs6Tb7Qx2Lm9Wr4',
    ['dXNlcj1vcHNAaGFyYm9yLWV4YW1wbGUubmV0AWF1dGg9QmVhcmVyIHlhMjkuS3E4WnIyTG03V2s5VlhiNFRxOFpyMkxtN1drOVYBAQ==', '604417', 'Kq2Wm8Zx4Lp7Tv3Nb9Rd1Hs6Tb7Qx2Lm9Wr4'],
  ],
  [
    'a Chinese change log\'s old password ("由 X 改为"), an old one in an inline literal, and a Gmail app password after a full-width colon',
    '| 2026-02-20 | 机器人控制柜密码由 welder6593 改为第 1 节中的新密码 | 周涛 |\n杀青机 PLC 旧密码 ``499962`` 已于 2026-02 作废\n官網寄信用的 Gmail 應用程式密碼：qzvt mwpk rhnb xdlc（帳號 booking）',
    ['welder6593', '499962', 'qzvt mwpk rhnb xdlc'],
  ],
  [
    'a reStructuredText list table whose header names a password column',
    '.. list-table:: 生产环境账号一览\n   :header-rows: 1\n   :widths: 22 34 18 26\n\n   * - 系统\n     - 地址\n     - 账号\n     - 密码\n   * - 赋码平台\n     - https://code.harbor-example.com\n     - code_admin\n     - ``Harbor@135``\n   * - 标签打印机\n     - 10.30.2.50\n     - admin\n     - label409\n   * - 仓库\n     - 10.30.3.10\n     - wms\n     - ``Lighthouse!Keeper``\n',
    ['Harbor@135', 'label409', 'Lighthouse!Keeper'],
  ],
  ["an account in brackets after the word admin, the brackets and the clause's comma kept", 'The scanner app has its own admin (leadadmin / Booth#7713), not related to ours.', ['Booth#7713']],
  [
    'Aromanian\'s hidden word and "easti", Kven\'s and Võro\'s "is" and their words for a key, Tahitian\'s API key',
    'zborlu ascumtu easti Alghina218\nparola easti Crushuva1985\nsalasana oon Revontuli0373\nMaksupalvelun API-avain oon e3d5afc3a85a6aab08c8651b900c8b71\n' +
      "salasõna om Rüäleib3180\nvana salasõna oll' Haanja2011\nPakiautomaadi API võti: 5944e0179d8395d3aa85fe53e29d2709\nTe tāviri API no DHL: ceOPvWsH8fB1w5pAUZugRKZR2sPiWpyr",
    ['Alghina218', 'Crushuva1985', 'Revontuli0373', 'e3d5afc3a85a6aab08c8651b900c8b71', 'Rüäleib3180', 'Haanja2011', '5944e0179d8395d3aa85fe53e29d2709', 'ceOPvWsH8fB1w5pAUZugRKZR2sPiWpyr'],
  ],
  [
    "a generated value in a Võro line that names a password and a key in Võro's words only",
    '  Raamatupidämine (e-arveldaja): salasõna Kadajas793, API võti rXkmqpi476IpvA8rz4DRCLFksXlZqJKU',
    ['rXkmqpi476IpvA8rz4DRCLFksXlZqJKU'],
  ],
];

const KEPT: KeptCase[] = [
  [
    'binlog rows of ids, references and masks, and a WeChat app id before a reference',
    "###   @1=5 /* INT meta=0 nullable=0 is_null=0 */\n###   @2='66a172d3c4c6939bdbcf82f0_fall_0317' /* VARSTRING(256) meta=256 nullable=0 is_null=0 */\n" +
      "###   @3='wxc328c9b1238bd794' /* VARSTRING(256) meta=256 nullable=1 is_null=0 */\n###   @4='kms:care/prod/miniapp-secret' /* VARSTRING(1024) meta=1024 nullable=1 is_null=0 */\n###   @5='******' /* VARSTRING(1024) */",
  ],
  [
    "Redis MONITOR lines with no secret: a session's key, a firmware chunk, a counter",
    '1773223531.264842 [0 10.0.3.17:52114] "SET" "sess:count" "42"\n1773223550.063937 [0 10.0.6.50:58112] "SET" "prop:esp32:room5:fw:chunk:14" "\\xcb\\xec\\xeb\\x17"\n1773223532.036100 [0 10.0.4.31:40218] "HSET" "room:7:config" "name" "The Lighthouse Keeper" "timer" "3600"',
  ],
  [
    "a form's markup after a slash, a masked cell, and a sheet copied with tabs whose password cell is empty",
    '<input placeholder="搜索 帐篷 / password-free login?">\n\n序号  系统        账号    密码/密钥    负责人\n15    财务 U8     admin   ******       王姐\n\n' +
      '序号\t系统\t账号\t密码/Secret\t负责人\n1\tECS 跳板机\troot\t\tKevin',
  ],
  [
    'anti-forgery headers in a HAR, an HJ 212 frame with a slot, a TPM handle',
    '            {\n              "name": "x-csrf-token",\n              "value": "Hq3Zx8Lm2Tw7Kp4Rv9Nc1Bd6"\n            },\n##0220QN=20260309084000123;ST=32;CN=2011;PW=<password>;MN=33061001283988;',
  ],
  // (A marker is no cue for the reader of prose in other languages: redacting redacted text finds nothing new.)
  ["a generated value in another language's line whose only cue is a marker an earlier redaction left", 'Kassa ja kontor: [REDACTED:password], vahtsõnõ om rXkmqpi476IpvA8rz4DRCLFksXlZqJKU'],
  ['a Chinese change of a ticket, not a secret, and who handles a password question', '工单由 INC20260220 改为已解决\n密码问题由 zhangwei01 负责\n密码的事由 wangfang2024 处理'],
  [
    "binlog columns two apart, and a short code of mixed case (a coupon's, 17 characters)",
    "###   @2='sms.gateway_password' /* VARSTRING(256) */\n###   @4='Lantern#4417' /* VARSTRING(1024) */\n###   @5='SPRING26Vq8Lm2Xab' /* VARSTRING(64) */",
  ],
  ['a list table without a header row', '.. list-table:: 说明\n\n   * - 密码\n     - Summer2024x\n'],
  ['a top-level list after a list table is no row of it', '.. list-table:: 账号\n   :header-rows: 1\n\n   * - 系统\n     - 密码\n   * - NVR\n     - ******\n* - 示例\n  - Summer2024x\n'],
];

describeRedactionCases("the forty-second set's ways of writing a secret", FOUND, KEPT);
