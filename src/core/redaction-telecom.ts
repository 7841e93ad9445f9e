// Secrets in the configuration of telecom equipment and services, where a command's or a file's layout says what a word is:
// a GPON OLT's ONT authentication (Huawei MA5800: `ont add 0 2 password-auth 3632749886 …`, `loid-auth … checkcode-auth …`)
// and its TR-069 server profile's login, a VRP trap target's v1/v2c security name (the community), Net-SNMP's trap receiver
// (`authCommunity log,execute,net COMMUNITY`), Asterisk's mailbox PINs (`6001 => 9040,Agent Desk 1`) and a SIP peer's numeric
// secret, a FreeRADIUS `radcheck` table printed by a SQL client (`| Cleartext-Password | := | Coffee2017 |`), the logins of Huawei's
// network managers' northbound APIs (iMaster NCE's `{"grantType":"password",…,"value":"…"}`, eSight's `userid=…&value=…`), and an
// SNMPv3 user's passwords said in prose ("SNMPv3 user `nce_snmp`, auth `…`, priv `…`"), and GPS trackers' passwords in the SMS
// commands they take.
import type { RedactionSpan } from './redaction';
import { pushArgument } from './redaction-cli-positional';
import { readQuotedWord } from './redaction-read-word';
import { looksLikePasswordWithDigit } from './redaction-values';

