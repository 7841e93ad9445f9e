// Credential files whose format, not a name beside the value, says which part is secret: Perforce's tickets file
// and `p4 login -p`, a cookie jar (curl's, wget's, git's `.gitcookies`), Subversion's `passwd` file, and Bundler's
// per-host credentials.
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import type { KeyClass } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { isGeneratedToken } from './redaction-values';

// `~/.p4tickets`: `[ssl:]host:port=user:TICKET`.
const P4_TICKET_LINE = /^[ \t]*(?:ssl:)?[\w.-]+:\d{2,5}=[^\s:=]{1,64}:([0-9A-F]{32})[ \t]*$/dgm;
// `p4 login -p` prints the ticket on the next line (`-a -p`, `-pa` too).
// (The flag is looked for once, ahead, so a line of many flags is read once.)
const P4_LOGIN_PRINT = /\bp4(?:\.exe)?[ \t]+(?:-[A-Za-z][ \t]+\S+[ \t]+)*login\b(?=[^\r\n]*[ \t]-[a-z]*p[a-z]*\b)[^\r\n]*\r?\n[ \t]*([0-9A-F]{32})[ \t]*(?=\r?\n|$)/dg;
// A Netscape cookie jar line: domain, subdomains, path, secure, expiry, name, value (tab-separated). Git's `.gitcookies`
// writes the value as `user.host=TOKEN` under the name `o`.
const COOKIE_JAR_LINE = /^[ \t]*(?:#HttpOnly_)?[\w.-]+\t(?:TRUE|FALSE)\t\S+\t(?:TRUE|FALSE)\t\d{1,12}\t([^\t\r\n]{1,128})\t(\S{8,4096})[ \t]*$/dgm;
// Subversion's `passwd` file: plain `user = password` lines under `[users]`, up to the next section.
const SVN_USERS = /^[ \t]*\[users\][ \t]*\r?\n((?:[ \t]*(?:[#;][^\r\n]*|[\w.@-]{1,64}[ \t]*=[^\r\n]*)?(?:\r?\n|$)){1,200})/gm;
const SVN_USER_LINE = /^[ \t]*[\w.@-]{1,64}[ \t]*=[ \t]*(\S{1,128})[ \t]*$/dgm;
// Bundler's credentials for a host: `BUNDLE_GEMS__EXAMPLE__NET: "user:password"` or a token alone (dots in the host
// are written `__`). `BUNDLE_BUILD__…` holds a gem's build options (a mirror's or a local gem's path is no secret's shape).
// (The name is read in one run; a lookahead checks it holds a host's `__`.)
const BUNDLER_HOST = /\bBUNDLE_(?!BUILD__)(?=[A-Z0-9_]{0,200}[A-Z0-9]__[A-Z0-9])[A-Z0-9_]{1,200}["']?[ \t]*[:=][ \t]*(["']?)(?:[^\s"':/]{1,64}:)?([^\s"'/][^\s"']{7,255})\1/dg;

const TOKEN: KeyClass = { family: 'token', words: ['token'], anyShape: true };
const COOKIE: KeyClass = { family: 'cookie', words: ['cookie'], anyShape: true };
const PASSWORD: KeyClass = { family: 'password', words: ['password'], anyShape: false };

/** Spans of secrets in credential files read by their format. */
export function findCredentialFileSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (text.includes('=')) {
    for (const match of text.matchAll(P4_TICKET_LINE)) spans.push({ kind: 'token', start: match.indices?.[1]?.[0] ?? 0, end: match.indices?.[1]?.[1] ?? 0 });
    for (const match of text.matchAll(SVN_USERS)) {
      const start = match.index + match[0].length - match[1].length;
      for (const line of match[1].matchAll(SVN_USER_LINE)) {
        const [from, to] = line.indices?.[1] ?? [0, 0];
        pushIfSecret(spans, PASSWORD, text, start + from, start + to, profile);
      }
    }
  }
  if (text.includes('p4')) for (const match of text.matchAll(P4_LOGIN_PRINT)) spans.push({ kind: 'token', start: match.indices?.[1]?.[0] ?? 0, end: match.indices?.[1]?.[1] ?? 0 });
  if (text.includes('\t')) for (const match of text.matchAll(COOKIE_JAR_LINE)) pushCookie(spans, match, text, profile);
  if (text.includes('BUNDLE_')) {
    for (const match of text.matchAll(BUNDLER_HOST)) pushIfSecret(spans, TOKEN, text, ...(match.indices?.[2] ?? [0, 0]), profile);
  }
  return spans;
}

/** A cookie's value when it looks generated (a session, not `lang=en`); a `.gitcookies` token after its `user.host=`. */
function pushCookie(spans: RedactionSpan[], match: RegExpExecArray, text: string, profile: RedactionProfile): void {
  const [start, end] = match.indices?.[2] ?? [0, 0];
  const gitToken = match[1] === 'o' ? /^[\w.@-]+=(?=\S)/.exec(match[2]) : null;
  const from = start + (gitToken?.[0].length ?? 0);
  const value = text.slice(from, end);
  if (value.length >= 16 && isGeneratedToken(value)) pushIfSecret(spans, gitToken ? TOKEN : COOKIE, text, from, end, profile);
}
