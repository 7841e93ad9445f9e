// Passwords that a command's position or setting name marks rather than a flag of its own: a positional argument
// (`htpasswd -b file user PASS`, `net user NAME PASS`, Oracle's `user/PASS@db`…), `config set NAME VALUE`, secret stores
// written from the command line, `-u USER -p PASS` on any program, FTP scripts' `user` lines; and pushing one argument's
// password, which the flag rules (redaction-cli.ts) share.
import type { RedactionKind, RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyKey } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { isPlausiblePassword, looksLikePassword, looksLikePasswordWithDigit } from './redaction-values';

// What stands before a command at a line's start: blanks, a shell's prompt (`$ `, `user@host:~# `, `PS C:\\> `) and `sudo`.
const LINE_LEAD = '^[ \\t]*(?:[^\\s$#>]*[$#>][ \\t]+)?(?:sudo[ \\t]+)?';
const COMMAND_AT_LINE_START = new RegExp(`${LINE_LEAD}(\\S+)`);
const LEAD_BEFORE_COMMAND = new RegExp(`${LINE_LEAD}(?:\\S*[\\\\/])?$`);

// The password after `-p` in the two rules of a user, then a password (`-uroot -p'…'`, `-u admin -p …`): quoted, or one word
// that ends at an escaped line break or quote (a command inside a JSON string, `"… -p X\""`).
const PASSWORD_AFTER_P = String.raw`("[^"\r\n]+"|'[^'\r\n]+'|(?!\\[nrt"])[^\s"'${'`'}-](?:(?!\\[nrt"])[^\s"'${'`'}])*)`;

/** The program a command line at `index` runs: its first word after a prompt and `sudo`, without its directory. */
function commandOf(text: string, index: number): string {
  const lineStart = text.lastIndexOf('\n', index) + 1;
  const command = COMMAND_AT_LINE_START.exec(text.slice(lineStart, Math.min(index, lineStart + 400)));
  return (command?.[1] ?? '').replace(/^.*[/\\]/, '').replace(/\.exe$/i, '');
}

/** Pushes the password inside one (possibly quoted, possibly `user%`-prefixed) argument. */
export function pushArgument(spans: RedactionSpan[], from: number, raw: string, prefix?: string, kind: RedactionKind = 'password'): void {
  // (A word processor's curly quotes quote as the shell's do: `-p“Sunshine!1833”` pasted from a document.)
  const quoted = /^["'“‘]/.test(raw);
  const unquoted = quoted ? raw.slice(1, -1) : raw;
  const head = prefix ? new RegExp(`^${prefix}`).exec(unquoted)?.[0] : '';
  if (head === undefined) return;
  const value = unquoted.slice(head.length);
  const start = from + (quoted ? 1 : 0) + head.length;
  // Unquoted, a leading `-` is the next option (`-p -u root`: no password), and a redirect or a pipe is the shell's
  // (`2>&1`, `<<<"…"`, `| tee`); quoted, it is part of the value.
  if (!quoted && /^(?:\d?[<>]|\||&)/.test(raw)) return;
  // (Not a variable: `$PASS`, `%P4PASSWD%`.)
  if (isPlausiblePassword(value) && !(quoted ? /^\$/ : /^[-$]/).test(value) && !/^%\w+%$/.test(value)) spans.push({ kind, start, end: start + value.length });
}

// Passwords that are a positional argument: `htpasswd -b file user PASS`, `net user name PASS /add`,
// `net use Z: \\host\share /user:name PASS`, `echo PASS | docker login --password-stdin`, Oracle
// `user/PASS@db`, Go DSNs `user:PASS@tcp(host)`. Group 1 is the password.
const QUOTED_OR_WORD = '("[^"\\r\\n]*"|\'[^\'\\r\\n]*\'|[^\\s*/|]\\S*)';
// Samba's `smbpasswd -s` fed the new password and its confirmation in one string, the line break escaped: `printf
// 'PASS\nPASS\n' | smbpasswd -s -a USER`, `echo -e "PASS\nPASS"`. Group 1 is the first copy; the second follows its `\n`.
const PRINTED_TWICE: readonly RegExp[] = [
  /\b(?:printf|echo[ \t]+-e)[ \t]+'([^'\\\s]{1,128})\\n\1(?:\\n)?'[ \t]*\|[ \t]*(?:sudo[ \t]+)?(?:smbpasswd|pdbedit|passwd)\b/dg,
  /\b(?:printf|echo[ \t]+-e)[ \t]+"([^"\\\s]{1,128})\\n\1(?:\\n)?"[ \t]*\|[ \t]*(?:sudo[ \t]+)?(?:smbpasswd|pdbedit|passwd)\b/dg,
];

// A command that types keys: AutoHotkey's `Send`, `SendInput`, `SendRaw`, VBScript's `WshShell.SendKeys "…"`.
const SEND_KEYS = '(?:\\bSend(?:Input|Raw|Keys)?\\b|\\.SendKeys\\b)[ \\t,(]*["\']?';

