// PINs said in English prose: a device's, a card's or a token's ("USB token … default PIN was 81498832, changed to 26441831",
// "LSO: … token PIN 586318"). The word before "PIN" says whose it is; a bare "PIN" is as often India's postal code ("PIN
// 560034") or a board's pin.
import type { RedactionSpan } from './redaction';
import { DIGITS_DATE } from './redaction-chinese-labels';

// The qualifier, "PIN" (lower case only after one), maybe "is"/"was"/`=`/`:`, then 4 to 12 digits, maybe quoted, that end the
// clause (not "User PIN 1024 bytes", "device PIN 3300 mA", "PIN 560103 is serviceable"), or a form's column (three blanks or more after
// them); maybe "changed to" another.
// (Or a verb says something has one: "the IC card still has PIN 70118805 (card no. …)"; not six digits from 1, which India's
// postal codes are: "Peenya has PIN 560058". A remark in brackets after the digits has two words or more: "(mA)" is a unit.)
const QUALIFIER =
  "(?:[Tt]oken(?:['’]s)?|[Cc]ard|SIM|USB|[Dd]evice|[Dd]efault|[Ii]nitial|[Ff]actory|[Aa]dmin|[Uu]ser|[Ss]mart[ -]?card|[Yy]ubi[Kk]ey|HSM|SO|PIV|[Ss]afe|[Dd]oor|[Aa]larm|[Kk]eypad|[Aa]pproval)";
const DIGITS = '["\'`]?(\\d{4,12})["\'`]?(?=[ \\t]*(?:[.,;:)\\]]|$)|[ \\t]+(?:on|at|for|since|until|and|or|but|if|when|so|[-–—])[ \\t]|[ \\t]+\\([A-Za-z]+[ \\t][^)\\r\\n]*\\)|[ \\t]{3,}\\S)';
// (The digits may start the next line after a colon: "… requires your approval PIN:" then "  2143 (do not share …)".)
const PIN_PHRASE = new RegExp(
  `\\b(?:${QUALIFIER}[ \\t]+(?:PIN|[Pp]in)|(?:has|had|have)[ \\t]+PIN(?![ \\t]+code)(?=[ \\t]+(?![1-9]\\d{5}(?!\\d))\\d))(?:[ \\t]+(?:code|number))?(?:[ \\t]*[:=][ \\t]*(?:\\r?\\n[ \\t]*)?|[ \\t]+(?:is|was)(?:[ \\t]+now)?[ \\t]*:?[ \\t]*|[ \\t]+)${DIGITS}(?:[^\\r\\n.;]{0,30}?\\bchanged[ \\t]+to[ \\t]+${DIGITS})?`,
  'dgm',
);
// Or the sentence names whose it is after the word, maybe wrapped as mail wraps it: "PIN for the office printer mailbox is
// 0366", "the PIN of the safe was 4821".
const PIN_FOR_PHRASE = new RegExp(
  `\\bPIN[ \\t]+(?:for|of|to)[ \\t]+(?:the|my|our|your|this|that|its)[ \\t]+(?!(?:pin|connector|header|month)\\b)(?:[^\\r\\n.;:=]|\\r?\\n(?![ \\t]*\\r?\\n)){1,50}?[ \\t\\r\\n]+(?:is|was)(?:[ \\t]+now)?[ \\t]*:?[ \\t]*(?:${DIGITS}|(\\d{4,12})(?=[ \\t]+\\([A-Za-z]+[ \\t][^)\\r\\n]*\\)))`,
  'dgm',
);

// A factory's or a default password of digits alone is a PIN too ("new unit is still on factory password 243010, change it").
const FACTORY_PASSWORD = new RegExp(`\\b(?:[Ff]actory|[Dd]efault|[Ii]nitial)(?:[ \\t]+(?:admin|device|login))?[ \\t]+password(?:[ \\t]+(?:is|was))?[ \\t]*(?::[ \\t]*)?${DIGITS}`, 'dgm');

// "PIN" as a label, maybe with words of any language about whose it is, or in brackets after them ("PIN ɗin firji: 7739", "Su PIN
// de su pannellu: 3459", "Sa tèssera (PIN): 65167747", "PIN kloru: 6100"), then a colon or "is" and the digits; and a code
// that opens something or approves ("key safe code: 8880", "Refund approval code (supervisors): 6933"; an alarm panel's installer,
// master and duress codes; "door code is still 4725"). Not six digits from 1
// after "PIN" (India's postal code, "PIN: 560034"), nor a count, a size or a board's pin ("PIN count: 1024").
const PIN_LABEL = new RegExp(
  `(?:(?<![\\w-])PIN(?![\\w-])(?<words>[ \\t]+(?![\\d(])[^\\r\\n:：.;=()]{1,40}?)?|\\(PIN\\)|\\b(?:[Ss]afe|[Dd]oor|[Gg]ate|[Aa]larm|[Kk]eypad|[Aa]pproval|[Ll]ock|[Ee]ntry|[Uu]nlock|[Ii]nstaller|[Ee]ngineer|[Mm]aster|[Mm]anager|[Dd]uress)[ \\t]+code)(?:[ \\t]*\\([^()\\r\\n]{1,30}\\))?(?:[ \\t]*[:：=][ \\t]*|[ \\t]+(?:is|est|ist|es|é|era|was|ye|je|є)(?:[ \\t]+(?:still|now))?[ \\t]+)${DIGITS}`,
  'dgm',
);
const NOT_A_PIN_LABEL = /\b(?:count|length|digits|attempts|tries|retries|size|bytes|numbers?|header|connector|pins?|month|policy|codes?|postal|zip|area|assignment|mapping|layout|out)\b/i;

/** Spans of device, card and token PINs named in prose. */
export function findPinsInProse(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (!/PIN|[Pp]in\b|password| code/.test(text)) return spans;
  const labelled = [...text.matchAll(PIN_LABEL)].filter((match) => {
    // (After words too: "The PIN for Koramangala, Bangalore is 560034.")
    const named = /^PIN/.test(match[0]);
    return !NOT_A_PIN_LABEL.test(match.groups?.words ?? '') && !(named && /^[1-9]\d{5}$/.test(match[2] ?? ''));
  });
  for (const match of [...text.matchAll(PIN_PHRASE), ...text.matchAll(PIN_FOR_PHRASE), ...text.matchAll(FACTORY_PASSWORD), ...labelled]) {
    for (const group of [1, 2, 3]) {
      const value = match[group];
      const [start, end] = match.indices?.[group] ?? [0, 0];
      // (A year or a date is when, not what: "the PIN was 2024-…", "default PIN 1999".)
      // (A label's words are group 1 there: only digits are a PIN.)
      if (value === undefined || !/^\d+$/.test(value) || /^(?:19|20)\d{2}$/.test(value) || DIGITS_DATE.test(value) || /^(\d)\1+$/.test(value)) continue;
      spans.push({ kind: 'password', start, end });
    }
  }
  return spans;
}
