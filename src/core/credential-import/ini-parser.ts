// A forgiving INI reader for the SDK credential files: it keeps going past bad lines and reports
// them, because one typo must not hide the other profiles in the file.

export interface IniSection {
  name: string;
  /** 1-based line of the `[name]` header. */
  line: number;
  /** Keys are lower-cased; values are trimmed and unquoted. */
  entries: Record<string, string>;
}

export interface IniProblem {
  line: number;
  reason: 'outside-section' | 'not-key-value' | 'duplicate-section';
}

export interface IniDocument {
  sections: IniSection[];
  problems: IniProblem[];
}

/** Parses INI text (`[section]`, `key = value`, `#`/`;` comment lines). */
export function parseIni(text: string): IniDocument {
  const sections: IniSection[] = [];
  const problems: IniProblem[] = [];
  let current: IniSection | undefined;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    const lineNumber = index + 1;
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const header = /^\[\s*([^\]]*?)\s*\]$/.exec(line);
    if (header) {
      const existing = sections.find((section) => section.name === header[1]);
      if (existing) problems.push({ line: lineNumber, reason: 'duplicate-section' });
      current = existing ?? { name: header[1], line: lineNumber, entries: {} };
      if (!existing) sections.push(current);
      return;
    }
    const assignment = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
    if (!assignment) {
      problems.push({ line: lineNumber, reason: 'not-key-value' });
      return;
    }
    if (!current) {
      problems.push({ line: lineNumber, reason: 'outside-section' });
      return;
    }
    current.entries[assignment[1].toLowerCase()] = unquote(assignment[2].trim());
  });
  return { sections, problems };
}

function unquote(value: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(value);
  return quoted ? quoted[2] : value;
}
