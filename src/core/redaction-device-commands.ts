// Secrets in the configuration commands of network operating systems, where a path of words leads to the setting:
// Junos, VyOS and EdgeOS (`set system radius-server 10.50.0.11 secret "$9$…"`, `set vpn ipsec site-to-site peer 1.2.3.4
// authentication pre-shared-secret '…'`), PAN-OS after its prompt (`admin@PA-3220# set … snmp-community-string …`),
// RouterOS's `name=value` words (`set enabled=yes ipsec-secret=… use-ipsec=required`) and FortiOS's backup to a server and
// restore from one (`execute backup config ftp FILE HOST USER PASSWORD`). Junos keeps its secrets as `$9$…`, which anyone reverses: a
// secret as much as the plain text.
import type { RedactionSpan } from './redaction';
import { pushArgument } from './redaction-cli-positional';
import { classifyKey } from './redaction-keys';
import { isPasswordHash } from './redaction-hashes';
import { isPlaceholder, looksLikePasswordWithDigit, looksRandom } from './redaction-values';

// A device's prompt (`admin@PA-3220# `, with its HA state `admin@PA-820(active)# `, FortiOS's `FGT01 (to-aliyun-vpc) # `; `[edit]`
// lines need none), then `set`, up to twelve words of the path, the setting's name and its value, which ends the line.
// (`ascii-text` and `hexadecimal` name the form of a Junos pre-shared key; an NTP key's value follows its number and type.)
const SET_PATH =
  /^[ \t]*(?:[\w.@-]{1,64}(?:[ \t]*\([^()\r\n]{1,64}\))?[ \t]*[#>][ \t]*)?set[ \t]+(?:[^\s"'=]+[ \t]+){0,12}?(secret|shared-secret|pre-shared-secret|pre-shared-key|preshared-key|psksecret|private-key|md5-key|tcp-md5-key|hello-authentication-key|simple-password|cak|authentication-key(?:[ \t]+\d+[ \t]+type[ \t]+\S+[ \t]+value)?|privacy-key|key|password|snmp-community-string|community-string)[ \t]+(?:(?:ascii-text|hexadecimal)[ \t]+)?("[^"\r\n]*"|'[^'\r\n]*'|[^\s"']+)[ \t]*$/dgm;
// A Junos type 9 secret: reversible, so a secret, also where `show configuration` prints it in braces (`secret "$9$…"; ##
// SECRET-DATA`).
const JUNOS_NINE = /^["']?\$9\$[./0-9A-Za-z-]{4,}["']?$/;
const JUNOS_NINE_QUOTED = /"(\$9\$[./0-9A-Za-z-]{8,})"/dg;
// RouterOS: a command's `name=value` words (a value may escape a quote, `\"`).
const ROUTEROS_LINE = /^[ \t]*(?:\/[\w /-]{1,80}[ \t]+)?(?:add|set)[ \t][^\r\n]*=[^\r\n]*$/gm;
const ROUTEROS_PAIR = /(?<=[ \t])([a-z][\w-]{1,40})=("(?:[^"\\\r\n]|\\.)*"|(?:[^\s"\\]|\\.)+)/dg;
// FortiOS: `execute backup|restore config|full-config ftp|tftp|sftp FILE HOST[:PORT] USER PASSWORD [FILE-PASSWORD]`.
const FORTIOS_BACKUP = /\bexecute[ \t]+(?:backup|restore)[ \t]+(?:full-)?config[ \t]+(?:ftp|sftp|tftp)[ \t]+\S+[ \t]+\S+[ \t]+\S+[ \t]+("[^"\r\n]*"|\S+)(?:[ \t]+("[^"\r\n]*"|\S+))?[ \t]*$/dgm;

/** Spans of secrets that network devices' configuration commands set. */
export function findDeviceCommandSecrets(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (/(?:^[ \t]*|[#>][ \t]*)set[ \t]/m.test(text)) {
    for (const match of text.matchAll(SET_PATH)) {
      const raw = match[2];
      const value = raw.replace(/^["']|["']$/g, '');
      const kind = /community|password|authentication|privacy/.test(match[1]) ? 'password' : 'secret';
      // A plain value must look generated or have a digit (not a placeholder, `@@RADIUS_SECRET@@`, nor Junos's mask, `SECRET-DATA`,
      // nor an HTTP header's name, FortiOS's `set key "X-Api-Key"`); `$1$…`, `$6$…` are hashes. A bare `key` holds names and
      // public keys as often (`public-keys ops@laptop key 'AAAAB3…'`): only a type 9 secret counts there.
      if (JUNOS_NINE.test(raw)) continue;
      const plain = match[1] !== 'key' && !isPasswordHash(value) && !isPlaceholder(value) && (looksLikePasswordWithDigit(value) || looksRandom(value));
      if (plain) pushArgument(spans, match.indices?.[2]?.[0] ?? 0, raw, undefined, kind);
    }
  }
  if (text.includes('$9$')) for (const match of text.matchAll(JUNOS_NINE_QUOTED)) spans.push({ kind: 'secret', start: match.indices?.[1]?.[0] ?? 0, end: match.indices?.[1]?.[1] ?? 0 });
  if (text.includes('=')) {
    for (const line of text.matchAll(ROUTEROS_LINE)) {
      for (const pair of line[0].matchAll(ROUTEROS_PAIR)) {
        const family = classifyKey(pair[1])?.family;
        const [start, end] = pair.indices?.[2] ?? [0, 0];
        const quoted = pair[2].startsWith('"');
        const value = quoted ? pair[2].slice(1, -1) : pair[2];
        if ((family === 'password' || family === 'secret') && looksLikePasswordWithDigit(value) && !isPlaceholder(value))
          spans.push({ kind: family, start: line.index + start + (quoted ? 1 : 0), end: line.index + end - (quoted ? 1 : 0) });
      }
    }
  }
  if (text.includes('execute ')) {
    for (const match of text.matchAll(FORTIOS_BACKUP)) {
      pushArgument(spans, match.indices?.[1]?.[0] ?? 0, match[1]);
      if (match[2] !== undefined) pushArgument(spans, match.indices?.[2]?.[0] ?? 0, match[2]);
    }
  }
  return spans;
}
