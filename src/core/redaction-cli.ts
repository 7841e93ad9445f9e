// Passwords on command lines and in server configuration lines, where a flag or directive, not a
// field name, says what the next word is. The meaning of a short flag depends on the program
// (`mysql -pSECRET` but `mkdir -p`, `ssh -p 2222`), so each rule names the programs it applies to.
import type { RedactionKind, RedactionSpan } from './redaction';
import { pushIfPassword, pushIfSecret } from './redaction-assignments';
import { classifyKey } from './redaction-keys';
import { isGeneratedToken, isUuid } from './redaction-values';
import { cloudKeyIdKind, type RedactionProfile } from './redaction-profile';
import { findPositionalPasswords, pushArgument } from './redaction-cli-positional';

interface CliPasswordRule {
  /** Programs (a command's first word, also after `sudo`, env assignments or a path) the rule applies to. */
  programs: readonly string[];
  /** The flag, as a regex source, matched where an argument starts. */
  flag: string;
  /** `attached`: `-pSECRET`; `separate`: `-p SECRET`; `either`: both. */
  value: 'attached' | 'separate' | 'either';
  /** Part of the argument before the password (`user%` in `-U user%pass`). */
  prefix?: string;
  /** A word the arguments must contain (`docker login -p`, not `docker run -p 8080:80`). */
  subcommand?: string;
  /** What the value is, when not a password (`coscmd config -s` takes a key secret). */
  kind?: RedactionKind;
  /** Values every installation ships with, which guard nothing (SNMP's `public`). */
  defaults?: RegExp;
}

