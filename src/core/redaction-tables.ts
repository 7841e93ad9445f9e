// Secrets in tables, where a column header rather than a name beside the value says what a cell is:
// Markdown tables (`| host | user | 密码 |` over `|---|---|---|`, or without that separator), CSV exports (`host,login,password`), rows
// copied from a spreadsheet (tab-separated), HTML tables from a wiki's export,
// as people paste them into tickets. Each later row's cell in that column is judged as the header's field.
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyColumnName, classifyKey, type KeyClass } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { alignedCells, alignedRuns, asciidocCells, barePipeCells, type Cell, cellsUnderHeader, csvCells, htmlCells, markdownCells, tabCells, trimmed } from './redaction-table-cells';
import { caseSwitches, hasMixedClasses, isGeneratedToken, isStrongPassword, looksLikePassword, looksLikePasswordWithDigit } from './redaction-values';

// A Markdown header row and its separator row (org-mode crosses the rule with `+`: `|----+----|`).
const MARKDOWN_HEADER = /^[ \t]*\|(.{1,1000})\|[ \t]*\r?\n[ \t]*\|(?:[ \t]*:?-+:?[ \t]*[|+]){2,40}[ \t]*(?:\r?\n|$)/gm;
// The same header without its separator row (typed out, or OCR of a printed table): the first row of three cells
// or more, naming a secret column, followed by another row.
const PIPE_HEADER = /^(?<!\|[^\r\n]{0,1000}\r?\n)[ \t]*\|((?:[^|\r\n]{1,100}\|){2,20}[^|\r\n]{1,100})\|[ \t]*\r?\n(?=[ \t]*\|(?![ \t]*:?-+[ \t]*:?[ \t]*\|))/gm;
// Pipes without the outer ones (`序号 | 主机名 | IP | 账号 | 密码`, as OCR or a quick wiki edit writes a table): three
// cells or more, the next line a row of the same.
// (psql draws a rule under its header: `-----+-----`.) Two cells are enough when they name a setting and its value.
// An AsciiDoc table: `|===`, then its first row (`|Server |User |Password`, no bar after the last cell), then its rows. The
// first row is a header when the table's attributes say so (`[cols="2,2,3",options="header"]`, `[%header]`) or a blank line
// follows it.
const ASCIIDOC_HEADER = /^(\[[^\]\r\n]{0,200}\][ \t]*\r?\n)?\|===[ \t]*\r?\n\|((?:[^|\r\n]{1,100}\|){1,20}[^|\r\n]{1,100})\r?\n([ \t]*\r?\n)?/gm;
const BARE_PIPE_HEADER = /^(?![ \t]*\|)([^|\r\n]{1,100}(?:\|[^|\r\n]{1,400}){1,20})\r?\n(?:[ \t]*-{2,}(?:\+-{2,}){1,20}[ \t]*\r?\n)?(?=(?![ \t]*\|)[^\r\n]*\|)/gm;
// Headers of a settings table's name and value columns.
const NAME_HEADER = /^(?:(?:param|config|cfg|conf|setting|sys|option|attr)?_?(?:key|name)|k|property|setting|field|item|variable|配置项|配置名|设置项|参数|参数名|键|变量|变量名|项目|項目|항목|키)$/i;
// (Japanese writes 値 where Chinese writes 值.)
const VALUE_HEADER = /^(?:(?:param|config|cfg|conf|setting|sys|option|attr)?_?(?:value|val)|v|值|値|設定値|设置值|配置值|参数值|变量值|값)$/i;
// A CSV header: three or more plain names separated by commas, each maybe quoted (password managers'
// exports write `"url","username","password",…`).
// Names may hold a slash or brackets ("版本/系统", "IP (private)").
const CSV_NAME = '"?[A-Za-z_\\u4e00-\\u9fff][\\w ./()（）\\u4e00-\\u9fff-]{0,40}"?';
const CSV_HEADER = new RegExp(`^((?:${CSV_NAME},){2,40}${CSV_NAME})[ \\t]*\\r?\\n`, 'gm');
// Excel in much of Europe separates with semicolons (`Name;Type;Value`).
const SEMICOLON_CSV_HEADER = new RegExp(`^((?:${CSV_NAME};[ \\t]?){2,40}${CSV_NAME})[ \\t]*\\r?\\n`, 'gm');
// The same header written as a comment or in parentheses above the rows (`# users.csv (id,password,admin)`).
const COMMENTED_CSV_HEADER = /^[ \t]*(?:#|\/\/|--|;)[^\r\n(]{0,120}?\(?((?:[A-Za-z_][\w.-]{0,40},){2,40}[A-Za-z_][\w.-]{0,40})\)?[ \t]*\r?\n/gm;
// Columns aligned with tabs or runs of spaces under a header that may be a comment (pppd's chap-secrets:
// `# client   server   secret   IP addresses`, then `vpnuser  l2tpd  X  *`). Header cells may hold one space.
// (Or a word and a remark in brackets: a smart meters' key list, `GUEK (encryption)   GAK (authentication)   LLS password`; or two
// names in one cell, `密码/密钥`.)
const ALIGNED_HEADER =
  /^[ \t]*(?:#[ \t]*)?([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff/-]*(?: [A-Za-z\u4e00-\u9fff][\w.\u4e00-\u9fff/-]*| \([A-Za-z][A-Za-z ]{0,19}\))?(?:(?:\t|  +)[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff/-]*(?: [A-Za-z\u4e00-\u9fff][\w.\u4e00-\u9fff/-]*| \([A-Za-z][A-Za-z ]{0,19}\))?){2,20})[ \t]*\r?\n/gm;
// Cells separated by single tabs, as spreadsheets (Excel, WPS) copy them: a cell may hold spaces and slashes
// ("主機 / 端點"); three or more cells.
const TAB_HEADER = /^([^\t\r\n]{1,40}(?:\t[^\t\r\n]{0,40}){2,40})\r?\n/gm;
// An HTML table, as wiki pages export it (Confluence, 语雀): a header row of `<th>` cells (maybe inside `<thead>`), then
// one `<tr>` of `<td>` cells per line (`<tbody>` lines between are skipped). (Inline tags around a value, `<code>…</code>`,
// are blanked before the rules read the text.) Also a page's properties: rows of one `<th>` name and one `<td>` value.
const HTML_HEADER =
  /^[ \t]*(?:<(?!tr\b)[A-Za-z][^<>\r\n]{0,200}>[ \t]*){0,4}<tr\b[^<>\r\n]{0,200}>((?:[ \t]*<th\b[^<>\r\n]{0,200}>[^<\r\n]{0,100}<\/th>){2,40})[ \t]*<\/tr>(?:[ \t]*<\/?[A-Za-z][^<>\r\n]{0,200}>){0,3}[ \t]*\r?\n/gim;
const HTML_HEADER_CELL = /<th\b[^<>\r\n]{0,200}>([^<\r\n]{0,100})<\/th>/gi;
const HTML_NAMED_ROW = /<tr\b[^<>\r\n]{0,200}>[ \t]*<th\b[^<>\r\n]{0,200}>([^<\r\n]{1,100})<\/th>[ \t]*<td\b[^<>\r\n]{0,200}>([^<\r\n]{1,2048})<\/td>[ \t]*<\/tr>/dgi;
// A row without a header that pairs an e-mail address with its password (imapsync's and mail migrations'
// `user1,password1,user2,password2` lists): the cell after an address, when it looks like a password.
const ADDRESS_THEN_PASSWORD = /(?<=^|[,\t;])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}[,\t;]([^\s,;@"']{6,64})(?=[,\t;]|[ \t]*$)/gm;
// A SIM card vendor's output file: `var_out: ICCID/IMSI/PIN1/PUK1/KI/OPC`, then one card per line, its values
// separated by spaces. PUKs unlock a card; Ki, OPc and the OTA keys (KIc, KID, KIK) and ADM codes authenticate
// or administer it. PINs are left: the factory default printed on every card carrier.
const SIM_OUTPUT_HEADER = /^var_out:[ \t]*([A-Za-z][A-Za-z0-9_]*(?:\/[A-Za-z][A-Za-z0-9_]*){2,40})[ \t]*\r?\n/gm;
const SIM_SECRET_COLUMN = /^(?:(?<password>PUK\d?)|KI|OPC?|ADM\d?|KI[CDK]\d?)$/i;
const MAX_ROWS = 200;

/** Spans of secret cells in Markdown and CSV tables. */
export function findTableSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  // A header inside rows already read is a row of that table, not a new one (so each line is read once).
  let readUntil = 0;
  for (const match of text.matchAll(MARKDOWN_HEADER)) {
    const headers = match[1].split('|');
    const columns = match.index < readUntil ? undefined : secretColumns(headers);
    // A table headed by a name and a value with notes beside (`| 項目 | 値 | メモ |`, `| Key | Value | Description |`: "Key" names
    // the row) is a list of names and values, and so may be a table of two columns (`| AK | … |`, `| 控制台密码 | … |`).
    const nameAndValue = columns && headers.length > 2 ? nameValueColumns(headers) : undefined;
    // (Unless another column names a secret itself: `| Name | Value | Password |`.)
    const named = nameAndValue && ![...(columns?.keys() ?? [])].some((index) => index !== nameAndValue[0]) ? nameAndValue : undefined;
    if (named) readUntil = readNamedRows(text, match.index + match[0].length, spans, profile, markdownCells, named);
    else if (columns && columns.size > 0) readUntil = readRows(text, match.index + match[0].length, columns, markdownCells, spans, profile);
    else if (columns && headers.length === 2) readUntil = readNamedRows(text, match.index + match[0].length, spans, profile);
  }
  readUntil = 0;
  for (const match of text.matchAll(PIPE_HEADER)) {
    const columns = match.index < readUntil ? undefined : secretColumns(match[1].split('|'));
    if (columns && columns.size > 0) readUntil = readRows(text, match.index + match[0].length, columns, markdownCells, spans, profile);
  }
  for (const match of text.includes('|===') ? text.matchAll(ASCIIDOC_HEADER) : []) {
    if (!/options="?[\w,]*header|%header/.test(match[1] ?? '') && match[3] === undefined) continue;
    const headers = match[2].split('|');
    const columns = secretColumns(headers);
    if (columns.size > 0) readRows(text, match.index + match[0].length, columns, (line) => asciidocCells(line, headers.length), spans, profile);
  }
  readUntil = 0;
  for (const match of text.matchAll(BARE_PIPE_HEADER)) {
    const headers = match[1].split('|');
    // A header holds names; a row with a generated or password-like value (`auth_ldap | bind_pw | X+gav7…` in psql's
    // output) is data.
    // (A row already redacted, `… | [REDACTED:password]`, is data as well.)
    if (match.index < readUntil || headers.some((header) => isGeneratedToken(header.trim()) || looksLikePasswordWithDigit(header.trim()) || header.includes('[REDACTED'))) continue;
    const cellsOf = (line: string): Cell[] | undefined => barePipeCells(line, headers.length);
    const named = nameValueColumns(headers);
    const columns = headers.length > 2 ? secretColumns(headers) : undefined;
    if (named) readUntil = readNamedRows(text, match.index + match[0].length, spans, profile, cellsOf, named);
    else if (columns && columns.size > 0) readUntil = readRows(text, match.index + match[0].length, columns, cellsOf, spans, profile);
  }
  readUntil = 0;
  for (const [header, delimiter] of [
    [CSV_HEADER, ','],
    [SEMICOLON_CSV_HEADER, ';'],
  ] as const) {
    readUntil = 0;
    for (const match of text.matchAll(header)) {
      const headers = match[1].split(delimiter);
      if (match.index < readUntil) continue;
      const cellsOf = (line: string): Cell[] | undefined => csvCells(line, headers.length, delimiter);
      // An export of settings or a robot's assets (`Name,Type,Value,Description`): each value judged by its row's name.
      const named = nameValueColumns(headers.map((name) => name.replace(/^"|"$/g, '')));
      const columns = secretColumns(headers);
      if (named) readUntil = readNamedRows(text, match.index + match[0].length, spans, profile, cellsOf, named, { quotedLineBreaks: true });
      else if (columns.size > 0) readUntil = readRows(text, match.index + match[0].length, columns, cellsOf, spans, profile, { quotedLineBreaks: true });
    }
  }
  readUntil = 0;
  for (const match of text.matchAll(COMMENTED_CSV_HEADER)) {
    const headers = match[1].split(',');
    const columns = match.index < readUntil ? undefined : secretColumns(headers);
    if (columns && columns.size > 0) readUntil = readRows(text, match.index + match[0].length, columns, (line) => csvCells(line, headers.length), spans, profile);
  }
  readUntil = 0;
  for (const match of text.matchAll(TAB_HEADER)) {
    const headers = match[1].split('\t');
    const columns = match.index < readUntil ? undefined : secretColumns(headers);
    if (columns && columns.size > 0) readUntil = readRows(text, match.index + match[0].length, columns, tabCells, spans, profile);
  }
  readUntil = 0;
  for (const match of text.matchAll(ALIGNED_HEADER)) {
    // (A sheet's header copied with tabs and two names in a cell, `密码/Secret`, is the tab rule's.)
    if (match[1].includes('\t') && match[1].includes('/')) continue;
    const headers = match[1].split(/\t+| {2,}/);
    // A header holds names; a line with a generated value (`ApiToken  REG_SZ  Lm3K…`) or a password whose case switches at
    // random (`SFTP-PASSWORD  PARMS  kBMjHPA6eyKi_8`, a job's parameter listing) is a row of values.
    if (headers.some((header) => isGeneratedToken(header.trim()) || /^REG_[A-Z_]+$/.test(header.trim()) || (caseSwitches(header) >= 4 && /\d/.test(header)))) continue;
    if (match.index < readUntil) continue;
    // (Where the header's cells start, for a row whose empty cells leave fewer runs than the header has.)
    const headerLine = text.slice(match.index, match.index + match[0].length).replace(/\r?\n$/, '');
    const headerColumns = alignedRuns(headerLine.replace(/^[ \t]*#/, (comment) => ' '.repeat(comment.length))).map((run) => run.column);
    const cellsOf = (line: string): Cell[] | undefined =>
      alignedCells(line, headers.length) ?? (headerColumns.length === headers.length && !headerLine.includes('\t') && !line.includes('\t') ? cellsUnderHeader(line, headerColumns) : undefined);
    // A console's list of variables (`Key  Value  Protected  Masked`): each value judged by its row's name.
    const named = nameValueColumns(headers);
    const columns = secretColumns(headers);
    if (named) readUntil = readNamedRows(text, match.index + match[0].length, spans, profile, cellsOf, named);
    else if (columns.size > 0) readUntil = readRows(text, match.index + match[0].length, columns, cellsOf, spans, profile);
  }
  readUntil = 0;
  for (const match of text.matchAll(HTML_HEADER)) {
    const headers = [...match[1].matchAll(HTML_HEADER_CELL)].map((cell) => cell[1]);
    const columns = match.index < readUntil ? undefined : secretColumns(headers);
    if (columns && columns.size > 0) readUntil = readRows(text, match.index + match[0].length, columns, htmlCells, spans, profile);
  }
  for (const match of text.matchAll(HTML_NAMED_ROW)) {
    const keyClass = secretColumns([match[1]]).get(0);
    const [start, end] = match.indices?.[2] ?? [0, 0];
    const cell = trimmed(text, start, end);
    if (keyClass && cell.end > cell.start) pushIfSecret(spans, keyClass, text, cell.start, cell.end, profile);
  }
  for (const match of text.matchAll(SIM_OUTPUT_HEADER)) {
    const headers = match[1].split('/');
    const columns = simSecretColumns(headers);
    if (columns.size > 0) readRows(text, match.index + match[0].length, columns, (line) => alignedCells(line, headers.length), spans, profile);
  }
  for (const match of text.matchAll(ADDRESS_THEN_PASSWORD)) {
    const value = match[1];
    // Not a name, a date, a number or a status.
    if (isStrongPassword(value)) {
      const start = match.index + match[0].length - value.length;
      spans.push({ kind: 'password', start, end: start + value.length });
    }
  }
  return spans;
}

/** The columns of a SIM output file that hold a card's secrets: PUKs as passwords, keys and ADM codes as secrets. */
function simSecretColumns(headers: readonly string[]): Map<number, KeyClass> {
  const columns = new Map<number, KeyClass>();
  for (const [index, header] of headers.entries()) {
    const match = SIM_SECRET_COLUMN.exec(header.trim());
    const keyClass = match && classifyKey(match.groups?.password ? 'PIN_UNBLOCK_PASSWORD' : 'CARD_SECRET_KEY');
    if (keyClass) columns.set(index, keyClass);
  }
  return columns;
}

const TYPED_SECRET_CLASS: KeyClass = { family: 'password', words: ['secret'], anyShape: true };

/** The columns whose header names a secret, with the class of field each one is. */
export function secretColumns(headers: readonly string[]): Map<number, KeyClass> {
  const columns = new Map<number, KeyClass>();
  // A row already redacted (`08:43<tab>淑芬<tab>帳號 lvye，密碼 [REDACTED:password]`, a chat's line) is data, not a header.
  if (headers.some((header) => header.includes('[REDACTED:'))) return columns;
  // A bastion host's account export (JumpServer: `…,密文类型,密文,…`, `secret_type,secret`): a column of each secret's
  // type names the column of the secrets themselves, which a lone "密文" (ciphertext) or "secret" would not.
  const typed = headers.findIndex((header) => /^(?:密文类型|secret[_ ]type)$/i.test(header.trim()));
  const typedSecret = typed < 0 ? -1 : headers.findIndex((header) => /^(?:密文|secret)$/i.test(header.trim()));
  if (typedSecret >= 0) columns.set(typedSecret, TYPED_SECRET_CLASS);
  for (const [index, header] of headers.entries()) {
    if (index === typedSecret) continue;
    // A header may name alternatives ("password / key", "密码/密钥"): the first that names a secret says what the column holds.
    for (const name of header.split(/[/／|]|\bor\b/).map((part) => part.trim())) {
      // A Chinese name ends in what it is ("控制台密码": a console password); classifyKey reads those too.
      const keyClass = classifyColumnName(name);
      if (!keyClass) continue;
      // Beside a "Value" column (Entra ID's client secrets), a "Secret ID" column holds the id the secret got, a UUID.
      const idBesideValue = keyClass.acceptsUuid && /[ \t]id$/i.test(name) && headers.some((other) => /^(?:secret[ \t]+)?value$/i.test(other.trim()));
      const besideSalt = keyClass.family === 'password' && headers.some((other) => /^salt$/i.test(other.trim()));
      columns.set(index, idBesideValue ? { ...keyClass, acceptsUuid: false } : besideSalt ? { ...keyClass, besideSalt } : keyClass);
      break;
    }
  }
  return columns;
}

/** Reads the rows after a header until a line that is not a row of the same table; returns where it stopped. */
function readRows(
  text: string,
  from: number,
  columns: ReadonlyMap<number, KeyClass>,
  cellsOf: (line: string) => Cell[] | undefined,
  spans: RedactionSpan[],
  profile: RedactionProfile,
  { quotedLineBreaks = false } = {},
): number {
  let lineStart = from;
  for (let row = 0; row < MAX_ROWS && lineStart < text.length; row += 1) {
    const read = readRow(text, lineStart, cellsOf, quotedLineBreaks);
    if (!read) return lineStart;
    const { line, cells, next } = read;
    for (const [index, keyClass] of columns) {
      const cell = cells[index];
      if (!cell || cell.end <= cell.start) continue;
      // A cell that names its own value (`AccessKey Secret：…`) is read as that field, by the other rules.
      // So does one that gives the name before a blank (`ProductSecret …`, `appId …`), as a line of a name and a value.
      const named = /^([A-Za-z][\w.-]{1,40}) \S+$/.exec(line.slice(cell.start, cell.end));
      if (/^[^:：\s][^:：]{0,30}[:：]/.test(line.slice(cell.start, cell.end)) || (named && classifyKey(named[1]))) continue;
      const value = withoutRemark(line, cell);
      if (keyClass.besideSalt && /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64})$/i.test(line.slice(value.start, value.end))) continue;
      pushIfSecret(spans, keyClass, text, lineStart + value.start, lineStart + value.end, profile);
    }
    lineStart = next;
  }
  return lineStart;
}

/**
 * The row at `lineStart`: its text, its cells and where the next row starts; undefined when the line is no row. A CSV cell
 * in quotes may hold line breaks (`quotedLineBreaks`): the row then runs to the line that closes the quote.
 */
function readRow(text: string, lineStart: number, cellsOf: (line: string) => Cell[] | undefined, quotedLineBreaks: boolean): { line: string; cells: Cell[]; next: number } | undefined {
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  let line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
  let cells = cellsOf(line);
  const closing = !cells && quotedLineBreaks ? closingLineOfQuote(text, line, lineEnd) : undefined;
  if (closing !== undefined) {
    lineEnd = Math.min(closing - 1, text.length);
    line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    cells = cellsOf(line);
  }
  return cells ? { line, cells, next: lineEnd + 1 } : undefined;
}

/** Where the line after the one closing an open quote of `line` starts (an odd count of quotes opens one), within 64 lines. */
function closingLineOfQuote(text: string, line: string, lineEnd: number): number | undefined {
  const quotes = (part: string) => part.split('"').length - 1;
  if (quotes(line) % 2 === 0) return undefined;
  let at = lineEnd + 1;
  for (let count = 0; count < 64 && at < text.length; count++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (quotes(text.slice(at, end)) % 2 === 1) return end + 1;
    at = end + 1;
  }
  return undefined;
}

/** A cell's value without a remark in brackets after it (`` `Xk9…` (chrooted) ``, `Xk9… (disable after handover)`). */
function withoutRemark(line: string, cell: Cell): Cell {
  // (Only a bracket opens a remark here: `AK… / SK…` is two values in one cell.)
  const content = line.slice(cell.start, cell.end);
  const remarked = /^(`?)([^\s`(（]+)\1(?:[ \t]+[(（]|（)/.exec(content);
  if (!remarked || !looksLikePassword(remarked[2])) return cell;
  // A remark that holds another password (`Xk9… (prev Pq7…)`) is part of what to hide.
  if (
    content
      .slice(remarked[0].length)
      .split(/[\s()（）,，]+/)
      .some((word) => looksLikePasswordWithDigit(word) && hasMixedClasses(word))
  )
    return cell;
  const start = cell.start + remarked[1].length;
  return { start, end: start + remarked[2].length };
}

/**
 * A table of settings (`key | value | comment` exported from Nacos or Apollo, psql's `name | value`): the columns of
 * the name and of the value, when the header has both.
 */
function nameValueColumns(headers: readonly string[]): [number, number] | undefined {
  const nameIndex = headers.findIndex((header) => NAME_HEADER.test(header.trim()));
  const valueIndex = headers.findIndex((header) => VALUE_HEADER.test(header.trim()));
  return nameIndex >= 0 && valueIndex >= 0 ? [nameIndex, valueIndex] : undefined;
}

/** Reads rows of a name and a value (Markdown's two columns by default), judging each value by its row's name; returns where it stopped. */
function readNamedRows(
  text: string,
  from: number,
  spans: RedactionSpan[],
  profile: RedactionProfile,
  cellsOf: (line: string) => Cell[] | undefined = (line) => (markdownCells(line)?.length === 2 ? markdownCells(line) : undefined),
  [nameIndex, valueIndex]: readonly [number, number] = [0, 1],
  { quotedLineBreaks = false } = {},
): number {
  let lineStart = from;
  for (let row = 0; row < MAX_ROWS && lineStart < text.length; row += 1) {
    const read = readRow(text, lineStart, cellsOf, quotedLineBreaks);
    if (!read) return lineStart;
    const name = read.cells[nameIndex];
    const value = read.cells[valueIndex];
    if (!name || !value) return lineStart;
    // (A remark in Chinese in brackets after the name says which: "APIv2 密钥（老的退款接口还在用）"; one in English may say what
    // the value is instead, "Client secret (ID)".)
    const named = text
      .slice(lineStart + name.start, lineStart + name.end)
      .replace(/[ \t]*[(（](?=[^()（）\r\n]*[\u4e00-\u9fff])(?![^()（）\r\n]*(?:版本|编号|名称|哈希|ID))[^()（）\r\n]{1,40}[)）][ \t]*$/, '');
    const keyClass = secretColumns([named]).get(0);
    if (keyClass && value.end > value.start) pushIfSecret(spans, keyClass, text, lineStart + value.start, lineStart + value.end, profile);
    lineStart = read.next;
  }
  return lineStart;
}
