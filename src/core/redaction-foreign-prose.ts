// A generated value in a sentence of a language the rules have no words for. Each blind set brings notes and chats in
// languages no rule has met ("Chorche: Ye WB0qF0Qr9U9J. A mesma que en o mixer.", Aragonese; "La contraseña nueva, camudada
// güei, ye BMq#SKq#Q1pJxA.", Asturian), and no table of words for a password will ever hold them all. What stands out there
// is the value's shape: in a line of prose with no word of English, a word of both cases and digits whose case switches as
// no name's does, or with a symbol no name has, is a secret. (English prose names its ids, hashes and hosts in words that
// this reader cannot tell from a secret's, so its lines are left to the rules that read their labels.)
import type { RedactionSpan } from './redaction';
import { FUNCTION_WORDS, capitalisedWordShare, caseSwitches, hasMixedClasses, isPlaceholder, isPublicValue, isUuid } from './redaction-values';

// A line longer than a paragraph is data, not a sentence.
const MAX_PROSE_LINE = 2000;
// A word of printable ASCII after a blank, a quote, a bracket or a colon, and before a blank, a closing mark or the end.
const CANDIDATE = /(?<=^|[\s"'`(（「“,，:：;；])[\x21-\x7e]{10,64}(?=$|[\s"'`)）」”,，。;；])/g;
// A word of the line's own, in Latin letters (a value or a path is no word).
const LATIN_WORD = /^[\p{Script=Latin}'’]{2,}[,.;:!?]?$/u;
const CJK = /[\u3000-\u9fff\uac00-\ud7af]/g;
// A word before the value that makes it an id, a hash, a host or a version ("topic XKUo1…", "Linux iZbp…", "AppKey: …").
const NAMED_AS_ANOTHER =
  /(?:\b(?:ids?|accessor|version|topic\w*|account|opportunity|job|batch|host(?:name)?|serial|sha\d*|md5|hash|commit|trace|request|message|dictionary|edition|build|file|ssid|network|uuid|order|ticket|case|node|pod|instance|linux|app_?key|client_?id|appid)\b|Id)(?:[\s:=#"'`(]+\p{L}{1,4})?[\s:=#"'`(]*$/iu;
// Part of a word for a credential in some language, on the value's line or the two before it (a chat's question): the
// English and international words (Wi-Fi's too), the Romance languages' key and password, Slavic, Baltic, Nordic, Turkish,
// Kinyarwanda, Võro, Kven, Aromanian, Tahitian, Buryat, Chuvash, Mapudungun and Chinese ones. (Not French's "paroles", words.)
// A cue, not a name: a line in another language about a track on a music service or a record's id names none.
const CREDENTIAL_CUE =
  /pass(?:w|phrase|code|e?\b)|\bpw\b|pwd|secret|token|key|cla[uv]|chiav|ciav|chave|clé|yave|senh|contras|kontras|contrase|wachtw|lösen|adgang|sandi|\bparol(?:a|ă|ata)?\b|kod|code|pin\b|psk|wi-?fi|clâf|clef|ibanga|heslo|hasło|jelsz|salasan|salasõn|võti|avain|cljai|t[āa]viri|parau huna|нюуса|түлхюур|вăрттăн|уççи|ellkawün|gesl|lozink|şifre|sifre|ключ|парол|密|口令|令牌/i;
// A word that starts a value after a word and blanks, quotes or a label's colon.
const AFTER_A_WORD = /\p{L}{2,}[\s"'`“(]{1,3}$|\p{L}[:：]\s{0,2}["'`“]?$/u;

/** Spans of generated values in lines of prose that hold no word of English. */
export function findValuesInForeignProse(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  let lineStart = 0;
  const lines = text.split('\n');
  // (A line is tested for a cue at most once, and only when a line of prose at or after it asks.)
  const cued: boolean[] = [];
  // (A marker an earlier redaction left, `[REDACTED:password]`, is no cue: redacting redacted text finds nothing new.)
  const hasCue = (index: number) => (cued[index] ??= CREDENTIAL_CUE.test(lines[index].replace(/\[REDACTED:[\w-]+\]/g, '')));
  for (const [index, line] of lines.entries()) {
    if (line.length <= MAX_PROSE_LINE && isForeignProse(line) && [index, index - 1, index - 2].some((near) => near >= 0 && hasCue(near))) {
      for (const match of line.matchAll(CANDIDATE)) {
        const word = valueOf(match[0]);
        const start = match.index + match[0].indexOf(word);
        const before = line.slice(Math.max(0, start - 60), start);
        if (looksGenerated(word) && AFTER_A_WORD.test(before) && !NAMED_AS_ANOTHER.test(before)) spans.push({ kind: 'secret', start: lineStart + start, end: lineStart + start + word.length });
      }
    }
    lineStart += line.length + 1;
  }
  return spans;
}

/** A line of prose in another language: four words in Latin letters or more, none of them English's small words, no tab (a
 * sheet's row), not a JSON object's fields, and not mostly Chinese, Japanese or Korean. */
function isForeignProse(line: string): boolean {
  if (line.includes('\t') || (line.match(/"\w+"\s*:/g) ?? []).length >= 2) return false;
  const words = line.split(/\s+/).filter((word) => LATIN_WORD.test(word));
  if (words.length < 4 || words.some((word) => FUNCTION_WORDS.has(word.replace(/[,.;:!?]$/, '').toLowerCase()))) return false;
  const latinLetters = (line.match(/\p{Script=Latin}/gu) ?? []).length;
  return latinLetters > 3 * (line.match(CJK) ?? []).length;
}

/** The word without a sentence's mark after it or an opening mark before it. */
function valueOf(word: string): string {
  return word.replace(/[.,;:!?)\]]+$/, '').replace(/^[("'`[]+/, '');
}

/**
 * Both cases and digits, and a case that switches three times or a symbol no name has; not an address, a path, a URL, hex, a
 * UUID, a long base64 run (a digest or a ciphertext), a date, a host, a setting, a flag, a file, a name and a number
 * (`HikariPool-1`), a version, Alibaba Cloud's host name (`iZ…Z`), words in capitals (`EnableSMB1Protocol`) or a public key;
 * nor a token under a vendor's prefix (`shpat_…`, `glsa_…`), which the vendor rules name.
 */
function looksGenerated(value: string): boolean {
  if (value.length < 10 || !/^[A-Za-z0-9!#$%&*+.\-_@^~]+$/.test(value) || !hasMixedClasses(value)) return false;
  if (!(caseSwitches(value) >= 3 || /[!#$%&*+@^~]/.test(value))) return false;
  if (/^[a-z]{2,10}[_-][A-Za-z0-9_]{16,}$/.test(value)) return false;
  if (/@|^[-#$%&]|^[0-9a-f-]+$|^[A-Za-z0-9+]{40,}$|^\d{4}-\d\d|^[\w-]+(?:\.[\w-]+){2,}$|\.[a-z][a-z0-9]{1,3}$|[-_]\d+$|\d\.\d|^iZ[a-z0-9]{16,24}Z$/i.test(value)) return false;
  return capitalisedWordShare(value) < 0.5 && !isUuid(value) && !isPlaceholder(value) && !isPublicValue(value);
}