/** The table: which programs take a password in which flag (the clouds' own tools come from the profile). */
export const CLI_PASSWORD_RULES: readonly CliPasswordRule[] = [
  {
    programs: ['mysql', 'mysqldump', 'mysqladmin', 'mysqlimport', 'mysqlcheck', 'mysqlshow', 'mysqlpump', 'mysqlbinlog', 'mysqlsh', 'mariadb', 'mariadb-dump', 'mariadb-admin'],
    flag: '-p',
    value: 'attached',
  },
  { programs: ['sshpass'], flag: '-p', value: 'either' },
  { programs: ['docker', 'podman', 'nerdctl', 'buildah', 'skopeo', 'oras', 'helm', 'crane', 'regctl'], flag: '-p', value: 'separate', subcommand: 'login' },
  { programs: ['az'], flag: '-p', value: 'separate', subcommand: 'login' },
  { programs: ['redis-cli', 'valkey-cli', 'keydb-cli'], flag: '(?:-a|--pass)', value: 'separate' },
  { programs: ['mongo', 'mongosh', 'mongodump', 'mongorestore', 'mongoexport', 'mongoimport', 'mongostat', 'mongotop'], flag: '-p', value: 'separate' },
  { programs: ['sqlcmd', 'bcp', 'osql', 'isql'], flag: '-P', value: 'either' },
  { programs: ['ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldappasswd', 'ldapwhoami', 'ldapcompare', 'ldapmodrdn'], flag: '-w', value: 'separate' },
  // `ldappasswd -s` sets the new password.
  { programs: ['ldappasswd'], flag: '-s', value: 'separate' },
  { programs: ['mydumper', 'myloader'], flag: '-p', value: 'separate' },
  { programs: ['ipmitool'], flag: '-P', value: 'separate' },
  { programs: ['zip', 'unzip', 'zipcloak'], flag: '-P', value: 'separate' },
  // Commvault's `qlogin … -clp PASS` (a clear-text password).
  { programs: ['qlogin', 'qlogin.exe'], flag: '-clp', value: 'separate' },
  // Windows' certutil opens a PFX with `-p` (`certutil -p PASS -dump a.pfx`, `-importPFX`).
  { programs: ['certutil', 'certutil.exe'], flag: '-p', value: 'separate' },
  { programs: ['7z', '7za', '7zr', 'rar', 'unrar'], flag: '-p', value: 'attached' },
  // Net-SNMP v3: `-A` authentication and `-X` privacy pass phrases (`-a SHA -A …  -x AES -X …`).
  { programs: ['snmpwalk', 'snmpget', 'snmpgetnext', 'snmpset', 'snmpbulkwalk', 'snmpbulkget', 'snmptrap', 'snmptable', 'snmpinform', 'snmpdelta'], flag: '-[AX]', value: 'either' },
  // SNMP v1 and v2c: the community string is the password (`snmpwalk -v2c -c … host oid`).
  {
    programs: ['snmpwalk', 'snmpget', 'snmpgetnext', 'snmpset', 'snmpbulkwalk', 'snmpbulkget', 'snmptrap', 'snmptable', 'snmpinform', 'snmpdelta'],
    flag: '-c',
    value: 'separate',
    defaults: /^(?:public|private)$/,
  },
  // Anaconda's client takes an API token with `-t` (`anaconda -t … upload pkg.tar.bz2`).
  // (`anaconda upload -t conda …` names a package type.)
  { programs: ['anaconda'], flag: '(?:-t|--token)', value: 'separate', kind: 'token', defaults: /^(?:conda|pypi|ipynb|env|file|notebook|installer|project|standard_python)$/ },
  { programs: ['tabcmd'], flag: '(?:-p|--password)', value: 'separate', subcommand: 'login' },
  // RAR's -hp also encrypts the file names.
  { programs: ['rar', 'unrar'], flag: '-hp', value: 'attached' },
  { programs: ['smbclient', 'rpcclient', 'smbmap', 'smbget', 'smbcacls', 'net'], flag: '(?:-U|--user=)', value: 'either', prefix: '[^%\\s"\']+%' },
  { programs: ['lftp'], flag: '-u', value: 'separate', prefix: '[^,\\s"\']+,' },
  // …and inside lftp's shell (`lftp :~> open -u user,PASS host`; macOS `open -u URL` has no `user,` before it).
  { programs: ['open'], flag: '-u', value: 'separate', prefix: '[^,\\s"\']+,' },
  // VMware ESXi: `esxcli system account add|set -i USER -p PASS -c PASS` (the password and its confirmation).
  { programs: ['esxcli'], flag: '(?:-p|--password|-c|--password-confirmation)', value: 'separate', subcommand: 'system[ \\t]+account[ \\t]+(?:add|set)' },
  { programs: ['http', 'https', 'xh'], flag: '(?:-a|--auth)', value: 'separate', prefix: '[^:\\s"\']+:' },
  { programs: ['openssl'], flag: '-(?:passin|passout|pass)', value: 'separate', prefix: 'pass:' },
  { programs: ['openssl'], flag: '-k', value: 'separate' },
  { programs: ['ssh-keygen'], flag: '-[NP]', value: 'separate' },
  { programs: ['twine', 'cqlsh', 'rabbitmqadmin', 'psexec', 'psexec.exe', 'PsExec', 'PsExec.exe', 'mycli', 'beeline', 'hdbsql', 'racadm', 'ilorest'], flag: '-p', value: 'separate' },
  { programs: ['mosquitto_pub', 'mosquitto_sub'], flag: '-P', value: 'separate' },
  // Penetration testers' login tools (hydra's `-P` is a file of passwords).
  { programs: ['crackmapexec', 'cme', 'nxc', 'netexec', 'evil-winrm', 'hydra', 'medusa', 'smbmap', 'enum4linux', 'enum4linux-ng'], flag: '-p', value: 'separate' },
  // Dell EMC Unity's `uemcli -d host -u admin -p …`; Nagios plugins that log in to a database (`check_http -p` is a port).
  { programs: ['uemcli', 'uemcli.exe', 'check_mysql', 'check_mysql_query', 'check_pgsql', 'check_mssql', 'check_oracle'], flag: '-p', value: 'separate' },
  // Perforce: `p4 -u user -P PASSWORD_OR_TICKET …`.
  { programs: ['p4', 'p4.exe'], flag: '-P', value: 'separate' },
  // HTCondor stores a pool's or a user's password: `condor_store_cred add -c -p …`.
  { programs: ['condor_store_cred'], flag: '-p', value: 'separate' },
  // Kerberos: the KDC database's master password (`kdb5_util create -s -P …`).
  { programs: ['kdb5_util'], flag: '-P', value: 'separate' },
  { programs: ['p4', 'p4.exe'], flag: '-P', value: 'attached' },
  { programs: ['vsql'], flag: '-w', value: 'separate' },
  { programs: ['coscmd'], flag: '-s', value: 'separate', kind: 'secret', subcommand: 'config' },
  { programs: ['xfreerdp', 'xfreerdp3', 'wlfreerdp', 'sdl-freerdp'], flag: '/p:', value: 'attached' },
  { programs: ['ktpass', 'ktpass.exe'], flag: '[/-]pass', value: 'separate' },
  // Windows task and remote tools: `schtasks /create … /ru user /rp PASS`, `/s host /u user /p PASS`.
  { programs: ['schtasks', 'schtasks.exe', 'wmic', 'taskkill', 'tasklist', 'systeminfo', 'eventcreate'], flag: '/[rR]?[pP]', value: 'separate' },
  // SSIS: `dtexec /F package.dtsx /Decrypt PASSWORD` (the package's password; `/De` is its short form, `-` may stand for `/`).
  { programs: ['dtexec', 'dtexec.exe', 'DTExec', 'DTExec.exe', 'DTEXEC', 'DTEXEC.EXE'], flag: '[/-](?:[Dd][Ee](?:[Cc][Rr][Yy][Pp][Tt])?)', value: 'separate' },
  // macOS keychain: `security add-generic-password -a user -s service -w …` (also add-internet-password).
  { programs: ['security'], flag: '-w', value: 'separate', subcommand: 'add-(?:generic|internet)-password' },
  // …and opens or makes a keychain with its password after -p (`security unlock-keychain -p … build.keychain-db`).
  { programs: ['security'], flag: '-p', value: 'separate', subcommand: '(?:unlock|create)-keychain' },
  // Windows code signing: `signtool sign /f cert.pfx /p …`.
  { programs: ['signtool', 'signtool.exe'], flag: '/p', value: 'separate' },
  // RocketMQ's `mqadmin updateAclConfig -a ACCESS_KEY -s SECRET_KEY`.
  { programs: ['mqadmin', 'mqadmin.cmd'], flag: '-s', value: 'separate', kind: 'secret', subcommand: 'updateAclConfig' },
  // openGauss and GaussDB clients take the password after -W (psql's -W only prompts).
  { programs: ['gsql', 'gs_dump', 'gs_dumpall', 'gs_restore', 'gs_basebackup', 'gs_ctl'], flag: '-W', value: 'either' },
  // KingbaseES's tools, forked from PostgreSQL's, take the password after -W too (`sys_dump -U system -W …`).
  { programs: ['ksql', 'sys_dump', 'sys_dumpall', 'sys_restore', 'sys_basebackup'], flag: '-W', value: 'separate' },
  // FreeSWITCH's console takes the event socket's password after -p (`fs_cli -H host -P 8021 -p …`).
  { programs: ['fs_cli'], flag: '-p', value: 'separate' },
  // coturn's test client and admin tool: `turnutils_uclient -u user -w …`, `turnadmin -a -u user -r realm -p …`.
  { programs: ['turnutils_uclient', 'turnutils_peer'], flag: '-w', value: 'separate' },
  { programs: ['turnadmin'], flag: '-p', value: 'separate' },
  // Wazuh's agent enrolment password (`agent-auth -m manager -P …`).
  { programs: ['agent-auth'], flag: '-P', value: 'separate' },
  // Yocto's extrausers class runs `useradd -P …` and `usermod -P …` with the password in clear (shadow's own `-p` takes a
  // crypt hash, which is no secret).
  { programs: ['useradd', 'usermod'], flag: '-P', value: 'separate' },
  // …and the key the manager exported for an agent, imported on it (`manage_agents -i <base64 of the client.keys line>`).
  { programs: ['manage_agents'], flag: '-i', value: 'separate', kind: 'secret' },
  // The Erlang distribution cookie on the command line (`erl -setcookie …`, `iex --cookie …`): whoever holds it joins the cluster.
  { programs: ['erl', 'iex', 'elixir', 'rabbitmqctl'], flag: '(?:-setcookie|--cookie|--erlang-cookie)', value: 'separate', kind: 'secret' },
  // MIT Kerberos' admin client with its password on the line (`kadmin -p admin/admin -w … -q 'ktadd …'`).
  { programs: ['kadmin'], flag: '-w', value: 'separate' },
  // IBM Spectrum LSF's EGO logs on with `egosh user logon -u Admin -x …` (Admin is its shipped password).
  { programs: ['egosh'], flag: '-x', value: 'separate', subcommand: 'logon', defaults: /^Admin$/ },
  // SAP's sapgenpse opens or makes a PSE with its PIN after -x (`sapgenpse get_pse -p SAPSNCS.pse -x … -r esb.csr`).
  { programs: ['sapgenpse', 'sapgenpse.exe'], flag: '-x', value: 'separate', defaults: /^(?:pin|PIN)$/ },
];

