import { hasMixedClasses, looksLikePasswordWithDigit } from './redaction-values';

// Lines pasted with something in front that is not theirs: `grep` prints the file's name (and the line's
// number) before each hit, and a reply e-mail quotes earlier mail with `>`. The rules read such a line as if it
// started after that prefix: the prefix turns into spaces of the same length, so every span found in the
// result is where it is in the text.

// `/etc/redis/redis.conf:`, `conf/sentinel.conf:118:`, `./config/app.yml:`, `.env:` — an absolute path, or a
// relative one whose file has the extension of a configuration, script or text file; then a colon and the hit.
const GREP_PREFIX =
  /^(?:\/(?:[\w@.+-]+\/)*[\w@.+-]+|(?:\.{1,2}\/|~\/)?(?:[\w@.+-]+\/)*[\w@+-]*\.(?:conf|cfg|cnf|ini|properties|ya?ml|env|toml|json|xml|sh|bash|zsh|ps1|py|rb|php|js|ts|go|java|kt|cs|txt|config|tf|tfvars|hcl|sql|pgpass|netrc|htpasswd|service|plist|pillar|j2|tpl))(?::\d{1,7})?:(?=[ \t]{0,16}[^\s:/\\])/gm;
// `> `, `>> `, `> > ` (a quote inside a quote).
const QUOTE_PREFIX = /^(?:>[ \t]*)+(?=\S)/gm;

