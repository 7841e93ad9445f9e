// Vendor token formats: secrets that carry their issuer in a fixed prefix or shape (AWS `AKIA…`,
// GitHub `ghp_…`, Slack `xoxb-…`, Stripe `sk_live_…`, Google `AIza…`, chat webhooks), so they are
// found wherever they appear, with or without a name next to them. The formats are public facts, as
// documented by the vendors and by open secret scanners; each pattern starts with a literal prefix,
// so a scan is a fast linear search.
import type { RedactionKind, RedactionSpan } from './redaction';
import { capitalisedWordShare, hasMixedClasses, isPlaceholder } from './redaction-values';

interface VendorFormat {
  /** Issuer and credential, for readers and tests. */
  name: string;
  kind: RedactionKind;
  /** The whole token; a match must not start or end inside a longer word. */
  pattern: string;
  /** Text that must come right before the token and stays (`--token ` before a bootstrap token). */
  lead?: string;
  /** Extra check on the matched value (beyond "not a placeholder"). */
  accept?: (value: string) => boolean;
  /**
   * The token starts this many characters before the match: the pattern starts with a literal (`.` of
   * `.atlasv1.`) and checks the characters before it in a lookbehind, so the scan does not try a long
   * character class at every position.
   */
  head?: number;
  /** A word the token's line must contain, for formats that other data can take (`key-<hex>` is also a cache key). */
  keyword?: RegExp;
}

// (Capitalised words cover most of a name's letters, `UpdatesPropagateAcross3Nodes`; few of a random run's.)
const isRandomTail = (tail: string) => /^[0-9a-f]{32,}$/.test(tail) || (hasMixedClasses(tail) && capitalisedWordShare(tail) < 0.5);
const mixed = (value: string) => /[A-Za-z]/.test(value) && /\d/.test(value);

