// A password said in a sentence of another language of tickets from abroad, with that language's "is" rather than a colon:
// "Het wachtwoord van de Synology is nu X", "Heslo k routeru v kanceláři je X", "Lösenordet till VPN-kontot `ext` är X",
// "Ο κωδικός πρόσβασης του διακομιστή … είναι X", "नया पासवर्ड है X", "הסיסמה של המשתמש admin היא X"; an alarm panel's PIN
// ("De pincode van het alarmpaneel is 8734"); and the word right before a value no sentence has ("het oude wachtwoord
// Tulpen2019 werkt", "τον κωδικό CL!Fq…", "הסיסמה הישנה Shalom2024"). (With a colon, "Passwort: X", these words are
// redaction-phrases.ts's; English is its own.)
import type { RedactionSpan } from './redaction';
import { pushIfPassword } from './redaction-assignments';
import { DIGITS_DATE } from './redaction-chinese-labels';
import { readQuotedWord } from './redaction-read-word';
import { hasMixedClasses, looksLikePasswordWithDigit } from './redaction-values';

// The word for a password: German, Dutch, French, Spanish, Portuguese, Swedish, Czech, Polish, Greek (κωδικός is any code; with
// πρόσβασης, "of access", a password), Hindi, Hebrew (with the article or a preposition glued before it), Vietnamese and
// Indonesian. (Each in its inflected forms: "Lösenordet", "hesla", "κωδικό".)
const PASSWORD_WORD =
  '(?:passwort|kennwort|wachtwoord|mot de passe|contraseña|senha|lösenord(?:et)?|hesl(?:o|a|em)|hasło|κωδικ(?:ός|ό|ού)(?:[ \\t]+πρόσβασης)?|पासवर्ड|[הושבלמ]?סיסמ[האת]|mật khẩu|kata sandi)';
// A PIN or an alarm panel's code: digits alone count after these.
const PIN_WORD = '(?:pincode|pin-?kod(?:en)?|larmkod(?:en)?|alarmcode|PIN-Code|code PIN|código PIN)';
// "is" in those languages (Polish "to", "jest"; Hebrew "היא"/"הוא"), maybe with "now" after it.
const IS_WORD = '(?:is|ist|lautet|est|es|é|è|är|je|to|jest|είναι|है|היא|הוא|là|adalah|ialah)';
const NOW_WORD = '(?:nu|jetzt|maintenant|ahora|agora|nyní|teď|τώρα|עכשיו|bây giờ|sekarang)';
// Words between the label and its "is" name whose password it is; not a sentence's end, a colon or `=`.
const BETWEEN = '(?<between>(?:(?![.!?。][ \\t]|[:：=])[^\\r\\n]){0,80}?)';
const LABEL_IS_VALUE = new RegExp(`(?<![\\p{L}\\p{M}-])(?:(?<password>${PASSWORD_WORD})|(?<pin>${PIN_WORD}))${BETWEEN}[ \\t]${IS_WORD}(?![\\p{L}\\p{M}])[ \\t]{1,4}(?:${NOW_WORD}[ \\t]{1,4})?`, 'giu');
// The word, maybe one more word (an adjective after the noun: "הסיסמה הישנה", the old password), then the value.
const LABEL_THEN_VALUE = new RegExp(`(?<![\\p{L}\\p{M}-])${PASSWORD_WORD}(?:[ \\t]{1,4}\\p{L}[\\p{L}\\p{M}]{1,20})?[ \\t]{1,4}(?=\\S)`, 'giu');

// Words before the value that make it another field's: a clause's end (a comma; Turkish "değişti, yenisi", changed, the new
// one, excepted), who did it ("por", "von", "par", "by", "przez", "โดย"), a version, a ticket, an article or a page.
export const ANOTHER_FIELD_BETWEEN =
  /,(?![ \t]*yenisi)|(?<![\p{L}])(?:por|par|von|by|bởi|przez|tarafından|версия|версии|version|versión|versão|wersja|sürüm|phiên bản|ticket|chamado|artigo|article|artículo|artikel|page|página|trang|wiki|jira|confluence)(?![\p{L}])|โดย|버전|문서|티켓/iu;

/** Spans of passwords and PINs said with another language's "is", or named by its word right before them. */
export function findOtherLanguagePasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(LABEL_IS_VALUE)) {
    const range = readQuotedWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    const between = match.groups?.between ?? '';
    // Words between may name another field ("… van de release is versie 2"): then the value needs both cases and a digit, or a
    // digit and a symbol.
    const strong = hasMixedClasses(value) || (/\d/.test(value) && /[^\w.\-/:]/.test(value));
    const apartOk = between.trim() === '' || ((strong || match.groups?.pin !== undefined) && !ANOTHER_FIELD_BETWEEN.test(between));
    const pin = match.groups?.pin !== undefined && /^\d{4,8}$/.test(value) && !DIGITS_DATE.test(value);
    if (range && apartOk && (looksLikePasswordWithDigit(value) || pin)) pushIfPassword(spans, text, range.start, range.end);
  }
  for (const match of text.matchAll(LABEL_THEN_VALUE)) {
    const range = readQuotedWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    const quoted = range !== undefined && range.start > match.index + match[0].length;
    // Only a value no sentence has: letters and digits in both cases, or with a symbol between them (not a name's dash or dot).
    // (Not a German compound after a dash: `das Passwort Q3-Bericht` is a report.)
    const unlikeWords = (hasMixedClasses(value) || (/\d/.test(value) && /[A-Za-z]/.test(value) && /[^\w.\-/:]/.test(value))) && !/-[A-Za-zÄÖÜäöüß]{3,}$/.test(value);
    if (range && (quoted ? looksLikePasswordWithDigit(value) : unlikeWords && looksLikePasswordWithDigit(value))) pushIfPassword(spans, text, range.start, range.end);
  }
  return spans;
}
