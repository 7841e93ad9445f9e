// Users and passwords on alternate lines, as vsftpd's virtual-user source file keeps them (`db_load -T -t hash
// -f virtual_users.txt`: odd lines user names, even lines passwords), and as people paste such lists. Two pairs at
// least, each a plain lower-case name and then one word that is a strong password (letters, digits, and both
// cases or a symbol), so that no list of names, ids or words reads as one.
import type { RedactionSpan } from './redaction';
import { caseSwitches, isStrongPassword } from './redaction-values';

const USER_LINE = /^[ \t]*[a-z][a-z0-9._-]{1,31}[ \t]*$/;
const WORD_LINE = /^[ \t]*(\S{6,64})[ \t]*$/;
const MIN_PAIRS = 2;

/** Spans of the password lines of user/password line pairs. */
export function findLinePairPasswords(text: string): RedactionSpan[] {
  if (!text.includes('\n')) return [];
  const spans: RedactionSpan[] = [];
  const lines = readLines(text);
  let run: RedactionSpan[] = [];
  const closeRun = () => {
    if (run.length >= MIN_PAIRS) spans.push(...run);
    run = [];
  };
  for (let index = 0; index + 1 < lines.length; ) {
    const user = lines[index];
    const password = lines[index + 1];
    const word = WORD_LINE.exec(password.text)?.[1];
    if (USER_LINE.test(user.text) && word !== undefined && isPasswordLine(word)) {
      const start = password.start + password.text.indexOf(word);
      run.push({ kind: 'password', start, end: start + word.length });
      index += 2;
    } else {
      closeRun();
      index += 1;
    }
  }
  closeRun();
  return spans;
}

function isPasswordLine(word: string): boolean {
  // Words and a number (`Web-Prod-01`, a host list) are names, unless their case switches like a generated value's.
  const wordsAndNumber = /^[A-Za-z]+(?:[-_.][A-Za-z]+)*[-_.]?\d+$/.test(word) && caseSwitches(word) < 4;
  return isStrongPassword(word) && !USER_LINE.test(word) && !wordsAndNumber;
}

function readLines(text: string): Array<{ start: number; text: string }> {
  const lines: Array<{ start: number; text: string }> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Only short lines can be a user or a password; longer ones are read as a break in the run, without copying them.
    lines.push({ start, text: end - start <= 80 ? text.slice(start, end).replace(/\r$/, '') : '' });
    start = end + 1;
  }
  return lines;
}
