import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the twenty-first blind set's study (sixteenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const LONG_IAM_TOKEN =
  'MIITheYR2FGJT6kYbdvyzAWBp98O8mW6sc_krr0jvx6whuo3F0H-SZnOhHY-7-pvmd7Jo4YFx8aMFlR6N4A458q3cpV5rEIJLpwM6OSBWN9SSMoiY68eX078Qqnewa9Ut89qFXD5VbAzPGO9dZl8apbccpC_p8ibgz4NtfmRQpgdUhu_llfaXe92tZOIGqwFvJnOC3kffST28iiBsOfq1Nw4D92r15INqkBGQW4Q2rgdKDwmJDkiZVTGoUKn2X_HSFaGk9-127pdJdwbHCpfxfpR21drqwu0DbKwlInd6bphoN3xlwrQzAssWQKF8BwBnPDePF74QC9lFBUoO36Ke8SpAz1QEpVmrB4N1tq3Kmrals564mkKnTifvx1hd6YGdTaeYPL0FEABlEXTGR-jr2p7iRPnkEESi-Cfu-fRophXdG-PM2ODTeT0gTRemPH4dz8Y6Hf09ARVhxjih0-_wQ4l7t9yojbMIrUxh2BPaPv0H1vr_rpRPEbAGfYKMKstCc9SzNeYkkdMAx9_w3F1Q1BRbWMtuC5EpbljE6yxtjibOdmQzGUz-sjHOIXJKyGhZaVuYd123kXDZh-Eb5YgIm17ZaG85maj7CguOcsYbiCfX3Pqubcz9hvKXYIZ9oIch2p-qBzMZoE2zMEcSHr6jSsU_sFe3kRqvtNP65RQ2JPjOeTZoWe5BYUpnR7gJ97g_9IuZIuLJMhkkIrIYhKrolbgRGgUGoSMiK082MO82k8jUljahSufQCHzV7sANe0S7nfDI8H4Kutmi_OmwCXk66J2jL5NrymgGdSNFefSruaBMw0Bcc-849rO4fvb2lvVlXN-SUACalCu9f074oG14oIIEAaQrezArkalA3bbqvA-SlkeGzUavJfo_d5TR8q-sOc2xIGkTgyiJjO0dN2WoOVQsaYdmaPkOwel929R4S3LdUlpbsN4ROFTMkItsmaTo3WVJsHkX97lN21YcpPlxPSbiCUNPvfgKjc3oz6elpui452tj8qUTlWi2uGZlBd_SjyibR11jxpzLJD2_MII_VL18Vgc2NKXvYuqxJURnfyrOqtUDhVI5EqQdwbv3Hob8h4QEYf5qCs866rgVeboV2JOYMJFOYOHD9YEdHZN4zx72vnXmxZj008TbmdNH8vjta3fj5YEso9SSBdw6p9gikYH8owXlai-O3AAh4XnR7uV20DuEKGalOYT9ZbgP370GwQAepIjErEJXWawglmIt0KwrIo__ILzaGv-Zps3Yi7nDT7u7uR2t2-eX6qYPJiYDBCcXIKSoL6grY81t0UAVIYymkbAahyS-UlQPpT-PNB0mpPYYq-muVXtKBFfV_4SQTFH1wnsfuIZ8MpxXVci1ATW-nowtrtsJTiNE1RS9WyBnxKgmlUn8hXIpaTk8vXOz3iehl4xteRiA--agSlN34Mh2EpX9OjxC11tR_vwKiuk97v9u6tKqTqOqIv-6QsFdRENNBzH96zCSKdcdkS2tKcoyMitDtVR-3R7INbg1ptxwTluJUXUoqFq3iwgYex1Gn7xstmYHydxt9ONxV2eaIQsdfixx4nHXtbXXn5hoFxnK2elGDRwPo_Gfm4MwFDVRqd4JLPeWYiY06h4KPdG-E9FwYHYrEhOB1QTLlW-H3S9BtcmtV1cveAfWm4P6XHddXcUO7ZPgTVoYzIP1nyl4ePkF9IBZ_Tph8sIMmCOpKbloV86DHOFBzFf68pWuto82W6cGGZfTUQwmUuvlAjW3mVk0cZ56_A4Re6WC7xXQYqx0c6BGAOkTqwo37S1gfb0M7pttSyFBOONDG4Y3UhPeBsXsfVAGLJIFYyBV_cWlN6UlEGgboUYn6W6ZZlPFwhF323J-cNZ6crWnZ17br14zSkC0bbsZg_DQP33oFHUK7aOmVr5toCjpYPj8CgppDSiE0SAjlViVu1R2doDBWsay179mamAUBKveMUq5mObPnUUamQ69rF0xVz3M3cBIRAR7ASd_Qi1jirSFYHGRGn55maqA6AyIKrbVJeFYTCGx99C2uHTI-Ttjfw4e6TGdQQducbQxAxrw8gt0KhU9klD77JzAZ0xFEeoQJX3kLUS3-YKu7jgJk2pKg_g1y9i1Dix5yHunpyoxoIhyl-Qr3COpf0omhy6Q6Cz1ASaan9VstFY15ZAIitTZe9JufLhDn6AozjPeedjjY0Zh05Yv684f8IcMO1_j7bRvsh_xzo69-fZafFz6OFjsuIIhM4B0JhC4fwQieq8EhvQqI-Hon0qYJnBKSuJCfQwTepw5Hjp1WQvGgdE3onEwY6SAPxx0AV7-J40Dl_3RsfnlRjQqPLJmnIdHixxm8bunF7dRvnNgT62K9dWn_EFO8bYBi93qFFPb0mbrOX47Mu2mwEbs-PbQ7CWfGHOwUsS-523mUafDBVsd99Bkeknz5EfxIqCqGf5RmP5JbDjoabpXWt5ni_X9GAObb5LaucD1H1zTEmw-svEmD99w3okPPfyBkf12y7Ga-iKmPE9xL29vHFoizfjiNI3iFfEBFyz85HUt5iYQvzkFjFnid9ivtuOZe3Ak_NVHg-mdMnbu_I1GfNggAMp_AX69GmEPP_iTpKdmf1CaZ4z';