// Desktop automation typing a login: AutoHotkey's `Send, user{Tab}PASS{Enter}` (or the password on the next Send line) and
// VBScript's `SendKeys "…{TAB}"`; what is typed after the user's Tab and before Enter is the password when it looks like one
// with a digit (forms are filled the same way: `Send, Hello{Tab}World{Enter}`).
const TYPED_LOGIN: readonly RegExp[] = [
  // IBM i (AS/400) CL and RACF commands give a profile's password in brackets (`CHGUSRPRF USRPRF(X) PASSWORD(…)`, `ALTUSER …
  // PASSWORD(…) NOEXPIRED`, `CHGPWD CURPWD(…) NEWPWD(…)`): only a value a password could be (not `*NONE`, SQL's `PASSWORD(col)`,
  // COBOL's `WS-PASSWORD(IDX)` or a manual's `PASSWORD(new-password)`).
  /(?<![\w-])(?:PASSWORD|CURPWD|NEWPWD)\(([^()\s*'][^()\s]{0,63})\)/dg,
  new RegExp(`${SEND_KEYS}[^\\s{}"',]{1,64}\\{tab\\}([^\\s{}"']{1,128})\\{enter\\}`, 'dgi'),
  new RegExp(`${SEND_KEYS}[^\\s{}"',]{1,64}\\{tab\\}["')]*[ \\t]*\\r?\\n[ \\t]*(?:[A-Za-z_]\\w{0,40})?${SEND_KEYS}([^\\s{}"']{1,128})\\{enter\\}`, 'dgi'),
];

// The last argument of a command, quoted or one word; unquoted, it ends at a quote or an escape (a command inside a JSON string).
const LAST_ARGUMENT = '("[^"\\r\\n]*"|\'[^\'\\r\\n]*\'|[^\\s,*/|"\'\\\\][^\\s,"\'\\\\]*)';

// Tools whose name is also a word of prose ("use rasdial to connect", "kamctl add returns ERROR"): the password ends the
// command, and the tool is run where it stands (see isCommandPosition) or the password has a digit (`docker exec pbx kamctl
// add …`). Kamailio's and OpenSIPS's subscriber tools (`kamctl add USER PASS`, `kamctl passwd USER PASS`, `opensips-cli -x
// user add USER PASS`) and Windows' dial-up and VPN client (`rasdial "ENTRY" USER PASS`; an AutoHotkey `RunWait` line goes on
// with `,,`, a JSON string with `\"`).
const RUN_AS_COMMAND: readonly RegExp[] = [
  new RegExp(`\\b(?:kamctl|opensipsctl)[ \\t]+(?:add|passwd)[ \\t]+\\S+[ \\t]+${LAST_ARGUMENT}`, 'dg'),
  new RegExp(`\\bopensips-cli[ \\t]+-x[ \\t]+user[ \\t]+(?:add|password)[ \\t]+\\S+[ \\t]+${LAST_ARGUMENT}`, 'dg'),
  new RegExp(`\\brasdial(?:\\.exe)?[ \\t]+(?:"[^"\\r\\n]*"|\\S+)[ \\t]+[^\\s/"]\\S*[ \\t]+${LAST_ARGUMENT}`, 'dgi'),
];

/** Whether a command at `index` is run there: first on its line (after a prompt, `sudo`, a directory), after `;`, `&&`, `|`, `(`, a
 * backquote, or AutoHotkey's `Run,`/`RunWait,`. (Only the 200 characters before it are read.) */
function isCommandPosition(text: string, index: number): boolean {
  const window = text.slice(Math.max(0, index - 200), index);
  const newline = window.lastIndexOf('\n');
  if ((newline >= 0 || index <= 200) && LEAD_BEFORE_COMMAND.test(window.slice(newline + 1))) return true;
  return /(?:[;&|(`"]|\bRun(?:Wait)?,)[ \t]*(?:sudo[ \t]+)?(?:\S*[\\/])?$/.test(window);
}

/**
 * `htpasswd`, its batch flag (`b`) in one cluster of flags, with or without `n` (print, no file), and the bcrypt
 * cost (`C`) after the cluster or as an option of its own (`-nbBC 10`, `-bB -C 12`): what comes before the file or user.
 * (The lookaheads test the cluster once, so a long run of letters is read once.)
 */
function htpasswdFlags({ printOnly }: { printOnly: boolean }): string {
  return `\\bhtpasswd[ \\t]+-(?${printOnly ? '=' : '!'}[a-zA-Z]*n)(?=[a-zA-Z]*b)[a-zA-Z]+(?:(?<=C)[ \\t]+\\d+)?[ \\t]+(?:-[a-zA-Z]*C[ \\t]+\\d+[ \\t]+|-\\S+[ \\t]+)*`;
}

const POSITIONAL: readonly RegExp[] = [
  new RegExp(`${htpasswdFlags({ printOnly: false })}\\S+[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // With `-n` the hash is printed, not written: no file argument (`htpasswd -nbB user PASS`).
  new RegExp(`${htpasswdFlags({ printOnly: true })}\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // Mosquitto's `mosquitto_passwd -b FILE USER PASS`, its batch form.
  new RegExp(`\\bmosquitto_passwd[ \\t]+(?:-c[ \\t]+)?-b[ \\t]+(?:-c[ \\t]+)?\\S+[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // `net user NAME PASS` sets the password (with `/add`, creates the user); `/active:yes` and `*` (a prompt) are no password.
  new RegExp(`\\bnet[ \\t]+user[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dgi'),
  new RegExp(`\\bnet[ \\t]+use[ \\t]+(?:\\S+[ \\t]+)?\\\\\\\\\\S+[ \\t]+/user:\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dgi'),
  new RegExp(`\\bnet[ \\t]+use[ \\t]+(?:\\S+[ \\t]+)?\\\\\\\\\\S+[ \\t]+${QUOTED_OR_WORD}[ \\t]+/user:`, 'dgi'),
  // A value piped into a command that reads a secret from stdin (`docker login --password-stdin`, `docker secret create NAME -`,
  // Elasticsearch's and OpenSearch's `…-keystore add NAME`, gpg's `--passphrase-fd 0`, Perforce's `p4 login`, Kerberos `kinit`;
  // secret stores that read the value from stdin: `wrangler secret put NAME`, `gh secret set NAME`, `vercel env add NAME`, the
  // desktop keyring's `secret-tool store`; Cyrus SASL's `saslpasswd2`, which sets a user's password in its database).
  new RegExp(
    `\\b(?:echo|printf)[ \\t]+(?:-n[ \\t]+)?${QUOTED_OR_WORD}[ \\t]*\\|[ \\t]*(?:(?!&&)[^\\r\\n|;]){0,200}?(?:--(?:password|token|secret)-stdin|--stdin-pass(?:word)?\\b|\\bipa[ \\t]+[\\w-]+(?![\\w-])[^\\r\\n|]{0,200}?[ \\t]--password\\b|--passphrase-fd[ \\t]+0\\b|\\bsudo[ \\t]+-S|-keystore[ \\t]+(?:-[\\w-]{1,40}[ \\t]+){0,8}add\\b|\\bsecrets?[ \\t]+(?:create|put|set)\\b|\\bsecret-tool[ \\t]+store\\b|\\bvercel[ \\t]+env[ \\t]+add\\b|\\bp4(?:\\.exe)?[ \\t]+(?:-\\S+[ \\t]+\\S+[ \\t]+)*login\\b|\\bkinit\\b|\\bsaslpasswd2\\b)`,
    'dg',
  ),
  // `user:password` encoded for Basic auth: `GetBytes("u:p")`, `btoa('u:p')`, `b64encode(b"u:p")`, `echo -n 'u:p' | base64`.
  /(?:\b(?:GetBytes|btoa|b64encode|encodebytes|encodeToString|base64_encode|Base64\.encode64|strict_encode64)\([ \t]*b?["'][^"':\s]{1,64}:|\b(?:echo|printf)[ \t]+(?:-n[ \t]+)?["']?[^"':\s|]{1,64}:)([^"'\s|)]{1,128})(?=["']?[ \t]*(?:\)|\|[ \t]*base64\b))/dg,
  // (Dameng's disql logs in the same way: `disql SYSDBA/…@host:5236`, the password maybe in single quotes.)
  /(?:jdbc:oracle:thin:|\b(?:sqlplus|sqlldr|expdp|impdp|conn(?:ect)?|disql|dexp|dimp)[ \t]+(?:-[sSlL][ \t]+)*)[\w$#.]+\/("[^"\r\n]*"|'(?!")[^'\r\n]*'|(?:[^\s@/"']|@(?![\w.-]{1,253}(?::\d{1,5})?(?:[\s/]|$)))+)@/dg,
  // Go DSNs: `user:PASS@tcp(host)`, also `user:PASS@(host:port)/` and with `@` inside the password.
  /(?<=[\w.-]):([^\s:@/"'`]+(?:@[^\s:@/"'`(]+)*)@(?:tcp|unix|udp)?\(/dg,
  // Oracle Easy Connect: `user/PASS@//host:1521/service`, `user/PASS@host:1521/service`, and the same
  // `user/PASS@host:port` that other clients took from it (Dameng disql, Kingbase, Oracle tools' logs).
  // (Or a TNS alias in capitals: `rman target sys/PASS@EBSPROD`.)
  /(?<![\w/.:@-])[A-Za-z][\w$#]{0,30}\/([^\s/@"'`]{1,64})@(?:\/\/[\w.-]+|[\w.-]+:\d{2,5}(?:\/|(?![\w.:/-]))|[A-Z][A-Z0-9_]{2,29}(?![\w.:/@-]))/dg,
  new RegExp(`\\b(?:echo|printf)[ \\t]+(?:-n[ \\t]+)?["']?[\\w.@-]+:([^\\s"':]+)["']?[ \\t]*\\|[ \\t]*(?:sudo[ \\t]+)?chpasswd\\b`, 'dg'),
  // rsync's secrets written from the shell: `echo "user:PASS" > /etc/rsyncd.secrets`, and a client's `echo PASS > /etc/rsync.pass`.
  /\b(?:echo|printf)[ \t]+(?:-n[ \t]+)?["']?[\w.@-]+:([^\s"':]+)["']?[ \t]*>>?[ \t]*\S*\/\.?rsyncd?[\w-]*\.secrets?\b/dg,
  /\b(?:echo|printf)[ \t]+(?:-n[ \t]+)?("[^"\r\n]*"|'[^'\r\n]*'|[^\s"'>|]+)[ \t]*>>?[ \t]*\S*\/\.?rsync[\w-]*\.pass(?:wd)?\b/dg,
  new RegExp(`\\b(?:echo|printf)[ \\t]+(?:-n[ \\t]+)?${QUOTED_OR_WORD}[ \\t]*\\|[ \\t]*(?:sudo[ \\t]+)?passwd[ \\t]+--stdin\\b`, 'dg'),
  new RegExp(`\\brabbitmqctl[ \\t]+(?:add_user|change_password|authenticate_user)[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // Zimbra's `zmprov ca NAME PASS` (createAccount) and `zmprov sp NAME PASS` (setPassword).
  new RegExp(`\\bzmprov[ \\t]+(?:-\\w[ \\t]+)*(?:ca|createAccount|sp|setPassword)[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // Samba's `smbpasswd -s` reads the new password twice from stdin: `(echo PASS; echo PASS) | smbpasswd -s -a USER`.
  /\([ \t]*(?:echo|printf)[ \t]+("[^"\r\n]*"|'[^'\r\n]*'|[^\s;"']+)[ \t]*;[ \t]*(?:echo|printf)[ \t]+(?:"[^"\r\n]*"|'[^'\r\n]*'|[^\s;)"']+)[ \t]*\)[ \t]*\|[ \t]*(?:sudo[ \t]+)?(?:smbpasswd|pdbedit|passwd)\b/dg,
  /\([ \t]*(?:echo|printf)[ \t]+(?:"[^"\r\n]*"|'[^'\r\n]*'|[^\s;"']+)[ \t]*;[ \t]*(?:echo|printf)[ \t]+("[^"\r\n]*"|'[^'\r\n]*'|[^\s;)"']+)[ \t]*\)[ \t]*\|[ \t]*(?:sudo[ \t]+)?(?:smbpasswd|pdbedit|passwd)\b/dg,
  // Beeline's `!connect URL user PASS`, Synology's `synouser --setpw USER PASS`, Oracle's wallet `mkstore … -createCredential ALIAS USER PASS`.
  new RegExp(`!connect[ \\t]+\\S+[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  new RegExp(`\\bsynouser[ \\t]+--setpw[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // Windows' iSCSI initiator: `iscsicli QLoginTarget TARGET CHAP_USER CHAP_SECRET`.
  new RegExp(`\\biscsicli(?:\\.exe)?[ \\t]+QLoginTarget[ \\t]+\\S+[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dgi'),
  // Upyun's `upx login BUCKET OPERATOR PASSWORD`.
  new RegExp(`\\bupx[ \\t]+login[ \\t]+\\S+[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // Kickstart's `rootpw [--plaintext] [--allow-ssh] …` and `sshpw --username=… …` (not with `--iscrypted`: a hash; nor
  // `--lock`). The blanks are read once (a run of them does not make the line read again at each blank).
  /^[ \t]*(?:rootpw|sshpw[ \t]+--username=\S+)(?![^\r\n]*--iscrypted)(?:[ \t]+(?![ \t])--(?!lock\b)[\w-]+){0,3}[ \t]+(?![ \t])(?!--)("[^"\r\n]*"|'[^'\r\n]*'|\S+)/dgm,
  // expect and Tcl scripts keep the password in a variable: `set pass "…"`, `set password …`.
  /^[ \t]*set[ \t]+(?:pass|passwd|password|pw|pwd)[ \t]+("[^"\r\n]*"|\{[^}\r\n]*\}|[^\s$]\S*)[ \t]*$/dgm,
  // Modules' AT commands: joining Wi-Fi (`AT+CWJAP="ssid","…"`), MQTT user config (`AT+MQTTUSERCFG=0,1,"client","user","…",…`).
  /\bAT\+CWJAP(?:_DEF|_CUR)?=[ \t]*"[^"\r\n]*"[ \t]*,[ \t]*("[^"\r\n]*")/dg,
  /\bAT\+MQTTUSERCFG=[ \t]*\d+[ \t]*,[ \t]*\d+[ \t]*,[ \t]*"[^"\r\n]*"[ \t]*,[ \t]*"[^"\r\n]*"[ \t]*,[ \t]*("[^"\r\n]*")/dg,
  new RegExp(`\\bmkstore\\b[^\\r\\n|;]{0,200}?-(?:create|modify)Credential[ \\t]+\\S+[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // MinIO's `mc admin user add ALIAS USER PASSWORD`, and a Databricks secret put with its value (`databricks secrets put-secret
  // SCOPE KEY --string-value VALUE`).
  new RegExp(`\\bmc[ \\t]+admin[ \\t]+user[ \\t]+add[ \\t]+\\S+[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  new RegExp(`\\bdatabricks[ \\t]+secrets[ \\t]+put(?:-secret)?\\b[^\\r\\n|;]{0,200}?--string-value[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // libvirt's secret value, base64, after the secret's UUID: `virsh secret-set-value --secret UUID --base64 VALUE`.
  new RegExp(`\\bvirsh[ \\t]+secret-set-value\\b[^\\r\\n|;]{0,200}?--base64[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // A here-string into a command that reads a secret from stdin (`--password-stdin <<< "…"`, adcli's `--stdin-password`,
  // FreeIPA's `ipa user-mod … --password <<< '…'`, `vncpasswd -f <<< '…'`, gpg's `--passphrase-fd 0 … <<< "…"`), and a
  // password command that only echoes it (`--ldap_password_cmd="echo …"`).
  new RegExp(
    `(?:(?<![\\w-])--?(?:[a-z]+-){0,3}(?:password|passwd|token)-stdin\\b|--stdin-pass(?:word)?\\b|\\bipa(?=[^\\r\\n]{0,400}<<<)[ \\t]+(?:[\\w-]+(?![\\w-])[^\\r\\n<|;]{0,200}?[ \\t]--password\\b|passwd\\b)|\\bvncpasswd(?:[ \\t]+-f)?|\\bpasswd[ \\t]+--stdin\\b|\\bchpasswd\\b|--passphrase-fd[ \\t]+0\\b)[^\\r\\n<|;]{0,200}?<<<[ \\t]*${QUOTED_OR_WORD}`,
    'dg',
  ),
  // A process substitution that only echoes the secret where a file of it is expected (Ansible's `--vault-id prod@<(echo …)`,
  // `--vault-password-file <(echo -n …)`, `--password-file=<(printf '%s\n' …)`: printf's format comes first).
  new RegExp(
    `(?:--vault-id[ \\t=]+[\\w.-]{0,40}@|--?[a-z-]{0,30}(?:password|passwd|secret|token)[a-z-]{0,10}-file[ \\t=]+)<\\([ \\t]*(?:echo(?:[ \\t]+-[neE]{1,3})*|printf(?:[ \\t]+(?:'[^'%\\r\\n]*%[^'\\r\\n]*'|"[^"%\\r\\n]*%[^"\\r\\n]*"))?)[ \\t]+("[^"\\r\\n]*"|'[^'\\r\\n]*'|[^\\s"')]+)`,
    'dg',
  ),
  /password_?cmd[ \t]*[=:][ \t]*["']?echo[ \t]+(?:-n[ \t]+)?("[^"\r\n]*"|'[^'\r\n]*'|[^\s"']+)/dgi,
  // Samba's `samba-tool user create|add NAME PASSWORD` (the password is optional: a flag that follows the name is none, as after any option), SAP's
  // `sapcontrol … -user NAME PASSWORD`, and the TSIG key of `nsupdate -y [ALGORITHM:]NAME:KEY`.
  new RegExp(`\\bsamba-tool[ \\t]+user[ \\t]+(?:create|add)[ \\t]+(?:"[^"\\r\\n]*"|'[^'\\r\\n]*'|[^\\s"'-]\\S*)[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  new RegExp(`\\bsapcontrol\\b[^\\r\\n|;]{0,200}?[ \\t]-user[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  /\bnsupdate\b[^\r\n|;]{0,200}?[ \t]-y[ \t]+["']?(?:[\w-]+:)?[\w.-]+:([A-Za-z0-9+/]{16,}={0,2})/dg,
  // Poetry keeps a repository's login (`poetry config http-basic.REPO user PASS`) and token (`pypi-token.REPO TOKEN`).
  new RegExp(`\\bpoetry[ \\t]+config[ \\t]+(?:http-basic\\.\\S+[ \\t]+\\S+|pypi-token\\.\\S+)[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // Hadoop's credential provider stores the value given after `-value` under an alias (`fs.oss.accessKeySecret`).
  new RegExp(`\\bhadoop[ \\t]+credential[ \\t]+create[ \\t]+\\S+[ \\t]+(?:-\\S+[ \\t]+\\S+[ \\t]+)*-value[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // SAProuter route strings: `/H/host/S/port/P/PASS/H/…` (P is the password of that hop; a file name there, `…/H/640/P/a.jpg`, is a URL's path).
  /\/H\/[\w.-]+(?:\/S\/\d+)?\/P\/(?![^/\s]*\.(?:jpe?g|png|gif|webp|svg|html?|js|css|pdf)(?![\w.]))([^/\s]+)/dg,
  // EMQX and similar admin CLIs: `emqx ctl admins passwd admin …`, `emqx_ctl users add admin …`.
  new RegExp(`\\b(?:emqx[ \\t]+ctl|emqx_ctl)[ \\t]+(?:admins|users)[ \\t]+(?:passwd|add)[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // Redis `AUTH [user] password`, typed at a redis-cli prompt.
  // (Alibaba Cloud's `AUTH r-bp1…:password` names the instance before the colon.)
  // (FTP's `AUTH TLS` asks for encryption. SMTP's `AUTH LOGIN …`, `AUTH CRAM-MD5`, `AUTH SCRAM-SHA-256 …` name a mechanism and send a user or a nonce; `AUTH XOAUTH2 …`
  // and `AUTH PLAIN …` send a token or a password in their blob, and name only a mechanism alone.)
  /(?:^|>[ \t]*)AUTH[ \t]+(?!(?:LOGIN|GSSAPI|NTLM|EXTERNAL|ANONYMOUS|CRAM-MD5|DIGEST-MD5|SCRAM-SHA-\d+(?:-PLUS)?|TLS|SSL)(?![\w-]))(?!(?:PLAIN|XOAUTH2?|OAUTHBEARER)[ \t]*$)(?:[\w.-]+[ \t]+|r-[a-z0-9]{8,24}:)?("[^"\r\n]*"|'[^'\r\n]*'|\S+)[ \t]*$/dgm,
  new RegExp(`\\bmysqladmin\\b[^\\r\\n|;]{0,200}?[ \\t]password[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // Any client of the MySQL protocol (OceanBase obclient, TiDB, StarRocks, Doris, PolarDB-X…): a user
  // given with `-u` and, later on the same command, the password glued to `-p` (`-uroot -p'…'`).
  // A single-dash long option (`-username admin -password …`, Hive's `-userName hive -passWord …`, a game server's `-usercon -port 27015`) is not the user
  // or the password flag.
  new RegExp(String.raw`(?<=[ \t])-u(?!ser(?:name)?\b)[ \t]?[^\s-][^\s|;]*[^\r\n|;]{0,200}?[ \t]-p(?!(?:[aA][sS][sS](?:[wW][oO][rR][dD]|[wW][dD])?)\b|ort(?:[ \t=]|$))${PASSWORD_AFTER_P}`, 'dg'),
  // z/OS RACF gives a passphrase quoted (`ALTUSER … PHRASE('…')`) and a PassTicket's key unencrypted (`SSIGNON(KEYMASKED(…))`);
  // a JCL JOB card writes the current password and a new one (`PASSWORD=(old,new)`). (A password in brackets is TYPED_LOGIN's.)
  /(?<![\w-])PHRASE\(('[^'\r\n]{1,128}')\)/dg,
  /\bKEYMASKED\(([0-9A-Fa-f]{16})\)/dg,
  /\bPASSWORD=\(([^,()\s]{1,64}),/dg,
  /\bPASSWORD=\([^,()\s]{1,64},([^,()\s]{1,64})\)/dg,
  // SQL's CONNECT as DB2's command line and embedded SQL write it (Informix, DB2: `EXEC SQL CONNECT TO 'db' USER 'etl' USING
  // '…'`, its keywords in capitals: "connect to db01 user root using PuTTY" is a sentence); a host variable, `USING :pw`, names
  // where the password is.
  /\bdb2[ \t]+connect[ \t]+to[ \t]+\S+[ \t]+user[ \t]+\S+[ \t]+using[ \t]+("[^"\r\n]*"|'[^'\r\n]*'|(?![:?])[^\s;]+)/dgi,
  /\bCONNECT[ \t]+TO[ \t]+\S+[ \t]+USER[ \t]+\S+[ \t]+USING[ \t]+("[^"\r\n]*"|'[^'\r\n]*'|(?![:?])[^\s;]+)/dg,
  /\b(?:exp|imp|rman[ \t]+target)[ \t]+[\w$#.]+\/("[^"\r\n]*"|[^\s@/"]+)@/dg,
  // Windows: `cmdkey /pass:X`, `wmic /password:X`, `runas`-style `/pwd:X`.
  /(?<=[ \t])\/(?:pass|password|pwd)[:=]("[^"\r\n]*"|[^\s"]+)/dgi,
  // PowerShell: `ConvertTo-SecureString "X" -AsPlainText`, also with the switches first (`-AsPlainText -Force 'X'`).
  /\bConvertTo-SecureString[ \t]+(?:-String[ \t]+)?("[^"\r\n]*"|'[^'\r\n]*')[ \t]+-AsPlainText/dgi,
  /\bConvertTo-SecureString(?:[ \t]+-(?:AsPlainText|Force))+[ \t]+(?:-String[ \t]+)?("[^"\r\n]*"|'[^'\r\n]*')/dgi,
  // Wi-Fi: `wpa_passphrase SSID X` (the SSID may be quoted).
  new RegExp(`\\bwpa_passphrase[ \\t]+(?:"[^"\\r\\n]*"|'[^'\\r\\n]*'|\\S+)[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // `openssl passwd -6 X` hashes X for /etc/shadow (often inside `usermod -p "$(…)"`): X is the password.
  /\bopenssl[ \t]+passwd(?:[ \t]+-(?:1|5|6|apr1|crypt|aixmd5)|[ \t]+-salt[ \t]+[^\s)]+)*[ \t]+("[^"\r\n]*"|'[^'\r\n]*'|[^\s)"'-][^\s)"']*)/dg,
  // macOS: `dscl . -passwd /Users/NAME …`, `networksetup -setairportnetwork en0 SSID …`.
  new RegExp(`\\bdscl[ \\t]+\\S+[ \\t]+-passwd[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  new RegExp(`\\bnetworksetup[ \\t]+-setairportnetwork[ \\t]+\\S+[ \\t]+(?:"[^"\\r\\n]*"|'[^'\\r\\n]*'|\\S+)[ \\t]+${QUOTED_OR_WORD}`, 'dg'),
  // A share mounted as `//user:password@host/share` (mount_smbfs, smbutil, Finder's "Connect to Server").
  /(?<=[\s"'])\/\/[\w.$-]{1,64}:([^\s/:"']{1,64})@[\w.-]+\//dg,
  // Steam's `steamcmd +login USER PASSWORD [GUARD CODE]`.
  new RegExp(`\\bsteamcmd(?:\\.exe)?["']?[ \\t]+(?:[^\\r\\n+]{0,200})?\\+login[ \\t]+\\S+[ \\t]+(?!\\+)${QUOTED_OR_WORD}`, 'dg'),
  // A password handed over as a file made on the fly: `--askpass <(echo …)`, `--password-file <(printf '…')`.
  /(?<![\w-])--?[\w-]{0,40}pass[\w-]{0,40}[ \t]+<\([ \t]*(?:echo|printf)[ \t]+(?:-n[ \t]+)?("[^"\r\n]*"|'[^'\r\n]*'|[^\s)]+)[ \t]*\)/dg,
  // SAP HANA's secure store: `hdbuserstore SET KEY host:port USER PASSWORD`.
  new RegExp(`\\bhdbuserstore[ \\t]+(?:-\\S+[ \\t]+)*SET[ \\t]+\\S+[ \\t]+\\S+[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dgi'),
  // Oracle E-Business Suite's `FNDCPASS apps/X 0 Y system/Y USER name Z`: both logins and the new password.
  /\bFNDCPASS[ \t]+[\w$#]+\/([^\s/@]+)/dg,
  /\bFNDCPASS[ \t]+\S+[ \t]+\d+[ \t]+Y[ \t]+[\w$#]+\/([^\s/@]+)/dg,
  /\bFNDCPASS[ \t]+\S+[ \t]+\d+[ \t]+Y[ \t]+\S+[ \t]+(?:USER|ORACLE|SYSTEM)[ \t]+\S+[ \t]+(\S+)/dg,
  // A login whose password the shell quotes twice (Dameng `disql SYSDBA/'"…"'@host:port`).
  /(?<![\w/.:@-])[A-Za-z][\w$#]{0,30}\/'"([^"'\r\n]{1,64})"'@/dg,
  // Alibaba Cloud Redis (Tair) logs in as `instance-id:password` (`AUTH r-bp1…:…`, also written so in prose).
  /(?<![\w-])r-[a-z0-9]{8,24}:(?!\d+\b)([^\s:@/"'`，。]{6,64})/dg,
  // ZooKeeper: `addauth digest user:X`.
  /\baddauth[ \t]+digest[ \t]+[^\s:]+:(\S+)/dg,
  // GitHub Actions: `::add-mask::X` hides X from the log, so X is a secret.
  /::add-mask::(\S+)/dg,
];

// `aws configure set aws_secret_access_key X`, `npm config set //host/:_authToken X`: the setting's
// name says what the value is. `mc alias set NAME URL ACCESS-KEY SECRET-KEY`: by position.
// (`pulumi config set --secret stack:name …` starts with a flag: redaction-code.ts reads that one.)
const CONFIG_SET = new RegExp(`\\bconfig(?:ure)?[ \\t]+set[ \\t]+(?!-)([^\\s=]+)[ \\t]+${QUOTED_OR_WORD}`, 'dg');
// Secret stores written from the command line: `az keyvault secret set … --value X`, `gh secret set NAME --body X`,
// `aws ssm put-parameter … --type SecureString --value X`; and `rclone config create NAME TYPE key value …` pairs.
const SECRET_STORE_COMMAND = /\b(?:secrets?[ \t]+set|put-parameter)\b([^\r\n|;&]{0,400})/dg;
const SECRET_STORE_VALUE = new RegExp(`(?<=[ \\t])(?:--value|--body|-b)(?:[ \\t]+|=)${QUOTED_OR_WORD}`, 'd');
// `reg add KEY /v NAME /t REG_SZ /d VALUE` (Winlogon's `DefaultPassword`): the value's name says what it is.
const REG_ADD = /\breg(?:\.exe)?[ \t]+add[ \t]+[^\r\n]{0,300}?[ \t]\/v[ \t]+("[^"\r\n]+"|\S+)[^\r\n]{0,100}?[ \t]\/d[ \t]+("[^"\r\n]*"|\S+)/dgi;
const RCLONE_PAIRS = /\brclone[ \t]+config[ \t]+(?:create|update)[ \t]+\S+((?:[ \t]+\S+){1,40})/dg;
// Any program given a user with `-u` and then, as a word of its own, a password with `-p` (CrackMapExec and NetExec,
// evil-winrm, hydra, a vendor's CLI): `-u administrator -p '…'`. A port has no letter (`docker run -u 1000 -p 8080:80`).
const USER_THEN_PASSWORD_FLAG = new RegExp(String.raw`(?<=[ \t])-u[ \t]+[^\s-][^\s|;]*[ \t]+-p[ \t]+${PASSWORD_AFTER_P}`, 'dg');
// Programs whose `-p` is no password: MySQL's clients read the next word as the database (`mysql -u root -p shop`), and
// containers, kubectl, compilers and Subversion take a port, a pod or a profile there.
const OTHER_P_FLAG = /^(?:mysql\w*|mariadb[\w-]*|docker|podman|nerdctl|kubectl|oc|gcc|g\+\+|cc|clang|svn|ssh|scp|sftp|rsync|nc|ncat|socat)$/;
// An FTP script's login (`ftp -n -s:script`, a here-document): `user NAME PASSWORD` on its own line, or echoed into the script
// (`echo user store%NO% … >> ftp.txt`, maybe quoted). "echo user added" is a message: the password must look like one, and
// `ftp` or an `open HOST` line must be near; nginx's `user www-data www-data;` names a group.
const FTP_SCRIPT_USER = /(?:\becho[ \t]+["']?|^[ \t]*)user[ \t]+[^\s>|;"']+[ \t]+([^\s>|"';]+)(?=["']?[ \t]*(?:[>|]|\r?$))/dgm;
const MINIO_ALIAS = new RegExp(`\\bmc[ \\t]+(?:alias[ \\t]+set|config[ \\t]+host[ \\t]+add)[ \\t]+\\S+[ \\t]+\\S+[ \\t]+\\S+[ \\t]+${QUOTED_OR_WORD}`, 'dg');

export function findPositionalPasswords(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const pattern of POSITIONAL) {
    for (const match of text.matchAll(pattern)) {
      const [from] = match.indices?.[1] ?? [0];
      pushArgument(spans, from, match[1]);
    }
  }
  for (const pattern of PRINTED_TWICE) {
    for (const match of text.matchAll(pattern)) {
      const [from, to] = match.indices?.[1] ?? [0, 0];
      pushArgument(spans, from, match[1]);
      pushArgument(spans, to + 2, match[1]);
    }
  }
  for (const pattern of TYPED_LOGIN) {
    for (const match of text.matchAll(pattern)) {
      const [from] = match.indices?.[1] ?? [0];
      if (looksLikePasswordWithDigit(match[1])) pushArgument(spans, from, match[1]);
    }
  }
  for (const pattern of RUN_AS_COMMAND) {
    for (const match of text.matchAll(pattern)) {
      const [from] = match.indices?.[1] ?? [0];
      // The password is the command's last argument: the line ends, or a switch, a separator, a redirection or a comment follows.
      const [, to] = match.indices?.[1] ?? [0, 0];
      const last = /^[ \t]*(?:$|[\r\n/,;&|>#)"'`\\]|\d>)/.test(text.slice(to, to + 3));
      const unquoted = match[1].replace(/^(["'])(.*)\1$/, '$2');
      if (last && (isCommandPosition(text, match.index) || looksLikePasswordWithDigit(unquoted))) pushArgument(spans, from, match[1]);
    }
  }
  // A setting's name (group 1) says what its value (group 2, maybe quoted) is.
  const pushSetting = (match: RegExpMatchArray, name: string, quoted: boolean) => {
    const keyClass = classifyKey(name);
    const [from, to] = match.indices?.[2] ?? [0, 0];
    if (keyClass) pushIfSecret(spans, keyClass, text, from + (quoted ? 1 : 0), to - (quoted ? 1 : 0), profile);
  };
  for (const match of text.matchAll(CONFIG_SET)) pushSetting(match, match[1], /^["']/.test(match[2]));
  for (const match of text.matchAll(REG_ADD)) pushSetting(match, match[1].replace(/"/g, ''), /^"/.test(match[2]));
  for (const match of text.matchAll(SECRET_STORE_COMMAND)) {
    const args = match[1];
    // Parameter Store also holds plain settings: only a SecureString, or a name that says secret, is one.
    if (/put-parameter/.test(match[0]) && !/SecureString/.test(args) && !/--name[ \t=]+\S*(?:password|secret|token|key)/i.test(args)) continue;
    const value = SECRET_STORE_VALUE.exec(args);
    const [argsStart] = match.indices?.[1] ?? [0];
    if (value?.indices) pushArgument(spans, argsStart + value.indices[1][0], value[1], undefined, /password/i.test(args) ? 'password' : 'secret');
  }
  for (const match of text.matchAll(RCLONE_PAIRS)) {
    const [argsStart] = match.indices?.[1] ?? [0];
    const words = [...match[1].matchAll(/\S+/g)];
    for (let index = 0; index + 1 < words.length; index += 1) {
      // A marker left by an earlier redaction is no key, and a flag (`--obscure`) is no value.
      const keyClass = words[index][0].startsWith('[REDACTED:') ? undefined : classifyKey(words[index][0]);
      const value = words[index + 1];
      if (keyClass && !value[0].startsWith('-')) pushIfSecret(spans, keyClass, text, argsStart + value.index, argsStart + value.index + value[0].length, profile);
    }
  }
  for (const match of text.matchAll(USER_THEN_PASSWORD_FLAG)) {
    const [from] = match.indices?.[1] ?? [0];
    if (looksLikePassword(match[1].replace(/^(["'])(.*)\1$/, '$2')) && !OTHER_P_FLAG.test(commandOf(text, match.index))) pushArgument(spans, from, match[1]);
  }
  for (const match of text.matchAll(FTP_SCRIPT_USER)) {
    const [from] = match.indices?.[1] ?? [0];
    // Only in an FTP script: `ftp` or an `open HOST` line near it.
    const near = text.slice(Math.max(0, match.index - 400), match.index + match[0].length + 200);
    if (looksLikePassword(match[1]) && /\bftp\b|^[ \t]*(?:echo[ \t]+)?open[ \t]+\S/im.test(near)) pushArgument(spans, from, match[1]);
  }
  for (const match of text.matchAll(MINIO_ALIAS)) {
    const [from] = match.indices?.[1] ?? [0];
    pushArgument(spans, from, match[1], undefined, 'secret');
  }
  return spans;
}
