// Secrets in program text and in dumps of it, where a call or a data structure, not `name = value`,
// ties a value to its meaning: setters and map puts, connect and login calls with positional arguments,
// name/value pairs in two fields, defaults after environment look-ups, PHP and CGI variable dumps.
import type { RedactionSpan } from './redaction';
import { pushIfPassword, pushIfSecret, pushNamedValue } from './redaction-assignments';
import { pushCookieValues } from './redaction-http';
import { classifyKey } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { hasMixedClasses, isGeneratedToken, isPlaceholder, isPlausibleToken, isUuid, looksLikePassword, looksLikePasswordWithDigit } from './redaction-values';

// Setters, builders and map puts in code: `.setAccessKeySecret("…")`, `.withSk("…")`, `.password("…")`,
// `put("password", "…")`, `os.getenv("DB_PASSWORD", "…")`, `env('DB_PASSWORD', '…')`.
// Go builders capitalise the verb (`WithAk("…")`, `SetPassword("…")`).
const SETTER_CALL = /(?:(?<![\w$])(?:[Ss]et|[Ww]ith)_?|(?<=\.))([A-Za-z]\w*)\(\s*(["'])([^"'\r\n]*)\2/g;
// The key may be Chinese or a few words (`setProperty("数据库密码", "…")`, `put("root password", "…")`).
const MAP_PUT = /\(\s*(["'])([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff-]*(?: [A-Za-z\u4e00-\u9fff][\w.\u4e00-\u9fff-]*){0,2})\1\s*,\s*(["'])([^"'\r\n]*)\3/g;
// A name and its value as two quoted words, nothing between them but blanks, ending the line: printer and device
// command languages (Zebra SGD `! U1 setvar "wlan.wpa.psk" "…"`), Tcl and shell helpers (`set_conf "db.password" "…"`).
// (A value of words, `"GameUI_ServerPassword"  "Server password"` in a game's strings file, is a label.)
const QUOTED_PAIR = /(?<![\w"'])(["'])([A-Za-z_][\w.-]{0,80})\1[ \t]+(["'])([^"'\s]{1,256})\3[ \t]*(?:;[ \t]*)?(?=\r?\n|$)/g;
// A put keyed by a constant (`props.put(PropertyKeyConst.SecretKey, "…")`): the constant's last name says what it is.
// JMS and MQ factories take the constant through a typed setter (`cf.setStringProperty(WMQConstants.PASSWORD, "…")`).
const CONSTANT_PUT = /\.(?:put|set|add|set[A-Z]?\w*Property)\(\s*(?:[A-Z]\w*\.)+([A-Za-z_]\w*)\s*,\s*(["'])([^"'\r\n]*)\2/g;
// PowerShell names and values a setting in two parameters: `Set-ItemProperty -Path … -Name HwSk -Value '…'`,
// `New-ItemProperty`, `Set-Variable`, `Set-Secret` (other parameters may stand between them).
const POWERSHELL_NAME_VALUE = /-Name[ \t]+(["']?)([\w.-]{1,64})\1(?:[ \t]+-(?!Value\b)\w+(?:[ \t]+(?!-)\S+)?){0,3}[ \t]+-Value[ \t]+(["'])([^"'\r\n]{1,2048})\3/dgi;
// COBOL working storage: a level number, the name, its picture and the initial value (`05 WS-AUTH-PASS PIC X(12) VALUE 'x'.`).
const COBOL_VALUE = /^[ \t]*\d{2}[ \t]+([A-Z][\w-]*)[ \t]+PIC(?:TURE)?[ \t]+[X9A]\(\d{1,4}\)[ \t]+VALUE[ \t]+(["'])([^"'\r\n]+)\2/dgim;
// COBOL's procedure moving a literal into a field (`MOVE 'x' TO WS-PASSWORD.`), and an IBM MQ command's attribute
// (`LDAPPWD('…')`, `PASSWORD('…')`).
const COBOL_MOVE = /\bMOVE[ \t]+(["'])([^"'\r\n]{1,256})\1[ \t]+TO[ \t]+([A-Z][\w-]{0,63})/dg;
const MQSC_ATTRIBUTE = /(?<![\w-])([A-Z][A-Z0-9]{2,30})\([ \t]*'((?:[^'\r\n]|'')+)'[ \t]*\)/dg;
// A secret named on a command line and given in another option: `drone secret add --name huawei_sk --data …`,
// `gh secret set NAME --body …`, `pulumi config set --secret stack:dbPassword …`.
const CLI_NAMED_SECRET = [
  /--name[ =]["']?([\w.-]{1,64})["']?(?:[ \t]+--?[\w-]+(?:[ =](?!--)\S+)?){0,4}?[ \t]+--(?:data|value|body)[ =](["']?)([^\s"']{1,2048})\2/dg,
  /\bgh[ \t]+secret[ \t]+set[ \t]+([\w.-]{1,64})(?:[ \t]+--?[\w-]+(?:[ =](?!--)\S+)?){0,4}?[ \t]+(?:-b|--body)[ =](["']?)([^\s"']{1,2048})\2/dg,
  /\bpulumi[ \t]+config[ \t]+set[ \t]+(?:--(?:secret|plaintext)[ \t]+)?(?:[\w.-]+:)?([A-Za-z][\w.-]{0,63})[ \t]+(["']?)([^\s"'-][^\s"']{0,2047})\2/dg,
  // .NET's `dotnet user-secrets set "Jwt:SigningKey" "…"`: the setting's path ends in its name.
  // Netlify's `netlify env:set NAME value`.
  /\bnetlify[ \t]+env:set[ \t]+([A-Za-z_][\w.-]{0,63})[ \t]+(["']?)([^\s"'-][^\s"']{0,2047})\2/dg,
  /\bdotnet[ \t]+user-secrets(?:[ \t]+(?:-p|--project|--id|-c|--configuration)[ \t]+\S+){0,3}[ \t]+set(?:[ \t]+(?:-p|--project|--id|-c|--configuration)[ \t]+\S+){0,3}[ \t]+["']?([A-Za-z][\w.:-]{0,127})["']?[ \t]+(["']?)([^\s"'-][^\s"']{0,2047})\2/dg,
];
// A literal key given to an HMAC call (`createHmac('sha256', '…')`, `HmacUtil.sign(payload, "…")`, `hmac.new(b"…", …)`):
// a string argument that looks generated.
const HMAC_CALL = /\b(?:createHmac|[Hh]mac\w*|HMAC\w*)(?:\.\w+)?[ \t]*\(([^()\r\n]{0,300})\)/dg;
// A literal given to a symmetric key's constructor (.NET `new SymmetricSecurityKey(Encoding.UTF8.GetBytes("…"))`,
// Java `new SecretKeySpec("…".getBytes(), "HmacSHA256")`), which may wrap it in a conversion call.
const KEY_CONSTRUCTOR = /\b(?:SymmetricSecurityKey|SecretKeySpec)[ \t]*\(([^\r\n]{0,300})/dg;
// A credentials object built from a key and its secret (Baidu's `BceCredentials('ak', 'sk')`, AWS's
// `new BasicAWSCredentials("AKIA…", "…")`, `AwsBasicCredentials.create(…)`): both literals, when the first is no user name.
const KEY_PAIR_CREDENTIALS = /\b[A-Z]\w{0,40}Credentials?(?:\.create)?[ \t]*\([ \t]*(["'])([A-Za-z0-9_-]{16,128})\1[ \t]*,[ \t]*(["'])([^"'\s]{16,256})\3/dg;
// Express signs cookies with the literals given to `cookieParser('…')` or `cookieParser(['current', 'previous'])`.
const COOKIE_SECRET_CALL = /\bcookieParser[ \t]*\(([^()\r\n]{0,400})\)/dg;
const STRING_ARGUMENT = /(?<![\w])b?(["'])([^"'\r\n]{16,256})\1/dg;
// SQL `SET PASSWORD [FOR user] = 'x'`, Mongo `changeUserPassword("u", "x")`, Python `auth=("u", "x")`
// and `HTTPBasicAuth("u", "x")`: the second string.
const PASSWORD_CALLS = [
  /\bSET[ \t]+PASSWORD(?:[ \t]+FOR[ \t]+\S+)?[ \t]*=[ \t]*(?:PASSWORD\([ \t]*)?(["'])([^"'\r\n]*)\1/dgi,
  // T-SQL `EXEC sp_addlogin 'login', 'password'` and `sp_password 'old', 'new'`: the second string.
  /\bsp_(?:addlogin|password)[ \t]+(?:@\w+[ \t]*=[ \t]*)?(?:NULL|N?'[^'\r\n]*')[ \t]*,[ \t]*(?:@\w+[ \t]*=[ \t]*)?N?(')([^'\r\n]*)'/dgi,
  // T-SQL `CREATE LOGIN x WITH PASSWORD = N'…'`.
  /\bPASSWORD[ \t]*=[ \t]*N(')([^'\r\n]*)'/dg,
  // A client's `auth` call with one string (`$redis->auth('…')`, `client.auth("…")`): Redis and Memcached passwords.
  /(?:->|\.)auth\([ \t]*(["'])([^"'\r\n]{6,256})\1[ \t]*\)/dg,
  // Expect scripts answer a password prompt: `expect "password:"` then `send "…\r"`, on the next line or after
  // a semicolon (last group: the answer).
  /\bexpect[ \t]+(?:-\w+[ \t]+)?(["'{])[^"'{}\r\n]*(?:assword|asscode|assphrase|密码|口令)[^"'{}\r\n]*["'}][ \t]*(?:;[ \t]*|\r?\n[ \t]*)send[ \t]+(?:--[ \t]+)?(["'{])((?:[^"'{}\\\r\n]|\\(?![rn]))+)/dg,
  /\b(?:changeUserPassword|HTTPBasicAuth|HTTPDigestAuth|BasicAuth|SetBasicAuth|setBasicAuth|withBasicAuth|basic_auth|req_auth_basic|authenticate|auth|NetworkCredential|PasswordAuthentication|UsernamePasswordCredentials|UsernamePasswordCredential)[ \t]*[=(][ \t]*\(?[ \t]*(["'])[^"'\r\n]*\1[ \t]*,[ \t]*(["'])([^"'\r\n]*)\2/dg,
  // WinINet's `InternetConnect(hInternet, server, port, user, password, service, …)` (an FTP upload in a VBA module or C).
  /\bInternetConnect[AW]?[ \t]*\([^,()\r\n]{1,80},[ \t]*"[^"\r\n]*"[ \t]*,[^,()\r\n]{1,40},[ \t]*"[^"\r\n]*"[ \t]*,[ \t]*"([^"\r\n]+)"/dg,
  // Office VBA: a workbook or sheet protected with a password (`ThisWorkbook.Protect "…"`, `.Unprotect Password:="…"`),
  // and a CDO setting whose name ends in password (`.Item("…/sendpassword") = "…"`).
  /\.(?:Protect|Unprotect)[ \t]+(?:Password:=[ \t]*)?"([^"\r\n]+)"/dg,
  /\.Item\([ \t]*"[^"\r\n]{0,120}(?:password|passwd|pwd)"[ \t]*\)[ \t]*=[ \t]*"([^"\r\n]+)"/dgi,
];
// A name and its value in two fields: Kubernetes `env` (`- name: DB_PASSWORD` then `value: …`), HAR
// and other JSON (`{"name": "Authorization", "value": "Bearer …"}`, pretty-printed or not), Envoy headers (`key: …, value: …`),
// Spring's binding errors (`Property: spring.rabbitmq.password` then `Value: "…"`, each line maybe after the log's time), OCPP 2.0's variables (`"variable":
// {"name": "BasicAuthPassword"}, "attributeValue": "…"`). An unquoted value may hold spaces (`value: Basic …`).
// Postman's API-key authorisation names the secret field `value` (`"apikey": [{"key": "value", "value": "…"}, {"key": "key", …}]`).
const POSTMAN_API_KEY = /"apikey"[ \t]*:[ \t]*\[[^\]]{0,400}?\{[ \t]*"key"[ \t]*:[ \t]*"value"[ \t]*,[ \t]*"value"[ \t]*:[ \t]*"([^"\r\n]{1,2048})"/dg;
const NAME_THEN_VALUE =
  /\b(?:[Nn]ame|[Kk]ey|[Pp]roperty)["']?[ \t]*:[ \t]*["']?([A-Za-z_][\w.-]*)["']?[ \t]*(?:\}[ \t]*)?(?:,[ \t]*(?:\r?\n[ \t]*)?|\r?\n(?:\d{4}-\d\d-\d\d[T ][\d:.,]{8,15}(?:Z|[+-]\d\d:?\d\d)?[ \t]+)?[ \t]*-?[ \t]*)["']?(?:[Vv]alue|attributeValue)["']?[ \t]*:[ \t]*(?:(["'])((?:[^"'\\\r\n]|\\.)*)\2|([^\s"',}#]+(?:[ \t]+[^\s"',}#]+)*))/dg;
// Headers as a list of pairs (Sentry events, some HTTP client dumps): `["Cookie", "sid=…"]`, `["Authorization", "Bearer …"]`;
// a header's name is capitalised (`["password", "x"]` is a row of words).
const HEADER_PAIR = /\[[ \t]*"([A-Z][\w-]{0,63})"[ \t]*,[ \t]*"((?:[^"\\\r\n]|\\.){1,4096})"[ \t]*\]/dg;
// Several names given several literals at once (Python, Go, Lua, Ruby): `url, db, username, password = "…", "…", "…", "…"`.
const TUPLE_ASSIGNMENT = /^[ \t]*((?:[A-Za-z_]\w*[ \t]*,[ \t]*){1,8}[A-Za-z_]\w*)[ \t]*:?=[ \t]*((?:(["'])[^"'\r\n]*\3[ \t]*,[ \t]*){1,8}(["'])[^"'\r\n]*\4)[ \t]*$/gm;
// Android's `buildConfigField "String", "MAP_KEY", "\"…\""` (and `resValue`): a type, a name and an escaped literal.
const BUILD_CONFIG_FIELD = /\b(?:buildConfigField|resValue)[ \t(]+["'][\w.]+["'][ \t]*,[ \t]*["']([A-Za-z_][\w.]*)["'][ \t]*,[ \t]*["'](?:\\")?([^"'\\\r\n]{1,512})(?:\\")?["']/dg;
// Cookie names that say a HAR cookie's value is a session (`JSESSIONID`, `connect.sid`, `_gitlab_session`).
const SESSION_COOKIE_NAME = /sess|sid|token|auth|csrf|xsrf|jwt|login|remember/i;
// Space-separated environment settings: Dockerfile `ENV NAME value`, Apache `SetEnv`, csh `setenv`,
// fish `set -gx`, Windows `setx NAME value [/M]`; and C macros (`#define WIFI_PASS "…"` in firmware).
const SPACED_ENV =
  /^[ \t]*(?:(?:PS[ \t]+)?[A-Za-z]:\\[^>\r\n]*>[ \t]*)?(?:ENV|SetEnv|setenv|set[ \t]+-[gxUu]+|setx(?:[ \t]+\/[Mm])?|#define)[ \t]+([A-Za-z_]\w*)[ \t]+(?:(["'])([^"'\r\n]*)\2|([^\s"']+))(?:[ \t]+\/[Mm])?[ \t]*(?:\/\/[^\r\n]*|\/\*[^\r\n]*?\*\/[ \t]*)?$/dgm;
// Terraform: `variable "db_password" { default = "…" }`.
const HCL_VARIABLE_DEFAULT = /\bvariable[ \t]+"([\w-]+)"[ \t]*\{[^{}]{0,400}?\bdefault[ \t]*=[ \t]*"([^"\r\n]*)"/dg;
// SQL: `IDENTIFIED BY '…'` (MySQL), `PASSWORD '…'` (PostgreSQL), Oracle's unquoted `IDENTIFIED BY …`.
// Oracle's `… REPLACE '…'` after it gives the old password.
const SQL_PASSWORD = /\b(?:IDENTIFIED(?:\s+WITH\s+\w+)?\s+BY|PASSWORD|(?<=\bIDENTIFIED\s{1,8}BY\s{1,8}["'][^"'\r\n]{0,256}["']\s{1,8})REPLACE)\s+(["'])([^"'\r\n]*)\1/gi;
const SQL_USER_STATEMENT = /\b(?:create|alter)[ \t]+(?:user|role|login)\b|\bset[ \t]+role\b|\bgrant\b|\bconnect\b/i;
const SQL_UNQUOTED_PASSWORD = /\bIDENTIFIED[ \t]+BY[ \t]+(?!(?:VALUES|PASSWORD|RANDOM)\b)(?=[0-9]*[A-Za-z])([A-Za-z0-9][^\s;'"]*)/dgi;
// Shell and Spring defaults: `${DB_PASSWORD:-x}`, `${DB_PASSWORD-x}`, `${DB_PASSWORD:=x}`, `${DB_PASSWORD:x}`.
// A literal a program falls back on when the environment lacks the variable: JavaScript `process.env.NAME ?? '…'`
// and `|| '…'`; `ltrace` printing what `getenv("NAME")` returned (`= "…"`).
const ENVIRONMENT_FALLBACKS = [/\bprocess\.env\.([A-Za-z_]\w*)[ \t]*(?:\?\?|\|\|)[ \t]*(["'`])([^"'`\r\n]{1,2048})\2/dg, /\bgetenv\("([A-Za-z_]\w*)"\)[ \t]*=[ \t]*(")([^"\r\n]{1,2048})"/dg];
const EXPANSION_DEFAULT = /\$\{([A-Za-z_][\w.-]*)(?::[-=]?|-|=)([^\s{}$?+][^\s{}$]*)\}/dg;
// PHP `var_dump` (`["PHP_AUTH_PW"]=> string(12) "…"`) and `print_r` (`[DB_PASSWORD] => …`) of request variables.
const PHP_DUMPS = [/\[(["']?)([A-Za-z_][\w.-]*)\1\]=>[ \t]*(?:\r?\n[ \t]*)?string\(\d+\)[ \t]*"([^"\r\n]*)"/dg, /^[ \t]*\[([A-Za-z_][\w.-]*)\] => ([^\r\n]*[^\s])[ \t]*$/dgm];

// A driver's class where a call takes one in the password's place (`Sql.newInstance(url, props, "com.mysql.jdbc.Driver")`),
// and a media type where a constructor of the same name takes other strings (`Credentials(…, "application/json", "text/plain")`).
const NOT_A_PASSWORD_ARGUMENT = /^(?:(?:[a-z]\w*\.){2,}[A-Z][A-Za-z]*|(?:text|application|image|audio|video|multipart)\/[\w.+-]+)$/;

/** Calls whose arguments are (…, user, password, …) by position: which argument is the password. */
// `generic` calls are named too loosely to vouch for the value: it must look like a password by itself.
// `token` calls take an application's id or address and its key: the key must look generated.
// `generic`: the call's name says nothing of a login, so only a value that looks like a password counts (`strong`: both
// cases, a digit and a symbol, no slash — `v2.1.0`, `release-2024.06`, `Welcome2024`, a media type are no password).
// `generated`: a token that looks generated or is a UUID (a login name as long is no token).
const POSITIONAL_CALLS: ReadonlyArray<{ name: RegExp; password: number; generic?: true; strong?: true; token?: true; generated?: true }> = [
  // PHP, Java, Node, Python: (dsn or host, user, password, …).
  {
    // Also as stack traces print them (`PDO->__construct('mysql:…', 'shop', '…')`), Perl's `DBI->connect` and Groovy's
    // `Sql.newInstance(url, user, password, driver)`.
    name: /(?:\bnew[ \t]+(?:PDO|mysqli|Sequelize)|\b(?:PDO|mysqli)->__construct|\bDBI->connect|\b(?:mysqli_connect|mysql_p?connect|DriverManager\.getConnection|(?:groovy\.sql\.)?Sql\.newInstance|(?:pymysql|MySQLdb|mysql\.connector)\.connect|ssh2_auth_password|imap_open|ftp_login|ldap_bind))[ \t]*\(/g,
    password: 2,
  },
  // sbt's `Credentials(realm, host, user, password)`: four strings, the second a host (`repo.example.net`, `localhost`,
  // `nexus:8081`).
  { name: /(?<![\w.])Credentials[ \t]*\((?=[ \t]*"[^"\r\n]*"[ \t]*,[ \t]*"[\w.-]+(?::\d{1,5})?"[ \t]*,[ \t]*"[^"\r\n]*"[ \t]*,[ \t]*")/g, password: 3 },
  // Oracle (user, password, dsn); SMTP, FTP and IMAP logins (user, password).
  { name: /\b(?:cx_Oracle|oracledb)\.connect[ \t]*\(|\.login[ \t]*\(/g, password: 1 },
  // Go `smtp.PlainAuth(identity, user, password, host)`.
  { name: /\bsmtp\.PlainAuth[ \t]*\(/g, password: 2 },
  // Devices: Arduino and ESP32 Wi-Fi `WiFi.begin(ssid, password)`, `wifiMulti.addAP(ssid, password)`; MQTT
  // `client.username_pw_set(user, password)` (Paho).
  { name: /\b(?:WiFi\.begin|\.addAP|\.username_pw_set)[ \t]*\(/g, password: 1 },
  // MQTT `client.connect(clientId, user, password)` (PubSubClient, Arduino) and other three-string connects.
  // Oracle's (user, password, dsn) is read above.
  { name: /(?<!\b(?:cx_Oracle|oracledb))\.connect[ \t]*\((?=[ \t]*["'][^"'\r\n]*["'][ \t]*,[ \t]*["'][^"'\r\n]*["'][ \t]*,[ \t]*["'])/g, password: 2, generic: true },
  // Python clients of cameras and caches: ONVIF `ONVIFCamera(host, port, user, password)`, `bmemcached.Client(servers, user, password)`.
  { name: /\bONVIFCamera[ \t]*\(/g, password: 3 },
  { name: /\bbmemcached\.Client[ \t]*\(/g, password: 2 },
  // SASL logins of Memcached and Kafka clients: Java's `PlainCallbackHandler(user, password)`, PHP's `setSaslAuthData(user,
  // password)`, Go's `scram.Mechanism(algorithm, user, password)` (kafka-go).
  { name: /\b(?:PlainCallbackHandler|setSaslAuthData)[ \t]*\(/g, password: 1 },
  { name: /\bscram\.Mechanism[ \t]*\(/g, password: 2 },
  // WebLogic's WLST `connect(user, password, url)`: a bare call whose third argument is the admin server's URL (T3, IIOP, or HTTP with the server's port).
  { name: /(?<![\w.])connect[ \t]*\((?=[ \t]*["'][^"'\r\n]*["'][ \t]*,[ \t]*["'][^"'\r\n]*["'][ \t]*,[ \t]*["'](?:t3s?:\/\/|iiops?:\/\/|https?:\/\/[^"'\s/:]+:\d))/g, password: 1 },
  // A client built from an address and a login (`GIS("https://…/arcgis", user, password)`, `Jenkins(url, user, password)`,
  // NAPALM's `driver("10.100.0.21", "netops", password)`): a call whose first argument is an http(s) URL or an IPv4
  // address and whose next two are strings.
  {
    name: /(?<![\w.$])[A-Za-z_$][\w.$]{0,60}[ \t]*\((?=[ \t]*["'](?:https?:\/\/[^"'\r\n]*|\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?)["'][ \t]*,[ \t]*["'][^"'\r\n]*["'][ \t]*,[ \t]*["'])/g,
    password: 2,
    generic: true,
    strong: true,
  },
  // A login with one long string alone, no address or URL, is a token's (model hubs' `HubApi().login('…')`,
  // `huggingface_hub.login("…")`).
  { name: /\blogin[ \t]*\((?=[ \t]*["'][^"'\s,@/:]{20,}["'][ \t]*\))/g, password: 0, token: true, generated: true },
  // HTTP clients' basic logins: Gatling's `.basicAuth(user, password)`, Kotlin and Java builders' `basicAuth(…)`.
  { name: /(?<![\w$])basicAuth[ \t]*\((?=[ \t]*["'])/g, password: 1 },
  // LINE's SDK checks its webhooks with the channel secret: `WebhookHandler('…')`, `WebhookParser('…')` (32 hex).
  { name: /\bWebhook(?:Handler|Parser)[ \t]*\((?=[ \t]*["'][0-9a-f]{32}["'])/g, password: 0, token: true },
  // Tuya's cloud SDK: `TuyaOpenAPI(endpoint, access_id, access_secret)`.
  { name: /\bTuyaOpenAPI[ \t]*\(/g, password: 2, token: true },
  // Redis clients: `jedis.auth("…")`, `client.auth('…', cb)`, Lua `red:auth("…")`.
  { name: /[.:]auth[ \t]*\(/g, password: 0 },
  // The MySQL C API as `ltrace` prints it: (handle, host, user, password, db, port, …).
  { name: /\bmysql_real_connect[ \t]*\(/g, password: 3 },
  // MATLAB `database(datasource, user, password)`; R and Python SDKs' `authenticate(user or id, secret)`.
  { name: /(?<![\w.])database[ \t]*\((?=[ \t]*["'][^"'\r\n]*["'][ \t]*,[ \t]*["'][^"'\r\n]*["'][ \t]*,[ \t]*["'])/g, password: 2 },
  { name: /\bauthenticate[ \t]*\((?=[ \t]*["'][^"'\r\n]*["'][ \t]*,[ \t]*["'])/g, password: 1, generic: true },
  // Tableau's `TSC.PersonalAccessTokenAuth(name, token)`; search clients (application id or address, key): Algolia
  // `SearchClient(appId, key)` / `algoliasearch(appId, key)`, `meilisearch.Client(url, key)`.
  { name: /\b(?:PersonalAccessTokenAuth|\w*SearchClient\w*|algoliasearch|meilisearch\.Client)[ \t]*\(/g, password: 1, token: true },
];
// One argument: a string literal (group 1 quote, group 2 text) or any other expression up to a comma.
// Arguments may stand on lines of their own (`getConnection(\n    url, user, "…")`).
const ARGUMENT = /\s*(?:(["'])((?:[^"'\\\r\n]|\\.)*)\1|[^,()\r\n"']*(?:\([^()\r\n]*\)[^,()\r\n"']*)*)\s*(,|\))?/y;

/** Spans of secrets tied to their meaning by code or by a data structure. */
export function findCodeSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  return [...findCalls(text, profile), ...findNamedPairs(text, profile), ...findPositionalArguments(text), ...findNamedSettings(text, profile), ...findHmacKeys(text)];
}

/** Settings that name their value apart from it: PowerShell's `-Name … -Value …`, COBOL's `NAME PIC X(n) VALUE '…'`. */
function findNamedSettings(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const [pattern, name, value] of [
    [POWERSHELL_NAME_VALUE, 2, 4],
    [COBOL_VALUE, 1, 3],
    [COBOL_MOVE, 3, 2],
    [MQSC_ATTRIBUTE, 1, 2],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const keyClass = classifyKey(match[name]);
      // (An MQ attribute's value is also a word of state, `PASSWORDS('keep')`: only one that looks like a password counts.)
      if (keyClass) pushIfSecret(spans, pattern === MQSC_ATTRIBUTE ? { ...keyClass, anyShape: false } : keyClass, text, ...span(match, value), profile);
    }
  }
  return spans;
}

function findHmacKeys(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const call of text.matchAll(KEY_PAIR_CREDENTIALS)) {
    // A generated key id (letters and digits mixed, or 32 hex digits), then a generated secret.
    if (!(isGeneratedToken(call[2]) || /^[0-9a-f]{32}$/.test(call[2])) || isPlaceholder(call[4]) || !(isGeneratedToken(call[4]) || /^[0-9a-f]{32,64}$/.test(call[4]))) continue;
    const [idStart, idEnd] = call.indices?.[2] ?? [0, 0];
    const [secretStart, secretEnd] = call.indices?.[4] ?? [0, 0];
    spans.push({ kind: 'access-key-id', start: idStart, end: idEnd }, { kind: 'secret', start: secretStart, end: secretEnd });
  }
  for (const call of [...text.matchAll(HMAC_CALL), ...text.matchAll(KEY_CONSTRUCTOR), ...text.matchAll(COOKIE_SECRET_CALL)]) {
    const argumentsStart = (call.indices?.[1] ?? [0, 0])[0];
    for (const literal of call[1].matchAll(STRING_ARGUMENT)) {
      const [start, end] = literal.indices?.[2] ?? [0, 0];
      if (isGeneratedToken(literal[2]) && !isPlaceholder(literal[2])) spans.push({ kind: 'secret', start: argumentsStart + start, end: argumentsStart + end });
    }
  }
  return spans;
}

function span(match: RegExpExecArray, group: number): [number, number] {
  return match.indices?.[group] ?? [0, 0];
}

function findCalls(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const [pattern, name, value] of [
    [SETTER_CALL, 1, 3],
    [MAP_PUT, 2, 4],
    [CONSTANT_PUT, 1, 3],
    [QUOTED_PAIR, 2, 4],
  ] as const) {
    for (const match of text.matchAll(new RegExp(pattern.source, 'dg'))) {
      // `new PSCredential("CORP\ops", …)`, `NetworkCredential("user", …)`: a credential's first argument is its user.
      if (pattern === SETTER_CALL && /credentials?$/i.test(match[name])) continue;
      // A collection's name before an item's (Chef's `data_bag_item('passwords', 'smtp')`) names where the secret is kept.
      if (pattern === MAP_PUT && /(?:passwords|secrets|tokens|credentials|keys)$/i.test(match[name])) continue;
      const keyClass = classifyKey(match[name]);
      if (keyClass) pushIfSecret(spans, keyClass, text, ...span(match, value), profile);
    }
  }
  for (const match of text.matchAll(HCL_VARIABLE_DEFAULT)) {
    const keyClass = classifyKey(match[1]);
    if (keyClass) pushIfSecret(spans, keyClass, text, ...span(match, 2), profile);
  }
  for (const pattern of PASSWORD_CALLS) {
    for (const match of text.matchAll(pattern)) pushIfPassword(spans, text, ...span(match, match.length - 1));
  }
  for (const match of text.matchAll(new RegExp(SQL_PASSWORD.source, 'dgi'))) pushIfPassword(spans, text, ...span(match, 2));
  for (const match of text.matchAll(TUPLE_ASSIGNMENT)) pushTupleValues(spans, match, profile);
  for (const match of text.matchAll(POSTMAN_API_KEY)) {
    const [start, end] = span(match, 1);
    if (isPlausibleToken(match[1], 8)) spans.push({ kind: 'api-key', start, end });
  }
  for (const match of text.matchAll(SQL_UNQUOTED_PASSWORD)) {
    // A word in prose ("accounts identified by identical hashes") is no password; in a statement any word is (`… BY tiger`).
    // The statement starts after the last semicolon, on this line or one above (at most 300 characters back, so a long
    // line of matches is not read again from each).
    const before = text.slice(Math.max(0, match.index - 300), match.index);
    const statement = SQL_USER_STATEMENT.test(before.slice(before.lastIndexOf(';') + 1));
    if (statement || looksLikePassword(match[1])) pushIfPassword(spans, text, ...span(match, 1));
  }
  return spans;
}

function findNamedPairs(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const pattern of [NAME_THEN_VALUE, SPACED_ENV, HEADER_PAIR, BUILD_CONFIG_FIELD]) {
    for (const match of text.matchAll(pattern)) {
      const group = pattern === HEADER_PAIR || pattern === BUILD_CONFIG_FIELD ? 2 : match[3] !== undefined ? 3 : 4;
      // A request's anti-forgery header (`x-csrf-token`) repeats what the page was given; it opens nothing alone.
      if (pattern === NAME_THEN_VALUE && /^x-(?:csrf|xsrf)-token$/i.test(match[1])) continue;
      const [start, end] = span(match, group);
      const before = spans.length;
      // A HAR header `{"name": "cookie", "value": "a=b; c=d"}`: the value is read pair by pair.
      const cookie = /^(set-)?cookie$/i.exec(match[1]);
      if (cookie) pushCookieValues(spans, start, text.slice(start, end), cookie[1] !== undefined);
      else pushNamedValue(spans, match[1], text, start, end, profile);
      // A HAR cookie (`{"name": "JSESSIONID", "value": "…"}`) whose name says it is a session.
      if (spans.length === before && pattern === NAME_THEN_VALUE && SESSION_COOKIE_NAME.test(match[1]) && isGeneratedToken(decodeURIComponentSafe(match[group]))) {
        spans.push({ kind: 'cookie', start, end });
      }
    }
  }
  for (const pattern of CLI_NAMED_SECRET) {
    for (const match of text.matchAll(pattern)) pushNamedValue(spans, match[1], text, ...span(match, 3), profile);
  }
  for (const pattern of ENVIRONMENT_FALLBACKS) {
    for (const match of text.matchAll(pattern)) pushNamedValue(spans, match[1], text, ...span(match, 3), profile);
  }
  for (const match of text.matchAll(EXPANSION_DEFAULT)) {
    if (!isPlaceholder(match[2])) pushNamedValue(spans, match[1], text, ...span(match, 2), profile);
  }
  for (const [index, pattern] of PHP_DUMPS.entries()) {
    for (const match of text.matchAll(pattern)) pushNamedValue(spans, match[index === 0 ? 2 : 1], text, ...span(match, index === 0 ? 3 : 2), profile);
  }
  return spans;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value).replace(/[:.]/g, '');
  } catch {
    return value;
  }
}

/** A literal no version, name or path is: both cases, a digit and a symbol, no slash. */
function isStrongLiteral(value: string): boolean {
  return looksLikePasswordWithDigit(value) && hasMixedClasses(value) && /[^\w]/.test(value) && !value.includes('/');
}

/** The password argument of connect and login calls, when it is a string literal. */
function findPositionalArguments(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const { name, password, generic, strong, token, generated } of POSITIONAL_CALLS) {
    for (const call of text.matchAll(name)) {
      let cursor = call.index + call[0].length;
      for (let index = 0; index <= password; index += 1) {
        ARGUMENT.lastIndex = cursor;
        const argument = ARGUMENT.exec(text);
        if (!argument || argument[0].length === 0) break;
        if (index === password) {
          if (argument[1] !== undefined) {
            const start = cursor + argument[0].indexOf(argument[1]) + 1;
            if (token) {
              if (isPlausibleToken(argument[2], 16) && (!generated || isGeneratedToken(argument[2]) || isUuid(argument[2]))) spans.push({ kind: 'token', start, end: start + argument[2].length });
            } else if ((!generic || (strong ? isStrongLiteral(argument[2]) : looksLikePassword(argument[2]))) && !NOT_A_PASSWORD_ARGUMENT.test(argument[2])) {
              pushIfPassword(spans, text, start, start + argument[2].length);
            }
          }
          break;
        }
        if (argument[3] !== ',') break;
        cursor += argument[0].length;
      }
    }
  }
  return spans;
}

/** Pairs the names of a tuple assignment with its literals, by position; each value is judged by its name. */
function pushTupleValues(spans: RedactionSpan[], match: RegExpMatchArray, profile: RedactionProfile): void {
  const names = match[1].split(',').map((name) => name.trim());
  const valuesStart = (match.index ?? 0) + match[0].indexOf(match[2], match[1].length);
  const literals = [...match[2].matchAll(/(["'])([^"'\r\n]*)\1/g)];
  if (literals.length !== names.length) return;
  for (const [position, literal] of literals.entries()) {
    const keyClass = classifyKey(names[position]);
    const start = valuesStart + (literal.index ?? 0) + 1;
    if (keyClass) pushIfSecret(spans, keyClass, match.input ?? '', start, start + literal[2].length, profile);
  }
}
