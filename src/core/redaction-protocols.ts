// Credentials as they cross the wire in clear, and so as packet captures, `strace` and mail servers' debug logs
// print them: FTP's and POP3's `PASS` command, Redis's `AUTH` in its wire form (`*2\r\n$4\r\nAUTH\r\n$16\r\n…`), IMAP's `LOGIN`,
// SMTP's AUTH LOGIN answer to "Password:", SASL PLAIN responses (base64 of `\0user\0password`: `AUTH PLAIN …`, Dovecot's `resp=…`), OAuth 2.0 logins (`AUTHENTICATE XOAUTH2 …`), and passwords a
// passwd-style file keeps under a clear-text scheme (`{PLAIN}…`, `{CLEARTEXT}…`; `{SSHA}…` is a hash), a FIX logon's, a SIP2
// self-check kiosk's, an EDIFACT or X12 interchange header's, an HL7 message header's, an HJ 212 monitoring frame's and IRC's NickServ identification.
import type { RedactionSpan } from './redaction';
import { isPlaceholder, isStrongPassword, looksLikePassword, looksLikePasswordWithDigit } from './redaction-values';

// The command, then one word that ends the line (a capture may run lines together with dots before it), or, as strace prints
// a write, its escaped line break (`write(9, "PASS …\r\n", 19)`).
// (`WIFI_PASS "…"` and `--DB_PASS '…'` are names: the command stands alone and takes no quotes.)
const FTP_PASS = /(?<![\w-])PASS[ \t]+([^\s/\\"']{4,64})(?:[ \t]*$|(?=\\r\\n"|\\n"))/gm;
// A line break as the wire holds it, as `strace` escapes it, or as a capture pasted line by line left it.
const CRLF = String.raw`(?:\\r\\n|\r?\n)`;
// (The command is an array's element, `$4` before it: "SSO\nAUTH\n$49\nper seat" is a price list. Clients may send it in lower case.)
const REDIS_WIRE_AUTH = new RegExp(String.raw`\$4${CRLF}(?:AUTH|auth)${CRLF}\$\d{1,3}${CRLF}(?:[^\\\r\n]{1,64}${CRLF}\$\d{1,3}${CRLF})?([^\\\r\n"]{1,128})`, 'g');
const SASL_PLAIN = /(?:\bresp=|\bAUTH[ \t]+PLAIN[ \t]+)([A-Za-z0-9+/]{8,684}={0,2})(?![\w+/=])/g;
// IMAP's and SMTP's OAuth 2.0 login (`a1 AUTHENTICATE XOAUTH2 …`, `AUTH OAUTHBEARER …`): base64 of the user and `auth=Bearer <token>`.
const SASL_BEARER = /\bAUTH(?:ENTICATE)?[ \t]+(?:XOAUTH2|OAUTHBEARER)[ \t]+([A-Za-z0-9+/]{16,8192}={0,2})(?![\w+/=])/g;
// SMTP's AUTH LOGIN asks for the password in base64 (`334 UGFzc3dvcmQ6`, "Password:") and the client's next line answers.
// The answer is base64 of text (`RSET`, `QUIT` are commands); the lines may carry a client's or a log's prefix (`S: `, `C: `, `< `,
// `> `, swaks' `<-`/`->` and `<~`/`~>`). (Blanks before and after a prefix are one run each: two runs around an optional prefix split
// a long run of blanks in quadratically many ways.)
const SMTP_PREFIX = String.raw`[ \t]*(?:(?:[SC]:|<[-~]?|[-~]?>)[ \t]*)?`;
const SMTP_LOGIN_PASSWORD = new RegExp(String.raw`^${SMTP_PREFIX}334[ \t]+(?:UGFzc3dvcmQ6|cGFzc3dvcmQ6)[ \t]*\r?\n${SMTP_PREFIX}([A-Za-z0-9+/]{4,684}={0,2})[ \t]*$`, 'dgm');
// IMAP's `tag LOGIN user password`, each an atom or a quoted string, in any case, maybe after a client's prefix (`C: `, `> `). A tag
// is a few letters and digits (`a002`, `A1`, `7`, `1.2`), not a time, an address or a word ("Fix login redirect PROJ-2031").
const IMAP_LOGIN = /^[ \t]*(?:(?:C:|>)[ \t]*)?[A-Za-z]{0,6}\d{1,6}(?:\.\d{1,4})?[ \t]+(?:LOGIN|login)[ \t]+(?:"[^"\r\n]*"|[^\s"]+)[ \t]+("[^"\r\n]+"|[^\s"]+)[ \t]*$/dgm;
const CLEAR_TEXT_SCHEME = /\{(?:PLAIN|CLEARTEXT|CLEAR)\}([^\s:]{1,128})/g;
// A FIX session's logon carries the password (tag 554) and a new one (925) in clear: `…|553=user|554=…|`, fields split by
// SOH, which logs print as `|`, `^A`, `␁`, `<SOH>`, `\x01` or `;`. Only on a line of a FIX message (`8=FIX…`) or of a logon
// (`35=A`).
const FIX_MESSAGE_LINE = /^[^\r\n]*(?:8=FIX|35=A(?=[|\x01␁;^<\\ ]))[^\r\n]*$/gm;
const FIX_SEPARATOR = String.raw`(?:[|\x01␁;]|\^A|<SOH>|\\x01|\\u0001)`;
const FIX_PASSWORD_FIELD = new RegExp(String.raw`(?<=(?:^|${FIX_SEPARATOR}|[ \t])(?:554|925)=)(?:(?!${FIX_SEPARATOR})[^\s])+`, 'g');
// A library's self-check kiosk speaks SIP2 to the library system: its login (`93…CNuser|COpassword|CP…`) and each patron
// request carry passwords in fields split by `|` (`AC` the terminal's, `AD` the patron's, `CO` the login's). Only on a line of a
// SIP2 message: one that starts with its two-digit code and its fixed fields (a date among them) before the institution (`AO`),
// or ends in a checksum (`AY…AZ…`), or a login (`93`, its two algorithms' digits, then `CN`: not a table's row, `93|COMPLETED|…`).
// A client's log may put its time and an arrow before the message (`[…] Sip2Session: <- 9300CN…`).
const SIP2_MESSAGE_LINE = /^[ \t]*(?:[^|\r\n]{0,200}?(?:<-|->)[ \t]+)?(?:93\d{2}CN[^|\r\n]*\|CO|\d{2}(?:[\dYN ]{18,60}AO[^|\r\n]*\||[^\r\n]*\|AY\dAZ[0-9A-F]{4}[ \t]*$))[^\r\n]*$/gm;
const SIP2_PASSWORD_FIELD = /(?:^|\|)(?:AC|AD|CO)([^|\r\n]+)/dg;
// EDIFACT's interchange header names the recipient's reference or password as its sixth element, with a qualifier
// (`UNB+UNOA:2+SENDER:ZZ+RECIPIENT:ZZ+250312:0815+REF+PASSWORD:AA+…'`).
const EDIFACT_HEADER_PASSWORD = /\bUNB\+(?:[^+'\r\n]*\+){5}([^:+'\r\n?]{1,35}):[A-Z0-9]{2}(?=[+'])/dg;
// X12's interchange header carries a password as its fourth element (its qualifier, the third, is `01`; with `00` the element is
// blanks)
// (`ISA*00*          *01*PASSWORD  *ZZ*SENDER…`; elements are fixed-width, padded with blanks, split by the character after `ISA`).
const X12_HEADER_PASSWORD = /\bISA([*|^~!])\d{2}\1[^\r\n*|^~!]{10}\1\d{2}\1([^\r\n*|^~!]*[^\s*|^~!])[ ]*\1/dg;
// HL7 v2's message header holds a security value in its eighth field (`MSH|^~\&|APP|FAC|APP|FAC|20261126091144|VALUE|ORM^O01|…`),
// after the sending and receiving applications and facilities and the message's time.
const HL7_HEADER_SECURITY = /^MSH\|[^|\r\n]{1,8}\|(?:[^|\r\n]*\|){4}\d{8,14}[^|\r\n]*\|([^|\r\n]+)\|/dgm;
// China's HJ 212 frames from pollution monitors to the environmental platform carry the station's access password (`##0220QN=…;ST=32;
// CN=2011;PW=…;MN=…;Flag=5;CP=&&…&&`): after the frame's length, among the fields before the data.
const HJ212_PASSWORD = /^##\d{4}(?:[A-Za-z]{1,4}=[^;\r\n&]{0,40};){0,6}PW=([^;\r\n&]{1,32});/dgm;
// IRC: `/msg NickServ IDENTIFY [account] password` (also `/ns identify …`, `/nickserv …`), typed in a channel by mistake or logged.
const NICKSERV_IDENTIFY = /\/(?:msg[ \t]+NickServ|ns|nickserv)[ \t]+IDENTIFY[ \t]+(?:\S+[ \t]+)?(\S{1,128})[ \t]*$/dgim;

/** Spans of passwords in protocol exchanges and clear-text password schemes. */
export function findProtocolPasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  const push = (match: RegExpMatchArray, value: string) => {
    const start = (match.index ?? 0) + match[0].length - value.length;
    spans.push({ kind: 'password', start, end: start + value.length });
  };
  if (text.includes('PASS')) {
    // (A test runner's `PASS src/app.test.ts` holds a path: the value holds no slash.)
    for (const match of text.matchAll(FTP_PASS)) {
      // (Written on the wire, as strace prints it, the command is one: a plainer password with a digit counts.)
      const onTheWire = /^\\r?\\n"/.test(text.slice(match.index + match[0].length, match.index + match[0].length + 5));
      if (isStrongPassword(match[1]) || (onTheWire && looksLikePasswordWithDigit(match[1]))) push(match, match[1]);
    }
  }
  if (text.includes('AUTH') || text.includes('auth')) {
    // (A tracer that masks the value writes what stood there, `<20 bytes masked>`: a placeholder.)
    for (const match of text.matchAll(REDIS_WIRE_AUTH)) if (!isPlaceholder(match[1])) push(match, match[1]);
    for (const match of text.matchAll(SASL_PLAIN)) if (isSaslPlain(match[1])) push(match, match[1]);
    for (const match of text.matchAll(SASL_BEARER)) {
      const start = match.index + match[0].length - match[1].length;
      spans.push({ kind: 'token', start, end: start + match[1].length });
    }
  }
  if (text.includes('334')) {
    for (const match of text.matchAll(SMTP_LOGIN_PASSWORD)) {
      const [start, end] = match.indices?.[1] ?? [0, 0];
      if (/^[^\x00-\x1f\x7f\ufffd]+$/.test(Buffer.from(match[1], 'base64').toString('utf8'))) spans.push({ kind: 'password', start, end });
    }
  }
  if (text.includes('LOGIN') || text.includes('login')) {
    for (const match of text.matchAll(IMAP_LOGIN)) {
      const quoted = match[1].startsWith('"');
      const value = quoted ? match[1].slice(1, -1) : match[1];
      // Quoted, a password will do (not "success", nor a mask); bare, one no word is.
      if ((quoted && looksLikePassword(value) && !isPlaceholder(value)) || isStrongPassword(value)) {
        const start = (match.indices?.[1]?.[0] ?? 0) + (quoted ? 1 : 0);
        spans.push({ kind: 'password', start, end: start + value.length });
      }
    }
  }
  if (text.includes('}')) for (const match of text.matchAll(CLEAR_TEXT_SCHEME)) push(match, match[1]);
  if (text.includes('554=') || text.includes('925=')) {
    for (const line of text.matchAll(FIX_MESSAGE_LINE)) {
      for (const field of line[0].matchAll(FIX_PASSWORD_FIELD)) spans.push({ kind: 'password', start: line.index + field.index, end: line.index + field.index + field[0].length });
    }
  }
  if (text.includes('|')) {
    for (const line of text.matchAll(SIP2_MESSAGE_LINE)) {
      for (const field of line[0].matchAll(SIP2_PASSWORD_FIELD)) {
        const [start, end] = field.indices?.[1] ?? [0, 0];
        // (A system that logs the messages masks them: `AD****`.)
        if (!/^\*+$/.test(field[1])) spans.push({ kind: 'password', start: line.index + start, end: line.index + end });
      }
    }
  }
  // (A stand-in, `IDENTIFY <password>`, is a placeholder.)
  for (const [marker, pattern, group] of [
    [/identify/i, NICKSERV_IDENTIFY, 1],
    [/ISA/, X12_HEADER_PASSWORD, 2],
    [/MSH\|/, HL7_HEADER_SECURITY, 1],
    [/##\d{4}/, HJ212_PASSWORD, 1],
  ] as const) {
    if (!marker.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const [start, end] = match.indices?.[group] ?? [0, 0];
      if (!isPlaceholder(match[group])) spans.push({ kind: 'password', start, end });
    }
  }
  if (text.includes('UNB+')) {
    for (const match of text.matchAll(EDIFACT_HEADER_PASSWORD)) {
      const [start, end] = match.indices?.[1] ?? [0, 0];
      spans.push({ kind: 'password', start, end });
    }
  }
  return spans;
}

/** Whether base64 decodes to `authzid\0user\0password` with a password in it. */
function isSaslPlain(encoded: string): boolean {
  const parts = Buffer.from(encoded, 'base64').toString('latin1').split('\0');
  return parts.length === 3 && parts[2].length > 0;
}
