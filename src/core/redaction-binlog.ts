// A MySQL binary log decoded by `mysqlbinlog -v` (an RDS point-in-time restore's ticket quotes it): each changed row is a block of
// `###   @N=value /* TYPE … */` lines, one per column, and the columns have numbers, not names. A secret is then known by what is
// beside it: the setting's name in the column before (a key/value table: `@1='gateway.password'` then `@2='…'`), an access key id
// or a WeChat app id before (`@3='LTAI…'` then `@4='…'`, `@3='wx…'` then its app secret), or its own generated look (upper and
// lower case and digits at random).
import type { RedactionSpan } from './redaction';
import { pushIfSecret } from './redaction-assignments';
import { classifyKey } from './redaction-keys';
import type { RedactionProfile } from './redaction-profile';
import { hasMixedClasses, isGeneratedToken } from './redaction-values';

// One column of a decoded row: its number and its value, a quoted string (`''` and `\'` escape a quote) or a bare one (3, NULL).
const ROW_COLUMN = /^###[ \t]+@(\d{1,4})=(?:'((?:[^'\\\r\n]|\\.|''){0,4096})'|[^\s'][^\s]{0,63})[ \t]*(?:\/\*[^\r\n]{0,200}\*\/[ \t]*)?\r?$/dgm;
// A setting's name, as a key/value table holds it (`nurse_call.gateway_password`, `oss.accessKeySecret`).
const SETTING_NAME = /^[A-Za-z_][\w.:-]{1,63}$/;
// An id, the class of the secret that goes with it, and that secret's shape (a reference such as `kms:…/app-secret` is none).
const PAIRED_IDS = [
  { id: /^LTAI[A-Za-z0-9]{12,30}$/, keyClass: classifyKey('AccessKeySecret'), secret: /^[A-Za-z0-9]{30}$/ },
  { id: /^wx[0-9a-f]{16}$/, keyClass: classifyKey('AppSecret'), secret: /^[0-9a-f]{32}$/ },
];
const MIN_GENERATED_LENGTH = 20;

/** Spans of secrets in the rows mysqlbinlog decoded. */
export function findBinlogRowSecrets(text: string, profile: RedactionProfile): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (!text.includes('###')) return spans;
  let previous: { number: number; value: string | undefined; end: number } | undefined;
  for (const column of text.matchAll(ROW_COLUMN)) {
    const number = Number(column[1]);
    const value = column[2];
    // (The column before is this row's only when it is the line just above and numbered one less.)
    const before = previous && previous.number === number - 1 && previous.end + 2 >= column.index ? previous.value : undefined;
    previous = { number, value, end: column.index + column[0].length };
    if (value === undefined || value.length === 0) continue;
    const [start, end] = column.indices?.[2] ?? [0, 0];
    const named = before !== undefined && SETTING_NAME.test(before) ? classifyKey(before) : undefined;
    const keyClass = named ?? (before === undefined ? undefined : PAIRED_IDS.find((pair) => pair.id.test(before) && pair.secret.test(value))?.keyClass);
    if (keyClass) pushIfSecret(spans, keyClass, text, start, end, profile);
    else if (value.length >= MIN_GENERATED_LENGTH && isGeneratedToken(value) && hasMixedClasses(value)) spans.push({ kind: 'secret', start, end });
  }
  return spans;
}
