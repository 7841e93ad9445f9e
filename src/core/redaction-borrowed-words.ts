// A password in a sentence of a language no table here knows. Most languages borrow the word ("la password gnove … e je X",
// "iphasiwedi yayo ngu-X", "Phasiwede ntswa ya database ndi X", "admin parolu X", "sa password betza X e no intrat"): its stem,
// inflected or with a prefix glued on, then within the same clause a value no sentence of any language has — both cases, a
// digit and a symbol other than a name's dot or dash.
import type { RedactionSpan } from './redaction';
import { passwordKind } from './redaction-key-values';
import { NOT_THE_TOKEN } from './redaction-other-languages';
import { readQuotedWord } from './redaction-read-word';
import { caseSwitches, hasMixedClasses, isGeneratedToken, isPathLike, isPlaceholder, looksLikePasswordWithDigit } from './redaction-values';

// The stem of "password" as languages borrow it (pass-, pasw-, pasv-, pasiw-, phasiw-, parol-), up to three letters glued
// before it (Swazi's i-, Luxembourgish d'), any ending after; not a part of a setting's name (`encrypted_secret`), nor a secretary; not a value that starts so (`Password123`, `Passw0rd!`).
const BORROWED_PASSWORD =
  /(?<![\p{L}\p{M}_.$/])(?:\p{L}{1,3}['’]?)?(?:pass(?:w|v|o)|pasw|pasv|pasiw|phasiw|parol|se[cgk]ret(?!ar)|sicret|segred|tok[eio]n)[\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}_@#$%*!&^~+=-])/giu;
// Words up to the value: the same clause (no sentence's end or `=`), on the same line.
const CLAUSE_REACH = 100;
const CLAUSE = /(?:(?![.!?。！？][ \t]|=)[^\r\n]){0,80}?[ \t]["'`“«]?(?=\S)/y;
// A value: both cases, a digit, and a symbol no name, version, host or path has alone.
const isUnlikeAnyWord = (value: string): boolean => value.length >= 8 && value.length <= 64 && hasMixedClasses(value) && /[^\w.\-/:]/.test(value) && looksLikePasswordWithDigit(value);
// Or a generated one (16 characters or more, both cases and digits, its case switching often; not words glued in CamelCase,
// `PBKDF2WithHmacSHA512`), when no word between makes it an id, a hash or a lookup ("token id …", "token lookup -accessor …")
// and the word is no device's or push service's token.
const isGenerated = (value: string): boolean =>
  value.length >= 16 && isGeneratedToken(value) && hasMixedClasses(value) && caseSwitches(value) >= 4 && !/^(?:[A-Z][a-z]+|[A-Z0-9]+)+$/.test(value) && (!value.includes('/') || /[+=]/.test(value));
// Not an address, a URL, a flag, a hex number, a variable's expansion, a setting or a list of them (`jwt,pub-key=…`), a log's fields (`userId=10293`, `3|suser=rvos`), nor what a device shows for a password
// it stored (`$1c$…`).
const NOT_A_VALUE = /^[^@\s]+@[\w-]+(?:\.[\w-]+)+$|:\/\/|^[<{[(-]|,[\w-]+=|^0x[0-9a-f]+$|\$[A-Za-z_{(]|^[A-Za-z_][\w.-]*=|\||<\/|^\$\d?[a-z]\$/;
// The kind each stem names; English's words exactly.
const KIND_OF_STEM: ReadonlyArray<readonly [RegExp, 'secret' | 'token']> = [
  [/se[cgk]ret|sicret|segred/i, 'secret'],
  [/tok[eio]n/i, 'token'],
];
const ENGLISH_WORD = /^(?:password|passwd|secret|token)s?$/i;
const PUSH_BEFORE = /(?:push|device|registration)[ \t_-]*$/i;
// Words between that make the value something else's: its ciphertext or hash, or an example of a policy.
const NOT_ITS_VALUE = /(?<![\p{L}])(?:cipher|irreversible-cipher|enc|encrypted|hash|hashed|sha\d*|md5|like|such|e\.g\.|example|examples)(?![\p{L}])|例如|比如/iu;

/** Spans of values unlike any word after a borrowed word for a password or a secret, in the same clause. */
export function findBorrowedWordPasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const word of text.matchAll(BORROWED_PASSWORD)) {
    // (Not the kind a redaction marker names: `[REDACTED:bearer-token]`.)
    if (/\[REDACTED:[\w-]*$/.test(text.slice(Math.max(0, word.index - 40), word.index))) continue;
    const kind = KIND_OF_STEM.find(([stem]) => stem.test(word[0]))?.[1] ?? 'password';
    // English's own words have their own rules, which tell a token's id or a build from a token: only a value with a symbol here.
    const english = ENGLISH_WORD.test(word[0]);
    const wordEnd = word.index + word[0].length;
    let from = wordEnd;
    let found = false;
    // Word by word through the clause: its values unlike any word ("the new password … was X, the old one Y"); after the first,
    // and after a value already redacted, only one with a symbol.
    while (from - wordEnd < CLAUSE_REACH) {
      CLAUSE.lastIndex = from;
      const clause = CLAUSE.exec(text);
      if (!clause) break;
      const range = readQuotedWord(text, from + clause[0].length);
      if (!range) break;
      // (A closing bracket without its opening one ends a list or a call around the value: `['…', '…']`.)
      const read = text.slice(range.start, range.end);
      const closers = /[)\]}]+$/.exec(read)?.[0] ?? '';
      const end = range.end - (/[([{]/.test(read) ? 0 : closers.length);
      const value = text.slice(range.start, end);
      const between = text.slice(wordEnd, range.start);
      // (A sentence's end stops the clause itself; `=` read as a word makes what follows another setting's, and so does a colon,
      // unless right before the value: "Niu pasword blong root i: X".)
      const colonBefore = /^[^:：=]*[:：][ \t]*["'`“«]?$/.test(between);
      if (NOT_ITS_VALUE.test(between) || (/[:：=]/.test(between) && !colonBefore)) break;
      found ||= /^\[REDACTED/.test(value);
      const generated = !found && !english && isGenerated(value) && !NOT_THE_TOKEN.test(between) && !PUSH_BEFORE.test(text.slice(Math.max(0, word.index - 12), word.index));
      if ((isUnlikeAnyWord(value) || generated) && !NOT_A_VALUE.test(value) && !isPlaceholder(value) && !isPathLike(value) && passwordKind(value, true)) {
        spans.push({ kind, start: range.start, end });
        found = true;
      }
      from = range.end;
    }
  }
  return spans;
}
