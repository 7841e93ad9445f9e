// The patterns of a line, or a cell, that gives a secret's name and then its value with no sign between (redaction-directives.ts
// judges what they find).

// Any other line of a name and a value (keepalived `auth_pass …`, fluentd `aws_sec_key …`), and aligned `NAME    value` tables
// (PowerShell `Get-ChildItem Env:`, `printenv`-like dumps, a console's parameter list typed out with up to two columns before the
// name): the name must name a secret. nginx-like files end the line with a semicolon (`secure_link_secret …;`), which is not part
// of the value. A keyword may lead the name: OpenWrt's uci files (`option auth_secret '…'`), fish's `set -gx NAME value` and PX4's
// `param set NAME value`. (A value starts with no Chinese: "AppSecret 给你：…" hands it over in a sentence, the Chinese rules'; nor
// with `=` or `:`: `NAME   =value` is an assignment padded before its sign, the assignment rules'.)
// A cell of a row split by tabs is such a line too (`…\tAppSecret X\t韩雪\t…`), read from right after its tab (a run of tabs once),
// and so is one of a row aligned with spaces, from right after its run of two (`…   ProductSecret X    黄工`), a Chinese clause
// ("HashKey X，HashIV Y（…") or a slash between pairs ("appKey X / appSecret Y"); the value ends at the next cell or at a Chinese clause's mark ("appSecret X，设备…").
const nameAndValue = (blank: string) =>
  String.raw`(option[ \t]+|(?:nsh>[ \t]+)?param[ \t]+set(?:-default)?[ \t]+|set[ \t]+(?:--?[A-Za-z][\w-]{0,11}[ \t]+){0,3})?([A-Za-z][\w.-]{1,127})${blank}("[^"\r\n]*"|'[^'\r\n]*'|[^\s"'=:\u3000-\u9fff\uff00-\uffef]\S{0,8191}?)`;
export const NAME_VALUE_LINE = new RegExp(String.raw`(?:^[ \t]*|(?<=\t))(?:[^\s|]{1,40}[ \t]{2,}){0,2}${nameAndValue(String.raw`[ \t]+`)}(?:[ \t]*(?:;[ \t]*)?$|(?=\t|[ \t]*[，。；（]))`, 'dgm');
export const NAME_VALUE_CELL = new RegExp(String.raw`(?=[A-Za-z])(?<= {2}|[，；、]| \/ )${nameAndValue(' {1,3}')}(?= {2}|\t|[ \t]*(?:;[ \t]*)?\r?$|[，。；（])`, 'dgm');