/** The table: one row per credential format. */
export const VENDOR_FORMATS: readonly VendorFormat[] = [
  { name: 'AWS access key id', kind: 'access-key-id', pattern: '(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}' },
  { name: 'AWS session token', kind: 'token', pattern: '(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9/+=]{80,}' },
  { name: 'GitHub token', kind: 'token', pattern: 'gh[pousr]_[A-Za-z0-9]{36,255}' },
  { name: 'GitHub fine-grained token', kind: 'token', pattern: 'github_pat_[A-Za-z0-9_]{40,255}' },
  { name: 'GitLab token', kind: 'token', pattern: 'gl(?:pat|dt|rt|ptt|ft|oas|cbt|imt|agent|soat|ffct)-[\\w-]{20,300}' },
  { name: 'Slack token', kind: 'token', pattern: '(?:xoxe\\.)?xox[abposre]-[A-Za-z0-9-]{10,}' },
  { name: 'Slack app token', kind: 'token', pattern: 'xapp-\\d-[A-Za-z0-9-]{20,}' },
  { name: 'Slack webhook', kind: 'webhook-url', pattern: '(?:https?://)?hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,}' },
  { name: 'Discord webhook', kind: 'webhook-url', pattern: 'https?://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d+/[\\w-]{40,}' },
  { name: 'Microsoft Teams webhook', kind: 'webhook-url', pattern: 'https://[\\w-]+\\.webhook\\.office\\.com/webhookb2/[\\w@/-]{40,}' },
  { name: 'Feishu / Lark bot webhook', kind: 'webhook-url', pattern: 'https://open\\.(?:feishu\\.cn|larksuite\\.com)/open-apis/bot/v2/hook/[\\w-]{16,}' },
  { name: 'WeCom bot webhook', kind: 'webhook-url', pattern: 'https://qyapi\\.weixin\\.qq\\.com/cgi-bin/webhook/send\\?key=[\\w-]{16,}' },
  // Zapier's catch hook: anyone with the URL triggers the Zap (the account's number, then the hook's own code).
  { name: 'Zapier catch hook', kind: 'webhook-url', pattern: 'https://hooks\\.zapier\\.com/hooks/catch/\\d+/[a-z0-9]{6,10}/?' },
  // Self-hosted chat and on-call servers take a message from anyone holding the hook's URL, on any host: Mattermost's
  // incoming webhook (26 lower-case letters and digits), Rocket.Chat's integration (its id, then a 48-character token),
  // Grafana OnCall's integration (the kind of alert source, then a 25-character token).
  { name: 'Mattermost incoming webhook', kind: 'webhook-url', pattern: 'https?://[\\w.-]+(?::\\d{1,5})?(?:/[\\w.-]+)?/hooks/[a-z0-9]{26}(?![\\w-])' },
  { name: 'Rocket.Chat incoming webhook', kind: 'webhook-url', pattern: 'https?://[\\w.-]+(?::\\d{1,5})?(?:/[\\w.-]+)?/hooks/[A-Za-z0-9]{17,24}/[A-Za-z0-9]{48}(?![\\w-])' },
  { name: 'Grafana OnCall integration', kind: 'webhook-url', pattern: 'https?://[\\w.-]+(?::\\d{1,5})?(?:/[\\w.-]+)?/integrations/v1/[a-z_]{2,40}/[A-Za-z0-9]{25}/?(?![\\w-])' },
  { name: 'DingTalk bot webhook', kind: 'webhook-url', pattern: 'https://oapi\\.dingtalk\\.com/robot/send\\?access_token=[a-f0-9]{64}' },
  { name: 'DingTalk signing secret', kind: 'secret', pattern: 'SEC[a-f0-9]{64}' },
  { name: 'Stripe secret or restricted key', kind: 'api-key', pattern: '(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{16,255}' },
  { name: 'Stripe webhook secret', kind: 'secret', pattern: 'whsec_[A-Za-z0-9+/=]{24,}' },
  // Akamai's EdgeGrid credentials (`.edgerc`): the client and access tokens, `akab-` and two runs of 16.
  // (The API's host name starts the same way: `akab-….luna.akamaiapis.net`.)
  { name: 'Akamai EdgeGrid token', kind: 'token', pattern: 'akab-[a-z0-9]{16}-[a-z0-9]{16}(?!\\.luna\\.)' },
  // Many services copy Stripe's form for their own keys (`lmn_live_…`, `acme_prod_…`): a short lower-case prefix, `_live_` or
  // `_prod_`, and 24 random characters or more: lower-case hex, or both cases and digits not spelling capitalised words (a
  // test's name, `test_live_UpdatesPropagateAcross3Nodes`). (A publishable key, `pk_live_…`, and
  // Branch's SDK key, `key_live_…`, are given to browsers and apps; Courier's `pk_prod_…` is secret.)
  {
    name: 'Live or production key in Stripe’s form',
    kind: 'token',
    pattern: '[a-z]{2,10}_(?:live|prod)_[A-Za-z0-9]{24,128}',
    accept: (value) => !/^(?:pk|key)_live_/.test(value) && isRandomTail(value.replace(/^[a-z]+_[a-z]+_/, '')),
  },
  // PagerDuty's Events API integration key (`routing_key`, `routingKey`, `integration_key`, `service_key`, `PD_ROUTING_KEY`:
  // 32 hex digits); a message broker's routing key is a queue's name (`celery_routing_key`, `MQ_ROUTING_KEY`).
  {
    name: 'PagerDuty integration key',
    kind: 'token',
    lead: '(?:\\b|(?<=\\b(?:PD|PAGERDUTY|pd|pagerduty)_))(?:routing|integration|service|Routing|Integration|Service|ROUTING|INTEGRATION|SERVICE)_?(?:key|Key|KEY)["\']?[ \\t]*[:=][ \\t]*["\']?',
    pattern: '[0-9a-f]{32}',
  },
  // Meta's Graph API access tokens (Facebook, Instagram, WhatsApp Cloud API): `EAA`, then letters and digits.
  { name: 'Meta access token', kind: 'token', pattern: 'EAA[A-Za-z0-9]{60,512}', accept: mixed },
  { name: 'Google API key', kind: 'api-key', pattern: 'AIza[\\w-]{35}' },
  { name: 'Google OAuth client secret', kind: 'secret', pattern: 'GOCSPX-[\\w-]{24,}' },
  { name: 'Google OAuth access token', kind: 'token', pattern: 'ya29\\.[\\w-]{30,}' },
  { name: 'Google OAuth refresh token', kind: 'token', pattern: '1//0[\\w-]{40,}' },
  { name: 'Firebase Cloud Messaging server key', kind: 'api-key', pattern: 'AAAA[\\w-]{7}:APA91b[\\w-]{100,}' },
  { name: 'OpenAI project key', kind: 'api-key', pattern: 'sk-(?:proj|svcacct|admin)-[\\w-]{40,}' },
  { name: 'Anthropic key', kind: 'api-key', pattern: 'sk-ant-(?:api|admin|oat)\\d\\d-[\\w-]{40,}' },
  // OpenAI (legacy), DeepSeek, Alibaba Model Studio and many LLM gateways: `sk-` and 32–64 letters and digits.
  { name: 'LLM API key', kind: 'api-key', pattern: 'sk-[A-Za-z0-9]{32,64}', accept: mixed },
  { name: 'Hugging Face token', kind: 'token', pattern: '(?:hf_|api_org_)[A-Za-z0-9]{30,}' },
  { name: 'SendGrid key', kind: 'api-key', pattern: 'SG\\.[\\w-]{16,32}\\.[\\w-]{16,64}' },
  { name: 'Twilio API key', kind: 'api-key', pattern: 'SK[0-9a-f]{32}' },
  { name: 'npm token', kind: 'token', pattern: 'npm_[A-Za-z0-9]{36}' },
  { name: 'PyPI token', kind: 'token', pattern: 'pypi-AgEIcHlwaS5vcmc[\\w-]{50,}' },
  { name: 'Docker Hub token', kind: 'token', pattern: 'dckr_(?:pat|oat)_[\\w-]{20,}' },
  { name: 'Shopify token', kind: 'token', pattern: 'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}' },
  { name: 'DigitalOcean token', kind: 'token', pattern: 'do[opr]_v1_[a-f0-9]{64}' },
  { name: 'Databricks token', kind: 'token', pattern: 'dapi[a-f0-9]{32}(?:-\\d)?' },
  { name: 'HashiCorp Vault token', kind: 'token', pattern: 'hv[sbr]\\.[\\w-]{24,}' },
  { name: 'Postman key', kind: 'api-key', pattern: 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}' },
  // Pterodactyl's panel: application (`ptla_`) and client (`ptlc_`) API keys, 43 letters and digits after the prefix.
  { name: 'Pterodactyl API key', kind: 'token', pattern: 'ptl[ac]_[A-Za-z0-9]{43}', accept: mixed },
  { name: 'Grafana token', kind: 'token', pattern: '(?:glsa_[A-Za-z0-9]{32}_[a-fA-F0-9]{8}|glc_[A-Za-z0-9+/]{32,}={0,2})' },
  { name: 'New Relic key', kind: 'api-key', pattern: 'NR(?:AK|II|JS)-[A-Za-z0-9]{19,32}' },
  { name: 'Linear key', kind: 'api-key', pattern: 'lin_(?:api|oauth)_[A-Za-z0-9]{40}' },
  { name: 'Doppler token', kind: 'token', pattern: 'dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,}' },
  { name: 'Heroku key', kind: 'api-key', pattern: 'HRKU-[\\w-]{58,}' },
  { name: 'Atlassian API token', kind: 'token', pattern: 'ATATT3[\\w=-]{100,}' },
  { name: 'Sentry token', kind: 'token', pattern: '(?:sntrys_eyJ[\\w+/=]{50,}|sntryu_[a-f0-9]{64})' },
  { name: 'Pulumi token', kind: 'token', pattern: 'pul-[a-f0-9]{40}' },
  { name: 'Dynatrace token', kind: 'token', pattern: 'dt0c01\\.[A-Z0-9]{24}\\.[A-Z0-9]{64}' },
  { name: 'JFrog key', kind: 'api-key', pattern: 'AKCp[A-Za-z0-9]{60,}' },
  { name: 'Square token', kind: 'token', pattern: '(?:EAAA|sq0atp-|sq0csp-)[\\w-]{22,}', accept: hasMixedClasses },
  { name: 'Telegram bot token', kind: 'token', pattern: '\\d{8,10}:AA[\\w-]{32,33}' },
  { name: 'Telegram bot token in an API URL', kind: 'token', lead: 'api\\.telegram\\.org/(?:file/)?bot', pattern: '\\d{8,10}:AA[\\w-]{32,33}' },
  { name: 'Azure AD client secret', kind: 'secret', pattern: '[\\w~.]{3}\\dQ~[\\w~.-]{31,34}' },
  { name: 'Tencent Cloud SecretId', kind: 'access-key-id', pattern: 'AKID[A-Za-z0-9]{32}' },
  { name: 'Volcengine access key id', kind: 'access-key-id', pattern: 'AKLT[A-Za-z0-9+/_=-]{32,}' },
  { name: 'GitLab runner registration token', kind: 'token', pattern: 'GR1348941[\\w-]{20,}' },
  { name: 'Mailchimp key', kind: 'api-key', head: 32, pattern: '-(?<=[0-9a-f]{32}-)us\\d{1,2}' },
  { name: 'Braintree token', kind: 'token', pattern: 'access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}' },
  { name: 'Discord bot token', kind: 'token', pattern: '[MNO][A-Za-z\\d]{23,27}\\.[\\w-]{6}\\.[\\w-]{27,38}', accept: hasMixedClasses },
  { name: 'Dropbox short-lived token', kind: 'token', pattern: 'sl\\.[\\w-]{130,}' },
  { name: 'SonarQube token', kind: 'token', pattern: 'sq[upa]_[a-f0-9]{40}' },
  { name: 'Bitbucket app password', kind: 'password', pattern: 'ATBB[A-Za-z0-9_=.-]{32,}' },
  { name: 'Notion token', kind: 'token', pattern: '(?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,})' },
  { name: 'Figma token', kind: 'token', pattern: 'figd_[\\w-]{40,}' },
  { name: 'Airtable token', kind: 'token', pattern: 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}' },
  { name: '1Password service account token', kind: 'token', pattern: 'ops_eyJ[\\w+/=]{100,}' },
  { name: 'Supabase token', kind: 'token', pattern: 'sbp_[a-f0-9]{40}' },
  { name: 'Fly.io token', kind: 'token', pattern: '(?:fo1_[\\w-]{43}|fm[12][ar]?_[\\w+/]{100,}={0,3})' },
  { name: 'Render key', kind: 'api-key', pattern: 'rnd_[A-Za-z0-9]{32}' },
  { name: 'PlanetScale credential', kind: 'token', pattern: 'pscale_(?:tkn|pw|oauth)_[\\w.=-]{32,64}' },
  { name: 'Mapbox secret token', kind: 'token', pattern: 'sk\\.eyJ[\\w.-]{60,}' },
  { name: 'Brevo (Sendinblue) key', kind: 'api-key', pattern: 'xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}' },
  { name: 'Replicate token', kind: 'token', pattern: 'r8_[A-Za-z0-9]{37}' },
  { name: 'Groq key', kind: 'api-key', pattern: 'gsk_[A-Za-z0-9]{52}' },
  { name: 'Perplexity key', kind: 'api-key', pattern: 'pplx-[A-Za-z0-9]{48}' },
  { name: 'xAI key', kind: 'api-key', pattern: 'xai-[A-Za-z0-9]{70,}' },
  { name: 'OpenRouter key', kind: 'api-key', pattern: 'sk-or-v1-[a-f0-9]{64}' },
  { name: 'Tavily key', kind: 'api-key', pattern: 'tvly-[A-Za-z0-9-]{32,}' },
  { name: 'LangSmith key', kind: 'api-key', pattern: 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}' },
  { name: 'Pinecone key', kind: 'api-key', pattern: 'pcsk_[A-Za-z0-9_]{50,}' },
  { name: 'Shippo token', kind: 'token', pattern: 'shippo_(?:live|test)_[a-f0-9]{40}' },
  { name: 'RubyGems key', kind: 'api-key', pattern: 'rubygems_[a-f0-9]{48}' },
  { name: 'Prefect key', kind: 'api-key', pattern: 'pnu_[A-Za-z0-9]{36}' },
  { name: 'JD Cloud access key id', kind: 'access-key-id', pattern: 'JDC_[A-F0-9]{28}' },
  { name: 'age secret key', kind: 'private-key', pattern: 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}' },
  { name: 'Terraform Cloud token', kind: 'token', head: 14, pattern: '\\.(?<=[A-Za-z0-9]{14}\\.)atlasv1\\.[\\w=-]{60,70}' },
  // Laravel's `APP_KEY` (an `app key` elsewhere is an app's id): `base64:` and 32 random bytes.
  { name: 'Laravel application key', kind: 'secret', lead: 'APP_KEY[ \\t]*(?:[=:][ \\t]*)?["\']?base64:', pattern: '[A-Za-z0-9+/]{43}=' },
  // Anaconda channels read with a token in the path (`https://conda.example.net/t/<token>/channel`); a forum topic's
  // slug there (`/t/conda-activate-fails/52345`) is words.
  {
    name: 'Anaconda channel token',
    kind: 'token',
    lead: 'https?://[\\w.-]+(?::\\d+)?/t/',
    pattern: '[A-Za-z0-9-]{24,64}',
    keyword: /conda/i,
    accept: (value) => /\d/.test(value) && !/[a-z]{3,}-[a-z]{3,}/.test(value),
  },
  { name: 'Mailgun key', kind: 'api-key', pattern: 'key-[0-9a-f]{32}', keyword: /mailgun/i },
  { name: 'HubSpot private app token', kind: 'token', pattern: 'pat-(?:na|eu)\\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  { name: 'Contentful token', kind: 'token', pattern: 'CFPAT-[\\w-]{43}' },
  { name: 'OpenShift token', kind: 'token', pattern: 'sha256~[\\w-]{43}' },
  { name: 'Yandex Cloud IAM token', kind: 'token', pattern: 't1\\.[\\w-]+={0,2}\\.[\\w-]{86}={0,2}' },
  { name: 'Yandex Cloud API key', kind: 'api-key', pattern: 'AQVN[\\w-]{35,38}' },
  { name: 'Flutterwave secret key', kind: 'api-key', pattern: 'FLWSECK(?:_TEST)?-[a-h0-9]{32}-X' },
  { name: 'EasyPost key', kind: 'api-key', pattern: 'EZ[AT]K[a-z0-9]{54}' },
  { name: 'Typeform token', kind: 'token', pattern: 'tfp_[\\w.=-]{59}' },
  { name: 'Zhipu AI key', kind: 'api-key', head: 32, pattern: '\\.(?<=[0-9a-f]{32}\\.)[A-Za-z0-9]{16}', accept: (value) => hasMixedClasses(value.slice(33)) },
  { name: 'Baidu Qianfan key', kind: 'api-key', pattern: 'bce-v3/ALTAK-[A-Za-z0-9]{21}/[0-9a-f]{40}' },
  { name: 'Feishu / Lark access token', kind: 'token', pattern: '[tu]-g1\\d{2}[A-Za-z0-9]{30,48}', accept: mixed },
  { name: 'Twitter bearer token', kind: 'token', pattern: 'A{22}[A-Za-z0-9%]{80,100}' },
  { name: 'Facebook access token', kind: 'token', pattern: 'EAA[MC][A-Za-z0-9]{100,}' },
  { name: 'Plaid access token', kind: 'token', pattern: 'access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  { name: 'Adafruit IO key', kind: 'api-key', pattern: 'aio_[A-Za-z0-9]{28}' },
  { name: 'Clojars token', kind: 'token', pattern: 'CLOJARS_[a-z0-9]{60}' },
  { name: 'Duffel token', kind: 'token', pattern: 'duffel_(?:test|live)_[\\w=-]{43}' },
  { name: 'Frame.io token', kind: 'token', pattern: 'fio-u-[\\w=-]{64}' },
  { name: 'Harness token', kind: 'token', pattern: 'pat\\.[\\w-]{22}\\.[0-9a-f]{24}\\.[\\w-]{20}' },
  { name: 'Infracost key', kind: 'api-key', pattern: 'ico-[A-Za-z0-9]{32}' },
  { name: 'ReadMe key', kind: 'api-key', pattern: 'rdme_[a-z0-9]{70}' },
  { name: 'Scalingo token', kind: 'token', pattern: 'tk-us-[\\w-]{48}' },
  { name: 'Adobe client secret', kind: 'secret', pattern: 'p8e-[A-Za-z0-9]{32}', accept: mixed },
  { name: 'Sourcegraph token', kind: 'token', pattern: 'sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}' },
  { name: 'Buildkite token', kind: 'token', pattern: 'bkua_[a-f0-9]{40}' },
  { name: 'CircleCI token', kind: 'token', pattern: 'CCIPAT_[A-Za-z0-9]{22}_[a-fA-F0-9]{40}' },
  { name: 'K3s cluster token', kind: 'token', pattern: 'K10[a-f0-9]{64}::[\\w.-]{1,64}:[A-Za-z0-9]{16,}' },
  { name: 'Cloudflare Origin CA key', kind: 'api-key', pattern: 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}' },
  { name: 'Tailscale key', kind: 'token', pattern: 'tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9]{8,}-[A-Za-z0-9]{20,}' },
  // NATS NKEY seeds: `S`, the key type (user, account, operator, server, cluster, curve), base32.
  { name: 'NATS NKEY seed', kind: 'private-key', pattern: 'S[UAONCX][A-Z2-7]{56}' },
  { name: 'Kubernetes bootstrap token', kind: 'token', lead: '--token[ =]', pattern: '[a-z0-9]{6}\\.[a-z0-9]{16}' },
  // Qiniu's CLI keeps a key pair given on its command line: `qshell account AK SK NAME` (40 characters each).
  { name: 'Qiniu access key on the qshell command line', kind: 'access-key-id', lead: '\\bqshell[ \\t]+account[ \\t]+(?:-{1,2}\\w+[ \\t]+){0,3}', pattern: '[\\w-]{40}' },
  { name: 'Qiniu secret key on the qshell command line', kind: 'secret', lead: '\\bqshell[ \\t]+account[ \\t]+(?:-{1,2}\\w+[ \\t]+){0,3}[\\w-]{40}[ \\t]+', pattern: '[\\w-]{40}' },
  // Jetty's obfuscated passwords (`OBF:1x8z…` in realm.properties and jetty.xml) decode with a public algorithm.
  { name: 'Jetty obfuscated password', kind: 'password', lead: '(?<![\\w])OBF:', pattern: '[a-z0-9]{8,256}' },
  // A Jenkins API token: `11` and 32 hex digits, on a line that names Jenkins (the shape alone is any hex).
  { name: 'Jenkins API token', kind: 'token', pattern: '11[0-9a-f]{32}', keyword: /jenkins/i },
  // An IoT platform device's triple (ProductKey `a1…`, DeviceName, DeviceSecret) written with slashes or commas, as
  // people paste it: the secret is the third part.
  { name: 'IoT device secret in a product-key triple', kind: 'secret', lead: '(?<![\\w])a1[A-Za-z0-9]{9}[ \\t]*[/,|][ \\t]*[\\w.:@-]{1,32}[ \\t]*[/,|][ \\t]*', pattern: '[A-Za-z0-9]{32}' },
  // A Proxmox VE API token: `user@realm!tokenid=UUID`, as the `PVEAPIToken=` header and its CLI print it (also spaced:
  // `terraform@pve!tf  =  …`).
  // A Proxmox VE or Backup Server login ticket (`PVE:root@pam:EAEF0340::…`, the `PVEAuthCookie`): a session whoever holds logs in with.
  { name: 'Proxmox ticket', kind: 'token', pattern: 'P(?:VE|BS):[\\w.-]{1,64}@[\\w.-]{1,64}:[0-9A-F]{8}::[A-Za-z0-9+/]{100,}={0,2}' },
  { name: 'Proxmox VE API token', kind: 'token', lead: '(?<=[\\w.-])@[\\w.-]{1,64}![\\w.-]{1,64}[ \\t]*=[ \\t]*', pattern: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}' },
  // A Steam game server login token given to a dedicated server (`+sv_setsteamaccount TOKEN` on its command line, also in
  // exec form; `sv_setsteamaccount "TOKEN"` in server.cfg).
  { name: 'Steam game server login token', kind: 'token', lead: '(?<![\\w-])\\+?sv_setsteamaccount["\']?(?:[ \\t]*,)?[ \\t]*["\']?', pattern: '[A-F0-9]{32}' },
  // A Tianditu (天地图) map key in a tile service URL (`…tianditu.gov.cn/img_w/wmts?…&tk=…`, `&amp;tk=` in HTML), as a
  // server proxies it.
  { name: 'Tianditu map key', kind: 'token', lead: 'tianditu\\.(?:gov\\.cn|com)/[^\\s?#]{0,200}\\?(?:[^\\s#&]{0,200}&(?:amp;)?){0,20}tk=', pattern: '[0-9a-f]{32}' },
  // DNSPod's API login token is written `ID,TOKEN` (`login_token=482913,…`; lego's and acme.sh's settings too).
  { name: 'DNSPod login token', kind: 'token', lead: '\\b(?:login_token|DNSPOD_API_KEY|dns_dnspod_token|dnspod_token)["\']?[ \\t]*[=:][ \\t]*["\']?\\d{1,12},', pattern: '[A-Za-z0-9]{32}' },
  // A CAS ticket-granting ticket (the single sign-on session) and the service and proxy tickets it issues, in a redirect's
  // query or the REST API's path: `TGT-28562-…-cas01`, `ST-8434-…`. A branch or an issue key (`ST-1234-fix-login`) is
  // words, also in camel case (`ST-4521-AddUserProfileV2`); a ticket holds a run of both cases and digits, with lone
  // lower-case letters among capitals. (A path's slash may come right before it: the lead, not a run check,
  // says where it starts.)
  {
    name: 'CAS ticket',
    kind: 'token',
    lead: '(?<![\\w-])',
    pattern: '(?:TGT|PGT|ST|PT)-\\d{1,12}-[A-Za-z0-9.-]{10,200}',
    accept: (value) => {
      const random = value.replace(/^[A-Z]+-\d+-/, '');
      return /[A-Za-z0-9]{10,}/.test(random) && hasMixedClasses(random) && /(?:^|[^a-z])[a-z](?![a-z])/.test(random);
    },
  },
  // Weights & Biases' API key given to `wandb login` (40 hex digits; a self-hosted server's key starts `local-`), after the
  // command's flags (`--relogin --host https://…`).
  { name: 'Weights & Biases API key', kind: 'api-key', lead: '\\bwandb[ \\t]+login(?:[ \\t]+--?[\\w-]+(?:[ \\t=](?!-)[^\\s;&|]+)?){0,6}[ \\t]+', pattern: '(?:local-)?[0-9a-f]{40}' },
  // Mercado Pago's access token: `APP_USR-` (or `TEST-`), the application's number, a date-like part, 32 hex digits and the
  // user's number. (Its public key is `APP_USR-` and a UUID.)
  { name: 'Mercado Pago access token', kind: 'token', pattern: '(?:APP_USR|TEST)-\\d{10,19}-\\d{6}-[0-9a-f]{32}-\\d{6,12}' },
  // Xendit's secret API keys (`xnd_production_…`, `xnd_development_…`; public keys are `xnd_public_…`).
  { name: 'Xendit secret key', kind: 'api-key', pattern: 'xnd_(?:production|development)_[A-Za-z0-9+/]{39,127}[A-Za-z0-9+]={0,2}' },
  // Phabricator's Conduit API tokens (`api-` and, for the arc client, `cli-`, then 28 characters of base32). A name
  // such as `api-managementconfiguration` is words: a token holds a digit or a run of five consonants.
  {
    name: 'Phabricator Conduit token',
    kind: 'token',
    pattern: '(?:api|cli)-[a-z2-7]{28}',
    accept: (value) => /[2-7]/.test(value) || /[b-df-hj-np-tv-z]{5}/.test(value.slice(4)),
  },
  // Blockchain node providers put the project's key in the RPC URL's path: Alchemy (`…g.alchemy.com/v2/KEY`), Infura
  // (`…infura.io/v3/KEY`, also its WebSocket `/ws/v3/`), QuickNode (`…quiknode.pro/KEY/`), Ankr (`rpc.ankr.com/CHAIN/KEY`,
  // `…/CHAIN/ws/KEY`, `…/premium-http/CHAIN/KEY`); Alchemy's older domain and its NFT API too.
  { name: 'Alchemy RPC key', kind: 'token', lead: '\\.(?:g\\.alchemy\\.com|alchemyapi\\.io)/(?:nft/v[23]/|v2/)', pattern: '[A-Za-z0-9_-]{32}' },
  { name: 'Infura project key', kind: 'token', lead: '\\.infura\\.io/(?:ws/)?v3/', pattern: '[0-9a-f]{32}' },
  { name: 'QuickNode endpoint key', kind: 'token', lead: '\\.quiknode\\.pro/', pattern: '[0-9a-f]{40}' },
  { name: 'Ankr RPC key', kind: 'token', lead: '\\brpc\\.ankr\\.com/(?:premium-http/)?[a-z0-9_]{2,30}/(?:ws/)?', pattern: '[0-9a-f]{64}' },
  // Flagsmith's server-side environment key (its client-side key, shipped to browsers, has no prefix).
  { name: 'Flagsmith server-side key', kind: 'api-key', pattern: 'ser\\.[A-Za-z0-9]{22}' },
  // Segment's Public API token (it administers the workspace, despite its name).
  { name: 'Segment Public API token', kind: 'token', pattern: 'sgp_[A-Za-z0-9]{64}' },
  // WooCommerce's REST API consumer secret (its consumer key, `ck_…`, names the key).
  { name: 'WooCommerce consumer secret', kind: 'secret', pattern: 'cs_[0-9a-f]{40}' },
  // base64 of `{"a":"<account>","t":"<tunnel>","s":"<secret>"}`.
  { name: 'Cloudflare tunnel token', kind: 'token', pattern: 'eyJhIjoi[A-Za-z0-9+/_-]{60,}={0,2}' },
  // Stream keys: whoever holds one broadcasts on the channel. Twitch's is `live_`, the channel's number and 30 letters and digits;
  // YouTube's five groups of four (a line about streaming: the shape alone is also a licence's).
  { name: 'Twitch stream key', kind: 'token', pattern: 'live_\\d{6,12}_[A-Za-z0-9]{30}', accept: (value) => hasMixedClasses(value.slice(-30)) },
  { name: 'YouTube stream key', kind: 'token', pattern: '[a-z0-9]{4}(?:-[a-z0-9]{4}){4}', accept: mixed, keyword: /stream[ _-]?key|youtube|rtmp/i },
  // Apple's app-specific password (four groups of four small letters), on a line about such a password or an Apple ID.
  { name: 'Apple app-specific password', kind: 'password', pattern: '[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}', keyword: /app[ _-]?specific|specifica|apple[ _-]?id|icloud|专用密码|altool|notarytool/i },
  // A PEM private key, base64-encoded again (kubeconfig `client-key-data`, Secret `tls.key`).
  {
    name: 'base64 PEM private key',
    kind: 'private-key',
    pattern: 'LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,}={0,2}',
    accept: (value) => /PRIVATE KEY/.test(Buffer.from(value.slice(0, 80), 'base64').toString('latin1')),
  },
];

// A match may not start or end inside a longer run of token characters (base64 blobs, hashes);
// after a URL escape (`%3D`, `%2F`) a token may start. The start is checked in code rather than
// with a leading lookbehind, so each regex begins with its literal prefix and scans fast.
const TOKEN_CHAR = /[A-Za-z0-9+/_-]/;
const BASE64_CHAR = /[A-Za-z0-9+/]/;
const AFTER = '(?![A-Za-z0-9_-])';
const COMPILED = VENDOR_FORMATS.map((format) => ({
  format,
  regex: new RegExp(format.lead ? `(?:${format.lead})(${format.pattern})${AFTER}` : `(${format.pattern})${AFTER}`, 'g'),
}));

/** Whether `index` continues a run of `chars` (and does not follow a URL escape such as `%3D`). */
export function startsInsideRun(text: string, index: number, chars: RegExp = TOKEN_CHAR): boolean {
  if (index === 0 || !chars.test(text[index - 1])) return false;
  // (Nor does one right after a URL's scheme: `odps://LTAI…:…@project`, a key id as the user; nor after a string's escaped line
  // break or tab, `"1747011667123\nSEC…"`.)
  return !/%[0-9A-Fa-f]{2}$|:\/\/$|(?<!\\)\\[nrt]$/.test(text.slice(Math.max(0, index - 3), index));
}

/** Matches of a global regex that do not start inside a base64 run (so keys are never cut out of blobs). */
export function* matchesOutsideBase64(text: string, regex: RegExp): Generator<RegExpExecArray> {
  for (const match of text.matchAll(regex)) if (!startsInsideRun(text, match.index, BASE64_CHAR)) yield match;
}

/** The line holding `index` (at most 500 characters either side). */
function lineAround(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 500), index);
  const after = text.slice(index, index + 500);
  return `${before.slice(before.search(/[^\r\n]*$/))}${after.split(/[\r\n]/, 1)[0]}`;
}

/** Spans of every vendor-format token in the text. */
export function findVendorTokens(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const { format, regex } of COMPILED) {
    for (const match of text.matchAll(regex)) {
      const end = match.index + match[0].length;
      const start = end - match[1].length - (format.head ?? 0);
      const value = text.slice(start, end);
      // A lead (`--token `, `/bot`) marks where the token starts, so the run check does not apply.
      if ((!format.lead && startsInsideRun(text, start)) || isPlaceholder(value) || (format.accept && !format.accept(value))) continue;
      if (format.keyword && !format.keyword.test(lineAround(text, start))) continue;
      spans.push({ kind: format.kind, start, end: start + value.length });
    }
  }
  return spans;
}
