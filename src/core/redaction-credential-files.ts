// Credential files whose format, not a name beside the value, says which part is secret: Perforce's tickets file
// and `p4 login -p`, a cookie jar (curl's, wget's, git's `.gitcookies`), Subversion's `passwd` file, INI sections of
// logins (CouchDB's admins, basic-auth users), Bundler's
// per-host credentials (its environment variables and `bundle config`), Composer's token blocks on one line, rsync's
// secrets file (and a client's password file) and Wazuh's agent keys.
import type { RedactionKind, RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import type { KeyClass } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { FUNCTION_WORDS, hasMixedClasses, isGeneratedToken, looksLikePasswordWithDigit } from './redaction-values';

// `~/.p4tickets`: `[ssl:]host:port=user:TICKET`.
const P4_TICKET_LINE = /^[ \t]*(?:ssl:)?[\w.-]+:\d{2,5}=[^\s:=]{1,64}:([0-9A-F]{32})[ \t]*$/dgm;
// `p4 tickets` lists them: `host:port (user) TICKET`.
const P4_TICKETS_OUTPUT = /^[ \t]*(?:ssl:)?[\w.-]+:\d{2,5}[ \t]+\([^()\s]{1,64}\)[ \t]+([0-9A-F]{32})[ \t]*$/dgm;
// `p4 login -p` prints the ticket on the next line (`-a -p`, `-pa` too): a line, then one of 32 hex digits; the line's
// words are checked in code (a regex over a long line of flags would read it again from every `p4`).
const LINE_THEN_TICKET = /^([^\r\n]{1,1000})\r?\n[ \t]*([0-9A-F]{32})[ \t]*$/dgm;
// A Netscape cookie jar line: domain, subdomains, path, secure, expiry, name, value (tab-separated). Git's `.gitcookies`
// writes the value as `user.host=TOKEN` under the name `o`.
const COOKIE_JAR_LINE = /^[ \t]*(?:#HttpOnly_)?[\w.-]+\t(?:TRUE|FALSE)\t\S+\t(?:TRUE|FALSE)\t\d{1,12}\t([^\t\r\n]{1,128})\t(\S{8,4096})[ \t]*$/dgm;
// Subversion's `passwd` file: plain `user = password` lines under `[users]`, up to the next section, in a file said to be
// svnserve's (other INI files have a `[users]` section of settings: pgbouncer's, Grafana's).
const SECTION_LINES = '((?:[ \\t]*(?:[#;][^\\r\\n]*|[^\\s=#;[][^=\\r\\n]{0,63}=[^\\r\\n]*)?(?:\\r?\\n|$)){1,200})';
const SVN_USERS = new RegExp(`^[ \\t]*\\[users\\][ \\t]*\\r?\\n${SECTION_LINES}`, 'dgm');
// Sections whose every entry is a user and a password: CouchDB's `[admins]` in local.ini (a hashed one, `-pbkdf2-…,salt,10`,
// holds commas, which no value read here does), and a section of basic-auth logins (Nightingale's
// `[HTTP.APIForService.BasicAuth]`, `user = "…"`), and a session manager's saved logins (MobaXterm's `[Passwords]`,
// `ssh22:ops@10.60.0.5=…`, and `[Credentials]`, `name=user:…`).
const PASSWORD_SECTION = new RegExp(`^[ \\t]*\\[(?:admins|passwords|credentials|(?:[\\w-]{1,40}\\.){0,4}basic_?auth)\\][ \\t]*\\r?\\n${SECTION_LINES}`, 'dgmi');
const SAVED_LOGINS_SECTION = /^[ \t]*\[(?:passwords|credentials)\]/i;
const SECTION_LOGIN_LINE = /^[ \t]*([^\s=#;[][^=\r\n]{0,63}?)[ \t]*=[ \t]*(?:(["'])([^\s=,"']{1,128})\2|([^\s=,"'][^\s=,]{0,127}))[ \t]*(?:[;#][^\r\n]*)?$/dgm;
// A section's own settings, not a user: `enabled = true`, `username = "…"` beside `password = …` in a `[basic_auth]` of
// settings.
const SECTION_SETTING = /^(?:enabled?|user(?:name)?|name|realm|type|mode|scheme|charset|header|email|timeout|notify|endpoint|region|lang(?:uage)?|host|url|port)$/i;
const SETTING_NAME = /_|[a-z][A-Z]|^[A-Z]/;
// (A media type or a zone is written in lower case, `text/plain`, `Europe/Berlin`; base64 with a slash, `vcZAb…/oIQ…`, is no
// setting.)
const SETTING_VALUE = /^(?:\d+(?:\.\d+)?[smhdkKMG]?|true|false|yes|no|on|off|basic|digest|bearer|utf-?8|[\w.+-]+@[\w.-]+|\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?)$/i;
const MEDIA_TYPE_OR_ZONE = /^[A-Za-z][a-z]*\/[A-Za-z][a-z0-9_+-]*(?:\/[A-Za-z][a-z0-9_+-]*)?$/;
const SVN_CONTEXT = /svnserve|password-db|\bpasswd\b|\bsvn\b/i;
// Bundler's credentials for a host: `BUNDLE_GEMS__EXAMPLE__NET: "user:password"` or a token alone (dots in the host
// are written `__`; GitHub's form puts the token first: `TOKEN:x-oauth-basic`). `BUNDLE_BUILD__…` holds a gem's build
// options, `BUNDLE_LOCAL__…` a local gem's path, `BUNDLE_MIRROR__…` a mirror's address.
// (The name is read in one run; a lookahead checks it holds a host's `__`.)
const BUNDLER_HOST = /\bBUNDLE_(?!BUILD__|LOCAL__|MIRROR__)(?=[A-Z0-9_]{0,200}[A-Z0-9]__[A-Z0-9])[A-Z0-9_]{1,200}["']?[ \t]*[:=][ \t]*(["']?)(?:([^\s"':/]{1,64}):)?([^\s"'/][^\s"']{7,255})\1/dg;
// `bundle config [set] [--global|--local] gems.example.com USER:PASSWORD` (a host: a dot in the name; not a gem's build
// options, a mirror or a local gem).
const BUNDLE_CONFIG = /\bbundle[ \t]+config[ \t]+(?:set[ \t]+)?(?:--(?:global|local)[ \t]+)?(?!(?:build|mirror|local)\.)[\w-]+(?:\.[\w-]+)+[ \t]+(["']?)(?:([^\s"':]{1,64}):)?([^\s"']{8,256})\1/dg;
// The names of Composer's blocks of tokens by host (auth.json; redaction-directives.ts reads a block over several lines).
export const COMPOSER_TOKEN_BLOCKS = 'bearer|github-oauth|gitlab-oauth|gitlab-token|bitbucket-oauth';
// Those blocks written on one line (`COMPOSER_AUTH='{"bearer":{"repo.example.net":"…"}}'`).
const COMPOSER_TOKENS = new RegExp(`"(?:${COMPOSER_TOKEN_BLOCKS})"[ \\t]*:[ \\t]*\\{([^{}\\r\\n]{1,4000})\\}`, 'dg');
const HOST_TOKEN = /"[\w.:-]{1,253}"[ \t]*:[ \t]*"([^"\s]{8,512})"/dg;

// Wazuh's (and OSSEC's) `client.keys`: `ID NAME IP KEY`, the agent's key 64 hex digits after its number, name and
// address (`any` or an IP with an optional mask).
const WAZUH_CLIENT_KEY = /^[ \t]*\d{3,8}[ \t]+[\w.-]{1,128}[ \t]+(?:any|\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?)[ \t]+([0-9a-f]{64})[ \t]*$/dgm;

// rsync's secrets file (`/etc/rsyncd.secrets`, a client's `.rsync.pass`): `user:password` lines right under a line
// that names its path (a comment, `cat` printing it, the path alone).
// (The path is found first, then its line is checked: reading the line up to each `rsync` in it would be quadratic.)
// Other tools keep a password alone in a file named for it (`/etc/ldap.secret`, restic's `obs.pw`, Sqoop's `.sqoop.pw`): the
// same (pushOtherPasswordFile).
const PASSWORD_FILE_PATH = /(?:\/rsyncd?[\w-]*\.(?:secrets?|pass(?:wd)?)|(?:\/|(?<![\w.-])\.)[\w.-]*\.(?:pw|secret|password))(?![\w.-])/g;
const NAMING_LINE =
  /^[ \t]*(?:#|\/\/|;|[=*-]{2,}|[$#>][ \t]*(?:sudo[ \t]+)?(?:cat|more|less|head|vi|vim|nano|type)\b|(?:sudo[ \t]+)?(?:cat|more|less|head|vi|vim|nano|type)\b|\S*(?:\/rsyncd?[\w-]*\.(?:secrets?|pass(?:wd)?)|\.(?:pw|secret|password))[ \t:]*$)/;
// A passphrase of words alone on the file's next line (restic's and borg's: "quartz juniper cobalt falcon"), none a function word.
const PASSPHRASE_LINE = /[ \t]*([a-z]{3,10}(?: [a-z]{3,10}){3,9})[ \t]*(?:\r?\n|$)/dy;
// Or the value after the file's name and a word for its contents ("`.sqoop.pw` 内容（hdfs dfs -cat 出来的）：…").
const VALUE_AFTER_PATH = /^[^\r\n:：]{0,20}?(?:内容|contents?)[^\r\n:：]{0,30}[:：][ \t]*([^\s:：]{6,128})[ \t]*(?:\r?\n|$)/di;
// A client's password file (`rsync --password-file=/etc/rsync.pass`) holds the password alone, one word on its line.
// (Maybe after one blank line; the word looks like a password with a digit: "restart", "-rw-------" or a date under such a line
// are none.)
const LONE_PASSWORD_LINE = /(?:[ \t]*\r?\n)?[ \t]*([^\s:#]{6,128})[ \t]*(?:\r?\n|$)/dy;
const RSYNC_SECRETS_BLOCK = /(?:[ \t]*[\w.-]{1,64}:[^\s:]{1,128}[ \t]*(?:\r?\n|$)){1,50}/y;
const RSYNC_SECRET_LINE = /^[ \t]*[\w.-]{1,64}:([^\s:]{1,128})/dgm;

// A SecureCRT session's `.ini`: `S:"Password V2"=02:<hex>` (or the older `S:"Password"=u<hex>`), the password encrypted
// under a key every copy of SecureCRT holds, so as good as clear. Also the session's passphrase and its firewall's password.
const SECURECRT_PASSWORD = /^[ \t]*S:"(?:Firewall )?Pass(?:word|phrase)(?: V2)?"=(?:0\d:|u)?([0-9a-fA-F]{16,1024})[ \t]*$/dgm;

// A one-time password's seed in base32 under a password manager's field (`"totp": "…"`, `otp_seed: …`): whoever has it makes the
// codes. (An `otpauth://` address there is read by the URL rules.)
const TOTP_SEED = /["']?\b(?:totp|otp_?seed|totp_?seed|mfa_?seed)["']?[ \t]*[:=][ \t]*["']?([A-Z2-7]{16,128}={0,6})(?![\w=])/dgi;

const TOKEN: KeyClass = { family: 'token', words: ['token'], anyShape: true };
const COOKIE: KeyClass = { family: 'cookie', words: ['cookie'], anyShape: true };
// The file's format says the value is a password, whatever it looks like (`harry = harryssecret`).
const PASSWORD: KeyClass = { family: 'password', words: ['password'], anyShape: true };

/** Spans of secrets in credential files read by their format. */
export function findCredentialFileSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (text.includes('=')) {
    for (const match of text.matchAll(P4_TICKET_LINE)) pushToken(spans, match, 1);
    for (const match of text.matchAll(SVN_USERS)) {
      if (SVN_CONTEXT.test(text.slice(Math.max(0, match.index - 400), match.index))) pushSectionLogins(spans, match, text, profile, true);
    }
    for (const match of text.matchAll(PASSWORD_SECTION)) pushSectionLogins(spans, match, text, profile, false, SAVED_LOGINS_SECTION.test(match[0]));
  }
  for (const match of text.matchAll(P4_TICKETS_OUTPUT)) pushToken(spans, match, 1);
  for (const match of text.matchAll(WAZUH_CLIENT_KEY)) pushToken(spans, match, 1, 'secret');
  if (text.includes('S:"')) for (const match of text.matchAll(SECURECRT_PASSWORD)) pushToken(spans, match, 1, 'password');
  for (const match of text.matchAll(TOTP_SEED)) if (/\d/.test(match[1])) pushToken(spans, match, 1, 'secret');
  if (text.includes('p4')) for (const match of text.matchAll(LINE_THEN_TICKET)) if (printsP4Ticket(match[1])) pushToken(spans, match, 2);
  if (text.includes('\t')) for (const match of text.matchAll(COOKIE_JAR_LINE)) pushCookie(spans, match, text, profile);
  if (text.includes('bundle')) for (const match of text.matchAll(BUNDLE_CONFIG)) pushBundlerCredential(spans, match, text, profile);
  if (text.includes('"bearer"') || text.includes('-oauth"') || text.includes('-token"')) {
    for (const block of text.matchAll(COMPOSER_TOKENS)) {
      const offset = block.indices?.[1]?.[0] ?? 0;
      for (const pair of block[1].matchAll(HOST_TOKEN)) {
        const [start, end] = pair.indices?.[1] ?? [0, 0];
        pushIfSecret(spans, TOKEN, text, offset + start, offset + end, profile);
      }
    }
  }
  if (text.includes('BUNDLE_')) for (const match of text.matchAll(BUNDLER_HOST)) pushBundlerCredential(spans, match, text, profile);
  if (text.includes('rsync') || /\.(?:pw|secret|password)\b/.test(text)) {
    let readTo = 0;
    for (const path of text.matchAll(PASSWORD_FILE_PATH)) {
      if (path.index < readTo) continue;
      const lineStart = text.lastIndexOf('\n', path.index) + 1;
      const lineEnd = text.indexOf('\n', path.index);
      readTo = lineEnd < 0 ? text.length : lineEnd + 1;
      // (A host in an address is no file: `https://shop.example.pw`.)
      if (/:\/\/?\S*$/.test(text.slice(Math.max(lineStart, path.index - 200), path.index))) continue;
      const afterPath = VALUE_AFTER_PATH.exec(text.slice(path.index + path[0].length, readTo));
      if (afterPath && looksLikePasswordWithDigit(afterPath[1])) {
        const at = path.index + path[0].length + (afterPath.indices?.[1]?.[0] ?? 0);
        pushIfSecret(spans, PASSWORD, text, at, at + afterPath[1].length, profile);
        continue;
      }
      // A comment or a command that prints the file (not `rsync --password-file=…`, whose output follows).
      if (lineEnd < 0 || !NAMING_LINE.test(text.slice(lineStart, lineEnd))) continue;
      if (!/rsync/.test(path[0])) {
        pushOtherPasswordFile(spans, text, readTo, profile);
        continue;
      }
      RSYNC_SECRETS_BLOCK.lastIndex = readTo;
      const block = RSYNC_SECRETS_BLOCK.exec(text);
      LONE_PASSWORD_LINE.lastIndex = readTo;
      const lone = block ? null : LONE_PASSWORD_LINE.exec(text);
      if (lone && looksLikePasswordWithDigit(lone[1])) pushIfSecret(spans, PASSWORD, text, ...(lone.indices?.[1] ?? [0, 0]), profile);
      if (!block) continue;
      for (const line of block[0].matchAll(RSYNC_SECRET_LINE)) {
        const [start, end] = line.indices?.[1] ?? [0, 0];
        pushIfSecret(spans, PASSWORD, text, readTo + start, readTo + end, profile);
      }
      readTo += block[0].length;
    }
  }
  return spans;
}

/**
 * The line under another file that holds a password alone (`/etc/ldap.secret`, `obs.pw`): one word of both cases and a
 * digit (not a date, a version, a ticket), or a passphrase of words of no function.
 */
function pushOtherPasswordFile(spans: RedactionSpan[], text: string, from: number, profile: RedactionProfile): void {
  LONE_PASSWORD_LINE.lastIndex = from;
  const lone = LONE_PASSWORD_LINE.exec(text);
  if (lone && !lone[0].startsWith('\n') && !lone[0].startsWith('\r') && hasMixedClasses(lone[1])) pushIfSecret(spans, PASSWORD, text, ...(lone.indices?.[1] ?? [0, 0]), profile);
  PASSPHRASE_LINE.lastIndex = from;
  const passphrase = lone ? null : PASSPHRASE_LINE.exec(text);
  if (passphrase && !passphrase[1].split(' ').some((word) => FUNCTION_WORDS.has(word))) {
    spans.push({ kind: 'password', start: passphrase.indices?.[1]?.[0] ?? 0, end: passphrase.indices?.[1]?.[1] ?? 0 });
  }
}

/**
 * The passwords of a section's `user = password` lines (group 1 of `section`). Subversion's file is all logins; other
 * sections of logins may hold settings too (`session_ttl = 3600`, `Scheme = Basic`, `TZ = Europe/Berlin`): a setting's name
 * is written as code, a user's is a plain word, and a setting's value is a number, a duration, a switch, an address or a
 * word of the protocol.
 */
function pushSectionLogins(spans: RedactionSpan[], section: RegExpExecArray, text: string, profile: RedactionProfile, allLogins: boolean, strongOnly = false): void {
  const start = section.indices?.[1]?.[0] ?? 0;
  for (const line of section[1].matchAll(SECTION_LOGIN_LINE)) {
    // (Quoted, group 3; bare, group 4, which may hold a quote: `Qp28'4Le…`.)
    const group = line[3] === undefined ? 4 : 3;
    const [from, to] = line.indices?.[group] ?? [0, 0];
    const setting = SECTION_SETTING.test(line[1]) || (!allLogins && (SETTING_NAME.test(line[1]) || SETTING_VALUE.test(line[group]) || MEDIA_TYPE_OR_ZONE.test(line[group])));
    // (A section named for saved logins may hold settings of any name, `provider=azure`, `profile=prod-eu1`: there only a value
    // no setting has counts, both cases and a digit, or a digit and a symbol.)
    const value = line[group];
    const strong = hasMixedClasses(value) || (/\d/.test(value) && /[^\w.-]/.test(value));
    if (!setting && (!strongOnly || strong)) pushIfSecret(spans, PASSWORD, text, start + from, start + to, profile);
  }
}

function pushToken(spans: RedactionSpan[], match: RegExpExecArray, group: number, kind: RedactionKind = 'token'): void {
  const [start, end] = match.indices?.[group] ?? [0, 0];
  spans.push({ kind, start, end });
}

/** Bundler's `USER:PASSWORD` (groups 2 and 3) or token alone: the password or token, or the token before `:x-oauth-basic`. */
function pushBundlerCredential(spans: RedactionSpan[], match: RegExpExecArray, text: string, profile: RedactionProfile): void {
  const tokenFirst = match[3] === 'x-oauth-basic' ? match.indices?.[2] : undefined;
  pushIfSecret(spans, TOKEN, text, ...(tokenFirst ?? match.indices?.[3] ?? [0, 0]), profile);
}

/** `p4 [global options] login … -p …`: the command prints the ticket instead of storing it. */
function printsP4Ticket(line: string): boolean {
  const words = line.trim().split(/[ \t]+/);
  const p4 = words.findIndex((word) => /(?:^|[/\\$>])p4(?:\.exe)?$/.test(word));
  const login = p4 < 0 ? -1 : words.indexOf('login', p4 + 1);
  return login > 0 && words.slice(login + 1).some((word) => /^-[a-z]*p[a-z]*$/.test(word));
}

/** A cookie's value when it looks generated (a session, not `lang=en`); a `.gitcookies` token after its `user.host=`. */
function pushCookie(spans: RedactionSpan[], match: RegExpExecArray, text: string, profile: RedactionProfile): void {
  const [start, end] = match.indices?.[2] ?? [0, 0];
  const gitToken = match[1] === 'o' ? /^[\w.@-]+=(?=\S)/.exec(match[2]) : null;
  const from = start + (gitToken?.[0].length ?? 0);
  const value = text.slice(from, end);
  if (value.length >= 16 && isGeneratedToken(value)) pushIfSecret(spans, gitToken ? TOKEN : COOKIE, text, from, end, profile);
}
