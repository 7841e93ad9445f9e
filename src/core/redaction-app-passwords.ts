// App passwords as mail providers show them (Google's, Apple's app-specific ones): four groups of four random
// lower-case letters ("qpwz mfkt rnvb xhyd"), after the word password in any of the tickets' languages. Four English
// words of four letters read the same ("reset link sent back"), so the groups must look random: no function word, no
// run of the alphabet or of one letter (documentation writes "abcd efgh ijkl mnop", "xxxx xxxx xxxx xxxx"), few
// vowels. Right after the label's colon or "is" up to six of the sixteen letters may be vowels (random letters have
// seven or more about once in fifty); further along the line, ending it, at most four.
import type { RedactionSpan } from './redaction';
import { FUNCTION_WORDS } from './redaction-values';

const LABEL = /(?:password|passwort|パスワード|密码|口令)/gi;
// Four groups on the rest of the label's line (case-sensitive: the letters are lower-case), tried at every word.
const GROUPS = /(?<![A-Za-z])[a-z]{4}([ \u00a0-])[a-z]{4}\1[a-z]{4}\1[a-z]{4}(?![A-Za-z])/y;
// (A Chinese or Japanese label needs no colon: "應用程式密碼 abcd …"; an English one does: "my password just went back…".)
const RIGHT_AFTER_LABEL = /(?:[:：=]|\bis|是|为|パスワード|密码|口令)[ \t\u3000]*$/i;
const ENDS_LINE = /^[ \t\u3000]*(?:$|[\r\n(（。.,，;；!])/;

/** Spans of app passwords written in their groups. */
export function findAppPasswords(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  let searchedTo = 0;
  for (const label of text.matchAll(LABEL)) {
    const from = Math.max(searchedTo, label.index + label[0].length);
    // (The line's end is looked for within the window only, so a long line of labels is read once.)
    const window = text.slice(from, from + 200);
    const lineEnd = window.indexOf('\n');
    const end = from + (lineEnd < 0 ? window.length : lineEnd);
    searchedTo = end;
    for (let word = from; word < end; word = nextWord(text, word, end)) {
      GROUPS.lastIndex = word;
      const groups = GROUPS.exec(text);
      if (!groups || word + groups[0].length > end) continue;
      const start = word;
      const after = start + groups[0].length;
      const maxVowels = RIGHT_AFTER_LABEL.test(text.slice(Math.max(0, start - 40), start)) ? 6 : ENDS_LINE.test(text.slice(after, after + 2)) ? 4 : -1;
      if (looksRandom(groups[0].split(groups[1]), maxVowels)) spans.push({ kind: 'password', start, end: after });
    }
  }
  return spans;
}

/** Where the next word starts: after a blank, or right after a colon or an equals sign ("應用程式密碼：abcd …"). */
function nextWord(text: string, from: number, end: number): number {
  let index = from;
  while (index < end && !/\s/.test(text[index]) && !(index > from && /[:：=]/.test(text[index - 1]))) index++;
  while (index < end && /\s/.test(text[index])) index++;
  return index;
}

function looksRandom(groups: readonly string[], maxVowels: number): boolean {
  const vowels = groups.join('').match(/[aeiou]/g)?.length ?? 0;
  return vowels <= maxVowels && !groups.some((group) => FUNCTION_WORDS.has(group) || isAlphabetRun(group));
}

/** `abcd`, `mnop`, `xxxx`: letters that follow each other or repeat. */
function isAlphabetRun(group: string): boolean {
  const steps = [...group].slice(1).map((letter, index) => letter.charCodeAt(0) - group.charCodeAt(index));
  return steps.every((step) => step === 1) || steps.every((step) => step === 0);
}
