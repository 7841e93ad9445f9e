// Secrets in the configuration commands of network operating systems, where a path of words leads to the setting:
// Junos, VyOS and EdgeOS (`set system radius-server 10.50.0.11 secret "$9$…"`, `set vpn ipsec site-to-site peer 1.2.3.4
// authentication pre-shared-secret '…'`), PAN-OS after its prompt (`admin@PA-3220# set … snmp-community-string …`),
// RouterOS's `name=value` words (`set enabled=yes ipsec-secret=… use-ipsec=required`) and FortiOS's backup to a server
// (`execute backup config ftp FILE HOST USER PASSWORD`). Junos keeps its secrets as `$9$…`, which anyone reverses: a
// secret as much as the plain text.
import type { RedactionSpan } from './redaction';
import { pushArgument } from './redaction-cli-positional';
import { classifyKey } from './redaction-keys';
import { isPasswordHash, isPlaceholder, looksLikePassword, looksRandom } from './redaction-values';

// A device's prompt (`admin@PA-3220# `, FortiOS's `FGT01 (to-aliyun-vpc) # `; `[edit]` lines need none), then `set`, up to twelve words of the path, the setting's
// name and its value, which ends the line. (`ascii-text` names the form of a Junos pre-shared key; an NTP key's value follows its
// number and type.)
const SET_PATH =
  /^[ \t]*(?:[\w.@-]{1,64}(?:[ \t]+\([^()\r\n]{1,64}\))?[ \t]*[#>][ \t]*)?set[ \t]+(?:[^\s"'=]+[ \t]+){0,12}?(secret|shared-secret|pre-shared-secret|pre-shared-key|psksecret|authentication-key(?:[ \t]+\d+[ \t]+type[ \t]+\S+[ \t]+value)?|privacy-key|key|password|snmp-community-string|community-string)[ \t]+(?:ascii-text[ \t]+)?("[^"\r\n]*"|'[^'\r\n]*'|[^\s"']+)[ \t]*$/dgm;
// A Junos type 9 secret: reversible, so a secret.
const JUNOS_NINE = /^["']?\$9\$[./0-9A-Za-z-]{4,}["']?$/;
// An HTTP header's name.
const HEADER_NAME = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$/;
// RouterOS: a command's `name=value` words.
const ROUTEROS_LINE = /^[ \t]*(?:\/[\w /-]{1,80}[ \t]+)?(?:add|set)[ \t][^\r\n]*=[^\r\n]*$/gm;
const ROUTEROS_PAIR = /(?<=[ \t])([a-z][\w-]{1,40})=("[^"\r\n]*"|[^\s"]+)/dg;
// FortiOS: `execute backup config|full-config ftp|tftp|sftp FILE HOST[:PORT] USER PASSWORD`.
const FORTIOS_BACKUP = /\bexecute[ \t]+backup[ \t]+(?:full-)?config[ \t]+(?:ftp|sftp|tftp)[ \t]+\S+[ \t]+\S+[ \t]+\S+[ \t]+("[^"\r\n]*"|\S+)[ \t]*$/dgm;

/** Spans of secrets that network devices' configuration commands set. */
export function findDeviceCommandSecrets(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (/(?:^|[#>][ \t]*)set[ \t]/m.test(text)) {
    for (const match of text.matchAll(SET_PATH)) {
      const raw = match[2];
      const value = raw.replace(/^["']|["']$/g, '');
      // (A plain word where a key goes must look like one; `$1$…`, `$6$…` are hashes.)
      const kind = /community|password|authentication|privacy/.test(match[1]) ? 'password' : 'secret';
      const start = (match.indices?.[2]?.[0] ?? 0) + (raw.length > value.length ? 1 : 0);
      if (JUNOS_NINE.test(raw)) spans.push({ kind, start, end: start + value.length });
      // (FortiOS's `set key "Content-Type"` names an HTTP header.)
      else if (!isPasswordHash(value) && !isPlaceholder(value) && !HEADER_NAME.test(value) && (looksLikePassword(value) || looksRandom(value)))
        pushArgument(spans, match.indices?.[2]?.[0] ?? 0, raw, undefined, kind);
    }
  }
  if (text.includes('=')) {
    for (const line of text.matchAll(ROUTEROS_LINE)) {
      for (const pair of line[0].matchAll(ROUTEROS_PAIR)) {
        const family = classifyKey(pair[1])?.family;
        const raw = pair[2];
        if ((family === 'password' || family === 'secret') && looksLikePassword(raw.replace(/^"|"$/g, ''))) pushArgument(spans, line.index + (pair.indices?.[2]?.[0] ?? 0), raw, undefined, family);
      }
    }
  }
  if (text.includes('execute backup')) for (const match of text.matchAll(FORTIOS_BACKUP)) pushArgument(spans, match.indices?.[1]?.[0] ?? 0, match[1]);
  return spans;
}
