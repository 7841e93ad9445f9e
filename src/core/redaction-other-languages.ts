// A password said in a sentence of another language of tickets from abroad, with that language's "is" rather than a colon:
// "Het wachtwoord van de Synology is nu X", "Heslo k routeru v kanceláři je X", "Lösenordet till VPN-kontot `ext` är X",
// "Ο κωδικός πρόσβασης του διακομιστή … είναι X", "नया पासवर्ड है X", "הסיסמה של המשתמש admin היא X"; an alarm panel's PIN
// ("De pincode van het alarmpaneel is 8734"); and the word right before a value no sentence has ("het oude wachtwoord
// Tulpen2019 werkt", "τον κωδικό CL!Fq…", "הסיסמה הישנה Shalom2024"). (With a colon, "Passwort: X", these words are
// redaction-phrases.ts's; English is its own.)
import type { RedactionSpan } from './redaction';
import { pushIfPassword } from './redaction-assignments';
import { DIGITS_DATE } from './redaction-chinese-labels';
import { LANGUAGES, type Language, passwordWordPattern } from './redaction-language-words';
import { readQuotedWord } from './redaction-read-word';
import { hasMixedClasses, hasMixedClassesOrSymbol, isGeneratedToken, isPublicValue, looksLikePasswordWithDigit } from './redaction-values';

