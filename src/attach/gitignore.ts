// .gitignore matching for zipping folders: comments, blank lines, `!` negation, trailing `/` for
// directories, leading or inner `/` anchoring, `*`, `?`, `**` and `[...]` classes, one rule set per
// folder that has a .gitignore. vscode-free.

export interface IgnoreRule {
  readonly negated: boolean;
  readonly directoryOnly: boolean;
  /** Matches a path relative to the folder holding the .gitignore. */
  readonly pattern: RegExp;
}

/** The rules of one .gitignore, with the folder (relative to the zipped root, '' for the root) it lives in. */
export interface IgnoreFile {
  readonly base: string;
  readonly rules: readonly IgnoreRule[];
}

/** Parses the text of a .gitignore; lines that are not patterns are skipped. */
export function parseGitignore(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    const rule = parseLine(rawLine);
    if (rule) rules.push(rule);
  }
  return rules;
}

function parseLine(rawLine: string): IgnoreRule | undefined {
  // Trailing spaces are dropped unless escaped with a backslash.
  let line = rawLine.replace(/(?<!\\)\s+$/, '');
  if (line === '' || line.startsWith('#')) return undefined;
  let negated = false;
  if (line.startsWith('!')) {
    negated = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
    line = line.slice(1);
  }
  let directoryOnly = false;
  if (line.endsWith('/')) {
    directoryOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  // A slash at the start or in the middle anchors the pattern to the .gitignore's folder.
  const anchored = line.includes('/');
  line = line.replace(/^\//, '');
  const body = globToRegex(line);
  const prefix = anchored || line.startsWith('**/') ? '^' : '^(?:.*/)?';
  return { negated, directoryOnly, pattern: new RegExp(`${prefix}${body}$`) };
}

/** Translates one glob (without anchoring) into a regular-expression body. */
function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i];
    if (char === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          // `**/` matches zero or more folders; a trailing `/**` everything inside.
          if (i + 2 === glob.length) out += '.*';
          else out += '(?:.*/)?';
          i += 2;
          continue;
        }
      }
      out += '[^/]*';
      while (glob[i + 1] === '*') i++;
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
      } else {
        const inner = glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${inner}]`;
        i = close;
      }
    } else if (char === '\\' && i + 1 < glob.length) {
      out += escapeRegex(glob[++i]);
    } else {
      out += escapeRegex(char);
    }
  }
  return out;
}

function escapeRegex(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}

/**
 * Whether a path (relative to the zipped root, `/`-separated) is ignored by the given files, which
 * are ordered from the root down. As in git, the last matching rule wins, deeper files override
 * shallower ones, and callers stop descending into an ignored folder.
 */
export function isIgnored(path: string, isDirectory: boolean, files: readonly IgnoreFile[]): boolean {
  let ignored = false;
  for (const file of files) {
    if (file.base !== '' && !path.startsWith(`${file.base}/`)) continue;
    const relative = file.base === '' ? path : path.slice(file.base.length + 1);
    for (const rule of file.rules) {
      if (rule.directoryOnly && !isDirectory) continue;
      if (rule.pattern.test(relative)) ignored = !rule.negated;
    }
  }
  return ignored;
}
