// Secrets in server and provisioning configuration, where a directive or the file's layout, not a field name, says what a
// word is: Redis `requirepass` and ACL users, `.pgpass` and `.netrc` lines, proxy header directives, cloud-init password
// lists, Consul token blocks, CI log commands that mark a value secret, and secret files printed to a terminal.
import { DPAPI_BLOB_START, HEIDISQL_SETTING, REGISTRY_FILE_HEX, REGISTRY_VALUE } from './redaction-registry-formats';
import type { RedactionSpan } from './redaction';
import { pushIfSecret, pushNamedValue } from './redaction-assignments';
import { pushArgument } from './redaction-cli-positional';
import { COMPOSER_TOKEN_BLOCKS } from './redaction-credential-files';
import { kindForValue, passwordKind } from './redaction-key-values';
import { classifyKey, type KeyClass } from './redaction-keys';
import { NAME_VALUE_CELL, NAME_VALUE_LINE } from './redaction-name-value-lines';
import type { RedactionProfile } from './redaction-profile';
import {
  hasMixedClasses,
  isCodeReference,
  isGeneratedToken,
  isPlaceholder,
  isUuid,
  looksLikePassword,
  looksLikePasswordWithDigit,
  looksLikeSecretWithoutSeparator,
  looksRandom,
} from './redaction-values';

