// A password in a sentence of a language no table here knows. Most languages borrow the word ("Niu pasword blong root i: X",
// "iphasiwedi yayo ngu-X", "Phasiwede ntswa ya database ndi X", "admin parolu X", "JWT sekret: X"): its stem, inflected or with
// a prefix glued on, then within the same clause a value no sentence of any language has — both cases, a digit and a symbol
// other than a name's dot or dash.
import type { RedactionSpan } from './redaction';
import { passwordKind } from './redaction-key-values';
import { NOT_THE_TOKEN } from './redaction-other-languages';
import { readQuotedWord } from './redaction-read-word';
import { caseSwitches, hasMixedClasses, isGeneratedToken, isPathLike, isPlaceholder, looksLikePasswordWithDigit } from './redaction-values';

// The stem of "password" as languages borrow it (passw-, passv-, passord, pasw-, pasv-, pasiw-, phasiw-, parol-), of "secret"
// (secret-, segret-, sekret-, sicret-, segred-) and of "token", up to three letters glued before it (Swazi's i-, Luxembourgish
// d'), any ending after. Not a part of a setting's name (`encrypted_secret`); not words that only start so: Italian's step
// (passo), French's and Italian's word and lyricist (parole, parola, paroliere), a secretary (secretario, Sekretär, segreteria),
// a secretion, a tokenizer, a passwordless login; not a value or a file that starts so (`Password123`, `Passw0rd!`,
// `secretsdump.py`).
const BORROWED_WORD =
  /(?<![\p{L}\p{M}_.$/])(?:\p{L}{1,3}['’]?)?(?:pass(?:w|v|ord)|pasw|pasv|pasiw|phasiw|parol(?![ae]s?(?![\p{L}\p{M}])|ier)|se[cgk]ret(?!ar|är|er|ion)|sicret|segred|tok[eio]n(?!i[sz]))(?![\p{L}\p{M}]*less(?![\p{L}\p{M}]))[\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}_@#$%*!&^~+=-]|\.\w)/giu;
// English's words exactly: after them, a value with a symbol that is no numbered reference (`Doc#ABC12x`, `KB#5034441a`) or
// formula (`H2O+NaCl`), or a generated one right after the word ("token: X", "secret is X"; "token for tenant X" names a tenant).
const ENGLISH_WORD = /^(?:password|passwd|secret|token)s?$/i;
const REFERENCE_OR_FORMULA = /^[A-Za-z]{1,12}#|^(?:[A-Z][a-z]?\d*)+(?:\+(?:[A-Z][a-z]?\d*)+)+$/;
// (Nor one after a place's word: "my password is on a Post-it#3 note", "the password field in frmLogin!txtPass2".)
const ENGLISH_PLACE = /\b(?:on|in|at|into|from|under|inside|of the)\b/i;
const RIGHT_AFTER = /^[ \t]*(?:(?:is|was)[ \t]+|[:：][ \t]*)?["'`“‘]?$/i;
// The kind each stem names.
const KIND_OF_STEM: ReadonlyArray<readonly [RegExp, 'secret' | 'token']> = [
  [/se[cgk]ret|sicret|segre/i, 'secret'],
  [/tok[eio]n/i, 'token'],
];
// Words up to the value: the same clause (no sentence's end or `=`), on the same line.
const CLAUSE_REACH = 100;
const CLAUSE = /(?:(?![.!?。！？][ \t]|=)[^\r\n]){0,80}?[ \t](?=\S)/y;
// A value: both cases, a digit, and a symbol no name, version, host or path has alone.
const isUnlikeAnyWord = (value: string): boolean => value.length >= 8 && value.length <= 64 && hasMixedClasses(value) && /[^\w.\-/:]/.test(value) && looksLikePasswordWithDigit(value);
// Or a generated one (16 to 100 characters, both cases and digits, its case switching often; not words glued in camel case,
// `PBKDF2WithHmacSHA512`, `initializeOAuth2ClientCredentials`), when no word between makes it an id, a hash or a lookup ("token id …", "token lookup -accessor …")
// and the word is no device's or push service's token.
const isGenerated = (value: string): boolean =>
  value.length >= 16 &&
  value.length <= 100 &&
  isGeneratedToken(value) &&
  hasMixedClasses(value) &&
  caseSwitches(value) >= 4 &&
  !/^(?:[A-Z]?[a-z]{2,}\d*|[A-Z]{2,}\d*|[A-Z]\d+|\d+)+$/.test(value) &&
  (!value.includes('/') || /[+=]/.test(value));
// Not an address, a URL, a path or a share (`\\FileSrv01\IT$`), an account (`@JohnDoe42`, `root@Web01`, `DOMAIN\JSmith2`), a
// version (`v1.2.3-beta+Build5`, `macOS14+`), a sheet's cell (`Sheet2!B4`), a method (`AuthService#refreshToken2`), a flag, a
// hex number, a variable's expansion, a setting or a list of them (`jwt,pub-key=…`), a log's fields (`userId=10293`,
// `3|suser=rvos`), products joined (`Python3+Pandas2`), nor what a device shows for a password it stored (`$1c$…`) or a Sealed
// Secret's ciphertext (`AgB…`).
const NOT_A_VALUE =
  /^[^@\s]+@[A-Za-z][\w-]*(?:\.[\w-]+)*$|^@|\\|:\/\/|^[<{[(\-/#]|,[\w-]+=|^0x[0-9a-f]+$|\$[A-Za-z_{(]|^[A-Za-z_][\w.-]*=|\||<\/|^\$\d?[a-z]\$|^v?\d+(?:\.\d+)+|\+$|^[A-Za-z]+\d*![A-Z]+\d+$|^[A-Z]\w*#[a-z]\w*$|^Ag[A-Za-z0-9+/]{60,}|^[A-Z][a-z]+\d*(?:\+[A-Z][a-z]+\d*)+$/;
const PUSH_BEFORE = /(?:push|device|registration)[ \t_-]*$/i;
// Words between that make the value something else's: its ciphertext or hash, or an example of a policy.
const NOT_ITS_VALUE = /(?<![\p{L}])(?:cipher|irreversible-cipher|enc|encrypted|hash|hashed|sha\d*|md5|like|such|e\.g\.|example|examples)(?![\p{L}])|例如|比如/iu;
// A policy's word for what it refuses, with no change after it ("the system will reject `X`, `Y`"; not "was rejected, so I changed it
// to X").
const REFUSED_BEFORE =
  /(?<![\p{L}])(?:reject|rejects|refuse|refuses|forbid|forbids|forbidden|banned|disallowed|blocked)(?![\p{L}])(?![^.;]*(?:changed|instead|now|new))[^.;]{0,80}$|(?:禁止|拒绝|不允许)[^。；]{0,40}$/iu;

/** Spans of values unlike any word after a borrowed word for a password or a secret, in the same clause. */
export function findBorrowedWordPasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  // (A word inside a clause already walked is not walked again: a run of such words costs what one does.)
  let walkedTo = 0;
  for (const word of text.matchAll(BORROWED_WORD)) {
    if (word.index < walkedTo) continue;
    const english = ENGLISH_WORD.test(word[0]);
    // (Not the kind a redaction marker names: `[REDACTED:bearer-token]`.)
    if (/\[REDACTED:[\w-]*$/.test(text.slice(Math.max(0, word.index - 40), word.index))) continue;
    const kind = KIND_OF_STEM.find(([stem]) => stem.test(word[0]))?.[1] ?? 'password';
    const wordEnd = word.index + word[0].length;
    let from = wordEnd;
    let found = false;
    // Word by word through the clause: its values unlike any word ("the new one … was X, the old one Y"); after the first, and
    // after a value already redacted, only one with a symbol.
    while (from - wordEnd < CLAUSE_REACH) {
      CLAUSE.lastIndex = from;
      const clause = CLAUSE.exec(text);
      if (!clause) break;
      const range = readQuotedWord(text, from + clause[0].length);
      if (!range) break;
      from = range.end;
      // (A closing bracket without its opening one ends a list or a call around the value: `['…', '…']`.)
      const read = text.slice(range.start, range.end);
      const closers = /[)\]}]+$/.exec(read)?.[0] ?? '';
      const end = range.end - (/[([{]/.test(read) ? 0 : closers.length);
      const value = text.slice(range.start, end);
      const between = text.slice(wordEnd, range.start);
      // (A sentence's end stops the clause itself; `=` read as a word makes what follows another setting's, and so does a colon,
      // unless right before the value: "Niu pasword blong root i: X".)
      const colonBefore = /^[^:：=]*[:：][ \t]*["'`“‘«]?$/.test(between);
      if (NOT_ITS_VALUE.test(between) || (/[:：=]/.test(between) && !colonBefore)) break;
      if (REFUSED_BEFORE.test(between)) continue;
      found ||= /^\[REDACTED/.test(value);
      // (A value followed by a bracket is a call's or a remark's: `refreshToken2()`, `#FF00aa(50%)`.)
      if (/^[([]/.test(text.slice(end, end + 1)) || NOT_A_VALUE.test(value) || isPlaceholder(value) || isPathLike(value)) continue;
      const generated =
        !found && (!english || RIGHT_AFTER.test(between)) && isGenerated(value) && !NOT_THE_TOKEN.test(between) && !PUSH_BEFORE.test(text.slice(Math.max(0, word.index - 12), word.index));
      const unlikeAnyWord = isUnlikeAnyWord(value) && !(english && (REFERENCE_OR_FORMULA.test(value) || ENGLISH_PLACE.test(between)));
      if ((unlikeAnyWord || generated) && passwordKind(value, true)) {
        spans.push({ kind, start: range.start, end });
        found = true;
      }
    }
    walkedTo = from;
  }
  return spans;
}
