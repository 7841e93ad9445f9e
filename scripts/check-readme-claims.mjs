// Every README line is a claim: this check fails when a feature line of README.md does not name the test
// that shows it, or names a test that does not exist. It runs in `npm test` before the unit tests.
//
// The rule, precisely:
// - Feature sections are the introduction (the text before the first `## ` heading) and every `## ` section
//   with its `###` subsections, except the sections named in NOT_FEATURES below (how to build, run and test
//   the project, bench figures and design notes; their statements are checked by the bench and the tests
//   they describe, not by one test each).
// - In a feature section each claim unit needs at least one test reference. A claim unit is a paragraph
//   (consecutive non-blank lines), a list item (its `- `, `* ` or `1. ` line and the indented lines that
//   continue it) or a table body row. Headings, fenced code blocks and a table's header and delimiter rows
//   are not claims.
// - A test reference is an HTML comment `<!-- test: <file> "<title>" -->`; one comment may hold several,
//   separated by `;`, and a unit may hold several comments. <file> is a path from the repository root under
//   test/, and the file must hold an `it('<title>', …)` (or `it("…")`, `` it(`…`) ``) whose title is exactly
//   <title> as written in the source (a `"` inside the title is written `\"`). Skipped tests do not count.
// - A unit that only tells how to run something (it holds a command in backticks and claims nothing else)
//   may carry `<!-- how-to -->` instead of a test reference.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `## ` sections that are not product features: how to work on the project, measurements, design notes. */
export const NOT_FEATURES = ['Develop', 'Contributing', 'Tests', 'Performance', 'Design'];

const REFERENCE_COMMENT = /<!--\s*test:([\s\S]*?)-->/g;
const ONE_REFERENCE = /^\s*([\w./-]+)\s+"((?:\\.|[^"\\])*)"\s*$/;
const HOW_TO = /<!--\s*how-to\s*-->/;
const LIST_ITEM = /^(\s*)([-*]|\d+\.)\s+/;
const TABLE_ROW = /^\s*\|/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const FENCE = /^\s*(```|~~~)/;

/**
 * Splits the Markdown into claim units of feature sections: `{ section, line, text }`, `line` 1-based.
 * @param {string} markdown
 */
export function claimUnits(markdown) {
  const lines = markdown.split(/\r?\n/);
  const units = [];
  let section = '(introduction)';
  let inFence = false;
  let current;
  const close = () => {
    if (current) units.push(current);
    current = undefined;
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (FENCE.test(raw)) {
      close();
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (heading) {
      close();
      if (heading[1].length <= 2) section = heading[2].trim();
      return;
    }
    if (!raw.trim()) {
      close();
      return;
    }
    if (TABLE_ROW.test(raw)) {
      close();
      if (TABLE_DELIMITER.test(raw)) return;
      // The first row of a table is its header: the row right after it is the delimiter.
      if (TABLE_DELIMITER.test(lines[index + 1] ?? '')) return;
      units.push({ section, line, text: raw });
      return;
    }
    if (LIST_ITEM.test(raw)) {
      close();
      current = { section, line, text: raw };
      return;
    }
    if (current) current.text += `\n${raw}`;
    else current = { section, line, text: raw };
  });
  close();
  return units.filter((unit) => !NOT_FEATURES.includes(unit.section));
}

/**
 * The test references of one claim unit, in order: `{ file, title }`, or `{ malformed }` for text that
 * does not parse as a reference.
 * @param {string} text
 */
export function referencesIn(text) {
  const references = [];
  for (const comment of text.matchAll(REFERENCE_COMMENT)) {
    for (const part of splitReferences(comment[1])) {
      const parsed = ONE_REFERENCE.exec(part);
      if (parsed) references.push({ file: parsed[1], title: parsed[2].replace(/\\"/g, '"') });
      else references.push({ malformed: part.trim() });
    }
  }
  return references;
}

/** Splits `a "x; y"; b "z"` at the semicolons outside quotes. */
function splitReferences(body) {
  const parts = [];
  let quoted = false;
  let start = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '\\') index++;
    else if (char === '"') quoted = !quoted;
    else if (char === ';' && !quoted) {
      parts.push(body.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(body.slice(start));
  return parts.filter((part) => part.trim());
}

/**
 * The titles of the tests a test file declares (skipped ones left out), as written in the source with
 * escapes of the quote character undone.
 * @param {string} source
 */
export function testTitles(source) {
  const titles = new Set();
  for (const match of source.matchAll(/\bit(\.only)?\(\s*(['"`])((?:\\.|(?!\2)[^\\])*)\2/g)) {
    titles.add(match[3].replace(/\\(['"`\\])/g, '$1'));
  }
  return titles;
}

/**
 * Checks README text against the test files under `root`; returns one problem sentence per failure.
 * @param {string} markdown
 * @param {{ root: string, readmeName?: string }} options
 */
export function checkReadmeClaims(markdown, { root, readmeName = 'README.md' }) {
  const problems = [];
  const titlesByFile = new Map();
  const titlesOf = (file) => {
    if (!titlesByFile.has(file)) titlesByFile.set(file, testTitles(readFileSync(join(root, file), 'utf8')));
    return titlesByFile.get(file);
  };
  for (const unit of claimUnits(markdown)) {
    const where = `${readmeName}:${unit.line} (${unit.section})`;
    const references = referencesIn(unit.text);
    if (references.length === 0) {
      if (HOW_TO.test(unit.text) && /`[^`]+`/.test(unit.text)) continue;
      problems.push(`${where}: no test reference for "${preview(unit.text)}"`);
      continue;
    }
    for (const reference of references) {
      if ('malformed' in reference) {
        problems.push(`${where}: cannot read the test reference "${reference.malformed}" (write: <file> "<title>")`);
        continue;
      }
      const file = normalize(reference.file);
      if (!file.startsWith(`test${sep}`) || file.includes('..')) {
        problems.push(`${where}: ${reference.file} is not a file under test/`);
        continue;
      }
      if (!existsSync(join(root, file))) {
        problems.push(`${where}: ${reference.file} does not exist`);
        continue;
      }
      if (!titlesOf(file).has(reference.title)) problems.push(`${where}: ${reference.file} has no test titled "${reference.title}"`);
    }
  }
  return problems;
}

function preview(text) {
  const plain = text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 90 ? `${plain.slice(0, 89)}…` : plain;
}

const invokedDirectly = process.argv[1] && normalize(process.argv[1]) === normalize(fileURLToPath(import.meta.url));
if (invokedDirectly) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const problems = checkReadmeClaims(readFileSync(join(root, 'README.md'), 'utf8'), { root });
  if (problems.length > 0) {
    console.error(`README claims without a test (${problems.length}); see the rule at the top of scripts/check-readme-claims.mjs:`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log('README claims: every feature line names a test that exists.');
}
