// A key's or a token's name in another language of tickets from abroad, then its value: Korean and Japanese with a colon
// ("APIキー：X", "토큰: X"), Arabic, Thai, Polish, Italian, Turkish, Swedish, Dutch, Czech, German and Hebrew with a colon or
// their "is". (The word for a password in those languages is redaction-phrases.ts's and redaction-other-languages.ts'.)
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyKey } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { readQuotedWord, readWord } from './redaction-read-word';
import { capitalisedWordShare, hasMixedClasses, isGeneratedToken, isPublicValue } from './redaction-values';

// A Korean or Japanese name of a token or key, then a colon ("APIキー：X", "トークン: X", "API 키: X", "현재 키: X"); the value is
// judged as a field of that name would be. (Passwords in those languages are OTHER_PASSWORD_PHRASES'.)
const NOT_A_SECRET_KEY_KO = /(?:공개|공용|호스트|커밋|해시|객체|멱등성|캐시|파티션|정렬|외래|기본|조회|GPG|PGP|SSH|KMS)[ \t]*$/i;
const KOREAN_JAPANESE_KEY_LABEL =
  /(APIキー|API キー|アクセスキー|認証キー|アクセストークン|トークン|シークレットキー|シークレット|API ?키|토큰|시크릿|액세스 ?키|인증 ?키|(?<![가-힣])키)[ \t\u3000]*[:：][ \t\u3000]*[「【]?/g;
// A key's or token's name in Arabic, Thai, Polish, Italian or Turkish, a few words naming whose it is, then a colon
// ("المفتاح السري: X", the secret key; "โทเคน API ของระบบวางแผนการบิน: X"; "Klucz API do KSeF (…), środowisko produkcyjne: `X`"):
// only a generated value of 16 characters or more counts, and not after words that make it a hash, an id or a rotation.
// (Also Swedish, Dutch, Czech and German, Faroese's and Icelandic's API key with their "er", Breton's and Hausa's, Kven's and Võro's key
// with their "oon" and "om", Aromanian's, Tahitian's, Buryat's and Chuvash's API key, and Hebrew's token and key; with the language's "is" as well as a colon: "Tajný klíč pro
// podepisování webhooků je X", the secret key for signing webhooks is.) And the word for a key in the Romance languages alone, with
// their "is" ("A ciave de autenticassion Huawei la xe X", Venetian; "a chiavi dâ stampanti (UKEY) è X", Sicilian; "la yave vieja
// era X", Ladino; "a clau primaria d'o dominio: X", Aragonese; Corsican's chjave and hè), where only a generated value does; and
// English's secret before a Romance "is" ("lo Master Secret es X", Occitan).
const OTHER_KEY_LABEL =
  /(المفتاح السري|مفتاح API|คีย์ ?API|โทเคน(?: ?API)?|(?<![A-Za-zÀ-ÿ])(?:klucz API|chiave API|API anahtarı|API-?nyckel(?:n)?|hemlig(?:a)? nyckel(?:n)?|API-?sleutel|geheime sleutel|API-?klíč|tajný klíč|API-Schlüssel|geheime[rn]? Schlüssel|API-lykil(?:l|in|inum)?|alc['’]hwez(?: an)? API|maɓallin API|API-?avain|API[ \t]võti|avain|võti|cljaia(?:[ \t]API)?|t[āa]viri[ \t]API|API[ \t]түлхюур|API[ \t]уççи|(?<romance>(?<!-)(?:clave|clau|chiave|chiavi|ciave|chjave|yave|chave|clé))|(?<english>(?:(?:client|master|app)[ \t]?)?secret))(?![A-Za-zÀ-ÿ])|(?<![\u05d0-\u05ea])ה?(?:טוקן|מפתח)(?:[ \t]+ה-?API|[ \t]+הסודי)?)(?<between>(?:(?![.!?][ \t])[^\r\n:：]){0,80}?)(?:[:：]|[ \t](?<is>je|är|is|ist|lautet|è|é|es|és|est|era|était|será|xe|ye|hè|er|oon|om|easti|היא|הוא)(?=[ \t]))[ \t]*/giu;

// Words between a Romance key's word and its value that make it a public key, a print, an id, or a key of data.
const ANOTHER_KEY_BETWEEN =
  /p[uú]blic|pubblic|empreinte|impress|impronta|huella|identif|\bid\b|gpg|pgp|ssh|cach[eé]|obje|oggetto|b[uú]squeda|ricerca|recherche|r[eé]partition|partici|partizione|produ|art[ií]c|rastre|suivi|sku/i;
const capitalisedShare = (value: string) => capitalisedWordShare(value, 3);

/** Spans of keys and tokens after their name in Korean, Japanese and the other languages above. */
export function findKeyLabelsOfOtherLanguages(text: string, profile: RedactionProfile): RedactionSpan[] {
  return [...findKoreanJapaneseKeyLabels(text, profile), ...findOtherLanguageKeyLabels(text)];
}

function findKoreanJapaneseKeyLabels(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(KOREAN_JAPANESE_KEY_LABEL)) {
    // (Korean "key" as a word of its own, "현재 키: …", the current key, is read as the English word; unless the word before
    // makes it a public, host, commit, hash, object, cache or idempotency key.)
    if (match[1] === '키' && NOT_A_SECRET_KEY_KO.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const keyClass = classifyKey(match[1] === '키' ? 'key' : match[1]);
    const range = readWord(text, match.index + match[0].length);
    if (keyClass && range) pushIfSecret(spans, keyClass, text, range.start, range.end, profile);
  }
  return spans;
}

function findOtherLanguageKeyLabels(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(OTHER_KEY_LABEL)) {
    const range = readQuotedWord(text, match.index + match[0].length);
    const value = range ? text.slice(range.start, range.end) : '';
    const describesAnother = /commit|hash|fingerprint|checksum|\bid\b|rotasyon/i.test(match.groups?.between ?? '');
    // The word for a key alone is also a lookup's, a cache's, a product's or a public key's in those languages: only a value of
    // both cases and digits (or any generated one after "secret", "private" or "API") that is no run of capitalised words
    // (`customerOrderHistory2024Q3Index`), and no words between naming such a key, its print or its id.
    const romance = match.groups?.romance !== undefined;
    // (English's word counts here only before a Romance language's "is": "lo Master Secret es X", "l'AppSecret nuovo è X"; with a
    // colon or "is" it is the English rules'.)
    if (match.groups?.english !== undefined && !/^(?:è|é|es|és|est|era|était|será|xe|ye|hè)$/i.test(match.groups.is ?? '')) continue;
    // (A secret, private or API key's word between vouches for hex too: "Clé secrète du webhook : f7a4…".)
    const between = match.groups?.between ?? '';
    const named = /secr|segret|priv|api/i.test(between);
    if (romance && ((!hasMixedClasses(value) && !named) || capitalisedShare(value) >= 0.5 || ANOTHER_KEY_BETWEEN.test(between))) continue;
    if (match.groups?.english !== undefined && capitalisedShare(value) >= 0.5) continue;
    if (range && value.length >= 16 && isGeneratedToken(value) && !isPublicValue(value) && !describesAnother)
      spans.push({ kind: /السري|hemlig|geheim|tajný|secret/i.test(match[1]) ? 'secret' : 'token', ...range });
  }
  return spans;
}
