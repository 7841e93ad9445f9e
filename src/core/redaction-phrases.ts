// Secrets written the way people write them in tickets and chats rather than in configuration:
// "root 密码是 …", "访问密钥：…", "my password is …", "the root password for x is: …". (A user, a slash and a password,
// "账号 ops / …", are redaction-user-slash.ts's.)
import type { RedactionSpan } from './redaction';
import { pushIfPassword, pushIfSecret } from './redaction-assignments';
import { DIGITS_DATE, DIGITS_MONTH, DIGITS_PASSWORD, findChineseLabelSecrets } from './redaction-chinese-labels';
import { classifyColumnName, classifyKey } from './redaction-keys';
import { findKeyLabelsOfOtherLanguages } from './redaction-key-labels';
import { LANGUAGES, passwordWordPattern } from './redaction-language-words';
import { findLatinNamesWithIs } from './redaction-latin-names';
import { cloudKeyIdKind, cloudSecretShapeKind, type RedactionProfile } from './redaction-profile';
import { lineStartWithin, readQuotedWord, readWord } from './redaction-read-word';
import { ANOTHER_FIELD_BETWEEN, findOtherLanguagePasswords } from './redaction-other-languages';
import { findUserSlashPasswords, isLoginPassword } from './redaction-user-slash';
import {
  hasMixedClasses,
  hasMixedClassesOrSymbol,
  isCodeReference,
  isGeneratedToken,
  isPlaceholder,
  isPlausibleToken,
  isPublicValue,
  isRandomLetters,
  looksLikePassword,
  looksLikePasswordWithDigit,
  looksRandom,
} from './redaction-values';