const escape = (word: string) => word.replace(/[.+]/g, '\\$&');
// (An unquoted value ends at an escaped line break or quote: a command echoed inside a JSON string, `"… -p\r\n"`, has
// none; `"… -p X\""` ends at `\"`.)
const ARGUMENT_VALUE = '("[^"\\r\\n]*"|\'[^\'\\r\\n]*\'|“[^”\\r\\n]*”|‘[^’\\r\\n]*’|(?:(?!\\\\[nrt"])[^\\s"\'`“”‘’\\u3000-\\u9fff\\uff00-\\uffef])+)';

interface CompiledRules {
  /** A program word (its start is checked in code: a word start or after a path), then its arguments up to the end of the line or an unquoted `|`, `;`, `&&` or background `&`. */
  program: RegExp;
  rules: ReadonlyArray<{ rule: CliPasswordRule; subcommand?: RegExp; regex: RegExp }>;
}

/** The table plus the clouds' own tools, compiled once per profile. */
const compiledByProfile = new WeakMap<RedactionProfile, CompiledRules>();

function compiledRules(profile: RedactionProfile): CompiledRules {
  let compiled = compiledByProfile.get(profile);
  if (compiled) return compiled;
  // Cloud tools are Go-flag programs: `-k VALUE` and `-k=VALUE`.
  const cloudRules = profile.commandLineFlags.map((tool): CliPasswordRule => ({ programs: tool.programs, flag: escape(tool.flag), value: 'separate', kind: tool.kind }));
  const all = [...CLI_PASSWORD_RULES, ...cloudRules];
  const programNames = [...new Set(all.flatMap((rule) => rule.programs))].sort((a, b) => b.length - a.length);
  compiled = {
    // Windows names may end in `.exe` and close a quoted path (`"C:\\…\\7z.exe" a -p…`); a shell comment (` # …`) ends the arguments.
    // (A name inside a word is none, `erl` in "Perl": the match must not start there, or it would take the line's arguments
    // from the program named after it.)
    program: new RegExp(`(?<![\\w.-])(${programNames.map(escape).join('|')})(?:\\.exe)?["']?(?=[ \\t])((?:"[^"\\r\\n]*"|'[^'\\r\\n]*'|(?![ \\t]#)[^\\r\\n|;&"']|(?<=[^\\s&])&(?!&)){0,2000})`, 'g'),
    rules: all.map((rule) => {
      // `separate` also takes `-k=VALUE` (Go-flag programs).
      const glue = rule.value === 'attached' ? '' : rule.value === 'separate' ? '(?:[ \\t]+|=)' : '[ \\t]*=?';
      // `-pass`, `-passWord`, `-passwd` are single-dash long options (Hive's schematool), and `-port` a game server's port, not `-p` and a value.
      const notLongOption = rule.value === 'attached' && rule.flag === '-p' ? '(?!(?:[aA][sS][sS](?:[wW][oO][rR][dD]|[wW][dD])?)\\b|ort(?:[ \\t=]|$))' : '';
      const subcommand = rule.subcommand ? new RegExp(`\\b${rule.subcommand}\\b`) : undefined;
      return { rule, subcommand, regex: new RegExp(`(?<=[ \\t])${rule.flag}${glue}${notLongOption}(?![ \\t-])${ARGUMENT_VALUE}`, 'dg') };
    }),
  };
  compiledByProfile.set(profile, compiled);
  return compiled;
}

