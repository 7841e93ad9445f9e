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

/** The text with grep and e-mail quote prefixes blanked (same length, so offsets hold). */
export function withoutLinePrefixes(text: string): string {
  if (!text.includes(':') && !text.includes('>')) return text;
  const blank = (prefix: string) => ' '.repeat(prefix.length);
  return text.replace(GREP_PREFIX, blank).replace(QUOTE_PREFIX, blank);
}