const WORD_OR_QUOTED = '("[^"\\r\\n]*"|\\S+)';
// Where an SMS command starts: a line (after its indentation, read from the line's start only) or a quoted string.
const SMS_COMMAND_START = '(?:^[ \\t]*|(?<=["\'“=:：]|["\'“=:：][ \\t]))';
// A SIP peer's own lines in sip.conf (the same pieces read the secret before or after its type), up to six settings or
// remarks between them.
const SIP_PEER_LINE = '[ \\t]*(?:type[ \\t]*=[ \\t]*(?:friend|peer|user)|host[ \\t]*=[ \\t]*dynamic)[ \\t]*';
const SIP_SECRET_LINE = '[ \\t]*secret[ \\t]*=[ \\t]*(\\d{4,12})[ \\t]*';
const SETTING_LINES = '\\r?\\n(?:[ \\t]*(?:[\\w-]+[ \\t]*=|[;#])[^\\r\\n]*\\r?\\n){0,6}?';
// (Each command's words up to its setting are read within 200 characters, so a long line of repeated command words is read
// once per word, not to its end each time.)
const COMMANDS: readonly RegExp[] = [
  new RegExp(`\\bont[ \\t]+(?:add|modify|confirm)\\b[^\\r\\n]{0,200}?[ \\t](?:password-auth|checkcode-auth)[ \\t]+${WORD_OR_QUOTED}`, 'dg'),
  // ZTE's ONUs: `onu 3 type ZTE-F660 pw …` (or `password …`).
  new RegExp(`\\bonu[ \\t]+\\d+[ \\t]+type[ \\t]+\\S+(?:[ \\t]+(?:sn|loid)[ \\t]+\\S+)?[ \\t]+(?:pw|password)[ \\t]+${WORD_OR_QUOTED}`, 'dg'),
  new RegExp(`\\btr069-server-profile[ \\t]+(?:add|modify)\\b[^\\r\\n]{0,200}?[ \\t]user[ \\t]+(?:"[^"\\r\\n]*"|\\S+)[ \\t]+${WORD_OR_QUOTED}`, 'dg'),
  // (Newer VRP writes `securityname cipher %^%#…%^%#`, stored encrypted.)
  /\bsnmp-agent[ \t]+target-host[^\r\n]{0,200}?[ \t]securityname[ \t]+(?!cipher\b)(\S+)[ \t]+v(?:1|2c)\b/dg,
  // Net-SNMP's trap receiver and sinks, and a v1/v2c source's community (`public` and `private` are everyone's).
  /^[ \t]*(?:authCommunity[ \t]+\S+|trap2?sink[ \t]+\S+|informsink[ \t]+\S+|com2sec6?[ \t]+\S+[ \t]+\S+)[ \t]+(?!(?:public|private)\b)(\S+)/dgm,
  // A SIP peer's secret of digits, as desk phones are given, beside `type=friend` or `host=dynamic` a few lines away.
  new RegExp(`^${SIP_PEER_LINE}${SETTING_LINES}${SIP_SECRET_LINE}$`, 'dgm'),
  new RegExp(`^${SIP_SECRET_LINE}${SETTING_LINES}${SIP_PEER_LINE}$`, 'dgm'),
  // radcheck's clear-text attributes, in a table's cells (the attribute, the operator, the value) or in its INSERT.
  /\|[ \t]*(?:Cleartext|User)-Password[ \t]*\|[ \t]*(?::=|==|\+=|=)[ \t]*\|[ \t]*([^\s|]+)[ \t]*(?:\||$)/dgm,
  /'(?:Cleartext|User)-Password'[ \t]*,[ \t]*'(?::=|==|\+=|=)'[ \t]*,[ \t]*'([^'\r\n]+)'/dg,
  /["']grantType["'][ \t]*:[ \t]*["']password["'][^{}]{0,200}?["']value["'][ \t]*:[ \t]*("(?:[^"\\\r\n]|\\.)+"|'(?:[^'\\\r\n]|\\.)+')/dg,
  /["']value["'][ \t]*:[ \t]*("(?:[^"\\\r\n]|\\.)+"|'(?:[^'\\\r\n]|\\.)+')[^{}]{0,200}?["']grantType["'][ \t]*:[ \t]*["']password["']/dg,
  // GPS trackers take commands by SMS, the device's six-digit password written right after the command's word, each with
  // the argument it sets (the TK103 family: `apn123456 cmnet`, `adminip123456 1.2.3.4 7018`, `admin123456 13800000000`,
  // `password123456 654321` sets a new one), the message at the start of a line or of a quoted string; or as comma-separated
  // fields ending in `#` (the GT06 family: `APN,cmnet,user,PASSWORD#`, a password with a digit or a small letter: capitals
  // alone name the field, `APN,IMSI,ICCID,STATUS#`). (Not the same word and six digits alone, a monitor's or a tracker's id:
  // `monitor123456 is down`, `"password123456" appears 2.3M times`.)
  new RegExp(`${SMS_COMMAND_START}(?:apn|apnuser|apnpasswd)(\\d{6})[ \\t]+[a-z][\\w.-]*(?=[ \\t"'”]|$)`, 'dgm'),
  new RegExp(`${SMS_COMMAND_START}adminip(\\d{6})[ \\t]+\\d{1,3}(?:\\.\\d{1,3}){3}[ \\t]+\\d{2,5}(?=[ \\t"'”]|$)`, 'dgm'),
  new RegExp(`${SMS_COMMAND_START}admin(\\d{6})[ \\t]+\\+?\\d{8,15}(?=[ \\t"'”]|$)`, 'dgm'),
  new RegExp(`${SMS_COMMAND_START}password(\\d{6})[ \\t]+\\d{6}(?=[ \\t"'”]|$)`, 'dgm'),
  new RegExp(`${SMS_COMMAND_START}password\\d{6}[ \\t]+(\\d{6})(?=[ \\t"'”]|$)`, 'dgm'),
  /\bAPN,[^,\s#]{1,64},[^,\s#]{1,64},((?=[^,\s#]*[a-z0-9])[^,\s#]{1,64})#/dg,
];
// eSight's login form, `userid=…&value=…` either way round; a number there is a price or a count.
const ESIGHT_LOGIN = /\buserid=[^&\s"']{1,64}&value=([^&\s"']+)|\bvalue=([^&\s"']+)&userid=[^&\s"']{1,64}/dg;
// After "SNMPv3" in the same sentence (a line may wrap between): `auth X`, `priv X`, maybe after the algorithm, in quotes or
// code spans; not the algorithm's name, a MIB's protocol (`usmHMAC384SHA512AuthProtocol`), nor a path.
const SNMPV3_MENTION = /SNMP[ \t]?v3/gi;
const SNMPV3_PASSWORD = /\b(?:auth|priv)(?:[ \t]+(?:MD5|SHA[\w-]*|DES|3DES|AES[\w-]*))?(?:[ \t]+(?:key|password|pass(?:phrase)?))?[ \t]*[:=]?[ \t]+(?=\S)/dgi;
const SNMPV3_WINDOW = 240;
// A voicemail.conf mailbox: `MAILBOX => PIN[,Full Name[,e-mail[,pager[,options]]]]`; a leading `-` keeps the user from
// changing the PIN. Only in the file's own lines after its name: `1000 => 2000,` is an array's line elsewhere.
const VOICEMAIL_FILE = /voicemail\.conf/gi;
const MAILBOX = /^[ \t]*\d{2,10}[ \t]*=>[ \t]*-?(\d{3,12})[ \t]*(?:,[^\r\n]{0,200})?$/d;
const FILE_LINE = /^[ \t]*(?:$|[;#]|\[[^\]\r\n]{1,64}\][ \t]*$|[\w.-]+[ \t]*=)/;
const MAX_MAILBOX_LINES = 400;

/** Spans of secrets in telecom equipment's commands and telephony configuration. */
export function findTelecomSecrets(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const pattern of COMMANDS) for (const match of text.matchAll(pattern)) pushArgument(spans, match.indices?.[1]?.[0] ?? 0, match[1]);
  for (const match of text.includes('userid=') ? text.matchAll(ESIGHT_LOGIN) : []) {
    const group = match[1] !== undefined ? 1 : 2;
    if (!/^\d+(?:\.\d+)?$/.test(match[group])) pushArgument(spans, match.indices?.[group]?.[0] ?? 0, match[group]);
  }
  findSnmpV3Passwords(text, spans);
  for (const mention of text.matchAll(VOICEMAIL_FILE)) findMailboxes(text, mention.index, spans);
  return spans;
}

function findSnmpV3Passwords(text: string, spans: RedactionSpan[]): void {
  let windowEnd = 0;
  for (const mention of text.matchAll(SNMPV3_MENTION)) {
    // (A mention inside the last one's window adds nothing: the window is read once.)
    if (mention.index < windowEnd) continue;
    const rest = text.slice(mention.index, mention.index + SNMPV3_WINDOW);
    const sentence = rest.search(/[.;!?](?:\s|$)|\r?\n[ \t]*\r?\n/);
    const window = sentence < 0 ? rest : rest.slice(0, sentence);
    windowEnd = mention.index + window.length;
    for (const match of window.matchAll(SNMPV3_PASSWORD)) {
      const range = readQuotedWord(text, mention.index + match.index + match[0].length);
      const value = range ? text.slice(range.start, range.end) : '';
      const after = range ? text.slice(range.end, range.end + 12) : '';
      const named = /^(?:MD5|SHA|AES|DES|3DES|HMAC|usm)|Protocol$|\//i.test(value);
      if (range && !named && looksLikePasswordWithDigit(value) && /^["'`)\]]?(?:[ \t]*(?:[,;.)\]]|$|\r?\n)|[ \t]+(?:priv|and)\b)/i.test(after)) spans.push({ kind: 'password', ...range });
    }
  }
}

function findMailboxes(text: string, from: number, spans: RedactionSpan[]): void {
  let lineStart = text.indexOf('\n', from) + 1;
  for (let count = 0; lineStart > 0 && count < MAX_MAILBOX_LINES; count += 1) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
    const mailbox = MAILBOX.exec(line);
    if (mailbox) pushArgument(spans, lineStart + (mailbox.indices?.[1]?.[0] ?? 0), mailbox[1]);
    else if (!FILE_LINE.test(line)) return;
    lineStart = lineEnd + 1;
  }
}
