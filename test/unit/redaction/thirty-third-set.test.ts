import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the thirty-third blind set's study (twenty-first session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "a policy export's name, type and values in sibling elements (the value given twice, the second as selected), an SNMP community named with a number",
    '<preferenceName>SMTP password :</preferenceName>\n<preferenceType>password</preferenceType>\n<preferenceValues>Hv7#kQ2mLp9x</preferenceValues>\n' +
      '<selectedValue>Jw3$nR8vKq2z</selectedValue>\n<preferenceName>Vault login :</preferenceName>\n<preferenceType>password</preferenceType>\n' +
      '<preferenceValues>Zx8!vB3nMq1w</preferenceValues>\n<preferenceName>Community name (2) :</preferenceName>\n<preferenceType>entry</preferenceType>\n' +
      '<preferenceValues>Rw7xQ2vL9kPz</preferenceValues>',
    ['Hv7#kQ2mLp9x', 'Jw3$nR8vKq2z', 'Zx8!vB3nMq1w', 'Rw7xQ2vL9kPz'],
  ],
  [
    'values that run over lines: a security token wrapped inside a code span, a properties value continued after a backslash',
    'SecurityToken `CAISrSTBrHEJhDq+iscTg4Qwa8AoqFiosYLxerSPf07Q4eykc292bkjHNlueiIcr\nW5JzqvN93jli7sMm7PYOwm41XbCg3mNaCzag72EaswFHypnI9Ruq6UH18uGK84A1\ndIsii5SFo1lBiVijOwVbG4ZlMW+hqR` (from the shell history)\n' +
      'DASHSCOPE_API_KEY=sk-5f0e9c1d2b7a4e8f\\\n    9a3c6b1d0e7f2a4c\n' +
      'token `W5JzqvN93jli7sMm7PYOwm41XbCg3mNaCzag72EaswFHypnI9Ruq6U\nABCDEFGHIJKLMNOPQRST, then the note goes on\nlast`',
    [
      'CAISrSTBrHEJhDq+iscTg4Qwa8AoqFiosYLxerSPf07Q4eykc292bkjHNlueiIcr\nW5JzqvN93jli7sMm7PYOwm41XbCg3mNaCzag72EaswFHypnI9Ruq6UH18uGK84A1\ndIsii5SFo1lBiVijOwVbG4ZlMW+hqR',
      'sk-5f0e9c1d2b7a4e8f\\\n    9a3c6b1d0e7f2a4c',
      'W5JzqvN93jli7sMm7PYOwm41XbCg3mNaCzag72EaswFHypnI9Ruq6U',
    ],
  ],
  [
    "a signed header quoted in Chinese prose and its key id quoted alone later, a checkWord column's code span, a name's environment before Chinese is",
    '日志里 Authorization: OBS HKX35GVWYB8AUIMOKKPE:fXemfnwrJ6oIlXUigCtCKlyytCE= ，AK 对不上\n测试环境那个 HKX35GVWYB8AUIMOKKPE 我下午禁用\n' +
      '| 环境 | checkWord |\n|---|---|\n| 生产 | `SIAutRmV342e31gv03FgnBx5aP1LTH6W` |\n顺丰 checkword 测试环境是 Y2GJy3WeApw2Y2yttmyDZDV40IDQfplw，别混用',
    ['HKX35GVWYB8AUIMOKKPE:fXemfnwrJ6oIlXUigCtCKlyytCE=', 'HKX35GVWYB8AUIMOKKPE', 'SIAutRmV342e31gv03FgnBx5aP1LTH6W', 'Y2GJy3WeApw2Y2yttmyDZDV40IDQfplw'],
  ],
  [
    'a chat that asks for a secret and gets it alone in the next message, a Rich Text handover in GBK, a PowerShell here-string',
    '2024-07-02 13:40:51 陈凯(开发)：菜鸟的 appSecret 谁有？旧的不行\n2024-07-02 13:41:06 宋佳：2CvsFsZLJQHAnCm9z3dizzNF\n' +
      "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}\n\\f0\\'c3\\'dc\\'c2\\'eb\\f1 : \\cf1\\b 604917\\cf0\\b0\\par\nnext-host-01\\par\n}\n" +
      "PS C:\\> $dbPassword = @'\nk=Vq3L!m9zXw\n'@",
    ['2CvsFsZLJQHAnCm9z3dizzNF', '604917', 'k=Vq3L!m9zXw'],
  ],
  [
    "logins in notes: a user in a code span and a bare password, an admin's password after a colon, a dashed passphrase, a device's secret named with its device",
    '- Web console `operator` / Lantern@2031\n- Station `HVAC_2` admin: Rb7QzK2wLm9VxT\n- hub key passphrase copper-meadow-violet-harbor\n' +
      'IoTDA device secret for the concentrator DC-WH-07: dIsii5SFo1lBiVijOwVbG4Zl',
    ['Lantern@2031', 'Rb7QzK2wLm9VxT', 'copper-meadow-violet-harbor', 'dIsii5SFo1lBiVijOwVbG4Zl'],
  ],
  [
    "smart meters' keys under an aligned header with remarks in brackets, a Chinese PIN, DD-WRT's community, nslcd's password-change password",
    'meter      GUEK (encryption)                  GAK (authentication)               LLS password\n' +
      'WH-001     0C390A2BB4009FD2261A82C5E93EC83A   5F6EA4206149D80538E6D24CABFA8A66   48213957\n' +
      '- 打单客户端管理员 PIN：730518\nsnmpd_rocommunity=q7rvx2mk9w\nrootpwmodpw Tq8.Lm~3vZ+p',
    ['0C390A2BB4009FD2261A82C5E93EC83A', '5F6EA4206149D80538E6D24CABFA8A66', '48213957', '730518', 'q7rvx2mk9w', 'Tq8.Lm~3vZ+p'],
  ],
  [
    'a password in Tuvan, Erzya, Tumbuka (the value on the next line, its full stop set apart), Kalmyk digits, Komi\'s Russian word with a comma and "new", Gilbertese\'s particle',
    'Бөгүн root чажыт сөзүн өскерттим: Amber@2031\nMon polavtyia станциянь салава валонть: Ketten@2029 . Сюкпря.\n' +
      'Mazgu gha chisisi gha dashboard ghasintha:\n     Harbor_518 . Yewo.\nWMS-ин нууц үг: 604917\n' +
      "Ме вежи `edge` пароль, выль: vR4@kQ9zLm2X . Аттьӧ.\nTe password ae boou ibukin te keystore: Tarawa#1994 . Ko rab'a.",
    ['Amber@2031', 'Ketten@2029', 'Harbor_518', '604917', 'vR4@kQ9zLm2X', 'Tarawa#1994'],
  ],
  [
    "the attacker's review: what the new exclusions must not hide — a push service's own token, a Vault token's id, a Digest scheme's bare token, a password before another label, a secret spec with a value, a shadow reference that is a password, a salted record that is no hash, a password that starts with dashes, credentials before an ideographic space, three lines of a continued value, a remark of two words in a header, a sender of two words and an IRC nick, RTF's Unicode escapes with their fallback bytes",
    'Pushover push token: aK3v9Qx2LmZ8Rt4Wp7Yb1Nc6Hd5Jf0\nVault token id: s.q8Xw2LmZ4Rk9Vt7Pn3Yb6Hc1\nAuthorization: Digest Lq8Xw2LmZ4Rk9Vt7Pn3Yb6H\npassword=Marseille  Identifiant :\n' +
      'secret: "id=svc,type=password,value=Xk9#mPq2Lw"\noption password \'$p$Sup3rS3cret\'\n"password": "{\\"value\\":\\"Xk9#mPq2Lv\\",\\"salt\\":\\"abc\\"}"\n{"password", "--Sup3r!Secret"}\n' +
      'Authorization: OBS HKX35GVWYB8AUIMOKKPE:fXemfnwrJ6oIlXUigCtCKlyytCE=\u3000AK 对不上\nAPI_KEY=sk-5f0e9c1d2b7a4e8f\\\n    9a3c6b1d0e7f2a4c\\\n    77aa88bb99cc00dd\n' +
      'meter   GUEK (unicast enc)   GAK (Authentication)   LLS password\nWH-1   0C390A2BB4009FD2261A82C5E93EC83A   5F6EA4206149D80538E6D24CABFA8A66   48213957\n' +
      "db password pls?\n[10:02] Li Wei: Winter2024!x\nprod token?\n<alice> Kq7vTz2mWx9Lp4RkQ8Zn3Tb\n{\\rtf1\\uc1 \\u23494\\'c3\\u30721\\'eb: 582914\\par}",
    [
      'aK3v9Qx2LmZ8Rt4Wp7Yb1Nc6Hd5Jf0',
      's.q8Xw2LmZ4Rk9Vt7Pn3Yb6Hc1',
      'Lq8Xw2LmZ4Rk9Vt7Pn3Yb6H',
      'Marseille',
      'id=svc,type=password,value=Xk9#mPq2Lw',
      '$p$Sup3rS3cret',
      '{\\"value\\":\\"Xk9#mPq2Lv\\",\\"salt\\":\\"abc\\"}',
      '--Sup3r!Secret',
      'HKX35GVWYB8AUIMOKKPE:fXemfnwrJ6oIlXUigCtCKlyytCE=',
      'sk-5f0e9c1d2b7a4e8f\\\n    9a3c6b1d0e7f2a4c\\\n    77aa88bb99cc00dd',
      '0C390A2BB4009FD2261A82C5E93EC83A',
      '5F6EA4206149D80538E6D24CABFA8A66',
      '48213957',
      'Winter2024!x',
      'Kq7vTz2mWx9Lp4RkQ8Zn3Tb',
      '582914',
    ],
  ],
  [
    "the attacker's review: an Azure storage account's name in a signed header is public, and no rule of dashes runs on a wrapped value",
    'Authorization: SharedKey stcontoso7x9k2m4q:fXemfnwrJ6oIlXUigCtCKlyytCE=\nStorage account stcontoso7x9k2m4q is in East Asia\n' +
      'api_key: "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A\n----------------------------------------\nEND"',
    ['stcontoso7x9k2m4q:fXemfnwrJ6oIlXUigCtCKlyytCE=', 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A'],
  ],
];

