import { describeRedactionCases, type FoundCase, type KeptCase } from './redaction-cases';

// Issue #14, the twentieth blind set's study (fifteenth session): ways of writing a secret that no earlier rule read,
// with values made up here, and the look-alikes that must stay.
const FOUND: FoundCase[] = [
  [
    "blockchain node providers' keys in RPC URLs (Alchemy, Infura, QuickNode, Ankr), a testnet's private key",
    'SEPOLIA_RPC_URL=https://eth-sepolia.g.alchemy.com/v2/r9jJJ-IELbWHGsAGwO8-FKwWAeLKpTc2\nforge script Deploy --rpc-url https://mainnet.infura.io/v3/3f2e01c041c63b87410538c766cc46bf --account deployer\n' +
      'ARBITRUM_RPC_URL=https://ntnwcnwk-nozzba.arbitrum-mainnet.quiknode.pro/70acfcf9a1abe12a8637423bc1d6da5e673cae08/\nBSC_RPC=https://rpc.ankr.com/bsc/c7d45c8296ec92e3c31210c901ed4ea9551bebd27eb08c6635194447ac4c8795\n' +
      'PRIVATE_KEY_TESTNET = 0x1e0fe73cbc44e670c1d05cab4087a728ba1094dafc14cd2d72a139a9e9f233cb',
    [
      'r9jJJ-IELbWHGsAGwO8-FKwWAeLKpTc2',
      '3f2e01c041c63b87410538c766cc46bf',
      '70acfcf9a1abe12a8637423bc1d6da5e673cae08',
      'c7d45c8296ec92e3c31210c901ed4ea9551bebd27eb08c6635194447ac4c8795',
      '0x1e0fe73cbc44e670c1d05cab4087a728ba1094dafc14cd2d72a139a9e9f233cb',
    ],
  ],
  ["a passphrase of words under a password's name (no word of it names the field)", 'password = correct horse battery staple', ['correct horse battery staple']],
  [
    "Pulumi's plain-text setting, Tanka's --ext-str with a PagerDuty key, Segment's Public API token, a ThingSpeak channel's write key",
    "$ pulumi config set --plaintext fenwick-infra:redisPassword 'zhangwei37085.'\ntk apply environments/prod --ext-str PD_ROUTING_KEY=7a59028887cae6f3bd8b8f5e4707c9c6 --dangerous-auto-approve\n" +
      'PAGERDUTY_INTEGRATION_KEY=5b1e0c9d8a7f6e5d4c3b2a1908f7e6d5\n' +
      'SEGMENT_PUBLIC_API_TOKEN: "sgp_nQcU0C54tCWDQi1xFJSfj1twnMYsARU25q7RXV4B5OXyweeDr1ONw7KJJy9ON3la"\nwriteKey = "IQ9WQEMEGPNUIJ9R";',
    ['zhangwei37085.', '7a59028887cae6f3bd8b8f5e4707c9c6', '5b1e0c9d8a7f6e5d4c3b2a1908f7e6d5', 'sgp_nQcU0C54tCWDQi1xFJSfj1twnMYsARU25q7RXV4B5OXyweeDr1ONw7KJJy9ON3la', 'IQ9WQEMEGPNUIJ9R'],
  ],
  [
    "org-mode's table ruled with + and its property drawer, and a password that did not change (Chinese: 'still X')",
    '   | хост    | логин | пароль         |\n   |---------+-------+----------------|\n   | ipmi-01 | ADMIN | river-river-73 |\n' +
      '* mikrotik\n   :PROPERTIES:\n   :PASSWORD: UODqj7g.m9y84dhw\n   :END:\n王芳: MQ 告警是消费者重连，密码没变，还是 O-YqAKxx0DDa 。',
    ['river-river-73', 'UODqj7g.m9y84dhw', 'O-YqAKxx0DDa'],
  ],
  [
    "a review's mends: a password ending in stars, one with an encoded letter, a CUE default, Flagsmith's server key, vendors' secret keys beside their client keys, a statement before a question, a value in a code span after its name's, RPC variants, PagerDuty in camel case, a quoted org property",
    'password=Tr0ub4dor&3***\nPasswort: M=C3=BCnchen2024!\npassword: string | *"Hunter2024!x"\nFLAGSMITH_CLIENT_ENV_KEY=ser.tL9aLx7zEDDXeq74iu1rLc\n' +
      'AMPLITUDE_MANAGEMENT_API_KEY=d3cf1596cc3db849af3956b495d7e0b7\nMIXPANEL_PROJECT_SECRET_TOKEN=6314a4620190eee7d8dcb75cd2a68c8e\n' +
      '密码没变，还是 Qwe@2024x，但是登录不上是怎么回事？\n<p>密码没变，还是 Pl9xQw2mZ</p>\nrun `PGPASSWORD=`Hunter2024x` psql`\n' +
      'https://eth-mainnet.alchemyapi.io/v2/r9jJJ-IELbWHGsAGwO8-FKwWAeLKpTc2\nwss://rpc.ankr.com/eth/ws/c7d45c8296ec92e3c31210c901ed4ea9551bebd27eb08c6635194447ac4c8795\n' +
      '"routingKey": "7a59028887cae6f3bd8b8f5e4707c9c6"\n* x\n  :PROPERTIES:\n  :PASSWORD: "UODqj7g.m9y84dhw"\n  :END:',
    [
      'Tr0ub4dor&3***',
      'M=C3=BCnchen2024!',
      'string | *"Hunter2024!x"',
      'ser.tL9aLx7zEDDXeq74iu1rLc',
      'd3cf1596cc3db849af3956b495d7e0b7',
      '6314a4620190eee7d8dcb75cd2a68c8e',
      'Qwe@2024x',
      'Pl9xQw2mZ',
      'Hunter2024x',
      'r9jJJ-IELbWHGsAGwO8-FKwWAeLKpTc2',
      'c7d45c8296ec92e3c31210c901ed4ea9551bebd27eb08c6635194447ac4c8795',
      '7a59028887cae6f3bd8b8f5e4707c9c6',
      'UODqj7g.m9y84dhw',
    ],
  ],
];