// Terminal colours: the escape itself, or its spelling in JSON and source (a notebook's output cell holds
// `\u001b[38;5;124m`), then a Select Graphic Rendition code or an erase to the line's end (`grep --color=always` writes `\e[01;31m\e[K`). Between a
// name and its value they hide both.
const TERMINAL_COLOUR = /(?:\x1b|\\u001[bB]|\\x1[bB]|\\033|\\e)\[[0-9;]{0,20}[mK]/g;

// A remark in parentheses between a name and its colon (`API token (用来查状态): …`, `个人访问令牌 (Codeup PAT)：…`):
// it is no part of the name, and it keeps the name from its value. A remark is words: it holds a space or Chinese
// (a password in brackets before a colon, `root password (Kq8#…): changed`, stays readable).
const REMARK_BEFORE_COLON = /(?<=[\w\u4e00-\u9fff][ \t]?)[(（](?=[^()（）\r\n]*[ \t\u4e00-\u9fff])[^()（）\r\n:：]{1,60}[)）](?=[ \t]*[:：][ \t]*\S)/g;

// A unified diff (`git diff`, a pull request's patch): each line of a hunk starts with `+`, `-` or a space, which is no
// part of the file's line (`+    value: "…"` under `+  - name: QDRANT_API_KEY`). Only the lines a hunk header counts
// are read so (a PEM key's `-----BEGIN` pasted after the patch keeps its dashes).
const DIFF_HUNK = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/gm;

// A process's arguments or environment as `cat -v` and `less` show /proc/PID/cmdline and environ: NUL bytes as `^@`
// (`sshpass^@-p^@…^@ssh`), or the NUL itself. Each is a separator, like a blank — on a line with two or more (a lone
// `^@` may be part of a value). Python prints the bytes it read as `\x00` (`b'PATH=…\x00KAFKA_SASL_PASSWORD=…\x00'`).
const NUL_SEPARATED_LINE = /^[^\r\n]*(?:(?:\^@|\0|(?<!\\)\\x00)[^\r\n]*){2,}$/gm;
const NUL_SEPARATOR = /\^@|\0|(?<!\\)\\x00/g;

// A byte-order mark that starts a pasted file (an Excel CSV export's first line, `\ufeff序号,…,密码`): the line
// starts after it. It becomes a line break, so a header the mark stood before is read as the first line it is.
const BYTE_ORDER_MARK = /^\ufeff/gm;

// Inline formatting around a value in HTML (a wiki page's `预共享密钥：<strong>…</strong>`, `<code>…</code>` in a table
// cell, `Password: <a href="#">…</a>`): the tags are no part of the value and keep it from its name. An opening tag goes
// only where a value starts (after a colon or `=`, or as a cell's content), so prose that formats two words apart
// (`use <code>--password</code> <code>PASS_ENV</code>`) does not become a name and its value. Block tags (`<p>`, `<td>`) stay.
// (Confluence's storage format wraps every cell's content in a paragraph, `<td><p><code>…</code></p></td>`: a paragraph that
// opens a cell and one that closes it are blanked as well.)
const INLINE_OPENING_TAG =
  /<(?<=(?:[:：=]|<t[dh]\b[^<>\r\n]{0,200}>)(?:[ \t]{0,4}<(?:p|strong|b|em|i|u|code|kbd|samp|tt|mark|span|font|a)(?:[ \t][^<>\r\n]{0,200})?>){0,3}[ \t]{0,4}<)(?:strong|b|em|i|u|code|kbd|samp|tt|mark|span|font|a)(?:[ \t][^<>\r\n]{0,200})?>|<(?<=<t[dh]\b[^<>\r\n]{0,200}>[ \t]{0,4}<)p(?:[ \t][^<>\r\n]{0,200})?>/gi;
const INLINE_CLOSING_TAG = /<\/(?:strong|b|em|i|u|code|kbd|samp|tt|mark|span|font|a)>|<\/p>(?=[ \t]{0,4}<\/t[dh]>)/gi;

// XML shown inside HTML (a wiki page quoting a settings file: `&lt;password&gt;…&lt;/password&gt;`): the escaped
// brackets are read as brackets (`<password      >`, padded inside the tag), so the value between the tags keeps its offsets.
const ESCAPED_TAG = /&lt;(\/?[A-Za-z][\w:.-]{0,60})&gt;/g;

// Leader dots between a label and its value, as a device's settings page or `ipconfig /all` prints them (`密碼 ...... X`,
// `Password . . . . . : X`, a Japanese sheet's `パスワード・・・・X` or `……`): read as a colon. Three dots or more after the
// label's blank, four or more (or three and a colon) glued to its last character, and a value on the same line after a
// blank (an ellipsis ending a line, or a sentence's "Refreshing state... [id=none]", has no label before it). The label
// starts its line (after a log's time or a bracketed prefix) and holds no colon or `=` (dots after a value, `Password:
// Ab3d.... (masked)`, are the value's); a status after the dots is a test's or a check's result (`Password ..... PASS
// (98ms)`, `Rotating secret .... Completed in 3s`), not a value.
const LEADER_DOTS =
  /(?<=^[ \t]{0,16}(?:\[[^\]\r\n]{1,40}\][ \t]{0,4}|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}[\d.,:+Z]{0,12}[ \t]{1,4})?[^\s:：=][^:：=\r\n]{0,60}?[^\s.:…・．])(?:[ \t]+\.(?:[ \t]?\.){2,}[ \t]*:?|\.(?:[ \t]?\.){3,}[ \t]*:?|\.\.\.[ \t]*:|[ \t]*(?:…{2,}|・{3,}|．{3,})[ \t]*[:：]?)(?=[ \t]+(?!(?:pass(?:ed)?|fail(?:ed|ure)?|ok|skip(?:ped)?|error|done|n\/a|none|not ?set\d*|present\d*|enabled|disabled|yes|no|on|off|wpa\d?-\w+|completed?|accepted|rejected|denied|success(?:ful)?|succeeded|valid|invalid|expired|found|missing|unknown|required|optional|changed|updated|unchanged)(?=[ \t(]|$))[^\s.:])/gim;

// A commented-out YAML line (`#     - name: SMS_APP_SECRET`, `#       value: …` in a manifest's disabled block; also `##` and
// `//`): read as the
// line it was, so a name and its value on two such lines still pair. A block keeps its indentation after the `#`, or
// starts an item; one blank and a word is as often a remark (`# manager: /var/ossec/etc/authd.pass` before the file's line).
const COMMENTED_YAML_KEY = /^([ \t]*)(?:#{1,2}|\/\/)(?=(?:[ \t]{2,}|[ \t]+-[ \t]+)[A-Za-z_][\w.-]{0,60}:(?:[ \t]|$))/gm;

// A label in Markdown's bold (`**Password:** X`, `- **Hasło**: X`, `**密码：** X`): the asterisks keep the label from its
// value; they are blanked, the label stays.
const BOLD_LABEL = /\*\*([^*\r\n]{1,60}?)\*\*(?=[ \t]*[:：])|\*\*([^*\r\n]{1,60}?[:：])\*\*/g;

// Office's XML (a `.docx`'s document.xml, an `.xlsx`'s sharedStrings.xml, a slide's `<a:t>`): the text is split into runs
// between tags (`<w:t>Password: </w:t></w:r><w:r><w:rPr>…</w:rPr><w:t>X</w:t>`). On a line with such runs Office's own tags are
// blanked, so the text reads as it does in the document, and the end of a paragraph, a table's cell or row, or a shared
// string becomes a line break (a heading "Password" is no label of the next paragraph). A tag holding a link or a credential's
// name in an attribute (`w:instr="HYPERLINK &quot;https://user:…@…"`, `w:tooltip="password=…"`) stays for the rules to read,
// and so does any other XML on the line.
const OFFICE_TEXT_LINE = /^[^\r\n]*<(?:w|a):t\b[^\r\n]*$|^[^\r\n]*<si><(?:t|r)\b[^\r\n]*$/gm;
const OFFICE_TAG = /<\/?(?:[wa]:\w+|si|t|r|rPr|sz|color|rFont|family|scheme|b|i|u|strike|vertAlign|charset|rPh|phoneticPr)(?=[\s/>])[^<>\r\n]{0,400}>/g;
const OFFICE_BLOCK_END = /^<\/(?:w:p|w:tc|w:tr|a:p|si)>$/;
const ATTRIBUTE_TO_READ = /:\/\/|(?:pass|secret|token|key)\w*=/i;

// ArcSight's Common Event Format escapes `=` inside a value (`request=…?access_token\=…`, `cs1=username\=admin&password\=…`):
// on a CEF line, `\=` is read as `=` and a blank, so the name and its value are apart as in any query string.
export const CEF_LINE = /^[^\r\n]*\bCEF:\d\|[^\r\n]*$/gm;

const LINK_WITH_LOGIN = /:\/\/[^\s"'/@<>]{1,256}@/;

// Jira's and Confluence wiki's monospace, `{{X}}` (`AccessKey Secret: {{X}}`, a table cell's `|{{X}}|`): the braces are no part
// of the value. Only around a word no template names a slot with (`{{db_pass}}`, `{{password1}}`, `{{item.token1}}`,
// `{{ secret }}` stay slots): both cases and a digit, a symbol, or digits between letters twice (`ut5wh0v0y`).
const JIRA_MONOSPACE = /\{\{(?=[A-Za-z0-9][^\s{}]{0,255}\}\})(?=[^\s{}]*\d)([^\s{}]{1,256})\}\}/g;
// reStructuredText's inline literal (`` ``X`` ``, Sphinx docs put passwords in it): its backticks read as blanks when the word holds a digit.
const RST_LITERAL = /``(?=[^\s`]{0,255}\d)([^\s`]{1,256})``/g;
const looksGenerated = (word: string): boolean => hasMixedClasses(word) || /[^\w.]/.test(word) || (word.match(/[A-Za-z]\d+(?=[A-Za-z])/g) ?? []).length >= 2;

/** Blanks for one of Office's tags, a line break for the end of a block; a tag with something to read stays. */
function officeTagBlank(tag: string): string {
  if (ATTRIBUTE_TO_READ.test(tag)) return tag;
  return OFFICE_BLOCK_END.test(tag) ? `\n${' '.repeat(tag.length - 1)}` : ' '.repeat(tag.length);
}

/** Whether a remark holds a password itself (`(user ops, password Xk9…, host …)`): then it is no remark to blank. */
function holdsPassword(remark: string): boolean {
  return remark.split(/[\s,，;；()（）]+/).some((word) => looksLikePasswordWithDigit(word));
}

/** The text with the character at each of `positions` (ascending) turned into a blank. */
function blankedAt(text: string, positions: readonly number[]): string {
  if (positions.length === 0) return text;
  const parts: string[] = [];
  let copied = 0;
  for (const at of positions) {
    parts.push(text.slice(copied, at), ' ');
    copied = at + 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** The text with the `+`/`-` that start the lines of each diff hunk blanked, as many lines as its header counts. */
function withoutDiffMarks(text: string): string {
  const marks: number[] = [];
  for (const hunk of text.matchAll(DIFF_HUNK)) {
    let oldLines = Number(hunk[1] ?? 1);
    let newLines = Number(hunk[2] ?? 1);
    let lineStart = text.indexOf('\n', hunk.index) + 1;
    while (lineStart > 0 && lineStart < text.length) {
      const mark = text[lineStart];
      const counted = oldLines > 0 || newLines > 0;
      // A PEM armour line is no removed line (a removed one would start with six dashes): the hunk ended before it.
      if (mark === '-' && /^-{5}(?:BEGIN|END) /.test(text.slice(lineStart, lineStart + 11))) break;
      // An empty line inside the count is a context line whose blank a paste trimmed; past it, the hunk ended. Lines
      // marked `+`/`-` past an undercounted header are still the patch's.
      if ((mark === '\n' || mark === '\r' || mark === ' ') && !counted) break;
      if (mark !== '-' && mark !== '+' && mark !== ' ' && mark !== '\\' && mark !== '\n' && mark !== '\r') break;
      if (mark === '-' || mark === ' ' || mark === '\n' || mark === '\r') oldLines -= 1;
      if (mark === '+' || mark === ' ' || mark === '\n' || mark === '\r') newLines -= 1;
      if (mark === '-' || mark === '+') marks.push(lineStart);
      lineStart = text.indexOf('\n', lineStart) + 1;
    }
  }
  return blankedAt(text, marks);
}

// `helm diff upgrade` prints each changed object after a header (`ns, name, Deployment (apps) has changed:`, `… has been added:`)
// and marks its lines `+` or `-` like a unified diff, without hunk headers.
const HELM_DIFF_HEADER = /^[\w.-]+, [\w.-]+, \w+ \([\w./-]*\) has (?:changed|been added|been removed):[ \t]*$/gm;

/** The text with the `+`/`-` that start the lines under each of helm-diff's headers blanked, to the first line without a mark. */
function withoutHelmDiffMarks(text: string): string {
  const marks: number[] = [];
  for (const header of text.matchAll(HELM_DIFF_HEADER)) {
    let lineStart = text.indexOf('\n', header.index) + 1;
    // (A header inside lines already read is one of them.)
    while (lineStart > 0 && lineStart > (marks[marks.length - 1] ?? -1) && lineStart < text.length && /[-+ ]/.test(text[lineStart])) {
      if (text[lineStart] !== ' ') marks.push(lineStart);
      lineStart = text.indexOf('\n', lineStart) + 1;
    }
  }
  return blankedAt(text, marks);
}

/**
 * The text with grep and e-mail quote prefixes, diff line marks (a patch's and helm-diff's), NUL separators, terminal colour codes, remarks before
 * a colon, inline HTML tags, a leading byte-order mark, the `#` of commented-out YAML and the bold around a label blanked,
 * leader dots read as a colon, and escaped XML brackets read as brackets (same
 * length, so offsets hold).
 */
export function withoutLinePrefixes(text: string): string {
  const blank = (prefix: string) => ' '.repeat(prefix.length);
  const unbommed = text.includes('\ufeff') ? text.replace(BYTE_ORDER_MARK, '\n') : text;
  const unhunked = unbommed.includes('@@ -') ? withoutDiffMarks(unbommed) : unbommed;
  const undiffed = unhunked.includes(' has ') ? withoutHelmDiffMarks(unhunked) : unhunked;
  const unmarked = undiffed.includes('^@') || undiffed.includes('\0') || undiffed.includes('\\x00') ? undiffed.replace(NUL_SEPARATED_LINE, (line) => line.replace(NUL_SEPARATOR, blank)) : undiffed;
  // (A link's address with a login is text the rules read, `<a href="https://user:X@host/…">` after "job:", so such a tag stays.)
  const untagged = unmarked.includes('</') ? unmarked.replace(INLINE_OPENING_TAG, (tag) => (LINK_WITH_LOGIN.test(tag) ? tag : blank(tag))).replace(INLINE_CLOSING_TAG, blank) : unmarked;
  const unescaped = untagged.includes('&lt;') ? untagged.replace(ESCAPED_TAG, '<$1      >') : untagged;
  const uncoloured = unescaped.includes('[') ? unescaped.replace(TERMINAL_COLOUR, blank) : unescaped;
  const unremarked = /[)）]/.test(uncoloured) ? uncoloured.replace(REMARK_BEFORE_COLON, (remark) => (holdsPassword(remark) ? remark : blank(remark))) : uncoloured;
  const unbolded = unremarked.includes('**') ? unremarked.replace(BOLD_LABEL, (_bold, label: string | undefined, labelWithColon: string | undefined) => `  ${label ?? labelWithColon}  `) : unremarked;
  const uncommented = unbolded.includes('#') || unbolded.includes('//') ? unbolded.replace(COMMENTED_YAML_KEY, (marked, indent: string) => indent + blank(marked.slice(indent.length))) : unbolded;
  const unbraced = uncommented.includes('{{') ? uncommented.replace(JIRA_MONOSPACE, (braced, word: string) => (looksGenerated(word) ? `  ${word}  ` : braced)) : uncommented;
  const unliteral = unbraced.includes('``') ? unbraced.replace(RST_LITERAL, (_literal, word: string) => `  ${word}  `) : unbraced;
  const unoffice = unliteral.includes(':t') || unliteral.includes('<si>') ? unliteral.replace(OFFICE_TEXT_LINE, (line) => line.replace(OFFICE_TAG, officeTagBlank)) : unliteral;
  const unescapedCef = unoffice.includes('CEF:') ? unoffice.replace(CEF_LINE, (line) => line.replace(/\\=/g, '= ')) : unoffice;
  const unprefixed = unescapedCef.includes(':') || unescapedCef.includes('>') ? unescapedCef.replace(GREP_PREFIX, blank).replace(QUOTE_PREFIX, blank) : unescapedCef;
  // (After the prefixes: `config.txt:Password ....... X` is a label at its line's start once grep's prefix is blanked.)
  return /\.\.\.|\. \. |……|・・・|．．．/.test(unprefixed) ? unprefixed.replace(LEADER_DOTS, (dots) => `:${blank(dots.slice(1))}`) : unprefixed;
}