const FOUND: FoundCase[] = [
  [
    "a Huawei IAM token longer than a finder's bound: the whole of it, not its first 2,048 characters, and not the sentence's full stop after it",
    `X-Auth-Token: ${LONG_IAM_TOKEN}\nContent-Type: application/json\nThe token was ${LONG_IAM_TOKEN}.`,
    [LONG_IAM_TOKEN, LONG_IAM_TOKEN],
  ],
  [
    "leader dots between a label and its value (a device's settings page, ipconfig's style), commented-out YAML of a name and a value",
    '  管理員密碼 ........ 83jKq2Lm9x\nSMTP Password . . . . . : Wq7#pLm2Zx\nBind password.......: Rt5vKp9qLx\n#     - name: PAYMENT_APP_SECRET\n#       value: Zk3Lq9Wm2Xp7Rt5vKp9qLx4Nc8Bv\n',
    ['83jKq2Lm9x', 'Wq7#pLm2Zx', 'Rt5vKp9qLx', 'Zk3Lq9Wm2Xp7Rt5vKp9qLx4Nc8Bv'],
  ],
  [
    'a Markdown table headed by an item and a value with notes beside (Japanese: 項目 | 値 | メモ)',
    '| 項目 | 値 | メモ |\n|---|---|---|\n| ユーザー | ops-jp | |\n| SK | Pq4Lm8Wx2Zk7Rt5vNc9Bq3Lm8Wx2Zk7Rt5vNc9Bq | 2026-09 |\n| パスワード | Hv9#qLm2Wx7 | 変更予定 |',
    ['Pq4Lm8Wx2Zk7Rt5vNc9Bq3Lm8Wx2Zk7Rt5vNc9Bq', 'Hv9#qLm2Wx7'],
  ],
  [
    "the word for a password in other languages with words of whose before the colon, a quoted value after Spanish 'es', a Japanese remark in brackets and passphrase, a Korean account / password pair, a password before a code span in Japanese",
    '- Mật khẩu Postgres mới sau khi đổi: Lk8vQ2mZp9Xw\n2) senha do banco Oracle (RDS): Mn3Kq8Lp2Wz\n- Mot de passe administrateur Zabbix : Zq2#Lm9vXp4\n' +
      'la contraseña del router es "Rt5!vKp9qLx" hasta el lunes\n- ログインパスワード（ops@example.net）：Jx7vKq2Lm9\n鍵のパスフレーズ：「Wd4vLq9Zp2#x」\n' +
      '   - 계정 / 비밀번호: app_admin / Qm7kLp2Xw9\nSMTP パスワード `b/Kq9Lm2Wx7Zp4Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc=`',
    ['Lk8vQ2mZp9Xw', 'Mn3Kq8Lp2Wz', 'Zq2#Lm9vXp4', 'Rt5!vKp9qLx', 'Jx7vKq2Lm9', 'Wd4vLq9Zp2#x', 'Qm7kLp2Xw9', 'b/Kq9Lm2Wx7Zp4Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc='],
  ],
  [
    "Chinese: the password, a clause, then what it became or was ('新的是', '改成', '旧的是')",
    'Kafka 的密码我已经在控制台重置了，新的是 Tp4kLm9qXz，旧的作废。\n华为云 RDS 的密码我们也改了，改成 Vb8nQ2xLp5。\n那台机器的密码换过，旧的是 Hs3mKq8Lw2X。',
    ['Tp4kLm9qXz', 'Vb8nQ2xLp5', 'Hs3mKq8Lw2X'],
  ],
  [
    "XML: an SSIS package configuration's property path and its value, JMeter's header and argument pairs",
    '<Configuration ConfiguredType="Property" Path="\\Package.Connections[SFTP].Properties[ServerPassword]" ValueType="String">\n  <ConfiguredValue>Xp4Lm9qKz2Wv</ConfiguredValue>\n' +
      '<stringProp name="Header.name">X-Api-Key</stringProp>\n<stringProp name="Header.value">Kq9Lm2Wx7Zp4Rt5vNc8Bq3Lm8Wx2</stringProp>\n' +
      '<elementProp name="DB_PASSWORD" elementType="Argument"><stringProp name="Argument.value">Lm2Wx7Zp4Rt</stringProp></elementProp>',
    ['Xp4Lm9qKz2Wv', 'Kq9Lm2Wx7Zp4Rt5vNc8Bq3Lm8Wx2', 'Lm2Wx7Zp4Rt'],
  ],
  [
    "network and service files: radtest's password and shared secret, a Cisco trap host's community, an NTP key, tac_plus's clear text, dtexec's /Decrypt, a Zabbix SNMPv3 privacy macro, Jetty's realm file, an Erlang cookie printed after its file's name",
    "radtest -t pap alice 'Bq3Lm8Wx2' 10.0.0.5 0 Zk7Rt5vNc9\nsnmp-server host 10.9.8.7 traps version 2c Cm4Lp9Qx2z\nntp authentication-key 3 md5 0822455D0A16544541 7\n" +
      '    login = cleartext "Tn6Kq2Lm9x"\ndtexec /F Orders.dtsx /De Pq7Lm2Xw9z\n{$SNMPV3_PRIVPASS} = Wm2Xp7Rt5v\nconf/jetty-realm.properties:\nsupport: Fk8Lm2Qx9Zp, admin, user\n' +
      '/var/lib/rabbitmq/.erlang.cookie:\nQWERTYUIOPASDFGHJKLZ',
    ['Bq3Lm8Wx2', 'Zk7Rt5vNc9', 'Cm4Lp9Qx2z', '0822455D0A16544541', 'Tn6Kq2Lm9x', 'Pq7Lm2Xw9z', 'Wm2Xp7Rt5v', 'Fk8Lm2Qx9Zp', 'QWERTYUIOPASDFGHJKLZ'],
  ],
  [
    "code and settings: Gatling's basicAuth, LINE's WebhookHandler, WHMCS's card encryption key named a hash",
    'http.baseUrl("https://stg.example.net").basicAuth("perf", "Rv5Kq2Lm9x")\nhandler = WebhookHandler("5f2b9c7e1a4d8f3b6e0c2a9d7f1b4e8c")\n$cc_encryption_hash = \'Lq9Zp2Wd4vXk7Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc9Bq3Lm8Wx2Zk7Rt5vNc9Bq3L\';',
    ['Rv5Kq2Lm9x', '5f2b9c7e1a4d8f3b6e0c2a9d7f1b4e8c', 'Lq9Zp2Wd4vXk7Rt5vNc8Bq3Lm8Wx2Zk7Rt5vNc9Bq3Lm8Wx2Zk7Rt5vNc9Bq3L'],
  ],
  [
    "an e-mail's sentence wrapped between 'the password for' and 'is', or before 'is'; a Japanese passphrase in corner brackets without a colon; a printed file after a one-blank remark",
    'Hi Min-jun, the RDS root password for\nthe staging source is Hq4vLm9Zx2 (same as the sheet).\nThe root password for the replica\nis Wk8vLq3Zp5.\n' +
      '鍵のパスフレーズは「Tz6#qLm2Wx9」です。\n### Wazuh\n# manager: /var/ossec/etc/authd.pass\n5d0c2f8e9a1b4c7d3e6f0a2b8c4d1e7f',
    ['Hq4vLm9Zx2', 'Wk8vLq3Zp5', 'Tz6#qLm2Wx9', '5d0c2f8e9a1b4c7d3e6f0a2b8c4d1e7f'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "an ellipsis that is no leader (a tool's progress, Terraform's refresh), a one-blank remark that names a file, a 'password' word in an ellipsis",
    'random_password.rds: Refreshing state... [id=none]\nLoading... done\n# manager: /var/ossec/etc/authd.pass\n密码是...不记得了\nI reset the password for\nthe user. It is done now.',
  ],
  [
    'prose after the word for a password in other languages: a question, a policy with a number, a reference to a vault',
    'Passwort vergessen? Hilfe: 0800-12345\nPasswort zurückgesetzt. Ticket: INC0012345\nDas Passwort muss enthalten: 1 Ziffer\nPasswort für den Server: siehe KeePass\nLe mot de passe des switches : voir le coffre',
  ],
  [
    'lists and usages that look like realm users or radtest lines, a Cisco SNMPv3 trap host (its word is a user), an SSIS path that is no password',
    'tags: web, admin\nroles: user, admin\nowner: alice2, admin\nadmin: MD5:164c88b302622e17050af52c89945d44, admin\nradtest {username} {password} {server} 0 {secret}\n' +
      'snmp-server host 10.1.1.1 version 3 priv v3user\n<Configuration ConfiguredType="Property" Path="\\Package.Connections[SFTP].Properties[ServerName]" ValueType="String">\n  <ConfiguredValue>sftp.example.net</ConfiguredValue>',
  ],
  [
    "Chinese: a password's policy or encoding said to have changed, a JMeter header that is no secret, a secret store's path in a code span",
    '密码加密方式改了，改为 SHA256。\n密码规则改了，新的是 12 位以上\n<stringProp name="Header.name">Content-Type</stringProp><stringProp name="Header.value">application/json</stringProp>\nthe password `prod/db/password-2024` in vault',
  ],
];

describeRedactionCases('redaction: the twenty-first blind set (issue #14)', FOUND, KEPT);