const KEPT: KeptCase[] = [
  [
    "a form's or a translation's labels under a password's name ('Confirm password'), a German one",
    '{"confirmPassword": "Confirm password", "newPassword": "New password"}\npassword: Enter password\npassword: Neues Passwort',
  ],
  [
    "a review's false positives: a broker's routing key of 32 hex digits, a type in a Chinese clause, an AsciiDoc attribute, a tag after a password",
    'celery_routing_key = "d41d8cd98f00b204e9800998ecf8427e"\nMQ_ROUTING_KEY=d41d8cd98f00b204e9800998ecf8427e\n密码字段还是 varchar64\n:token: rotated-q3-2024\ntoken: string | *""',
  ],
  [
    "keys that analytics, payments and CRM ship to every browser: PostHog's project key, Midtrans' client key, a Salesforce consumer key, Segment's write key, Mixpanel's project token, Amplitude's API key, Flagsmith's client key",
    'POSTHOG_PROJECT_KEY: phc_B73EGrPgOs2yVwyPFC51CRWiDVxTmTI0DqJHYz4b1Nt\nmidtrans_client_key: Mid-client-eOYe54dYq29Qpghw\n' +
      'SF_CONSUMER_KEY: 3MVG9K.5H8RsU0Dudwp7_y15BWxx0.KmozkdRV52Kbm.SGL1.Yk8ezJ4eWFzuyznUT2Bx_QnXgahUY54\nSEGMENT_WRITE_KEY: xGKQbfsyuKMlJQ9zOcJ4qOlo5OEtnX1G\n' +
      'MIXPANEL_PROJECT_TOKEN: 6314a4620190eee7d8dcb75cd2a68c8e\nAMPLITUDE_API_KEY: d3cf1596cc3db849af3956b495d7e0b7\nFLAGSMITH_CLIENT_ENV_KEY: tL9aLx7zEDDXeq74iu1rLc',
  ],
  [
    "a quoted-printable mail's German after 'Passwort', a key masked after its prefix, a CUE type, an empty setting in a code span, a password manager's name",
    'Hinweis: Das Passwort f=C3=BCr den Zugang folgt separat.\n(token: glc_eyJv***)\n\tpassword: string @tag(dbpw)\nСтрока `PGPASSWORD=` в скриптах должна брать значение из переменной\n' +
      '新的统一放 1Password\n密码本是 KeePass 还是 1Password？\n密码还是 1Password 里那条\n密码没变，还是 Office7x 吗？',
  ],
  [
    "'still' in Chinese before a word that is no password, a fingerprint in hex pairs, org's separator under no header of secrets",
    '密码还是老样子\nMD5:59:96:eb:a9:5a:df:7f:27:e4:5a:50:d4:2b:16:b0:93\n| host | note |\n|------+------|\n| db01 | ok-2024 |',
  ],
];

describeRedactionCases('redaction: the twentieth blind set (issue #14)', FOUND, KEPT);
