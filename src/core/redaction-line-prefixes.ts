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
// `\u001b[38;5;124m`), then a Select Graphic Rendition code. Between a name and its value they hide both.
const TERMINAL_COLOUR = /(?:\x1b|\\u001[bB]|\\x1[bB]|\\033|\\e)\[[0-9;]{0,20}m/g;

// A remark in parentheses between a name and its colon (`API token (用来查状态): …`, `个人访问令牌 (Codeup PAT)：…`):
// it is no part of the name, and it keeps the name from its value. A remark is words: it holds a space or Chinese
// (a password in brackets before a colon, `root password (Kq8#…): changed`, stays readable).
const REMARK_BEFORE_COLON = /(?<=[\w\u4e00-\u9fff][ \t]?)[(（](?=[^()（）\r\n]*[ \t\u4e00-\u9fff])[^()（）\r\n:：]{1,40}[)）](?=[ \t]*[:：][ \t]*\S)/g;

/**
 * The text with grep and e-mail quote prefixes, terminal colour codes and remarks before a colon blanked (same
 * length, so offsets hold).
 */
export function withoutLinePrefixes(text: string): string {
  const blank = (prefix: string) => ' '.repeat(prefix.length);
  const uncoloured = text.includes('[') ? text.replace(TERMINAL_COLOUR, blank) : text;
  const unremarked = /[)）]/.test(uncoloured) ? uncoloured.replace(REMARK_BEFORE_COLON, blank) : uncoloured;
  if (!unremarked.includes(':') && !unremarked.includes('>')) return unremarked;
  return unremarked.replace(GREP_PREFIX, blank).replace(QUOTE_PREFIX, blank);
}