const KEPT: KeptCase[] = [
  [
    "what stands where a secret would and is none: a policy's labels, a Digest header in a sentence, a status word, BuildKit's mounts, notarization's keychain reference, OpenWrt's shadow reference, a RADIUS hash, push and device tokens, a token's accessor, an argument list's options, Keycloak's stored hash, a query's placeholder before a trace header",
    '<fullName>SSH settings[password]:Escalation password :</fullName>\n<fullName>Login configurations[password]:HTTP password (sent in clear) :</fullName>\n' +
      'On the stream: Authorization: Digest username="nvr", realm="IPC", nonce="49692753e6f5b3f822a8ac983eaf09e3", response="c86cec4abc2746fa1702d8bed924eec8"\n' +
      '"Full access" password: configured (hash stored in CPU)\n$ docker buildx build --secret id=npmrc,src=$HOME/.npmrc --secret id=oss_sk,env=OSS_SK .\n' +
      "$ export APPLE_APP_SPECIFIC_PASSWORD=@keychain:AC_PASSWORD\n\toption password '$p$root'\n" +
      '"guest"  SSHA2-512-Password := "wlL+H2kcyRewXhdDdG+2CVonyfEhEMQmj/qIo48gNeeKxXNmbxRs9rtPFn7NhQM5VWzmSHQcUHLGRD/JeAKWfX0NNIjyYUMFrVNfrFvZEK8="\n' +
      'HMS push token (test phone): IQAAAACympctFdxmlNJoCznzFg_9NwZSaWXS63X1jCzZcbIgD4U1330G_LA6P3Nooq0OGvt_rUGWbj4SlLWg3MetFs\n' +
      'APNs device token (test iPhone): f2abf189edc7a6563bf7c5d67e630932744aaf5b886225838d44e4c61e9d7840\n#   Vault token accessor: KrtapzUqy1xlbum0ieLum9rj\n' +
      '  args: ["CCE", "GetClusterToken", "--cli-region=cn-east-3", "--cli-profile=sso"]\n' +
      '  "secretData": "{\\"value\\":\\"ZEQULPfhvAqQyO9kjD5JtMLDFdw7N/xuo13YkP5LOxhWRdZWPITf0Bkw==\\",\\"salt\\":\\"w6Fblu0L22oYz4qo7f0lHA==\\"}",\n' +
      'SELECT password_hash FROM users WHERE login = ?\ntraceparent: 00-388de4f74072ea8710851b0cea268490-4c9cc854b47ded21-01',
  ],
  [
    'look-alikes of the new readers: a question answered with words or a link, a field name answering, a passphrase of a sentence, an RTF without a secret, a here-string of two lines',
    'who has the staging token?\nLi Wei: ask_ops_first\nSELECT token FROM t WHERE id = ?\nAlice: Kq7vTz2mWx9Lp4RkQ8Zn3Tb\nwhat is the token?\nhttps://wiki.example.net/x/abcd1234efgh\nwhich secret?\nrequest_id: 8f14e45fceea167a5a36dedd4bea2543\n' +
      "the passphrase into-this-with-care.\n{\\rtf1\\ansi\\ansicpg936 \\f0\\'c3\\'dc\\'c2\\'eb\\f1 \\'d2\\'d1\\'d0\\'de\\'b8\\'c4\\par}\n" +
      "$motd = @'\nWelcome to the build host\nBe nice\n'@",
  ],
  [
    "the attacker's review: look-alikes of the new readers — answers that are a commit, a trace id, a pod, a page and a branch; a form control's settings and a list of algorithms in XML; versions, models and role sets after an account; a wiki page after the word password; a storage account's name again; a chip's pin; a build after 测试是; numbered names over words; a release before a commit; a year and month; a rule of dashes inside quotes; a truncated bearer token; a shell's next argument",
    'which commit fixed the token refresh bug?\n9fceb02d0ae598e95dc970b74767f19372d61af8\nwhat is the trace id for the failing password reset?\n4bf92f3577b34da6a3ce929d0e0e4736\n' +
      'which pod runs the token service?\nWei: token-service-7d9f8b6c5d-x2k4q\n密码策略文档在哪？\n王伟：Confluence-12345678a\nthe staging token?\nfeature/TOKEN-4821-refresh\n' +
      '<controlName>txtPassword</controlName><controlType>password</controlType><controlValues>MaxLength=64;Mask=*</controlValues>\n<keyName>SigningKey2</keyName><keyValues>RS256,ES256</keyValues>\n' +
      'Compare `main` / Release-2.4+Hotfix1\nadmin: v2.4.1-Beta+Build7\nadmin: MacBookPro16,1\nDefault roles - admin: Read+Write2\nSee the password self-service-portal-guide on the wiki.\n' +
      'STM32 引脚 PIN：PA10\nToken 测试是 v2-build-20240702\n' +
      'token_1 = "IDENTIFIER_2024"\ntoken for rel-2.4.1 was: 9fceb02d0ae598e95dc970b74767f19372d61af8\n' +
      'Senha: 202407',
  ],
];

describeRedactionCases("the thirty-third blind set's shapes (issue #14, twenty-first session)", FOUND, KEPT);
