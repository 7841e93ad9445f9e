// App passwords as mail providers show them (Google's, Apple's app-specific ones): four groups of four random
// lower-case letters ("qpwz mfkt rnvb xhyd"), after the word password in any of the tickets' languages. Four English
// words of four letters read the same ("must have this form"), so the groups must look random: few vowels, no function
// word, no run of the alphabet or of one letter (documentation writes "abcd efgh ijkl mnop", "xxxx xxxx xxxx xxxx").
import type { RedactionSpan } from './redaction';
import { FUNCTION_WORDS } from './redaction-values';

const GROUPS = /(?:password|passwort|パスワード|密码|口令)[^\r\n]{0,40}?(?<![A-Za-z])([a-z]{4}(?:[ \u00a0]|-(?=[a-z]{4}-))[a-z]{4}[ \u00a0-][a-z]{4}[ \u00a0-][a-z]{4})(?![A-Za-z])/dgi;
// Random letters hold about one vowel in five (three in sixteen); English words two in five.
const MAX_VOWELS = 4;

/** Spans of app passwords written in their groups. */
export function findAppPasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(GROUPS)) {
    const groups = match[1].toLowerCase().split(/[ \u00a0-]/);
    const letters = groups.join('');
    if ((letters.match(/[aeiou]/g) ?? []).length > MAX_VOWELS || groups.some((group) => FUNCTION_WORDS.has(group) || isAlphabetRun(group))) continue;
    const [start, end] = match.indices?.[1] ?? [0, 0];
    spans.push({ kind: 'password', start, end });
  }
  return spans;
}

/** `abcd`, `mnop`, `xxxx`: letters that follow each other or repeat. */
function isAlphabetRun(group: string): boolean {
  const steps = [...group].slice(1).map((letter, index) => letter.charCodeAt(0) - group.charCodeAt(index));
  return steps.every((step) => step === 1) || steps.every((step) => step === 0);
}
