// A label and a value with nothing but the layout between them: the label on a line of its own and the
// value alone on the next line, as chat messages, OCR of a dialog and copied console pages write them
// ("Password:" then "Xk9#mQ2v…", "密钥：" then the key), YAML's block scalars (`token: |` then the value,
// indented), and rows of a two-column table pasted without its header (`| root password | … |`).
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyKey, type KeyFamily } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { hasMixedClasses, isPlausibleToken, looksLikeSecretWithoutSeparator } from './redaction-values';

// The label line: a name of up to three words (Latin or Chinese), a colon of either width (a Chinese label may
// stand alone, as a chat message: "密码"), maybe a block scalar's indicator; then the next line, holding one word and nothing else.
const LABEL_THEN_VALUE_LINE =
  /^[ \t]*(?:[-*#>][ \t]*)?["'`]?([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff-]*(?:[ \t][A-Za-z\u4e00-\u9fff][\w.\u4e00-\u9fff-]*){0,2})["'`]?[ \t]*(?:[:：](?:[ \t]*[|>][-+]?)?|(?<=[\u4e00-\u9fff]))[ \t]*\r?\n[ \t]*["'`]?([^\s"'`]{6,4096})["'`]?[ \t]*$/gm;

// A row whose last two cells are a name and one word: a Markdown row of two cells (a header, if any, is
// redaction-tables.ts's), and the same after up to two other cells, with or without the outer pipes (the MySQL
// client's `plugin | name | value` output, Moodle's `config_plugins`).
// (Each part starts with no blank, so a long run of blanks is read once.)
const TWO_CELL_ROW = /^[ \t]*(?:\|[ \t]*)?(?:[^|\s][^|\r\n]{0,59}\|[ \t]*){0,2}([A-Za-z_\u4e00-\u9fff][\w .\u4e00-\u9fff-]{0,59}?)[ \t]*\|[ \t]*`?([^\s|`]{6,4096})`?[ \t]*\|?[ \t]*$/gm;

/** Spans of values given on the line after their label, or beside it in a table row. */
export function findLabelLineSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const pattern of [LABEL_THEN_VALUE_LINE, TWO_CELL_ROW]) {
    for (const match of text.matchAll(pattern)) {
      const value = match[2];
      // The next line is a key of its own (`valueFrom:`), an item (`- name`) or a reference, not the value.
      if (/[:：]$|^[-*#]|^\$\{|^\{\{/.test(value)) continue;
      const keyClass = classifyKey(match[1]);
      if (!keyClass || !looksLikeSecret(keyClass.family, value)) continue;
      const start = match.index + match[0].lastIndexOf(value);
      pushIfSecret(spans, keyClass, text, start, start + value.length, profile);
    }
  }
  return spans;
}

/** Nothing but the layout says the word is the value, so it must look like a secret, not like a word. */
function looksLikeSecret(family: KeyFamily, value: string): boolean {
  // Random letters that happen to end in digits (`efrKTSDHvvgyQe93`) are no word and number either.
  return looksLikeSecretWithoutSeparator(value, family === 'password') || (value.length >= 16 && hasMixedClasses(value) && isPlausibleToken(value));
}
