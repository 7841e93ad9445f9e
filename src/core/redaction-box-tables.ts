// Tables drawn with box characters (a PDF or a terminal UI turned into text: `│ 帳號 │ 密碼 │` between `┌──┬──┐`
// rules; light, heavy, double and `rich`'s mixed lines), MySQL's client tables and reStructuredText's grid tables
// (`| user | password |` between `+----+----+` rules) and Jira's (`||user||password||` over `|ops|X|`), read as the Markdown
// tables the table rules know. A line that starts and ends with a bar or a
// junction (a row, or the rule under a header) gets `|` for each bar and junction and `-` for each line; the top and
// bottom rules stay as they are, with no bar, so rows start below one and end above the other, and a tree's `│   ├──`
// or a lone bar above a pipe table is left alone. One character stands for one, so a span found in the mapped text is
// the same span in the original.

const BOX_CHARACTER = /[│┃║]/;
const BOX_ROW = /^[ \t]*[│┃║├┣┠┝╟╞┡╠][^\r\n]*[│┃║┤┫┨┥╢╡┩╣][ \t]*$/gm;
const BAR_OR_JUNCTION = /[│┃║├┣┠┝╟╞┡╠┤┫┨┥╢╡┩╣┼╋╂┿╫╪╇╬]/g;
const HORIZONTAL = /[─━═]/g;
// A MySQL rule, `+-----+------+`, three crossings or more; also reStructuredText's grid tables, whose rule under the header
// is drawn with `=` and whose rule under a row's part may start in a cell that spans rows (`|      +-----+-----+`).
const GRID_RULE = /^[ \t]*(?:\+|\|[ \t]+\+)(?:(?:-{2,}|={2,})\+){2,}[ \t]*$/gm;
// A Jira (or Confluence wiki) header row, `||Host||User||Password||`: each `||` becomes `| `, a Markdown header without a
// rule under it, over rows of `|a|b|c|`.
const JIRA_HEADER = /^[ \t]*\|\|(?:[^|\r\n]{1,100}\|\|){2,40}[ \t]*$/gm;

/** The text with box-drawn and MySQL tables written as pipe tables (same length). */
export function asPipeTables(text: string): string {
  let mapped = text;
  if (BOX_CHARACTER.test(mapped)) mapped = mapped.replace(BOX_ROW, (row) => row.replace(BAR_OR_JUNCTION, '|').replace(HORIZONTAL, '-'));
  if (mapped.includes('+-') || mapped.includes('+=')) mapped = mapped.replace(GRID_RULE, (rule) => rule.replace(/\+/g, '|').replace(/=/g, '-'));
  if (mapped.includes('||')) mapped = mapped.replace(JIRA_HEADER, (header) => header.replace(/\|\|/g, '| '));
  return mapped;
}