const WORD_OR_QUOTED = '("[^"\\r\\n]*"|\'[^\'\\r\\n]*\'|\\S+)';
// A `.pgpass` line's host, port, database and user, before its password.
const PGPASS_FIELDS = '(?!(?:[Mm][Dd]5|[Ss][Hh][Aa]\\d{0,3}):[0-9a-fA-F]{2}:)(?:(?=[\\w.-]{0,253}[A-Za-z.])[\\w.-]{1,253}|\\*):(?:\\d{2,5}|\\*):[^\\s:]{1,64}:[^\\s:]{1,64}:(?!\\d*:[\\d:]*$)';
// Redis `requirepass`/`masterauth`, Sentinel `auth-pass <master> <password>`, `.pgpass` lines, `.netrc`
// `password`, HAProxy `stats auth user:…` and `insecure-password …`, IPsec `: PSK "…"`, pgbouncer's
// `"user" "…"` lines, Postfix `[relay]:port user:…`, SNMP communities and v3 users, OpenVPN inline credentials.
// (strongSwan's ipsec.secrets also keeps EAP, XAUTH and NTLM passwords as `user : EAP "…"`.)
const DIRECTIVES: readonly RegExp[] = [
  new RegExp(`^[ \\t]*(?:requirepass|masterauth)[ \\t]+${WORD_OR_QUOTED}[ \\t]*$`, 'dgm'),
  // The same directive echoed into the file (`echo "requirepass …" >> /etc/redis.conf`), or quoted in notes' code span.
  /(?<=["'`])(?:requirepass|masterauth)[ \t]+([^\s"'`]+)(?=["'`])/dg,
  new RegExp(`\\bCONFIG[ \\t]+SET[ \\t]+(?:requirepass|masterauth)[ \\t]+${WORD_OR_QUOTED}`, 'dgi'),
  new RegExp(`^[ \\t]*sentinel[ \\t]+auth-pass[ \\t]+\\S+[ \\t]+${WORD_OR_QUOTED}[ \\t]*$`, 'dgm'),
  // Sentinel's own password, which other Sentinels use to reach it (`sentinel sentinel-pass …`).
  new RegExp(`^[ \\t]*sentinel[ \\t]+sentinel-pass[ \\t]+${WORD_OR_QUOTED}[ \\t]*$`, 'dgm'),
  // The same typed at a prompt (`SENTINEL SET mymaster auth-pass …`), and redis-cli printing `CONFIG GET requirepass`.
  new RegExp(`\\bSENTINEL[ \\t]+SET[ \\t]+\\S+[ \\t]+auth-pass[ \\t]+${WORD_OR_QUOTED}`, 'dgi'),
  /^[ \t]*\d+\)[ \t]*"(?:requirepass|masterauth)"[ \t]*\r?\n[ \t]*\d+\)[ \t]*"([^"\r\n]+)"/dgm,
  // (`.pgpass`, also indented or in a code span of notes: a line quoted in a reply keeps its place after the quote marks.
  // /etc/shadow's locked accounts, `nobody:*:19800:0:99999:7:::`, have the same shape; their tail is numbers and colons.
  // So has a key's fingerprint in hex pairs, `MD5:59:96:eb:a9:…`.)
  new RegExp(`^[ \\t]*${PGPASS_FIELDS}(\\S{1,256})$`, 'dgm'),
  new RegExp(`^[ \\t]*(?:[-*][ \\t]+)?\`${PGPASS_FIELDS}([^\\s\`]{1,256})\`[ \\t]*$`, 'dgm'),
  // SQLCipher's key (`PRAGMA key = 'passphrase'`, `PRAGMA db.rekey = "x'2DD2…'"`).
  /\bPRAGMA[ \t]+(?:\w+\.)?(?:re)?key[ \t]*=[ \t]*("[^"\r\n]{4,256}"|'[^'\r\n]{4,256}')/dgi,
  // (`.netrc`; a line ending in a semicolon is a directive of another file, whose semicolon is no part of the value.)
  /^[ \t]*(?:machine[ \t]+\S+[ \t]+)?(?:login[ \t]+\S+[ \t]+)?password[ \t]+(\S+?)[ \t]*(?:;[ \t]*)?$/dgm,
  /^[ \t]*stats[ \t]+auth[ \t]+[^:\s]+:(\S+)[ \t]*$/dgm,
  /^[ \t]*user[ \t]+\S+[ \t]+insecure-password[ \t]+(\S+)/dgm,
  /:[ \t]*(?:PSK|EAP|XAUTH|NTLM)[ \t]+("[^"\r\n]+"|\S+)[ \t]*$/dgm,
  /^"[^"\s]{1,64}"[ \t]+"((?!md5[0-9a-f]{32}"|SCRAM-SHA-256\$)[^"\r\n]+)"[ \t]*$/dgm,
  // (Postfix's `sasl_passwd`: `[smtp.example.net]:587 user@example.net:password`, a host in brackets, so not looked up as
  // an MX; also after a setting of that name, in Chef's or Ansible's data. The blanks around its colon are read once.)
  // (The host has a dot, a port follows it or the login is an address: `[x] state:running` is a checklist's item. The
  // file pasted indented needs an address as the login or a password that looks like one: `  [ci.example.net]:8080
  // build:passing` is a status line.)
  /^\[(?:[\w-]+\.[\w.-]+\](?::\d{1,5})?|[\w.-]+\]:\d{1,5}|[\w.-]+\](?=[ \t]+[^\s:@]+@))[ \t]+[^\s:]+:(\S+)[ \t]*$/dgm,
  /^[ \t]+\[[\w-]+\.[\w.-]+\](?::\d{1,5})?[ \t]+(?:[^\s:@]+@[^\s:]+|[^\s:@]+(?=:(?:[^\s:]*(?:\d|[^\w\s]|[A-Z])|[^\s:]{12}))):(\S+)[ \t]*$/dgm,
  /sasl_passwd["']?[ \t]*(?:[:=][ \t]*)?["']?\[[\w.-]{1,253}\](?::\d{1,5})?[ \t]+[^\s:]{1,128}:([^\s"']{1,128})/dg,
  /^[ \t]*r[ow]community6?[ \t]+(?!(?:public|private)\b)(\S+)/dgm,
  /^[ \t]*createUser[ \t]+(?:-e[ \t]+\S+[ \t]+)?\S+[ \t]+(?:MD5|SHA\S*)[ \t]+("[^"\r\n]*"|\S+)/dgm,
  /^[ \t]*createUser[ \t]+(?:-e[ \t]+\S+[ \t]+)?\S+[ \t]+(?:MD5|SHA\S*)[ \t]+(?:"[^"\r\n]*"|\S+)[ \t]+(?:DES|AES\S*)[ \t]+("[^"\r\n]*"|\S+)/dgm,
  // Cisco IOS, NX-OS and similar SNMPv3 users: `snmp-server user NAME GROUP v3 auth sha X priv aes 128 Y`.
  /^[ \t]*snmp-server[ \t]+user[ \t]+\S+[ \t]+\S+[ \t]+v3[ \t]+(?:encrypted[ \t]+)?auth[ \t]+\S+[ \t]+("[^"\r\n]*"|\S+)/dgm,
  /^[ \t]*snmp-server[ \t]+user[ \t]+[^\r\n]{1,200}?[ \t]priv[ \t]+(?:\S+[ \t]+)?(?:(?:128|192|256)[ \t]+)?("[^"\r\n]*"|\S+)[ \t]*(?:$|[ \t]access)/dgm,
  // OpenVPN's inline credentials: `<auth-user-pass>`, the user on one line and the password on the next.
  /^[ \t]*<auth-user-pass>[ \t]*\r?\n[ \t]*\S+[ \t]*\r?\n[ \t]*(\S+)[ \t]*\r?\n[ \t]*<\/auth-user-pass>/dgm,
  // Space-separated directives whose compound name says password (`bindpw …`, `rootpw …`).
  /^[ \t]*(?:bindpw|rootpw|[\w-]*_authtok)[ \t]+("[^"\r\n]*"|\S+)[ \t]*$/dgm,
  // The Erlang distribution cookie (RabbitMQ clustering: whoever holds it joins the cluster): twenty capitals,
  // which everywhere else would pass for a constant's name.
  // (Also the file printed after its name: `/var/lib/rabbitmq/.erlang.cookie:` and the cookie on the next line.)
  /(?:[Ee]rlang[_.-]?[Cc]ookie|ERLANG_COOKIE)["']?[ \t]*[:=,](?:[ \t]*\r?\n)?[ \t]*["']?([A-Z]{20})\b/dg,
  // …and given as a flag anywhere: a release's vm.args (`-setcookie …`), `ERL_FLAGS="-setcookie …"`. A cookie has a digit or is
  // twelve capitals or more (erl's help, "-setcookie Cookie", and prose, "omit -setcookie Erlang reads…", have neither); it ends
  // at a comma (a CSV cell).
  /(?<![\w-])-setcookie[ \t]+("[^"\r\n]{8,255}"|'[^'\r\n]{8,255}'|[A-Z]{12,255}(?![^\s"',])|(?=[^\s"',]{0,254}\d)[^\s"',]{8,255}(?![^\s"',]))/dg,
  // Network devices (Huawei VRP, H3C) write a plain secret after `simple` (`super password level 3 simple …`,
  // `pre-shared-key address … key simple …`, `snmp-agent community read simple …`).
  /^[ \t]*(?:\[[^\]\r\n]{1,40}\][ \t]*|<[^>\r\n]{1,40}>[ \t]*)?(?:[\w-]+[ \t]+){0,8}?(?:password|pre-shared-key|shared-key|key|community|authentication-mode[ \t]+\S+)\b[^\r\n]{0,80}?[ \t]simple[ \t]+(\S+)[ \t]*$/dgm,
  // Type 0 (plain) keys (`key 0 …`, `password 0 …`), a RADIUS shared key written plain, and SNMPv3 users whose
  // authentication and privacy passwords follow their modes (Huawei `snmp-agent usm-user v3 …`).
  /^[ \t]*(?:[\w-]+[ \t]+){0,6}?(?:key|password|secret|shared-key)[ \t]+0[ \t]+(\S+)[ \t]*$/dgm,
  // A device's local user with a plain password (`user admin password … privilege 15`): one word after it (a type
  // number or a cipher keyword before an encrypted value makes two).
  /^[ \t]*user(?:name)?[ \t]+\S+[ \t]+(?:password|secret)[ \t]+(\S+)(?:[ \t]+privilege[ \t]+\d+)?[ \t]*$/dgm,
  /^[ \t]*radius-server[ \t]+shared-key[ \t]+(?!cipher\b|simple\b)(\S+)[ \t]*$/dgm,
  /\busm-user[ \t]+v3[ \t]+\S+[^\r\n]*?[ \t]authentication-mode[ \t]+\S+[ \t]+(?!cipher\b)(\S+)/dgm,
  /\busm-user[ \t]+v3[ \t]+\S+[^\r\n]*?[ \t]privacy-mode[ \t]+\S+[ \t]+(?!cipher\b)(\S+)/dgm,
  // Cisco's trap receiver with its SNMPv1/v2c community (`snmp-server host 10.0.0.9 [traps|informs] version 2c COMMUNITY`), and
  // an NTP key (`ntp authentication-key 1 md5 [cipher] VALUE [7]`: plain, or type 7, which anyone reverses; Huawei's
  // `cipher %^%#…%^%#` is stored encrypted).
  /^[ \t]*snmp-server[ \t]+host[ \t]+\S+(?:[ \t]+(?:traps|informs|vrf[ \t]+\S+))*(?:[ \t]+version[ \t]+(?:1|2c))?[ \t]+(?!(?:version|traps|informs|vrf|use-vrf|filter-vrf|source-interface|udp-port)\b)(\S+)/dgm,
  /^[ \t]*ntp[ \t]+authentication-key[ \t]+\d+[ \t]+(?:md5|sha1|sha256|hmac-sha\S*|cmac-aes-128)[ \t]+(?:cipher[ \t]+(?!%\^%#)|(?!cipher\b))(\S+)/dgim,
  // tac_plus's users with a clear-text password (`login = cleartext "…"`, also `pap`, `chap`, `enable`).
  /(?:^|[{;])[ \t]*(?:login|pap|chap|ms-chap|arap|opap|enable|global)[ \t]*=[ \t]*cleartext[ \t]+("(?:[^"\\\r\n]|\\.)*"|[^\s}]+)/dgm,
  // FreeRADIUS's test client: `radtest USER PASSWORD SERVER[:PORT] NAS-PORT SECRET` (the user's password, the shared secret).
  /\bradtest[ \t]+(?:-[A-Za-z0-9][ \t]+(?:[^-\s]\S*[ \t]+)?){0,8}[^\s[\]{}<>]+[ \t]+("[^"\r\n]*"|'[^'\r\n]*'|\S+)[ \t]+[^\s{}<>]+[ \t]+\d{1,5}[ \t]+("[^"\r\n]*"|'[^'\r\n]*'|\S+)/dg,
  // ProFTPD's `SQLConnectInfo db@host[:port] user password`.
  /^[ \t]*SQLConnectInfo[ \t]+\S+[ \t]+\S+[ \t]+("[^"\r\n]+"|\S+)/dgm,
  // sendmail's `authinfo`: `AuthInfo:relay "U:user" "P:password" "M:LOGIN"` (or `"P=…"`).
  /^AuthInfo:[^\r\n]*?[ \t]"P[:=]([^"\r\n]+)"/dgm,
];
// Jetty's and ActiveMQ's realm files: `user: password, role[, role…]` (the roles are words such as admin, user, guest); the
// password must look like one (`tags: web, admin` is a list), and the lines before must name such a file or quote its
// header (`cluster: ProdEU1, admin` in a YAML file is a setting).
const REALM_FILE = /realm\.properties|users\.properties|login\.properties|HashLoginService|username:[ \t]*password[ \t]*\[,[ \t]*rolename/i;
const REALM_USER =
  /^[ \t]*[\w.@-]{1,64}[ \t]*[:=][ \t]*(?!(?:MD5|CRYPT|OBF):)([^\s,]{1,128}),[ \t]*(?:admin|user|users|guest|guests|manager|operator|monitor|readonly|viewer|developer|[\w-]*-role|role[\w-]*)(?:[ \t]*,[ \t]*[\w-]{1,32}){0,8}[ \t]*$/dgm;
// A Kafka broker's JAAS PLAIN module lists its users as `user_<name>="<password>"` up to the closing `;`.
// (ZooKeeper's DigestLoginModule lists its users the same way: `user_super="…"`.)
const JAAS_PLAIN_USERS = /(?:PlainLoginModule|DigestLoginModule)[ \t]+required\b([^;]{0,4000})/dg;
const JAAS_USER = /(?<![\w.-])user_[\w.-]+[ \t]*=[ \t]*"([^"\r\n]+)"/dg;
// A client's `username="…"` in the same module that is a managed Kafka service's API key (Confluent Cloud: 16 capitals
// and digits), paired there with its secret as the password (not a reference to one): the key's id, not a person.
const JAAS_API_KEY_USER = /(?<![\w.-])username[ \t]*=[ \t]*\\?"((?=[A-Z]{0,15}\d)(?=\d{0,15}[A-Z])[A-Z0-9]{16})\\?"/dg;
const JAAS_LITERAL_PASSWORD = /(?<![\w.-])password[ \t]*=[ \t]*\\?"(?![$%{])[^"\\\r\n]{8,}/;
// An org-mode property drawer (`:PROPERTIES:` … `:END:` under a heading) and its `:NAME: value` lines. (Outside a drawer the
// same shape is an AsciiDoc attribute or an emoji's code.)
const ORG_DRAWER = /^[ \t]*:PROPERTIES:[ \t]*\r?\n((?:[ \t]*:[A-Za-z][\w-]{0,40}:[^\r\n]*\r?\n){1,50})[ \t]*:END:/dgim;
const ORG_PROPERTY = /^[ \t]*:([A-Za-z][\w-]{1,40}):[ \t]+("[^"\r\n]*"|'[^'\r\n]*'|\S+)[ \t]*$/dgm;
// Nagios and Icinga resource macros (`$USER3$=…`) that hold a credential rather than a path.
const RESOURCE_MACRO = /^\$USER\d{1,3}\$=(\S+)[ \t]*$/dgm;
// Redis ACL rules (`user app on >PASSWORD ~keys +@read`, `ACL SETUSER app on >PASSWORD`): each `>` word.
const REDIS_ACL_USER = /^[ \t]*user[ \t]+\S+((?:[ \t]+\S+){1,40})|\bACL[ \t]+SETUSER[ \t]+\S+((?:[ \t]+\S+){1,40})/dgim;
// Proxy and web server directives that set a header or a variable: nginx (also `set $oss_sk "…";`), Apache, HAProxy, Caddy's
// `header_up`/`header_down` (`+` adds a header rather than setting it).
const HEADER_DIRECTIVE = new RegExp(
  `(?:\\b(?:proxy_set_header|grpc_set_header|add_header|fastcgi_param|uwsgi_param|scgi_param|header_up|header_down)|\\b(?:Request)?Header[ \\t]+(?:always[ \\t]+)?(?:set|add|append|merge|setifempty)|\\bhttp-(?:request|response)[ \\t]+(?:set|add)-header|^[ \\t]*set(?=[ \\t]+\\$))[ \\t]+[+]?\\$?([\\w.-]+)[ \\t]+("[^"\\r\\n]*"|'[^'\\r\\n]*'|[^\\s;"']+)`,
  'dgm',
);
// nginx's secure links hash an expression of variables and the shared secret (`secure_link_md5
// "$secure_link_expires$uri$remote_addr SECRET";`): the words of the expression that are no variable.
const SECURE_LINK_EXPRESSION = /\bsecure_link_md5[ \t]+(["'])([^"'\r\n]{1,512})\1/dg;
const EXPRESSION_VARIABLE = /\$(?:\{\w+\}|\w+)/g;
// Azure Pipelines: `##vso[task.setvariable variable=NAME;issecret=true]VALUE`.
const AZURE_SECRET_VARIABLE = /##vso\[task\.setvariable[ \t]+([^\]\r\n]*)\]([^\r\n]*)/dg;
// cloud-init `chpasswd:` … `list: |`, then `user:password` lines (or `- user:password` items).
const CHPASSWD_LIST = /^[ \t]*list:[ \t]*(?:[|>][-+]?)?[ \t]*\r?\n/gm;
const CHPASSWD_LINE = /[ \t]+(?:-[ \t]+)?["']?[\w.-]+:([^\s"':]+)["']?[ \t]*(?:\r?\n|$)/dy;
// A file printed to the terminal (`cat /run/secrets/db_password`, `type C:\…\api-token.txt`), then one word on the next line.
// Also a file's header line as `head`/`tail` print it for several files (`==> path <==`) or as people frame
// one (`=== path ===`, `--- path ---`).
// People also head a pasted file with a comment that is only its path (`# /etc/zabbix/agent.psk`, `;; ---- /srv/mongo/keyfile
// (replica set auth) ----`).
const PRINTED_FILE =
  /(?:\b(?:cat|type|more|Get-Content|gc)[ \t]+(?:-\w+[ \t]+){0,3}["']?([^\s"'`|;&<>]+)["']?[^\r\n]{0,40}|^(?:(?:==>|={3,}|-{3,})[ \t]+|(?:#|;{1,2}|\/\/|>{2,3})[ \t]+(?:(?:-{2,}|={2,})[ \t]+)?(?=[~.]?\/|[A-Za-z]:\\))([^\s"'`|;&<>]+)(?:[ \t]+\([^()\r\n]{0,60}\))?(?:[ \t]+(?:<==|={2,}|-{2,}))?[ \t]*)\r?\n[ \t]*(\S+)[ \t]*(?=\r?\n|$)/dgm;
// A command about a token, password or secret at a shell prompt (`$ aws ecr get-login-password`, zsh's
// `admin@mac ~ % security find-generic-password -s … -w`, oh-my-zsh's `➜  infra git:(main) vault kv get -field=password …`,
// `$ elasticsearch-create-enrollment-token`), or one whose last word names one (`[es@node ~]$ elasticsearch-keystore
// show keystore.seed`, `$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d`), then its output: one
// word on the next line.
// (The command is read in one bounded step and searched for its word in code, so a long line is read once.)
const COMMAND_OUTPUT =
  /^[ \t]*(?:(?:\[[^\]\r\n]{1,60}\]|[\w@.:~-]*|[\w.-]+@[\w.-]+[ \t]+[\w~/.-]{1,60}[ \t]*)[$#>%]|➜[ \t]+[\w.~/-]{1,60}(?:[ \t]+git:\([^()\s]{1,60}\))?(?:[ \t]+✗)?)[ \t]+([^\r\n]{1,300})\r?\n[ \t]*([A-Za-z0-9+/=_.!@#$%^&*?-]{6,})[ \t]*(?=\r?\n|$)/dgm;
const COMMAND_WORD = /token|password|passwd|secret/i;
// Keychains print the stored secret itself, a PIN too: macOS `security find-generic-password … -w`, the desktop keyring's
// `secret-tool lookup`, `pass show`, Bitwarden's `bw get password`, Python's `keyring get`, KWallet's `kwallet-query -r`, and
// 1Password's `op read` of a secret's field (`op read op://prod/db/username` prints a user). Not when the command goes on
// (`|| echo not-found`, a pipe): the next line may be another program's.
const SECRET_PRINTER =
  /\b(?:security[ \t]+find-(?:generic|internet)-password\b[^\r\n|;&]*[ \t]-w\b|secret-tool[ \t]+lookup\b|(?:go)?pass[ \t]+show\b|bw[ \t]+get[ \t]+password\b|keyring[ \t]+get\b|kwallet-query\b[^\r\n|;&]*[ \t]-r\b|op[ \t]+read[ \t]+["']?op:\/\/\S*?(?:password|passwd|secret|token|credential|key|pin)["']?[ \t]*$)[^\r\n|;&]*$/i;
const PRINTED_CLASS: KeyClass = { family: 'password', words: ['password'], anyShape: true, pin: true };
// The command's last word, before closing quotes and braces and a pipe that decodes base64.
const LAST_COMMAND_WORD = /[\w.-]+(?=['"}\])]*(?:[ \t]*\|[ \t]*base64[ \t]+(?:-d|--decode|-D))?[ \t]*$)/;
const KEY_FILE_CLASS: KeyClass = { family: 'secret', words: ['key'], anyShape: true };
// Further lines of a base64 block, after the first.
const BASE64_LINES = /(?:\r?\n[ \t]*[A-Za-z0-9+/=]{16,}[ \t]*(?=\r?\n|$))+/y;
// Password tools that print the new value: Elasticsearch `New value: …` after a reset, `PASSWORD elastic = …`.
const PRINTED_PASSWORD = /(?:^[ \t]*PASSWORD[ \t]+[\w.-]+[ \t]*=[ \t]*|password[^\r\n]{0,80}\r?\n(?:[^\r\n]*\r?\n)?[ \t]*New value:[ \t]*)(\S+)[ \t]*$/dgim;
// Consul `acl { tokens { agent = "…" } }` and its YAML form: every child is a token. So is every host's value in
// Composer's auth.json blocks of tokens (`"bearer": { "repo.example.net": "…" }`, `"gitlab-token"`, `"github-oauth"`).
const TOKEN_BLOCK = new RegExp(`^([ \\t]*)(?:tokens|"(?:${COMPOSER_TOKEN_BLOCKS})")[ \\t]*(?:=[ \\t]*\\{|\\{|:(?:[ \\t]*\\{)?)[ \\t]*\\r?\\n`, 'gm');
const TOKEN_BLOCK_CHILD = /([ \t]+)("?)[\w.-]+\2[ \t]*[:=][ \t]*(["']?)([^\s"'{}]+)\3[ \t]*(?:,[ \t]*)?(?:\r?\n|$)/dy;
const TOKEN_CLASS: KeyClass = { family: 'token', words: ['token'], anyShape: false, acceptsUuid: true };

/** Spans of secrets in server, proxy, provisioning and CI directives. */
export function findDirectiveSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  return [
    ...findPasswordDirectives(text),
    ...findNameValueLines(text, profile),
    ...findHeaderDirectives(text, profile),
    ...findPasswordLists(text),
    ...findPrintedFiles(text, profile),
    ...findCommandOutput(text, profile),
    ...findTokenBlocks(text, profile),
  ];
}

function findPasswordDirectives(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const pattern of DIRECTIVES) {
    // (Each group is an argument: radtest's password and shared secret are read by one pattern.)
    for (const match of text.matchAll(pattern)) match.slice(1).forEach((argument, group) => pushArgument(spans, match.indices?.[group + 1]?.[0] ?? 0, argument));
  }
  for (const block of text.matchAll(JAAS_PLAIN_USERS)) {
    const [blockStart] = block.indices?.[1] ?? [0];
    for (const user of block[1].matchAll(JAAS_USER)) pushArgument(spans, blockStart + (user.indices?.[1]?.[0] ?? 0), user[1]);
    for (const user of JAAS_LITERAL_PASSWORD.test(block[1]) ? block[1].matchAll(JAAS_API_KEY_USER) : []) {
      const [start, end] = user.indices?.[1] ?? [0, 0];
      spans.push({ kind: 'access-key-id', start: blockStart + start, end: blockStart + end });
    }
  }
  for (const match of REALM_FILE.test(text) ? text.matchAll(REALM_USER) : []) {
    // (The file is named within the lines before: a name elsewhere in a long paste vouches for no YAML list.)
    const named = REALM_FILE.test(text.slice(Math.max(0, match.index - 2000), match.index));
    if (named && looksLikePasswordWithDigit(match[1]) && hasMixedClasses(match[1])) pushArgument(spans, match.indices?.[1]?.[0] ?? 0, match[1]);
  }
  for (const match of text.matchAll(REDIS_ACL_USER)) {
    const group = match[1] !== undefined ? 1 : 2;
    const [argsStart] = match.indices?.[group] ?? [0];
    for (const rule of match[group].matchAll(/(?<=[ \t])>(\S+)/g)) pushArgument(spans, argsStart + rule.index + 1, rule[1]);
  }
  return spans;
}

function findNameValueLines(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  // (A cell's value holds no quote or angle bracket: `/ password-free login?">` is a form's markup.)
  const cells = [...text.matchAll(NAME_VALUE_CELL)].filter((cell) => !/["<>]/.test(cell[3]));
  for (const match of [...text.matchAll(NAME_VALUE_LINE), ...cells]) {
    const keyClass = classifyKey(match[2]);
    const [from, to] = match.indices?.[3] ?? [0, 0];
    const quoted = /^["']/.test(match[3]) ? 1 : 0;
    const value = match[3].slice(quoted, match[3].length - quoted);
    // Without a separator only a value that looks the part counts ("Password reset", "token expired" are text).
    // A name that is an identifier (`…WANPPPConnection.1.Password`, `pppoe_pass`) is no word of a sentence, so a password
    // of digits only counts under it too, and so does a UUID under a token's (Fluent Bit's `Splunk_Token …`, as after `=`).
    const looksSecret =
      keyClass?.family === 'password'
        ? looksLikePassword(value) || (/^\d{6,32}$/.test(value) && /[._]|[a-z][A-Z]/.test(match[2])) || (keyClass.pin === true && passwordKind(value, false, true) !== undefined)
        : isGeneratedToken(value) || looksRandom(value) || (keyClass?.anyShape === true && isUuid(value) && /[._]|[a-z][A-Z]/.test(match[2]));
    // Gradle's `storePassword System.getenv("…")` reads the value; it does not hold it. A word after `--` is an option
    // (kickstart's `rootpw --lock`).
    // A uci `option` line is a setting and its value, quoted: its name vouches for it as `=` would.
    const setting = match[1]?.startsWith('option') === true && quoted === 1;
    if (keyClass && (looksSecret || setting) && !isCodeReference(value) && !value.startsWith('--')) pushIfSecret(spans, keyClass, text, from + quoted, to - quoted, profile);
  }
  for (const drawer of text.matchAll(ORG_DRAWER)) {
    const [drawerStart] = drawer.indices?.[1] ?? [0];
    for (const property of drawer[1].matchAll(ORG_PROPERTY)) {
      const keyClass = classifyKey(property[1]);
      const [from, to] = property.indices?.[2] ?? [0, 0];
      const quoted = /^["']/.test(property[2]) ? 1 : 0;
      if (keyClass) pushIfSecret(spans, keyClass, text, drawerStart + from + quoted, drawerStart + to - quoted, profile);
    }
  }
  for (const match of text.matchAll(REGISTRY_VALUE)) {
    const keyClass = classifyKey(match[1]);
    if (keyClass) pushIfSecret(spans, keyClass, text, ...(match.indices?.[2] ?? [0, 0]), profile);
  }
  for (const match of text.matchAll(HEIDISQL_SETTING)) {
    const keyClass = classifyKey(match[1]);
    // (`SavePassword<|||>3<|||>1` is a switch; the obfuscated password is hex with a digit after it.)
    if (keyClass?.family === 'password' && passwordKind(match[2], keyClass.anyShape) && match[2].length >= 6)
      spans.push({ kind: 'password', start: match.indices?.[2]?.[0] ?? 0, end: match.indices?.[2]?.[1] ?? 0 });
  }
  for (const match of text.matchAll(REGISTRY_FILE_HEX)) {
    const family = classifyKey(match[1])?.family;
    const [start, end] = match.indices?.[2] ?? [0, 0];
    // (Bytes that DPAPI encrypted, its blob's version and provider first, open only for the user or machine that wrote them.)
    if (DPAPI_BLOB_START.test(match[2])) continue;
    if (family === 'password') spans.push({ kind: 'password', start, end });
    else if (family === 'secret' || family === 'secret-key' || family === 'api-key' || family === 'token') spans.push({ kind: 'secret', start, end });
  }
  for (const match of text.matchAll(RESOURCE_MACRO)) {
    const value = match[1];
    if (looksLikePasswordWithDigit(value) && !value.includes('/')) spans.push({ kind: 'password', start: match.indices?.[1]?.[0] ?? 0, end: match.indices?.[1]?.[1] ?? 0 });
  }
  return spans;
}

function findHeaderDirectives(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(HEADER_DIRECTIVE)) {
    const [from, to] = match.indices?.[2] ?? [0, 0];
    const quoted = /^["']/.test(match[2]) ? 1 : 0;
    pushNamedValue(spans, match[1], text, from + quoted, to - quoted, profile);
  }
  for (const match of text.matchAll(SECURE_LINK_EXPRESSION)) {
    const [expressionStart] = match.indices?.[2] ?? [0];
    const literals = match[2].replace(EXPRESSION_VARIABLE, (variable) => ' '.repeat(variable.length));
    // A word after a slash is a literal part of the path (`$secure_link_expires/download/v2.1.0$uri`).
    for (const word of literals.matchAll(/(?<![/\w])[\w+=.@#%^&*!~][^\s/]{7,}/g)) {
      if (looksLikePassword(word[0]) || isGeneratedToken(word[0])) spans.push({ kind: 'secret', start: expressionStart + word.index, end: expressionStart + word.index + word[0].length });
    }
  }
  for (const match of text.matchAll(AZURE_SECRET_VARIABLE)) {
    const name = /\bvariable=([^;\]\s]+)/.exec(match[1])?.[1] ?? '';
    const value = match[2].trimEnd();
    if (!/\bissecret=true\b/i.test(match[1]) || value === '' || isPlaceholder(value)) continue;
    const keyClass = classifyKey(name);
    const [start] = match.indices?.[2] ?? [0];
    spans.push({ kind: (keyClass && kindForValue(keyClass, value, profile)) || 'secret', start, end: start + value.length });
  }
  return spans;
}

function findPasswordLists(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(CHPASSWD_LIST)) {
    // The list belongs to `chpasswd:` when that key is at most six lines above it.
    const window = text.slice(Math.max(0, match.index - 400), match.index);
    const owner = window.lastIndexOf('chpasswd:');
    if (owner < 0 || window.slice(owner).split('\n').length > 8) continue;
    let cursor = match.index + match[0].length;
    for (let line = 0; line < 50; line += 1) {
      CHPASSWD_LINE.lastIndex = cursor;
      const entry = CHPASSWD_LINE.exec(text);
      if (!entry) break;
      pushArgument(spans, entry.indices?.[1]?.[0] ?? 0, entry[1]);
      cursor += entry[0].length;
    }
  }
  return spans;
}

function findPrintedFiles(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(PRINTED_FILE)) {
    // `/run/secrets/db_password` → `db_password`; `C:\agent\secret.key` → `secret`; `~/.vault-token` → `vault-token`;
    // `/etc/rsyncd.secrets` → `rsyncd.secret`; `/etc/mongo/keyfile`, `master.key` hold a key.
    const file = ((match[1] ?? match[2]).split(/[/\\]/).pop() ?? '').replace(/^\.+/, '');
    const name = file.replace(/\.[A-Za-z]{1,6}$/, '').replace(/(secret|password|token|key|credential)s$/i, '$1');
    // `api.token`, `admin.password`, `wifi.psk`: the extension says what the file holds.
    const extension = /\.(token|password|passwd|secret|pass|pwd|psk)$/i.exec(file)?.[1];
    const keyClass = classifyKey(name) ?? (extension ? classifyKey(extension) : undefined) ?? (/(?:^|[._-])key(?:file)?$|\.key$|^erlang\.cookie$/i.test(file) ? KEY_FILE_CLASS : undefined);
    const value = match[3];
    const [start, end] = match.indices?.[3] ?? [0, 0];
    // An OpenVPN `auth-user-pass` file (`ops-auth.txt`, `login.conf`): the user on its first line, the password on the second.
    const second = /auth|cred|login/i.test(file) && /^[\w.@-]{1,64}$/.test(value) ? /^\r?\n[ \t]*(\S+)[ \t]*(?=\r?\n|$)/.exec(text.slice(end, end + 300)) : null;
    if (second && looksLikePasswordWithDigit(second[1]) && !hasMixedClasses(value)) {
      const passwordStart = end + second[0].lastIndexOf(second[1]);
      spans.push({ kind: 'password', start: passwordStart, end: passwordStart + second[1].length });
      continue;
    }
    if (!keyClass) continue;
    // `user:password` lines (rsyncd.secrets, htpasswd-like lists): the password.
    const user = /^[\w.@-]{1,64}:(?=\S)/.exec(value)?.[0];
    if (user && !isGeneratedToken(value)) {
      if (looksLikePassword(value.slice(user.length))) spans.push({ kind: 'password', start: start + user.length, end });
      continue;
    }
    // An Erlang cookie is twenty capitals, which no other check would call generated.
    const looksSecret = keyClass.family === 'password' ? looksLikePassword(value) : isGeneratedToken(value) || isUuid(value) || (/cookie$/i.test(file) && /^[A-Z]{20}$/.test(value));
    if (!looksSecret) continue;
    // A key file of several base64 lines (a MongoDB key file) is one secret.
    BASE64_LINES.lastIndex = end;
    const more = /^[A-Za-z0-9+/=]{16,}$/.test(value) ? (BASE64_LINES.exec(text)?.[0].length ?? 0) : 0;
    if (/^[A-Z]{20}$/.test(value)) spans.push({ kind: 'secret', start, end });
    else pushIfSecret(spans, { ...keyClass, anyShape: true }, text, start, end, profile);
    if (more > 0) spans.push({ kind: 'secret', start, end: end + more });
  }
  return spans;
}

function findCommandOutput(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(COMMAND_OUTPUT)) {
    const command = match[1].replace(/\[REDACTED:[a-z-]+\]/g, ''); // (an earlier pass's marker names no printed secret)
    const printer = SECRET_PRINTER.test(command);
    const keyClass = printer ? PRINTED_CLASS : (classifyKey(LAST_COMMAND_WORD.exec(command)?.[0] ?? '') ?? classifyKey(COMMAND_WORD.exec(command)?.[0] ?? ''));
    const value = match[2];
    // Generated, and not a file name made of words and a date (`api-token-backup-2025`); a password looks like one.
    const generated = isGeneratedToken(value) && (hasMixedClasses(value) || value.length >= 32);
    // (A keychain's output is a password with a digit, or a PIN's digits, not a word: `not-found`, a user's name.)
    const printed = printer && (looksLikePasswordWithDigit(value) || /^\d{4,12}$/.test(value));
    const looksSecret = printer ? printed : keyClass?.family === 'password' ? looksLikeSecretWithoutSeparator(value, true) : generated;
    // (`NEXTAUTH_SECRET=…` next is a file's next line, not the command's output; a keychain's has `=` too.)
    const setting = !printer && /^[A-Za-z_][A-Za-z_.-]{2,}=/.test(value);
    if (keyClass && looksSecret && !setting) pushIfSecret(spans, { ...keyClass, anyShape: true }, text, ...(match.indices?.[2] ?? [0, 0]), profile);
  }
  for (const match of text.matchAll(PRINTED_PASSWORD)) pushArgument(spans, match.indices?.[1]?.[0] ?? 0, match[1]);
  return spans;
}

function findTokenBlocks(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(TOKEN_BLOCK)) {
    let cursor = match.index + match[0].length;
    for (let line = 0; line < 20; line += 1) {
      TOKEN_BLOCK_CHILD.lastIndex = cursor;
      const child = TOKEN_BLOCK_CHILD.exec(text);
      // YAML children are indented deeper than `tokens:`; HCL children end at the closing brace.
      if (!child || child[1].length <= match[1].length) break;
      pushIfSecret(spans, TOKEN_CLASS, text, ...(child.indices?.[4] ?? [0, 0]), profile);
      cursor += child[0].length;
    }
  }
  return spans;
}
