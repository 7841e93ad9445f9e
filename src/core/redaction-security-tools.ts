// What security tools print about the accounts they tried or recovered, where the layout alone says which part is a
// password: CrackMapExec/NetExec and secretsdump's `DOMAIN\user:password` (an LSA secret, a login that worked, a
// `CLEARTEXT:` password kept with reversible encryption), a cracker's `hash:password` once cracked (hashcat and John's
// `--show`), impacket's targets `DOMAIN/user:password@host`, a keytab's keys as `klist -K` prints them, and gpg-agent's
// passphrases in its debug log.
import type { RedactionSpan } from './redaction';
import { pushIfPassword } from './redaction-assignments';
import { looksLikePasswordWithDigit } from './redaction-values';

// `CORP\svc_scan:…`, `[+] CORP\l.chen:… (Pwn3d!)`, `CORP.EXAMPLE\svc:CLEARTEXT:…`: nothing between the colon and the
// password, and nothing after it but the tool's verdict. (secretsdump's hashes go on with more colons:
// `user:1103:aad3…:31d6…:::`, `user:aes256-cts-hmac-sha1-96:…`; a Windows path has its drive's colon before the slash.)
const DOMAIN_ACCOUNT_PASSWORD =
  /(?<![^\s\]])(?!HK(?:LM|CU|CR|U|CC)\\|HKEY_)[A-Za-z][\w.-]{0,63}\\[\w.$-]{1,64}:(?:CLEARTEXT:)?([^\s:]{1,128})(?=[ \t]+(?:\(Pwn3d!\)|STATUS_[A-Z_]+)[ \t]*$|[ \t]*$)/dgm;
// A cracked hash and its password: NTLM or MD5, SHA-1, SHA-256 or SHA-512 in hex (maybe cut short with `...`), a
// crypt(3) string, or a Kerberos ticket or AS-REP roasted (`$krb5tgs$23$*svc$…`, `$krb5asrep$23$user@REALM:…`), then the password to the end of the line; where the text names a cracker or its output (a checksum
// list's `<md5>:<file>` is no such line).
const CRACKER = /hashcat|\bjohn\b|--show|\.pot\b|potfile|\bcracked\b|破解/i;
const CRACKED_HASH =
  /^[ \t]*(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}|[0-9a-fA-F]{16,127}(?:\.{3}|…)|\$(?:1|2[abxy]|5|6|y|apr1)\$[^\s:$]{1,64}\$[^\s:]{8,200}|\$krb5(?:tgs|asrep|pa)\$(?:[^\s:]{1,4000}:)?[^\s:]{16,8000}):([^\s:]{1,128})[ \t]*$/dgm;
// impacket's `secretsdump.py 'CORP/user:…@10.0.0.5'` (also psexec, wmiexec, smbexec, mssqlclient…), and the domain's
// tools without a host (`GetUserSPNs.py corp.local/user:… -dc-ip …`).
const IMPACKET_TOOL =
  /\b(?:impacket-\w+|(?:secretsdump|psexec|wmiexec|smbexec|atexec|dcomexec|mssqlclient|smbclient|GetUserSPNs|GetNPUsers|getTGT|getST|lookupsid|rpcdump|samrdump|ticketer|addcomputer)\.py)\b/;
// `klist -k -K` (and `ktutil`'s `list -k`) print a keytab's keys after their encryption types, `(aes256-cts-hmac-sha1-96)
// (0x…)` (RC4 marked `DEPRECATED:`), or, without `-e`, after the principal. Whoever holds the key is the principal.
const KEYTAB_KEY = /(?:\((?:DEPRECATED:)?(?:aes\d{3}-cts[\w-]*|arcfour-hmac[\w-]*|rc4-hmac[\w-]*|des3?-[\w-]+|camellia\d{3}-cts[\w-]*)\)|@[A-Za-z0-9.-]{1,253})[ \t]+\(0x([0-9a-fA-F]{16,128})\)/dg;
// gpg-agent's Assuan protocol in a debug log: `PRESET_PASSPHRASE <keygrip> <timeout> <passphrase in hex>`, and the data line
// (`D …`) that answers a `GET_PASSPHRASE --data` a few lines before it.
const PRESET_PASSPHRASE = /\bPRESET_PASSPHRASE[ \t]+[0-9A-Fa-f]{40}[ \t]+-?\d+[ \t]+([0-9A-Fa-f]{2,512})\b/dg;
// (On the same channel: `chan_7 <- GET_PASSPHRASE --data …`, then `chan_7 -> D …`.)
const PASSPHRASE_DATA = /\b(chan_\d+)[ \t]*<-[ \t]*GET_PASSPHRASE[ \t]+--data\b[^\r\n]*(?:\r?\n[^\r\n]*){0,3}?\r?\n[^\r\n]*?\b\1[ \t]*->[ \t]*D[ \t]+([^\r\n%]{4,256}?)[ \t]*$/dgm;
const IMPACKET_TARGET = /(?<![^\s'"])(?:(?:[\w.-]{1,64}\/)?[\w.$-]{1,64}:([^\s@'"/]{1,128})@[\w.-]{1,253}|[\w.-]{1,64}\/[\w.$-]{1,64}:([^\s@'"/]{1,128}))(?![^\s'"])/dg;

/** Spans of passwords in the output of account testers, dumpers and crackers, and in impacket's targets. */
export function findSecurityToolPasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (text.includes('\\')) {
    for (const match of text.matchAll(DOMAIN_ACCOUNT_PASSWORD)) pushIfCracked(spans, text, match);
  }
  if (CRACKER.test(text)) {
    for (const match of text.matchAll(CRACKED_HASH)) pushIfCracked(spans, text, match);
  }
  if (text.includes('(0x')) {
    for (const match of text.matchAll(KEYTAB_KEY)) spans.push({ kind: 'secret', start: match.indices![1][0], end: match.indices![1][1] });
  }
  if (text.includes('PASSPHRASE')) {
    for (const pattern of [PRESET_PASSPHRASE, PASSPHRASE_DATA]) {
      for (const match of text.matchAll(pattern)) {
        const [start, end] = match.indices![match.length - 1];
        spans.push({ kind: 'password', start, end });
      }
    }
  }
  if (IMPACKET_TOOL.test(text)) {
    for (const line of text.matchAll(/^[^\r\n]*$/gm)) {
      if (!IMPACKET_TOOL.test(line[0])) continue;
      for (const match of line[0].matchAll(IMPACKET_TARGET)) {
        const [start, end] = match.indices![1] ?? match.indices![2];
        pushIfPassword(spans, text, line.index + start, line.index + end);
      }
    }
  }
  return spans;
}

/** A recovered password: it looks like one and has a digit (`Default-First-Site-Name` is a site), and is no hex digest or file's name. */
function pushIfCracked(spans: RedactionSpan[], text: string, match: RegExpMatchArray): void {
  const [start, end] = match.indices![1];
  const value = text.slice(start, end);
  if (!looksLikePasswordWithDigit(value) || /^[0-9a-f]{32,}$/i.test(value) || /\.[a-z]{2,4}$/.test(value)) return;
  pushIfPassword(spans, text, start, end);
}
