// Two-factor backup codes ("2FA 备用码：12264018 84580239", "Recovery codes:" then one per line): each logs in once in place
// of the second factor, so each is a password. They follow their label on its line, or stand alone on the lines below it.
import type { RedactionSpan } from './redaction';

// (A heading without a colon counts when it ends its line: "Backup codes" over the codes.)
const LABEL = /(?:备用码|恢复码|救援码|备份码|backup[ \t]+codes?|recovery[ \t]+codes?|scratch[ \t]+codes?)(?:[^\r\n:：]{0,24}[:：][ \t]*|[ \t]*(?=\r?\n))/gi;
// One code: 6 to 12 letters and digits, maybe in two halves (`a1b2c-3d4e5`), with a digit; codes are separated by
// blanks, commas or 、.
const CODE = /(?<![\w-])(?=[A-Za-z-]{0,12}\d)[A-Za-z0-9]{3,6}-?[A-Za-z0-9]{3,6}(?![\w-])/y;
const SEPARATOR = /[ \t,，、;；]+/y;
// A line below the label: one code, or a few side by side, maybe printed in groups of four digits (Google's `1234 5678`).
// (Each code's letters are read greedily and must end at a blank, a dash or the line's end, so a line that is no codes
// fails after one try per code.)
const CODE_ON_LINE = '(?=[A-Za-z-]{0,12}\\d)[A-Za-z0-9]{3,12}(?:-[A-Za-z0-9]{3,6})?(?![\\w-])';
const CODE_LINE = new RegExp(`^[ \\t]*(?:[-*•][ \\t]+|\\d{1,2}[.)][ \\t]+)?(${CODE_ON_LINE}(?:[ \\t]+${CODE_ON_LINE}){0,7})[ \\t]*$`);
const MAX_LINES = 24;

/** Spans of backup codes after their label, on its line or one per line below it. */
export function findBackupCodes(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const label of text.matchAll(LABEL)) {
    let at = label.index + label[0].length;
    const codes: RedactionSpan[] = [];
    for (;;) {
      CODE.lastIndex = at;
      const code = CODE.exec(text);
      if (!code) break;
      codes.push({ kind: 'password', start: at, end: at + code[0].length });
      at += code[0].length;
      SEPARATOR.lastIndex = at;
      if (!SEPARATOR.exec(text)) break;
      at = SEPARATOR.lastIndex;
    }
    // The codes fill the rest of the line ("Recovery codes: SHA256 hashed" is prose).
    if (codes.length > 0 && /^[ \t]*(?:[(（][^\r\n]*)?(?:\r?\n|$)/.test(text.slice(at, at + 200))) spans.push(...codes);
    // The label ends its line: the codes are the lines below, up to the first that is not one. (Without a colon it is a heading
    // and starts its line too: "user lost backup codes" ends a sentence.)
    if (!/^[ \t]*(?:\r?\n|$)/.test(text.slice(label.index + label[0].length, label.index + label[0].length + 80))) continue;
    if (!/[:：]/.test(label[0]) && !/(?:^|\n)[ \t#*>-]*$/.test(text.slice(Math.max(0, label.index - 40), label.index))) continue;
    let lineStart = text.indexOf('\n', label.index) + 1;
    for (let line = 0; lineStart > 0 && line < MAX_LINES; line += 1) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      const code = CODE_LINE.exec(text.slice(lineStart, lineEnd).replace(/\r$/, ''));
      if (!code) break;
      const start = lineStart + code[0].indexOf(code[1]);
      spans.push({ kind: 'password', start, end: start + code[1].length });
      lineStart = lineEnd + 1;
    }
  }
  return spans;
}
