// Tables drawn with box characters (a PDF or a terminal UI turned into text: `│ 帳號 │ 密碼 │` between `┌──┬──┐`
// rules; light, heavy, double and `rich`'s mixed lines) and MySQL's client tables (`| user | password |` between
// `+----+----+` rules), read as the Markdown tables the table rules know. A line that starts and ends with a bar or a
// junction (a row, or the rule under a header) gets `|` for each bar and junction and `-` for each line; the top and
// bottom rules stay as they are, with no bar, so rows start below one and end above the other, and a tree's `│   ├──`
// or a lone bar above a pipe table is left alone. One character stands for one, so a span found in the mapped text is
// the same span in the original.

const BOX_CHARACTER = /[│┃║]/;
const BOX_ROW = /^[ \t]*[│┃║├┣┠┝╟╞┡╠][^\r\n]*[│┃║┤┫┨┥╢╡┩╣][ \t]*$/gm;
const BAR_OR_JUNCTION = /[│┃║├┣┠┝╟╞┡╠┤┫┨┥╢╡┩╣┼╋╂┿╫╪╇╬]/g;
const HORIZONTAL = /[─━═]/g;
// A MySQL rule: `+-----+------+`, three crossings or more.
const MYSQL_RULE = /^[ \t]*\+(?:-{2,}\+){2,}[ \t]*$/gm;

/** The text with box-drawn and MySQL tables written as pipe tables (same length). */
export function asPipeTables(text: string): string {
  let mapped = text;
  if (BOX_CHARACTER.test(mapped)) mapped = mapped.replace(BOX_ROW, (row) => row.replace(BAR_OR_JUNCTION, '|').replace(HORIZONTAL, '-'));
  if (mapped.includes('+-')) mapped = mapped.replace(MYSQL_RULE, (rule) => rule.replace(/\+/g, '|'));
  return mapped;
}
