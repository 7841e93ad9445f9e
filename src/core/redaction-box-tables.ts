// Tables drawn with box characters (a PDF or a terminal UI turned into text: `│ 帳號 │ 密碼 │` between `┌──┬──┐`
// rules) and MySQL's client tables (`| user | password |` between `+----+----+` rules), read as the Markdown tables the
// table rules know: every vertical bar and every crossing becomes `|`, every rule line `|----|----|`; a box's bottom
// rule keeps its corners (`└----┴----┘`, no bar), so the rows end there. One character stands for one, so a span found
// in the mapped text is the same span in the original.

const BOX_CHARACTER = /[│┃║┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╞╡╪╒╕╘╛╤╧─━═]/;
const VERTICAL_OR_CROSSING = /[│┃║┌┐├┤┬┼╔╗╠╣╦╬╞╡╪╒╕╤]/g;
const HORIZONTAL = /[─━═]/g;
// A MySQL rule: `+-----+------+`, three crossings or more.
const MYSQL_RULE = /^[ \t]*\+(?:-{2,}\+){2,}[ \t]*$/gm;

/** The text with box-drawn and MySQL tables written as pipe tables (same length). */
export function asPipeTables(text: string): string {
  let mapped = text;
  if (BOX_CHARACTER.test(mapped)) mapped = mapped.replace(VERTICAL_OR_CROSSING, '|').replace(HORIZONTAL, '-');
  if (mapped.includes('+-')) mapped = mapped.replace(MYSQL_RULE, (rule) => rule.replace(/\+/g, '|'));
  return mapped;
}
