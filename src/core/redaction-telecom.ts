// Secrets in the configuration of telecom equipment and services, where a command's or a file's layout says what a word is:
// a GPON OLT's ONT authentication (Huawei MA5800: `ont add 0 2 password-auth 3632749886 …`, `loid-auth … checkcode-auth …`)
// and its TR-069 server profile's login, a VRP trap target's v1/v2c security name (the community), Net-SNMP's trap receiver
// (`authCommunity log,execute,net COMMUNITY`), Asterisk's mailbox PINs (`6001 => 9040,Agent Desk 1`) and a SIP peer's numeric
// secret, a FreeRADIUS `radcheck` table printed by a SQL client (`| Cleartext-Password | := | Coffee2017 |`), the logins of Huawei's
// network managers' northbound APIs (iMaster NCE's `{"grantType":"password",…,"value":"…"}`, eSight's `userid=…&value=…`), and an
// SNMPv3 user's passwords said in prose ("SNMPv3 user `nce_snmp`, auth `…`, priv `…`").
import type { RedactionSpan } from './redaction';
import { pushArgument } from './redaction-cli-positional';
import { looksLikePasswordWithDigit } from './redaction-values';

const WORD_OR_QUOTED = '("[^"\\r\\n]*"|\\S+)';
const COMMANDS: readonly RegExp[] = [
  new RegExp(`\\bont[ \\t]+(?:add|modify)\\b[^\\r\\n]*?[ \\t](?:password-auth|checkcode-auth)[ \\t]+${WORD_OR_QUOTED}`, 'dg'),
  new RegExp(`\\btr069-server-profile[ \\t]+(?:add|modify)\\b[^\\r\\n]*?[ \\t]user[ \\t]+(?:"[^"\\r\\n]*"|\\S+)[ \\t]+${WORD_OR_QUOTED}[ \\t]*$`, 'dgm'),
  // (Newer VRP writes `securityname cipher %^%#…%^%#`, stored encrypted.)
  /\bsnmp-agent[ \t]+target-host[^\r\n]*?[ \t]securityname[ \t]+(?!cipher\b)(\S+)[ \t]+v(?:1|2c)\b/dg,
  /^[ \t]*authCommunity[ \t]+\S+[ \t]+(\S+)/dgm,
  // A SIP peer's secret of digits, as desk phones are given, under `type=friend` or `host=dynamic` a few lines up.
  /^[ \t]*(?:type[ \t]*=[ \t]*(?:friend|peer|user)|host[ \t]*=[ \t]*dynamic)[ \t]*\r?\n(?:[ \t]*[\w-]+[ \t]*=[^\r\n]*\r?\n){0,6}?[ \t]*secret[ \t]*=[ \t]*(\d{4,12})[ \t]*$/dgm,
  // radcheck's clear-text attributes, in a table's cells: the attribute, the operator, the value.
  /\|[ \t]*(?:Cleartext|User)-Password[ \t]*\|[ \t]*(?::=|==|\+=|=)[ \t]*\|[ \t]*([^\s|]+)[ \t]*\|/dg,
  /"grantType"[ \t]*:[ \t]*"password"[^{}]{0,200}?"value"[ \t]*:[ \t]*("(?:[^"\\\r\n]|\\.)+")/dg,
  /"value"[ \t]*:[ \t]*("(?:[^"\\\r\n]|\\.)+")[^{}]{0,200}?"grantType"[ \t]*:[ \t]*"password"/dg,
  /\buserid=[^&\s"']{1,64}&value=([^&\s"']+)/dg,
];
// After "SNMPv3", a few words on (a line may wrap between): `auth X`, `priv X`, maybe in code spans; not the algorithm's name.
const SNMPV3_PASSWORD = /\b(?:auth|priv)(?:[ \t]+(?:key|password|pass(?:phrase)?))?[ \t]*[:=]?[ \t]+`?([^\s`,;]{6,64})/dg;
const SNMPV3_WINDOW = 240;
// A voicemail.conf mailbox: `MAILBOX => PIN,Full Name[,e-mail[,pager[,options]]]`; a leading `-` keeps the user from changing
// the PIN. Only in a text that names the file: `1000 => 2000,` is an array's line elsewhere.
const MAILBOX = /^[ \t]*\d{2,10}[ \t]*=>[ \t]*-?(\d{3,12})[ \t]*,[ \t]*[A-Za-z][^,\r\n]{0,64}(?:,[^,\r\n]*){0,4}$/dgm;

/** Spans of secrets in telecom equipment's commands and telephony configuration. */
export function findTelecomSecrets(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const pattern of COMMANDS) for (const match of text.matchAll(pattern)) pushArgument(spans, match.indices?.[1]?.[0] ?? 0, match[1]);
  for (const mention of text.matchAll(/SNMPv3/gi)) {
    const window = text.slice(mention.index, mention.index + SNMPV3_WINDOW);
    for (const match of window.matchAll(SNMPV3_PASSWORD)) {
      const [start, end] = match.indices?.[1] ?? [0, 0];
      const value = match[1];
      if (!/^(?:MD5|SHA|AES|DES|3DES|HMAC)/i.test(value) && looksLikePasswordWithDigit(value)) spans.push({ kind: 'password', start: mention.index + start, end: mention.index + end });
    }
  }
  if (/voicemail\.conf/i.test(text)) for (const match of text.matchAll(MAILBOX)) pushArgument(spans, match.indices?.[1]?.[0] ?? 0, match[1]);
  return spans;
}