const PASSWORD_WORD = passwordWordPattern();
/** The words of these languages, whole. */
const wordsOf = (languages: readonly Language[]) => new RegExp(`^(?:${languages.map((language) => language.password).join('|')})$`, 'iu');
// "Code" alone (Greek's κωδικός, Danish's kode) names a password only after a user ("bruger MKJE01, kode X"): alone it is an
// error's, a discount's or a program's.
const CODE_WORD = '(?:κωδικ(?:ός|ό|ού)|kode(?:n)?)(?![\\p{L}\\p{M}])';
// A PIN or an alarm panel's code: digits alone count after these, when words between name whose it is ("De pincode van het
// alarmpaneel is 8734"): "pincode is 560034" alone is India's postal code.
const PIN_WORD = '(?:pincode|pin-?kod(?:en)?|larmkod(?:en)?|alarmcode|PIN-Code|code PIN|código PIN)';
// "is" in those languages, maybe with "now" after it. An "is" or a word that is another word elsewhere counts only with its own
// language's other half.
const isWordsOf = (language: Language): string[] => language.is?.split('|') ?? [];
const IS_WORD = `(?<is>${[...new Set(LANGUAGES.flatMap(isWordsOf))].join('|')})`;
const IS_ELSEWHERE = new Set(LANGUAGES.filter((language) => language.isElsewhere).flatMap(isWordsOf));
const WORD_ELSEWHERE = wordsOf(LANGUAGES.filter((language) => language.wordElsewhere));
const WORDS_OF_LANGUAGE = LANGUAGES.map((language) => ({ language, words: wordsOf([language]) }));
const languageOf = (label: string): Language | undefined => WORDS_OF_LANGUAGE.find((entry) => entry.words.test(label))?.language;
const NOW_WORD = '(?:nu|jetzt|maintenant|ahora|agora|nyní|teď|τώρα|עכשיו|bây giờ|sekarang)';
// Words between the label and its "is" name whose password it is; not a sentence's end, a colon or `=`.
const BETWEEN = '(?<between>(?:(?![.!?。][ \\t]|[:：=])[^\\r\\n]){0,80}?)';
// Before the "is" a blank (Lao writes none); after it the value, glued after a dash or Xhosa's "ngu", else after blanks or on
// the next line.
const BEFORE_IS = '(?:[ \\t]|(?<=[\\u0e80-\\u0eff]))';
const AFTER_IS = `(?:(?<=-)|(?<=ngu)(?=[\\p{Lu}\\d])|(?![\\p{L}\\p{M}])(?:[ \\t]{1,4}|[ \\t]*\\r?\\n[ \\t]*(?=\\*\\*|[\`"'«„“]|[^\\s]{4,64}[.,;!]?[ \\t]*(?:\\r?\\n|$))))(?:${NOW_WORD}[ \\t]{1,4})?`;
const LABEL_IS_VALUE = new RegExp(`(?<![\\p{L}\\p{M}-])(?:(?<password>${PASSWORD_WORD})|(?<pin>${PIN_WORD}))${BETWEEN}${BEFORE_IS}${IS_WORD}${AFTER_IS}`, 'giu');
// A lazy "between" stops at the first "is" of any language; when that one is another language's ("Fjalëkalimi i ri është X":
// Tsonga's i, then Albanian's është), the label's own "is" is looked for after it, within the same reach.
const ownIsAfterLabel = new Map<Language, RegExp>();
function ownIsAfter(text: string, from: number, language: Language): RegExpExecArray | null {
  let pattern = ownIsAfterLabel.get(language);
  if (!pattern) {
    pattern = new RegExp(`${BETWEEN}${BEFORE_IS}(?<is>${isWordsOf(language).join('|')})${AFTER_IS}`, 'iuy');
    ownIsAfterLabel.set(language, pattern);
  }
  pattern.lastIndex = from;
  return pattern.exec(text);
}
// Italian, Friulian, Sardinian, Tagalog and others write English's word with their own "is" ("La password del server è X", "La
// password gnove dal utent admin e je X", "sa password de s'utente admin, como est X", "ang password ng VPN ay X", Venetian's and Aragonese's
// xe and ye), and so an
// SNMP community ("il SNMP community dal Hillstone al jere ancjemò X"); maybe with "still" or "now" after it. (English's own
// "is" is ENGLISH_PASSWORD's.)
const PASSWORD_FOREIGN_IS = new RegExp(
  `(?<![\\p{L}\\p{M}#/:@$-])(?:password|community)${BETWEEN}[ \\t](?<foreignIs>è|e je|al è|al jere|est|ay|é|es|ist|je|xe|ye)(?:[ \\t]+(?:ancjemò|ancora|ora|adesso|cumò))?[ \\t]{1,4}`,
  'giu',
);
// The word, maybe one more word (an adjective after the noun: "הסיסמה הישנה", the old password), then the value.
// (A chat wraps its lines anywhere: "router kantor sandhine" then "Island68@, …".)
const LABEL_THEN_VALUE = new RegExp(`(?<![\\p{L}\\p{M}-])(?<password>${PASSWORD_WORD})(?:(?<word>[ \\t]{1,4}\\p{L}[\\p{L}\\p{M}]{1,20})?[ \\t]{1,4}|[ \\t]*\\r?\\n[ \\t]*)(?=\\S)`, 'giu');
// English's word, then a Romance language's "new", "temporary" or "old" after it ("password nova X", Sicilian; "password temporáriu
// X", Tetum), then a value of both cases and digits that is no name and number: English puts its adjective first.
const PASSWORD_THEN_ROMANCE_ADJECTIVE =
  /(?<![\p{L}\p{M}#/:@$-])password[ \t]{1,4}(?:nov[ao]|nuev[ao]|nuov[ao]|nouve(?:au|lle|l)|temporári[aou]|tempor[aá]ri[ao]|temporal|temporaire|temporane[ao]|provis[oó]ri[ao]|provisional|provisoire|vecchi[ao]|viej[ao]|antig[ao]|antigu[ao]|ancien(?:ne)?)[ \t]{1,4}(?=\S)/giu;
// A description after "is", not a value: a compound after a dash ("SHA256-gehasht", "Office365-gerelateerd", Latvian "8-zīmju",
// Bulgarian "sha256-хеширана").
const COMPOUND_AFTER_DASH = /-\p{L}{3,}$/u;
// A name and a number, as products and accounts are named ("Windows10", "Office365", "iPhone15", "Admin01").
const NAME_AND_NUMBER = /^[A-Za-z][a-z]*[A-Z]?[a-z]*\d+$/;
// A product's name, whatever stands around it ("the password on Windows10", "پاسورد در iOS17.2"), and a name with a case's
// ending glued on (Finnish "Microsoft365:ssä", Hungarian "Windows10-en", "Office365-ön").
const PRODUCT_NAME =
  /^(?:Windows|Office|Microsoft|M|iOS|iPadOS|iPhone|iPad|Android|macOS|Server|SQL|Exchange|Outlook|Ubuntu|CentOS|Debian|RHEL|ISO|IEC)\d|^(?:x86_64|x64|amd64|arm64|aarch64|e-mail\d*)$/i;
const CASE_ENDING = /\d(?::\p{Ll}{1,4}|-\p{Ll}{2,4})$/u;
const isNoValue = (value: string): boolean => COMPOUND_AFTER_DASH.test(value) || PRODUCT_NAME.test(value) || CASE_ENDING.test(value);

// Persian and Urdu put "is" after the value ("رمز عبور پنل مدیریت Magento اکنون X است", "Jamf کا پاس ورڈ X ہے"): a value in Latin
// letters right before the verb, maybe with a right-to-left mark after it; not after a preposition ("در Windows10 است", the
// password problem is in Windows10; "به", "از", "برای", Urdu "کا", "میں"). Marathi and Nepali write it so too ("पासवर्ड Mumbai2019
// आहे", "पासवर्ड kathmandu89 हो"), Hindi as well ("पासवर्ड X है"), and Sinhala, Burmese, Gujarati, Punjabi, Kannada and Malayalam
// ("මුරපදය X වේ", "စကားဝှက်မှာ X ဖြစ်ပါတယ်", "પાસવર્ડ X છે", "ਪਾਸਵਰਡ X ਹੈ", "ಪಾಸ್‌ವರ್ಡ್ X ಆಗಿದೆ", "പാസ്‌വേഡ് X ആണ്"; Burmese glues its
// politeness to the verb), and Tibetan and Tigrinya ("གསང་ཨང་ནི་ X ཡིན།", "መሕለፊ ቃል X እዩ።"; Tigrinya's እዩ ends almost every
// sentence, so only right after the word).
// The closing mark of each opening one a value may be wrapped in.
const CLOSING: Readonly<Record<string, string>> = { '**': '**', '"': '"', "'": "'", '`': '`', '“': '”', '「': '」', '(': ')' };
const VALUE_BEFORE_IS =
  /(?:(?<![\u0600-\u06ff])(?<persian>رمز عبور|کلمه عبور|گذرواژه|پسورد|پاس ?ورڈ|پټنوم)|መሕለፊ ቃል|(?<![\u0900-\u097f])पासवर्ड|གསང་ཨང་(?:ནི་)?|මුරපදය|စကားဝှက်(?:မှာ|က|သည်)?|પાસવર્ડ|ਪਾਸਵਰਡ|ಪಾಸ್\u200c?ವರ್ಡ್|പാസ്\u200c?വേ(?:ഡ്|ർഡ്))(?<between>[^\r\n:：.!?؟،।]{0,80}?[ \t])?(?<!(?:^|[ \t])(?:در|به|از|برای|کا|کی|کے|میں|نسخه)[ \t])(?<value>[\x21-\x7e]{6,64})[\u200e\u200f]?[ \t]{1,4}(?:(?:است|ہے|ہیں|تھا|می‌باشد|هست|دی|आहे|हो|है|වේ|છે|ਹੈ|ಆಗಿದೆ|ആണ്|እዩ)(?![\p{L}\p{M}])|ဖြစ်|ཡིན)/dgu;
// The word for a user in those languages ("user name" in Tamil and Serbian).
const USER_WORD =
  '(?:user(?:name)?|login|utilizator|bruger|bruker|gebruiker|benutzer|usuario|utilisateur|uživatel|používateľ|användare|käyttäjä|felhasználó|pengguna|usuari|потребител|корисни(?:к|чко име)|korisni(?:k|čko ime)|naudotojas|vartotojas|lietotājs|kasutaja|[kq]ullanıcı|istifadəçi|foydalanuvchi|பயனர்(?: பெயர்)?|యూజర్|प्रयोगकर्ता|хэрэглэгч|пайдаланушы|მომხმარებელი|օգտատեր|ተጠቃሚ)';
// A user named right after the value ("Parole datubāzei ir daugava22, lietotājs etl", "கடவுச்சொல் Chennai2023, பயனர் பெயர் root")
// vouches for a plainer value, as it does before one.
const USER_AFTER = new RegExp(`^[ \\t]*[,，(]?[ \\t]*${USER_WORD}(?![\\p{L}\\p{M}])`, 'iu');
const userFollows = (text: string, end: number): boolean => USER_AFTER.test(text.slice(end, end + 40));
// A user and then a password in a sentence of any of those languages ("utilizator moodleuser, parola Munte1483", "bruger MKJE01,
// kode Banana9055!", "user nvrftp, password 37574931"): the pair vouches for a plainer value, digits too.
const USER_THEN_PASSWORD = new RegExp(
  `(?<![\\p{L}])${USER_WORD}[ \\t]{1,4}(["'\`]?)[\\w.@\\\\-]{1,64}\\1,?[ \\t]{1,4}(?:password|passwd|pw|${PASSWORD_WORD}|${CODE_WORD})[ \\t]*:?[ \\t]{1,4}(?=\\S)`,
  'giu',
);

// A token named in a sentence of any language, its value after that language's "is" or a colon a few words on ("token za
// Jenkins API je X", "ბანკის API ტოკენი: X", "API token 我 send 埋俾你：X"), or right after the word in a script other than
// English's ("Jenkins டோக்கன் X —"; English "token X" is any word after it: "Cache token 5d41… expired", "Unexpected token
// 'init2'"): a generated word of 20 characters or more, when no word between makes it an id, a hash or a lookup ("token
// request id is 3f2a…", "vault token lookup -accessor …"); not a device's or a push token (an address of an app on one
// phone), nor a path's (`/oauth2/token -u client:secret`), nor a quoted name in code.
const TOKEN_IS = `(?:[ \\t](?:(?:is|was|are)(?:[ \\t]+now)?|(?:was[ \\t]+)?set[ \\t]+to|should[ \\t]+be|je|је|е|yra|ir|és|ist|är|est|é|è|al è|là|adalah|ni|yw|waa|ithi|është|huwa|hija|bụ|არის|ezali|mooy|nyaéta|yaiku)|[ \\t]*(?:是|为|係))(?:[ \\t]+|[ \\t]*\\r?\\n[ \\t]*)|[ \\t]*(?:—|–|→|->)[ \\t]*|[ \\t]+[-=][ \\t]+`;
const TOKEN_IN_A_SENTENCE = new RegExp(
  `(?<![\\p{L}\\p{M}\\w/-])(?<!(?:device|push)[ \\t_-]{1,3})(?<word>t-token|token|токен(?:ы|а|у|ом|е)?|ტოკენი|டோக்கன்|టోకెన్)(?![\\p{L}\\p{M}\\w"'\\]-])(?:(?<between>[^\\r\\n.!?。！？:：]{0,80}?)(?:${TOKEN_IS}|[ \\t]*[:：][ \\t]*)|(?<adjacent>[ \\t]+))["'\`“(<‹]?(?=[A-Za-z0-9][\\w+/.=-]{19})`,
  'giu',
);
const TOKEN_VALUE = /[A-Za-z0-9](?:[A-Za-z0-9+/_-]|\.(?=[A-Za-z0-9]))*={0,2}(?![\w+/=-])/y;
export const NOT_THE_TOKEN =
  /(?<![\p{L}])(?:id|ids|hash|sha\d*|md5|commit|request|trace|digest|fingerprint|expired|invalid|revoked|accessor|lookup|sample|device|registration|public|publishable)(?![\p{L}])|标识|编号/iu;

// Words before the value that make it another field's: a clause's end (a comma; Turkish "değişti, yenisi" and Hungarian
// "megváltozott, az új", changed, the new one, excepted), who did it ("por", "von", "par", "by", "przez", "โดย"), a version, a ticket, an article or a page.
// (And a policy: "पासवर्ड नीति: Min12-Chars", the password policy.)
export const ANOTHER_FIELD_BETWEEN =
  /,(?![ \t]*(?:yenisi|az új))|(?<![\p{L}])(?:por|par|von|by|bởi|przez|tarafından|версия|версии|version|versión|versão|wersja|sürüm|phiên bản|ticket|chamado|artigo|article|artículo|artikel|page|página|trang|wiki|jira|confluence|policy|richtlijn|beleid|richtlinie|politique|política|zásady|regler)(?![\p{L}])|โดย|버전|문서|티켓|नीति/iu;

/** Spans of passwords and PINs said with another language's "is", or named by its word right before them. */
export function findOtherLanguagePasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const found of text.matchAll(LABEL_IS_VALUE)) {
    const label = found.groups?.password ?? '';
    const language = label === '' ? undefined : languageOf(label);
    const foundIs = (found.groups?.is ?? '').toLowerCase();
    // An "is" that is another word elsewhere, or a word that is, counts only with its own language's other half.
    const foreign = label !== '' && (IS_ELSEWHERE.has(foundIs) || WORD_ELSEWHERE.test(label)) && !(language ? isWordsOf(language) : []).includes(foundIs);
    const match = !foreign ? found : language?.is ? ownIsAfter(text, found.index + label.length, language) : null;
    if (!match) continue;
    const range = readQuotedWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    const between = match.groups?.between ?? '';
    // Words between may name another field ("… van de release is versie 2"): then the value needs both cases and a digit, or a
    // digit and a symbol.
    const strong = hasMixedClassesOrSymbol(value);
    const apartOk = between.trim() === '' || ((strong || found.groups?.pin !== undefined || userFollows(text, range?.end ?? 0)) && !ANOTHER_FIELD_BETWEEN.test(between));
    const isWord = match.groups?.is ?? '';
    // (A PIN is no year, "Alarmcode is 2024 gewijzigd", nor a Dutch postcode's digits, "is 1012 AB"; its "is" is Dutch's, German's,
    // Swedish's or Danish's: "pincode availability on 560034" is English.)
    const after = text.slice(range?.end ?? 0, (range?.end ?? 0) + 4);
    const pin =
      found.groups?.pin !== undefined &&
      /^(?:is|ist|är|er|est|es)$/i.test(isWord) &&
      between.trim() !== '' &&
      /^\d{4,8}$/.test(value) &&
      !DIGITS_DATE.test(value) &&
      !/^(?:19|20)\d{2}$/.test(value) &&
      !/^[ \t][A-Z]{2}\b/.test(after);
    const password = label !== '' && looksLikePasswordWithDigit(value) && !isNoValue(value);
    if (range && apartOk && (password || pin)) pushIfPassword(spans, text, range.start, range.end);
  }
  for (const match of text.matchAll(PASSWORD_FOREIGN_IS)) {
    const range = readQuotedWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    // Words between may name another field, and a clause's comma may end it: then only a value with both cases, a digit and a
    // symbol counts.
    const between = match.groups?.between ?? '';
    const strong = hasMixedClasses(value) && /\d/.test(value) && /[^\w]/.test(value);
    const apartOk = strong || (hasMixedClassesOrSymbol(value) && !ANOTHER_FIELD_BETWEEN.test(between));
    // (The "is" is written in lower case: "… 9pm EST Sat2024" names a time zone; a password manager or an SNMP version is no
    // password: "il password manager aziendale è KeePassXC2.7", "la community è SNMPv2c".)
    const is = match.groups?.foreignIs ?? '';
    if (is !== is.toLowerCase() || /^[ \t]*manager\b/i.test(between) || /^SNMPv\d/i.test(value)) continue;
    if (range && apartOk && looksLikePasswordWithDigit(value) && !isNoValue(value) && !/^[^@\s]+@[\w-]+(?:\.[\w-]+)+$/.test(value)) pushIfPassword(spans, text, range.start, range.end);
  }
  for (const match of text.matchAll(LABEL_THEN_VALUE)) {
    const range = readQuotedWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    const quoted = range !== undefined && range.start > match.index + match[0].length;
    // Only a value no sentence has: letters and digits in both cases, or with a symbol between them (not a name's dash or dot);
    // not a German compound after a dash (`das Passwort Q3-Bericht` is a report), nor a product's or an account's name and
    // number. After a word between ("het wachtwoord van Windows10", "סיסמת Windows10") the value needs a symbol no name has.
    // (Not Romanian's "parola", Italian's word: "La parola 'Server2019' compare"; nor Latvian's "parole".)
    const symbol = /\d/.test(value) && /[A-Za-z]/.test(value) && /[^\w.\-/:]/.test(value);
    const unlikeWords = (hasMixedClasses(value) || symbol) && !isNoValue(value) && !NAME_AND_NUMBER.test(value);
    const strictly = match.groups?.word !== undefined;
    // (Nor Xhosa's and Zulu's "is" glued to the value, `ngu-X`: the "is" form reads it.)
    if (WORD_ELSEWHERE.test(match.groups?.password ?? '') || /^ngu-/i.test(value)) continue;
    // (On the next line, a value ends its clause: "das Passwort" then "Server-2 nicht gefunden." names a server.)
    if (/\n/.test(match[0]) && range && !/^(?:[.,;!](?:\s|$)|[ \t]*(?:\r?\n|$))/.test(text.slice(range.end, range.end + 2))) continue;
    const vouched = !strictly && !isNoValue(value) && userFollows(text, range?.end ?? 0);
    // Right after the word, also capitals and digits that alternate as no name's do (`LY9JTEN58P`), and a word and a year, the
    // weak password a person picks ("la contraseña zhangwei2016;").
    const plainAfterWord = !strictly && (/^(?=(?:[A-Z]+\d+){2})[A-Z0-9]{8,24}$/.test(value) || /^[a-z]{4,12}\d{2,4}[!@#$%^&*]?$/.test(value));
    if (range && looksLikePasswordWithDigit(value) && (quoted || vouched || plainAfterWord || (unlikeWords && (!strictly || symbol)))) pushIfPassword(spans, text, range.start, range.end);
  }
  for (const match of text.matchAll(PASSWORD_THEN_ROMANCE_ADJECTIVE)) {
    const range = readQuotedWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    const capitalised = (value.match(/[A-Z][a-z]{2,}/g) ?? []).join('').length;
    if (range && looksLikePasswordWithDigit(value) && hasMixedClasses(value) && !NAME_AND_NUMBER.test(value) && capitalised < value.length / 2 && !isNoValue(value))
      pushIfPassword(spans, text, range.start, range.end);
  }
  for (const match of text.matchAll(VALUE_BEFORE_IS)) {
    const [from, to] = match.indices?.groups?.value ?? [0, 0];
    // (Quotes and emphasis around the value stay: `"Kelani_7741"`, `**Kaveri%2033**`.)
    const wrapped = /^(\*\*|["'`“「(])(.+)(\*\*|["'`”」)])$/.exec(text.slice(from, to));
    const pair = wrapped && CLOSING[wrapped[1]] === wrapped[3] ? wrapped[1].length : 0;
    const [start, end] = [from + pair, to - pair];
    const value = text.slice(start, end);
    // Right after the word any password will do; with words between, one no name has, and only in Persian and Urdu: Hindi's
    // है ends any sentence ("पासवर्ड सर्वर का होस्टनेम AuthSrv01 है", the password server's host name is AuthSrv01). An address
    // or a date is no password.
    const near = (match.groups?.between ?? '').trim() === '';
    const apart = match.groups?.persian !== undefined && hasMixedClassesOrSymbol(value) && !ANOTHER_FIELD_BETWEEN.test(match.groups?.between ?? '');
    const addressOrDate = /^[^@\s]+@[\w-]+(?:\.[\w-]+)+$/.test(value) || DIGITS_DATE.test(value) || /\d{1,2}-[A-Za-z]{3}-\d{2,4}/.test(value);
    if (looksLikePasswordWithDigit(value) && (near || apart) && !addressOrDate && !isNoValue(value)) pushIfPassword(spans, text, start, end);
  }
  for (const match of text.matchAll(USER_THEN_PASSWORD)) {
    const range = readQuotedWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    // (Digits end the sentence or its clause: "password 600000 iterations", "12345678 attempts" count something.)
    const digits = /^\d{6,12}$/.test(value) && !DIGITS_DATE.test(value) && /^[ \t]*(?:$|[\r\n.,;)])/.test(text.slice(range?.end ?? 0, (range?.end ?? 0) + 3));
    if (range && (looksLikePasswordWithDigit(value) || digits)) pushIfPassword(spans, text, range.start, range.end);
  }
  for (const match of text.matchAll(TOKEN_IN_A_SENTENCE)) {
    if (match.groups?.adjacent !== undefined && match.groups.word.toLowerCase().endsWith('token')) continue;
    if (NOT_THE_TOKEN.test(match.groups?.between ?? '')) continue;
    TOKEN_VALUE.lastIndex = match.index + match[0].length;
    const value = TOKEN_VALUE.exec(text)?.[0] ?? '';
    // (Hex of a digest's length is as often a hash in running text.)
    // (With dots, a host's or a path's name unless it has both cases and digits: `ip-10-0-12-34.eu-west-1.compute.internal`.)
    if ((value.includes('.') && !hasMixedClasses(value)) || isPublicValue(value) || !isGeneratedToken(value.replace(/\./g, '')) || /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value))
      continue;
    spans.push({ kind: 'token', start: TOKEN_VALUE.lastIndex - value.length, end: TOKEN_VALUE.lastIndex });
  }
  return spans;
}
