// A lookbehind with an unbounded quantifier (`(?<!\bnet[ \t]+)`) is tried at every position the engine visits and
// reads back over a whole run of the characters it repeats: on a megabyte of blanks that is 10^12 steps. Whether V8
// visits every position depends on how it compiled the expression, so a timed test catches it only now and then
// (a whole unit-tier run stalled for minutes on the blanks of a megabyte of terminal colour codes, in
// `USER_SLASH_PASSWORD`). The rules' source is read as text instead: every lookbehind is bounded.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const CORE = path.join(__dirname, '../../../src/core');

/** Each lookbehind group in `source` (`(?<=…)`, `(?<!…)`), with its line. */
export function lookbehinds(source: string): { line: number; text: string }[] {
  const found: { line: number; text: string }[] = [];
  for (let start = source.indexOf('(?<'); start >= 0; start = source.indexOf('(?<', start + 1)) {
    if (source[start + 3] !== '=' && source[start + 3] !== '!') continue;
    let depth = 0;
    let inClass = false;
    let end = start;
    for (; end < source.length; end++) {
      const char = source[end];
      if (char === '\\') end++;
      else if (inClass) inClass = char !== ']';
      else if (char === '[') inClass = true;
      else if (char === '(') depth++;
      else if (char === ')' && --depth === 0) break;
    }
    found.push({ line: source.slice(0, start).split('\n').length, text: source.slice(start, end + 1) });
  }
  return found;
}

/** Whether a regular expression's part repeats without bound (`+`, `*`, `{n,}`), outside classes and escapes. */
export function unbounded(part: string): boolean {
  return /[+*]|\{\d+,\}/.test(part.replace(/\\./g, 'x').replace(/\[(?:\\.|[^\]\\])*\]/g, 'C'));
}

describe('redaction rules: lookbehinds are bounded', () => {
  it('tells a bounded lookbehind from an unbounded one', () => {
    const found = lookbehinds(String.raw`/(?<![\w+*])(?<!\bnet[ \t]+)(?<=a\s{1,8})(?<=(?:x|y)*)b/`);
    assert.deepEqual(
      found.map((group) => [group.text, unbounded(group.text)]),
      [
        [String.raw`(?<![\w+*])`, false],
        [String.raw`(?<!\bnet[ \t]+)`, true],
        [String.raw`(?<=a\s{1,8})`, false],
        [String.raw`(?<=(?:x|y)*)`, true],
      ],
    );
  });

  it('has no lookbehind that repeats without bound in any rule file', () => {
    const files = readdirSync(CORE).filter((name) => name.startsWith('redaction') && name.endsWith('.ts'));
    const offenders = files.flatMap((name) =>
      lookbehinds(readFileSync(path.join(CORE, name), 'utf8'))
        .filter((group) => unbounded(group.text))
        .map((group) => `${name}:${group.line} ${group.text}`),
    );
    assert.ok(files.length > 10, `only ${files.length} rule files found`);
    assert.deepEqual(offenders, []);
  });
});