/** Spans of passwords given to command-line programs and server directives. */
export function findCliPasswords(text: string, profile: RedactionProfile): RedactionSpan[] {
  const commands = execFormAsShell(text);
  return [...findNamedFlags(commands, profile), ...findFlagPasswords(commands, profile), ...findPositionalPasswords(commands, profile), ...findRegionKeyUsers(commands, profile)];
}

// A registry login whose user is a region and an access key id: Huawei Cloud SWR's `docker login -u cn-north-4@<AK> -p …`.
const REGION_AT_KEY_ID = /(?<![\w.-])[a-z]{2,}(?:-[a-z]+)*-\d{1,2}@([A-Za-z0-9]{16,32})(?![\w.@-])/dg;

function findRegionKeyUsers(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (!text.includes('@')) return spans;
  for (const match of text.matchAll(REGION_AT_KEY_ID)) {
    const kind = cloudKeyIdKind(profile, match[1]);
    const [start, end] = match.indices?.[1] ?? [0, 0];
    if (kind) spans.push({ kind, start, end });
  }
  return spans;
}

// A command in exec form (Dockerfile `CMD`, compose `healthcheck.test`, Kubernetes `command:`):
// `["mysqladmin", "ping", "-uroot", "-p…"]`.
const EXEC_FORM = /\[[ \t]*"[^"\r\n]*"(?:[ \t]*,[ \t]*"[^"\r\n]*"){1,60}[ \t]*\]/g;