// "新的是 X", "新的：X" ("the new one is"), after a word about a token: only a value that looks generated.
// "已修改为：X", "改成了 X" ("changed to"), with no word for what changed: only a value that looks like a strong
// password (both cases, digits and a symbol, no dots, colons or slashes) — not a port, a date, a version, an image,
// a spec or a name ("Web-Prod-01").
// (Also "现在是 X", now it is X, after "改过一次" and the like.)
const CHANGED_TO_ZH = /(?:已|被)?(?:修改|更改|重置|改)(?:为|成了?)[ \t]*[:：]?[ \t]*|现在(?:是|为)[ \t]*[:：]?[ \t]*/g;
// (Also "新值 X", "the new value", "新生成的是 X", the newly made one, and "旧的是 X", the old one.)
// ("老的 X 作废了", the old X is void, names it with no verb, after a secret named on its line.)
const NEW_ONE_ZH = /(?:(?:新(?:生成|设置|改)?|旧|老)的[ \t]*(?:是|为|[:：])[ \t]*|(?:旧|老)的[ \t]+|新值[ \t]*(?:是|为|[:：])?[ \t]*)(?:["'`](?=[^"'`\s]+["'`]))?/g;
const OLD_ONE_NAMED = /密码|口令|密钥|秘钥|令牌|secret|token|password|\bkey\b|\bAK\b|\bSK\b/i;
// A code name and its value with one blank between, one item of a list in a sentence ("keystore：storePassword X，keyPassword
// Y，alias Z", "idp-signing.p12   storepass X"): keytool's own names, or a name written as code (`db_pass`, `keyPassword`); the
// value ends at a comma, a semicolon, a bracket, two blanks or the line's end. (Each capital or `_` starts the name's next
// part, so a long run of capitals is read one way only.)
// A secret's name and its value in a code span, in Markdown prose ("appsecret `…`", "consumer secret `…` (Read)") or HTML
// ("HashKey <code>…</code>", a wiki page's storage format; the closing tag is read as blanks).
const NAME_THEN_CODE_SPAN = /(?<![\w.-])([A-Za-z][\w.-]{1,40}|mật khẩu|パスワード|비밀번호|รหัสผ่าน|hasło|şifre)[ \t\u3000]+(?:`([^`\s]{6,256})`|<code>([^<\s]{6,256})(?=<|\s))/dgi;
// A setting's name in a code span, then `=` or a colon and its value ("- `ORIGIN_SHARED_KEY` = …").
const CODE_SPAN_NAME_THEN_VALUE = /`([A-Za-z_][\w.-]{1,63})`[ \t]*[=:：][ \t]*(?=[^\s`])/g;
const CODE_NAME_AND_VALUE = /(?<![^\s：，；,;(（])(?:storepass|keypass|srcstorepass|deststorepass|srckeypass|destkeypass|[A-Za-z][a-z0-9]*(?:[A-Z_][a-z0-9]*)+)[ \t](?=[^\s"'])/g;
// An inventory row typed or read by OCR: a device's address, its admin account and the password, in columns
// ("NVR  192.168.50.10  admin  X", "防火墙 USG6555  10.0.0.254  admin  X  (注：…)"): columns two blanks apart at least; the
// password ends the row or a column, and is no system or version (`centos7.9`, `v2.3.1`).
const NOT_AN_INVENTORY_PASSWORD = /^(?:v?\d+(?:\.\d+)+|(?:centos|rhel|ubuntu|debian|win(?:dows)?|alpine|suse|kylin|euler|anolis|rocky|alma)[\w.-]*|(?:session|disabled|enabled|online|offline)\d*)$/i;
const ADDRESS_ADMIN_PASSWORD = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?[ \t]{2,}(?:admin|ADMIN|Admin|administrator|Administrator|root|sa|system)[ \t]{2,}(?=\S)/g;
// "my password is X", "the root password for i-abc is: X", "pw for the jump host: X", "password was `X`",
// "with password X". After "for …" (up to four words, which a mail may wrap onto the next line) a separator must follow. Not the end of a path or a
// reference (`secret/app#password ip=…`).
// "the pass for the staging box is X" ("pass" only with "for … is"), "the new password we set on Friday was X". A mail or a chat
// wraps its lines anywhere: the value may start the next line ("…, password\nzhaolei520.").
const ENGLISH_PASSWORD =
  /(?<![#/:@$])\b(?:(?:password|passwd|passphrase|passcode|pwd|pw)(?:[ \t]+(?:for|of|to|on)(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?!(?:is|was)\b)[^\s:：]{1,64}){1,6}?(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:is|was)[ \t]*[:：]?|[ \t]*[:：]|[ \t]+(?:—|–|--?|→|->|=>))|(?:[ \t]+(?!(?:is|was)\b)[A-Za-z']{1,12}){1,4}?[ \t]+(?:is|was)[ \t]*[:：]?|[ \t]+(?:is|was)(?:[ \t]+(?:still[ \t]+)?the[ \t]+same[ \t]*[:：]|[ \t]*[:：]?)|(?:[ \t]+(?:has|have)[ \t]+been|[ \t]+(?:was|is|got))?[ \t]+(?:re)?(?:set|changed|updated|rotated)[ \t]+to[ \t]*:?)?|pass[ \t]+for(?:[ \t]+(?!(?:is|was)\b)[^\s:：]{1,64}){1,4}?[ \t]+(?:is|was)[ \t]*[:：]?)(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:["'`](?=[^"'`\s]+["'`])|“(?=[^”\s]+”)|‘(?=[^’\s]+’))?/gi;
// "we log in with `ops` and X as the password", "use X as the root password": the word before "as".
const AS_THE_PASSWORD = /(?<=\S)[ \t]+as[ \t]+(?:(?:the|a|our|my|your)[ \t]+)?(?:[\w-]{1,12}[ \t]+)?(?:password|passphrase|passwd)\b/gi;
const WORD_BEFORE = /(?:^|[\s(（`'"“])([^\s`'"“”()（）]{1,128})[`'"”]?$/;
// "I changed the password to X", "reset the root password to: X" (the verb is checked before the match).
const SET_PASSWORD_TO = /\b(?:password|passwd|passphrase|pwd)[ \t]+to[ \t]*:?[ \t]+(?:["'`](?=[^"'`\s]+["'`]))?/gi;
const SET_VERB_BEFORE = /\b(?:changed|set|reset|updated|rotated)[ \t]+(?:(?:the|my|our|your|its|their)[ \t]+)?(?:[\w-]+[ \t]+)?$/i;
// "creds for staging are deploy:X", "login: ops:X", "admin login: admin, X": a user and a password.
// "creds: admin X" with only a space between the user and the password counts as the comma does.
const CREDS_USER_COLON = /\b(?:creds|credentials|login|account)(?:[ \t]+(?:for|of|on)[ \t]+\S{1,40}?)?[ \t]*(?:are|is|:|：)[ \t]*[\w.@-]{1,64}(?::|(,|[ \t])[ \t]*)(?=\S)/gi;
// "password -> X", "user root pass X", and the word for password in the other languages of tickets from
// abroad ("Passwort: X", "パスワード：X", "비밀번호: X", "패스워드: X").
// (Not Czech's and Sorbian's forms: "Změna hesla:", a change of password, is a ticket's field; their "heslo:" is above.)
const LABEL_LANGUAGES = LANGUAGES.filter((language) => !language.wordElsewhere && !/hes[lł]/.test(language.password));
// After another language's word for a password: maybe a remark in brackets, then the colon (Khmer's, Armenian's, Amharic's too).
const DIRECT_LABEL_TAIL = String.raw`(?:[ \t]*[（(][^（）()\r\n]{1,60}[）)])?[ \t]{0,8}[:：៖՝፦](?:[ \t]*\r?\n)?[ \t]*`;
const OTHER_PASSWORD_PHRASES = [
  /\b(?:password|passwd|pwd)[ \t]*(?:->|=>|→)[ \t]*/gi,
  // (fetchmail quotes both: `user "support" pass "…"`.)
  /\b(?:user(?:name)?|login|account)[ \t]+(["']?)[\w.@-]{1,64}\1[ \t]+(?:pass(?:word)?|passwd|pwd|pw)[ \t]+["']?/gi,
  // A few words may name whose password it is before the colon ("Mật khẩu Redis mới sau khi đổi: X", "senha do banco MySQL
  // (RDS Huawei): X", "Le mot de passe SNMP (communauté) des switches : X"), not a sentence's end; Japanese puts a remark in
  // brackets ("ログインパスワード（ops@…）：X"). (The blanks are bounded: a run of them after the word is read once.)
  // (Turkish "şifresi değişti, yenisi: X", the password changed, the new one; Polish "hasło", Arabic "كلمة مرور"; Dutch, Swedish,
  // Czech, Indonesian, Malay, Hungarian, Finnish, Danish, Norwegian, Swahili, Bengali, Greek, Hindi and Hebrew. Czech's "hesla", of a password, is what "Změna hesla:" changes, a ticket's
  // field; Greek's κωδικός alone is any code.)
  /(?:\bPasswort|\bKennwort|\bmot d(?:e |['’] ?)passe|\bcontraseña|\bsenha|(?<![A-Za-zÀ-ỹ])(?:mật khẩu|şifre(?:si)?|parolası|hasło(?![ \t]+reklamowe)|wachtwoord|lösenord(?:et)?|heslo|kata (?:sandi|laluan)|jelsz(?:ó|ava|avát)|salasana(?:n)?|adgangskode(?:n)?|passord(?:et)?|nenosiri|contrasenya|lozink[aeu]|slaptažod(?:is|žio)|parool|passwoord|پارول(?:ى)?|wagwoord|şifrə(?:si)?|paroli|pasahitza|pasfhocal|geslo|cyfrinair|contrasinal|fjalëkalim(?:i|in)?|lykilorð(?:ið)?|iphasiwedi|(?:erayga|furaha) sirta(?: ah)?|facal-faire|kupuhipa|upu faalilolilo|pakasqa simi|ñe['’]ẽñemi|jecha darbii|pasiwedhi|şîfre(?:ya)?|parol(?:y|ym|u|ı)?(?=[ \t]*:)|senhal|paswot|ޕާސްވޯޑ(?:ަކީ|ު)?|isissutissa(?:a|q)?|bi̍t-bé|mizmaj|beassansátni|fockle follit|ger-tremena|mazgu gha chisisi|[ʻ‘']?ōlelo huna|lea fufū)|(?<![А-Яа-яЁёЇїІіЄєЎў])(?:парол(?:а|ата|е)|лозинк(?:а|е|у|ата)|рамзи|сырсөз(?:ү)?|серсүз(?:е)?|нууц үг|құпия сөз(?:і)?|чажыт сө(?:с|зү|зүн)|ажәамаӡа|салава вал(?:о|онть)?|нюуса үгэ)|(?<![\u0b80-\u0bff])கடவுச்சொல்|(?<![\u0c00-\u0c7f])పాస్\u200cవర్డ్|ពាក្យសម្ងាត់|(?<![\u10a0-\u10ff])პაროლი|(?<![\u0530-\u058f])գաղտնաբառ(?:ը)?|የይለፍ ቃል|(?<![\u0980-\u09ff])পাসওয়ার্ড|(?<![\u0370-\u03ff])κωδικ(?:ός|ό)[ \t]+πρόσβασης|(?<![\u0900-\u097f])पासवर्ड|(?<![\u05d0-\u05ea])[הושבלמ]?סיסמ[האת]|(?<![А-Яа-яЁё])пароль|كلمة (?:ال)?مرور|كلمة السر|وشەی نهێنی|(?<![\u0600-\u06ff])(?:پارولى|پاسورڊ)|(?<![\u0980-\u09ff])পাছৱৰ্ড|パスワード|パスフレーズ|暗証番号|비밀번호|패스워드|암호|\bpassword(?=[ \t]+(?:sa|ng|para|ni|vou|bilong|ya|la|wa|ka|kwa|ea|nga|mo|mō|yeu|da|di|ke|ae|ti|ning|sane)[ \t]))(?:,?[ \t]{1,4}(?<between>(?=[^\s:：៖՝፦])(?:(?![.!?。！？][ \t])[^\r\n:：៖՝፦]){1,50}?)|[（(][^（）()\r\n]{1,60}[）)])?[ \t]{0,8}[:：៖՝፦](?:[ \t]*\r?\n)?[ \t]*/gi,
  // Any other language's word from the table the prose rules read ("Ger-tremen: X", "loyniorð: X", "Kalmar sirri: X"), right
  // before its colon or a remark in brackets: after words between, the word may be another's ("Parol evidence rule (…): …", a
  // legal term; "Hasło reklamowe kampanii: …", a slogan). Not a word that is another word elsewhere.
  new RegExp(`(?<![\\p{L}\\p{M}-])${passwordWordPattern(LABEL_LANGUAGES)}${DIRECT_LABEL_TAIL}`, 'giu'),
  // Thai writes its words without blanks between them ("รหัสผ่านมาสเตอร์ของ Odoo (admin_passwd): X").
  /รหัสผ่าน(?<between>(?:(?![.!?][ \t])[^\r\n:：]){0,60}?)[:：][ \t]*/g,
  // German without a colon: "Kennwort X", "das Passwort für das ZIP lautet X" (is), "das alte Passwort (X)".
  // (After a bare blank not a German compound after a dash: `das Passwort Q3-Bericht` is a report.)
  // Russian "the password for/of X:", "пароль — X", and Spanish "la contraseña (de X) es X".
  /(?<![А-Яа-яЁё])пароль(?:[ \t]+(?:от|для|к)[ \t]+[^\r\n:：]{1,40}[:：]|[ \t]*[—–=])[ \t]*/gi,
  /\bcontraseña(?:[ \t]+(?:de|del|para)[ \t]+[^\r\n:：]{1,40}?)?[ \t]+es[ \t]+/gi,
  // Russian the same way, without a colon ("пароль X", after a word: "root пароль X").
  /(?<![А-Яа-яЁё])пароль[ \t]+(?=\S)/gi,
  /\b(?:Passwort|Kennwort)(?:[ \t]*\(|[^\r\n:.]{0,60}?[ \t]lautet[ \t]*:?[ \t]+|[ \t]+(?![^\s]*-[A-Za-zÄÖÜäöüß]{3,}(?:\s|$)))(?=\S)/g,
  // Japanese mail quotes the value in corner brackets: "解凍パスワードは「X」です" ("the password to unzip is 「X」").
  /(?:パスワード|パスフレーズ|暗証番号)[ \t\u3000]*(?:(?:は|が|を|も|：|:)[ \t\u3000]*)?[「『【](?=[^」』】\r\n]{1,64}[」』】])/g,
];
// Chinese chat writes the word in pinyin or its initials, and an input method may split it ("mm：X", "redis 的 mm 是 X",
// "mima 是 X", "mi4 码 X"). After `mm` (also millimetres: "2 mm: 30x40mm", "螺纹 mm: M8x1.25") the word needs both cases
// and a symbol or ten characters.
const PINYIN_PASSWORD = /(?<![A-Za-z])(?<![\d.][ \t]?)(mm|mima|mi4?[ \t]?码)[ \t]*(?:[:：=]|是|为|[ \t](?=\S))[ \t]*/g;
// "the admin password was changed last week to X", "root password has been reset to: X", "… changed from X to Y" (the
// old one too), the value maybe on the next line: the passive form of SET_PASSWORD_TO, its verb inside the match. Said
// this plainly, a password of six to eight digits counts too (not a date, a version or a longer number).
const PASSWORD_WAS_CHANGED = /\b(?:password|passwd|passphrase|pwd)[ \t]+(?:was|has[ \t]+been|had[ \t]+been|is[ \t]+now|got)[ \t]+(?:changed|reset|set|updated|rotated)\b/gi;
const CHANGED_TO_TAIL = /(?:[ \t]+(?!to\b)\S{1,24}){0,4}?[ \t]+to\b[ \t]*:?[ \t]*(?:\r?\n[ \t]*)?(?:["'`](?=[^"'`\s]+["'`]))?/y;
const CHANGED_FROM = /[ \t]+from[ \t]+(?:["'`](?=[^"'`\s]+["'`]))?/y;
const VERSION = /^v?\d+(?:\.\d+)+$/i;
// "for the FTP drop use ftpuser/X": a user and a password after a verb of use.
const USE_USER_SLASH = /\b(?:use|using|with|via)[ \t]+[\w.@-]{1,32}\/(?=\S)/gi;
// "the API key is X", "the API key we use is X", "my token was X", "临时 token 是 X", "the new one is: X":
// only a value that looks generated.
// A device's or push token is an address for notifications, not a credential; a token's accessor or hash names it (in Vault's output a token's "id" is the token).
// (Helm's `checksum/secret:` annotation is the hash of a secret.)
// A remark may stand between the noun and "is" ("the token, in case you need it, is\n X"), and a
// TOTP/MFA seed is a secret too, and so are an alerting service's integration key and an SNMP community. The remark may
// be in another language ("app secret no cambió:", "API key в личном кабинете:", Russian's "секретный ключ"), and a chat in Chinese
// says it hands the value over before its colon ("API Key 给你：X", "key 在这：X").
const ENGLISH_TOKEN =
  /(?:(?<!checksum\/)\b(?:api(?:v\d)?[ _-]?key|access[ _-]?key|secret[ _-]?key|(?:write|read-only|upload|license|signing|master)[ _-]?key|(?<!\b(?:device|push)[ _-]?)token|secret|credentials?|(?:new|old) one|(?:totp|mfa|otp|2fa)[ _-]?(?:seed|key)|integration[ _-]?key|community|clave[ \t]+secreta)|(?<![А-Яа-яЁё])(?:секретный[ \t]+ключ|токен|ключ[ \t]+API))(?:(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?!(?:accessor|hash|ttl|lookup)\b)(?:[a-zà-ÿа-яёʻ‘'ōūāēī]{1,12}|[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){1,3})){0,6}?(?:[ \t]*,[^,\r\n]{1,40},|[ \t]*\([^()\r\n]{1,40}\))?\s*(?:(?:is|was)[ \t]*:?|是|为|(?:给你|发你|在这里?|在這裡?|如下)?[ \t]*[:：])\s*(?:["'`](?=[^"'`\s]+["'`])|‘(?=[^’\s]+’)|“(?=[^”\s]+”))?/gi;
// "App Secret X", "签名校验 secret X", "ngrok config add-authtoken X": a credential noun right before a generated value.
// The noun starts a word or follows a qualifier (`AppSecret`, `add-authtoken`), so `NextToken` is not one; a device's
// token addresses an app on one phone. (A "push token" may be that, or a push service's own API token: Pushover,
// Gotify; it counts.)
// The value may wrap onto the next line ("…and the new one is LTAI… with secret\nEgRe…. Can you check"), or stand in brackets
// ("the old appSecret (0bcd…) no longer works").
// Also a bot's signing secret named in Chinese ("签名校验 …", "加签 …"), and a setting's CamelCase name in a
// sentence ("Token …，EncodingAESKey …").
const CREDENTIAL_BEFORE_VALUE =
  /(?:(?<![A-Za-z])(?<!\bdevice[ \t_-]{1,3})(?:(?:app|client|api|auth|signing|webhook|access|bot)[-_ ]?)?(?:secret|token|key)|签名校验|签名密钥|加签密钥|加签)(?:[ \t]+|[ \t]*\r?\n[ \t]*|[ \t]*[(（])(?=[A-Za-z0-9])/gi;
// "ak QX7M…", "access key id QX7M…" (an error message quoting the key it refused): a key id's name right before a
// value of a cloud's key id shape.
// (OCR spaces the letters: "A K : BGKO…"; a pair is named "AK/SK（…".)
const KEY_ID_BEFORE_VALUE = /(?<![A-Za-z])(?:a ?k|access[ _-]?key(?:[ _-]?id)?)(?:[ \t]*[/／][ \t]*s ?k[ \t]*[(（:：][ \t]*|[ \t]*[:：][ \t]*|[ \t]*(?:的)?(?:是|为)[ \t]*|[ \t]+)(?=[A-Za-z0-9])/gi;
// The same for a key's secret, as speech typed by an input method says it ("然后 s k 是 Tx4K…", "secret key: …"): a value
// of a cloud's secret shape.
const SECRET_KEY_BEFORE_VALUE = /(?<![A-Za-z])(?:s ?k|secret[ _-]?(?:access[ _-]?)?key)(?:[ \t]*[:：][ \t]*|[ \t]*(?:的)?(?:是|为)[ \t]*|[ \t]+)(?=[A-Za-z0-9])/gi;
const CAMEL_NAME_BEFORE_VALUE = /(?<![\w-])[A-Z][a-z]+(?:[A-Z][a-z]*)*(?:Key|Secret|Token)[ \t]+(?=[A-Za-z0-9])/g;

/** Spans of secrets given in prose: Chinese and English, and the words for passwords and accounts of other languages. */
export function findPhraseSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  return [
    ...findChineseLabelSecrets(text, profile),
    ...findUserSlashPasswords(text),
    ...findInventoryPasswords(text),
    ...findEnglishPasswords(text),
    ...findOtherLanguagePasswords(text),
    ...findLatinNamesWithIs(text, profile),
    ...findCodeNamesAndValues(text, profile),
    ...findKeyIdsAfterTheirName(text, profile),
    ...findKeyLabelsOfOtherLanguages(text, profile),
  ];
}

function findInventoryPasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(ADDRESS_ADMIN_PASSWORD)) {
    const range = readWord(text, match.index + match[0].length);
    if (!range || !/^(?:[ \t]{2,}|[ \t]*(?:\r?\n|$))/.test(text.slice(range.end, range.end + 3))) continue;
    const value = text.slice(range.start, range.end);
    if (NOT_AN_INVENTORY_PASSWORD.test(value)) continue;
    if (isLoginPassword(value)) pushIfPassword(spans, text, range.start, range.end);
  }
  return spans;
}

function findEnglishPasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(ENGLISH_PASSWORD)) {
    const range = readWord(text, match.index + match[0].length);
    // "the password is HeidiSQL's reversible encoding": a possessive is a name in a sentence.
    if (!range || /^['’]s\b/.test(text.slice(range.end, range.end + 3))) continue;
    const value = text.slice(range.start, range.end);
    // "password X" with nothing but a space between: only a value no sentence would have (letters
    // and digits, or a symbol inside it), not a flag, a path or the rest of a template (`passwd --stdin`,
    // `secret/prod/db`, `.password }}&size=10`).
    const bare = !/(?:is|was|to|[:：])[ \t]*[:：]?\s*["'`]?$/i.test(match[0]);
    // (Nor another setting: `encryption_mode=password logfile=exp.log`, `validate_password.policy`.)
    // (Nor a log's fields after an event's name, `Password updated|3|suser=rvos`.)
    const inline =
      /[A-Za-z]/.test(value) && (/\d/.test(value) || /\w[^\w\s]+\w/.test(value)) && !/^[-/}\])>,;|&]|^[\w.-]+(?:\/[\w.-]+)+$|^[A-Za-z_][\w.-]*=[^=\s]|\||<\/|^[a-z]+(?:[_.][a-z]+)+$/.test(value);
    // On the next line, only a value with a digit that ends its clause, in a list of credentials ("…, password" then
    // "zhaolei520."): not the next row under a table's header (`user      password` then `gpu-n01   10.99.0.11`; a CSV's
    // `host,user,root password` then `10.0.0.8,root,…`), the next command after a setting (`set type password`), the next
    // name of a list (`bootstrap.password` then `keystore.seed`), nor a sentence's next line ("wrong password" then "Attempt3.").
    const wrapped = /\n[ \t]*["'`]?$/.test(match[0]);
    const endsClause = /^["'`]?(?:[.,;!]?(?:\r?\n|$)|[.,;!][ \t])/.test(text.slice(range.end, range.end + 3));
    if (wrapped && (!/\d/.test(value) || /[,;|]/.test(value) || !/,[ \t]$/.test(text.slice(Math.max(0, match.index - 2), match.index)) || !endsClause)) continue;
    if (looksLikePassword(value) && (!bare || inline)) pushIfPassword(spans, text, range.start, range.end);
  }
  for (const match of text.matchAll(AS_THE_PASSWORD)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, match.index - 130), match.index));
    const value = before?.[1] ?? '';
    const start = match.index - value.length - (before && /[`'"”]$/.test(before[0]) ? 1 : 0);
    if (before && looksLikePasswordWithDigit(value)) pushIfPassword(spans, text, start, start + value.length);
  }
  for (const pattern of [SET_PASSWORD_TO, CREDS_USER_COLON]) {
    for (const match of text.matchAll(pattern)) {
      if (pattern === SET_PASSWORD_TO && !SET_VERB_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
      const range = readWord(text, match.index + match[0].length);
      const value = range ? text.slice(range.start, range.end) : '';
      // After a comma ("login: admin, X") the value must also mix cases.
      const mixedCase = /[a-z]/.test(value) && /[A-Z]/.test(value);
      if (range && looksLikePasswordWithDigit(value) && (match[1] === undefined || mixedCase)) pushIfPassword(spans, text, range.start, range.end);
    }
  }
  for (const match of text.matchAll(PASSWORD_WAS_CHANGED)) {
    const verbEnd = match.index + match[0].length;
    CHANGED_FROM.lastIndex = verbEnd;
    const from = CHANGED_FROM.exec(text);
    CHANGED_TO_TAIL.lastIndex = verbEnd;
    const to = CHANGED_TO_TAIL.exec(text);
    for (const start of [from ? verbEnd + from[0].length : -1, to ? verbEnd + to[0].length : -1]) {
      const range = start >= 0 ? readWord(text, start) : undefined;
      const value = range ? text.slice(range.start, range.end) : '';
      const digits = DIGITS_PASSWORD.test(value) && !DIGITS_DATE.test(value);
      if (range && (looksLikePasswordWithDigit(value) || digits) && !VERSION.test(value)) pushIfPassword(spans, text, range.start, range.end);
    }
  }
  for (const match of text.matchAll(PINYIN_PASSWORD)) {
    const range = readWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    const initials = match[1] === 'mm';
    // (Not a size: `120x80x25`, `M8x1.25`, `DN50-PN16`.)
    const dimension = /^(?:[A-Z]{0,2}\d+(?:[.,]\d+)?(?:[x×*-][A-Z]{0,2}\d+(?:[.,]\d+)?)+|\d+(?:\.\d+)?mm)$/i.test(value);
    if (range && looksLikePasswordWithDigit(value) && (!initials || (value.length >= 8 && !dimension))) pushIfPassword(spans, text, range.start, range.end);
  }
  for (const match of OTHER_PASSWORD_PHRASES.flatMap((pattern) => [...text.matchAll(pattern)])) {
    const range = readQuotedWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    // (Russian without a colon names whose password a sentence is about when a word follows: "пароль root@db01 неверный".)
    const russianClause = range && /^пароль[ \t]+$/i.test(match[0]) && /^[ \t]+[А-Яа-яЁё]/.test(text.slice(range.end, range.end + 3));
    // Words between the label and its colon may name another field ("Passwort falsch für admin auf Host: db-prod-02", "…
    // ticket: INC0012345"): then the value needs both cases and a digit, or a digit and a symbol, and the words may not end a
    // clause (a comma) or name who did it, a version, a ticket or a page.
    const between = match.groups?.between ?? '';
    // (English's "password" takes words of another language before its colon, "Ania ang password sa VPN para sa Mandaue hub:",
    // when a particle of that language follows it (English's own words there name another field, "Password reset for user:");
    // words and brackets only: code's punctuation makes it an element's attribute, `<wsse:Password Type="http://…`.)
    if (/^password/i.test(match[0]) && !/^[\p{L}\p{M}\p{N} \t.'()_`-]*$/u.test(between)) continue;
    // (A value on the next line after the colon ends its sentence there: "…servidorpaq:" then "Shx2…. Redis …"; a list after
    // a colon, "for the following users:" then names, does not.)
    // (Chats set the mark apart: "Keycloak_840 . Mungaghanenanga …".)
    if (/[:：៖՝፦][ \t]*\r?\n/.test(match[0]) && !/^["'`]?[ \t]?[.!](?:\s|$)/.test(text.slice(range?.end ?? 0, (range?.end ?? 0) + 4))) continue;
    const apartOk = between.trim() === '' || (hasMixedClassesOrSymbol(value) && !ANOTHER_FIELD_BETWEEN.test(between));
    // (Right after the word and its colon, digits alone are the password too: a PDA's or a meter's, "нууц үг: 832599".)
    const digits = between.trim() === '' && DIGITS_PASSWORD.test(value) && !DIGITS_DATE.test(value) && !DIGITS_MONTH.test(value);
    if (range && !russianClause && (looksLikePasswordWithDigit(value) || digits) && apartOk) pushIfPassword(spans, text, range.start, range.end);
  }
  for (const match of text.matchAll(USE_USER_SLASH)) {
    const range = readWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    // Not a branch or a path (`use origin/main`, `with feature/abc-123`): 8+ characters of both cases, digits and no slash.
    if (range && value.length >= 8 && !/^v?\d+(?:\.\d+)+/i.test(value) && looksLikePassword(value) && hasMixedClasses(value) && !value.includes('/'))
      pushIfPassword(spans, text, range.start, range.end);
  }
  for (const match of text.matchAll(CHANGED_TO_ZH)) {
    // ("现在是", now it is, only after the password was named on its line: "负责人现在是 @…" names an owner.)
    if (match[0].startsWith('现在') && !/(?:密码|口令|password)[^\r\n。]{0,40}$/i.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    const range = readWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    // (A dot is a host's or a version's unless the password was named right before the verb: "密码改为：Q0.Vrs-_…".)
    const named = /(?:密码|口令|password)[ \t]*$/i.test(text.slice(Math.max(0, match.index - 12), match.index));
    if (
      range &&
      value.length >= 8 &&
      !/^v?\d+(?:\.\d+)+/i.test(value) &&
      looksLikePassword(value) &&
      hasMixedClasses(value) &&
      /[^\w-]/.test(value) &&
      !(named ? /[:/]|\.\w+\.|\.[a-z]{2,}$/ : /[.:/]/).test(value)
    ) {
      spans.push({ kind: 'password', ...range });
    }
  }
  for (const match of [...text.matchAll(ENGLISH_TOKEN), ...text.matchAll(NEW_ONE_ZH)]) {
    // ("旧的是", the old one is, only after a secret was named on its line: "旧的是 SettingsPageV2Legacy" names a page.)
    // (Looked for within 200 characters before: a line of many such phrases is read once per phrase, not to its start.)
    const lineBefore = text.slice(lineStartWithin(text, match.index, 200), match.index);
    if (/^[旧老]/.test(match[0]) && !OLD_ONE_NAMED.test(lineBefore)) continue;
    // (A passkey's credential id names it: "Passkey credential id: …" is a public handle.)
    if (/^credentials?[ \t]+ids?\b/i.test(match[0]) && /(?:passkey|webauthn|fido2?)[ \t]*$/i.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const range = readWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    // Generated, or random with symbols ("the new one is wnG.P-r-s.-4"): no sentence goes on with such a word.
    // A call is code (`credentials: Aws::Credentials.new(…)`), and so is a read (`secret: process.env.SESSION_SECRET`) —
    // one of names and code's punctuation only (`data.Base2024!` is a password).
    const code = isCodeReference(value) && !/[^\w.$()[\]'"]/.test(value);
    // (A public token said to be one, "the public token (fine): pk.eyJ…", is no secret.)
    // (A signing, master or upload key "is" an algorithm or a build's name as often: `ECDSA-P256-SHA256`, `build-2024-10-01-rc2`;
    // its value has both cases and digits.)
    const namedKey = /(?:write|read-only|upload|license|signing|master)[ _-]?key/i.test(match[0]) && !hasMixedClasses(value);
    // ("老的 X" with no verb: only a value of both cases and digits, not a build's or a pod's dashed name.)
    if (/^[旧老]的[ \t]+$/.test(match[0]) && (!hasMixedClasses(value) || /[A-Za-z]{3,}-/.test(value))) continue;
    if (range && text[range.end] !== '(' && !code && !namedKey && (isGeneratedToken(value) || looksRandom(value)) && !isPublicValue(value)) spans.push({ kind: tokenKindOf(match[0]), ...range });
  }
  for (const match of [...text.matchAll(CREDENTIAL_BEFORE_VALUE), ...text.matchAll(CAMEL_NAME_BEFORE_VALUE)]) {
    const range = readWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    // Only values no sentence has: 20+ generated characters with upper and lower case and digits (or letters
    // whose case switches at random).
    // (Or a hex key's length after a secret or token that starts a clause of a list, "…，Secret fad3…": a hash after
    // "key", and one in running text, "Cache token 5d41… expired", are as common.)
    // (Or in brackets right after the noun.)
    const bracketed = /secret[ \t]*[(（]$/i.test(match[0]) && range !== undefined && /^[ \t]*[)）]/.test(text.slice(range.end, range.end + 4));
    // (An API key's name vouches for hex anywhere: "…: X-API-Key b606…"; no hash is called an API key.)
    const hexKey =
      ((/secret|token/i.test(match[0]) && (bracketed || /[，,;；:：|][ \t]*$/.test(text.slice(Math.max(0, match.index - 4), match.index)))) || /^api[-_ ]?key\s*$/i.test(match[0])) &&
      /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value) &&
      !/[a-f]/.test(value) !== !/[A-F]/.test(value);
    // (A key's or a token's name before brackets is as often a cache's, a page's or a host's: only a secret's counts there.)
    if (/[(（]$/.test(match[0]) && !bracketed) continue;
    const generated = (isGeneratedToken(value) && hasMixedClasses(value)) || isRandomLetters(value) || hexKey;
    // (A setting on the next line, `dashscope_api_key=…`, is no value of the noun that ended the line before.)
    const setting = /^[A-Za-z_][\w.-]*[=:]/.test(value);
    if (range && value.length >= 20 && generated && !setting && !isPublicValue(value)) spans.push({ kind: tokenKindOf(match[0]), ...range });
  }
  return spans;
}

function findKeyIdsAfterTheirName(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(KEY_ID_BEFORE_VALUE)) {
    const range = readWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    const kind = range && !isPlaceholder(value) && cloudKeyIdKind(profile, value);
    if (range && kind) spans.push({ kind, ...range });
  }
  for (const match of text.matchAll(SECRET_KEY_BEFORE_VALUE)) {
    const range = readWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    const kind = range && !isPlaceholder(value) && cloudSecretShapeKind(profile, value);
    if (range && kind) spans.push({ kind, ...range });
  }
  return spans;
}

function findCodeNamesAndValues(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(NAME_THEN_CODE_SPAN)) {
    const keyClass = classifyColumnName(match[1]);
    const group = match[2] === undefined ? 3 : 2;
    const [start, end] = match.indices![group];
    const value = match[group];
    // (Not words joined, nor a digest named by its algorithm: `sha256:…`.)
    // (Nor a column's or a setting's name, `refresh_token_v2`, nor a secret store's path, `prod/db/password-2024`; a key in
    // base64 may hold a slash, `w/L7…Eg=`.)
    const named = /^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/.test(value) || (value.includes('/') && !isGeneratedToken(value));
    // (After the word for a password in Japanese, Korean, Thai, Polish or Turkish, prose names code as often as English does
    // — "パスワード `.env.production` に記載", "비밀번호 `BCryptPasswordEncoder` 사용" — so the value needs both cases and a digit,
    // or a digit and a symbol that names and paths do not hold.)
    const foreignLabel = /^(?:パスワード|비밀번호|รหัสผ่าน|hasło|şifre)$/i.test(match[1]);
    const looksSecret =
      !named &&
      (foreignLabel ? hasMixedClasses(value) || (/\d/.test(value) && /[^\w.\-/:=]/.test(value)) : true) &&
      (keyClass?.family === 'password' ? looksLikePassword(value) : isPlausibleToken(value, 16) && !/^[A-Za-z]+(?:[-_][A-Za-z]+)*$|^(?:sha\d{1,3}|md5|sm3):/i.test(value));
    if (keyClass && looksSecret && !isCodeReference(value)) pushIfSecret(spans, keyClass, text, start, end, profile);
  }
  for (const match of text.matchAll(CODE_SPAN_NAME_THEN_VALUE)) {
    const keyClass = classifyKey(match[1]);
    const range = keyClass ? readWord(text, match.index + match[0].length) : undefined;
    if (keyClass && range) pushIfSecret(spans, keyClass, text, range.start, range.end, profile);
  }
  for (const match of text.matchAll(CODE_NAME_AND_VALUE)) {
    const keyClass = classifyKey(match[0].trim());
    const range = keyClass?.family === 'password' ? readWord(text, match.index + match[0].length) : undefined;
    // (`keyPassword System.getenv("…")` is a call, the value's source.)
    // (The next item may follow "and": "storePassword X and keyPassword Y".)
    if (!range || !/^(?:$|[\r\n，；,;（]|[ \t]{2}|[ \t]\(|[ \t](?:and|&|和|及)[ \t])/.test(text.slice(range.end, range.end + 5))) continue;
    const value = text.slice(range.start, range.end);
    // (Not a template's or a tag's end, `}}</password>`, nor an identifier of words, `ora12c_verify_function`, nor a file the
    // command reads, `grep -A3 DB_PASSWORD secrets/payment.enc.yaml`.)
    if (/^[)}\]>]|[<>]/.test(value) || /^[a-z0-9]+(?:_[a-z0-9]+)+$/.test(value) || /^[\w.-]+(?:\/[\w.-]+)+$|\.(?:ya?ml|json|txt|env|conf|ini|properties|toml|xml)$/i.test(value)) continue;
    if (looksLikePassword(value) && !isCodeReference(value)) pushIfSecret(spans, keyClass!, text, range.start, range.end, profile);
  }
  return spans;
}

function tokenKindOf(phrase: string): 'secret' | 'api-key' | 'token' {
  return /secret|credential|seed|секрет/i.test(phrase) ? 'secret' : /key/i.test(phrase) ? 'api-key' : 'token';
}