/** The text with every exec-form command written as a shell line: separators become spaces of the same length. */
function execFormAsShell(text: string): string {
  if (!/"[ \t]*,[ \t]*"/.test(text)) return text;
  return text.replace(EXEC_FORM, (array) => array.replace(/"[ \t]*,[ \t]*"/g, (separator) => ' '.repeat(separator.length)));
}

function findFlagPasswords(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const { program: programPattern, rules } = compiledRules(profile);
  for (const command of text.matchAll(programPattern)) {
    const [, program, args] = command;
    const argsStart = command.index + command[0].length - args.length;
    for (const { rule, subcommand, regex } of rules) {
      if (!rule.programs.includes(program) || (subcommand && !subcommand.test(args))) continue;
      for (const match of args.matchAll(regex)) {
        const [from] = match.indices?.[1] ?? [0];
        if (rule.defaults?.test(match[1].replace(/^(["'])(.*)\1$/, '$2'))) continue;
        pushArgument(spans, argsStart + from, match[1], rule.prefix, rule.kind);
      }
    }
  }
  return spans;
}

// Any long or short flag whose name is secret-sounding (`--password X`, `--access-key-secret X`,
// `-storepass X`), and `-u user:password` / `--auth user:password` (curl, httpie and friends).
// A value that opens a subexpression (`-Credential (New-Object …)`) is code, not a value.
// A word may end in a quoted part (`-u elastic:'…'`).
const NAMED_FLAG = /(?<![\w-])--?([A-Za-z][\w-]*)[ \t]+(?![-(])("[^"\r\n]*"|'[^'\r\n]*'|(?:(?!\\[nrt"])[^\s"'])+(?:"[^"\r\n]*"|'[^'\r\n]*')?)/dg;
// The same in exec-form argument lists: `["--requirepass", "X"]` (Dockerfile, compose, Kubernetes) and
// YAML items (`- "--admin-password"` then `- "X"`).
// Game servers set console variables on their command line with a plus (`cs2 -dedicated +rcon_password X +map …`).
// (Quake's engines write `+set rcon_password X`; a line may start with the variable. A console variable's name has an
// underscore: a line of a diff, `+Password requirements: …`, is none.)
const PLUS_VARIABLE = /(?<![^\s])\+(?:set[ \t]+)?([A-Za-z][A-Za-z0-9]{0,20}_[A-Za-z0-9_]{1,40})[ \t]+("[^"\r\n]*"|[^\s"+]+)/dg;
// (curl's only: `docker run -uapp:admins`, `sudo -uwww-data:www` give a user and a group. Unquoted, the password ends where
// the shell's word does, or at an escape of a JSON string.)
const GLUED_USER_FLAG = /(?<![^\s])(?:-u|--user=|--proxy-user=)([^\s"':/-][^\s"':]{0,127}:(?:"[^"\r\n]*"|'[^'\r\n]*'|(?:(?!\\[nrt"])[^\s"';&|,]|,(?![\s,]|$)){0,256}))/dg;
const CURL_BEFORE = /\bcurl(?:\.exe)?[ \t][^\r\n]*$/;
const ARRAY_FLAG = /(["'])--?([A-Za-z][\w-]*)\1[ \t]*(?:,|\r?\n[ \t]*-)[ \t]*(["'])((?!-)[^"'\r\n]*)\3/dg;

function findNamedFlags(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(PLUS_VARIABLE)) {
    const keyClass = classifyKey(match[1]);
    const [from, to] = match.indices?.[2] ?? [0, 0];
    const quoted = match[2].startsWith('"') ? 1 : 0;
    if (keyClass) pushIfSecret(spans, keyClass, text, from + quoted, to - quoted, profile);
  }
  for (const match of text.matchAll(ARRAY_FLAG)) {
    const keyClass = classifyKey(match[2]);
    const [start, end] = match.indices?.[4] ?? [0, 0];
    if (keyClass) pushIfSecret(spans, keyClass, text, start, end, profile);
  }
  for (const match of text.matchAll(NAMED_FLAG)) {
    const [from, to] = match.indices?.[2] ?? [0, 0];
    const quoted = /^["']/.test(match[2]);
    const start = from + (quoted ? 1 : 0);
    const end = to - (quoted ? 1 : 0);
    // (Short flags may be bundled: curl's `-su user:password`.)
    const userAndPassword = ['u', 'user', 'auth', 'proxy-user'].includes(match[1]) || /^[a-zA-Z]{1,3}u$/.test(match[1]);
    const keyClass = userAndPassword ? undefined : classifyKey(match[1]);
    // `pulumi config set --secret stack:dbPassword …`: the word after the flag names a field; it holds nothing.
    const namespaced = /^[A-Za-z][\w.-]*:([A-Za-z][\w.-]*)$/.exec(text.slice(start, end));
    const namesAField = namespaced !== null && classifyKey(namespaced[1]) !== undefined;
    // A list of settings is no value of the secret (etcd's `--auth-token jwt,pub-key=app.rsa.pub,sign-method=RS256`).
    const settings = /^[a-z]{2,10}(?:,[\w-]+=[^\s,]+)+$/.test(text.slice(start, end));
    // A redirect is the shell's (`--stdin-password <<<"…"`: the here-string's rule reads the value inside).
    const redirect = !quoted && /^[<>]/.test(match[2]);
    // libvirt names its secrets by UUID (`virsh secret-set-value --secret <uuid> --base64 …`): the value is the one after.
    const secretObject = match[1] === 'secret' && isUuid(text.slice(start, end)) && /\bvirsh\b/.test(text.slice(Math.max(0, match.index - 200), match.index));
    if (keyClass && !namesAField && !settings && !redirect && !secretObject) pushIfSecret(spans, keyClass, text, start, end, profile);
    else if (userAndPassword) pushUserAndPassword(spans, text, start, end);
  }
  // The same glued to its flag: `-uKEY:`, `--user=ops:…` (a user alone, `mysql -uroot`, has no colon).
  for (const match of text.matchAll(GLUED_USER_FLAG)) {
    if (CURL_BEFORE.test(text.slice(Math.max(0, match.index - 300), match.index))) pushUserAndPassword(spans, text, ...(match.indices?.[1] ?? [0, 0]));
  }
  return spans;
}

/** `user:password` given to `-u`/`--user` (curl, httpie and friends): the password, or the API key given as the user. */
function pushUserAndPassword(spans: RedactionSpan[], text: string, start: number, end: number): void {
  const value = text.slice(start, end);
  const colon = value.indexOf(':');
  // `-u redis://:pass@host` is a URL; its credentials have their own detector.
  // `elastic:'…'`: the quotes around the password are the shell's.
  const quoted = /^(["']).+\1$/.test(value.slice(colon + 1)) ? 1 : 0;
  // An API that takes its key as the user name: `-u KEY:` (an empty password), or a fixed word after it
  // (Graylog's `KEY:token`, Freshdesk's `KEY:X`, Toggl's `KEY:api_token`, GitHub's `KEY:x-oauth-basic`), which is no password.
  const keyAsUser = colon > 0 && /^(?:|x|token|api_token|x-oauth-basic)$/i.test(value.slice(colon + 1));
  // (`docker run -u 1000:1000` is a uid and a gid; TURN's REST user names are `EXPIRY:USER`, `-u 1765012800:alice`.)
  // (Nor `date -u +%Y-%m-%dT%H:%M:%SZ`, a time's format after `date`'s own `-u`.)
  const timeFormat = /^\+%|(?:%[YmdHMSzZ].*){2}/.test(value);
  if (colon >= 0 && colon < value.length - 1 && !keyAsUser && !timeFormat && !value.includes('://') && !/^\d+:\d+$|^\d{10}:/.test(value))
    pushIfPassword(spans, text, start + colon + 1 + quoted, end - quoted);
  if (keyAsUser && isGeneratedToken(value.slice(0, colon))) spans.push({ kind: 'token', start, end: start + colon });
}
