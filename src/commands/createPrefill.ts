/**
 * Text that the editor entry points put into a new ticket: the selected code with its place, or a
 * diagnostic with the lines around it. vscode-free, so it is unit-tested in Node. The text is
 * language-neutral (paths, line numbers, code) because it is read by the support engineer. Code leaves
 * the machine here, so secrets in it (keys, tokens, passwords) are redacted before the user sees it.
 */
import { redactSecrets } from '../core/redaction';
import { REDACTION_PROFILE } from '../providers';
import type { CreatePrefill } from '../shared/protocol/createPrefill';

/** Code the user selected. Lines are 1-based. */
export interface CodeSnippet {
  /** Workspace-relative path (never the absolute one: it names the user's home). */
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly languageId: string;
  readonly text: string;
}

/** A diagnostic and its surroundings. Lines and columns are 1-based. */
export interface DiagnosticFacts {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly source?: string;
  readonly code?: string;
  readonly languageId: string;
  /** Lines around the diagnostic, starting at `contextStartLine`. */
  readonly contextStartLine: number;
  readonly contextLines: readonly string[];
}

/** Longest code excerpt put into a description; providers cap descriptions at a few thousand characters. */
export const MAX_SNIPPET_CHARS = 4000;
const MAX_TITLE_CHARS = 120;

function lineRange(start: number, end: number): string {
  return start === end ? `${start}` : `${start}-${end}`;
}

/** Cuts text to `max` characters at a line end and says how much was left out. */
export function truncateCode(text: string, max = MAX_SNIPPET_CHARS): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('\n', max);
  const kept = text.slice(0, cut > 0 ? cut : max);
  const omitted = text
    .slice(kept.length)
    .split('\n')
    .filter((line, index) => index > 0 || line !== '').length;
  return `${kept}\n… (${omitted} more line${omitted === 1 ? '' : 's'} not included)`;
}

function fence(languageId: string, code: string): string {
  // A fence longer than any backtick run inside the code keeps the block intact.
  const longestRun = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longestRun + 1);
  return `${ticks}${languageId}\n${code.replace(/\s+$/, '')}\n${ticks}`;
}

/** Prefill for "New ticket from selection…": place and code of every selection. */
export function prefillFromSelection(snippets: readonly CodeSnippet[]): CreatePrefill {
  let budget = MAX_SNIPPET_CHARS;
  const parts = snippets.map((snippet) => {
    const code = truncateCode(snippet.text, Math.max(200, budget));
    budget -= code.length;
    return `${snippet.path}:${lineRange(snippet.startLine, snippet.endLine)}\n${fence(snippet.languageId, code)}`;
  });
  return { description: redactSecrets(parts.join('\n\n'), REDACTION_PROFILE).text };
}

/** Prefill for "New ticket from this error…": the message as title, where it is, and the code around it. */
export function prefillFromDiagnostic(facts: DiagnosticFacts): CreatePrefill {
  const origin = [facts.source, facts.code].filter(Boolean).join(' ');
  const firstLine = facts.message.split('\n')[0].trim();
  const title = origin && facts.code ? `${facts.code}: ${firstLine}` : firstLine;
  const numbered = facts.contextLines.map((text, index) => {
    const number = facts.contextStartLine + index;
    return `${number === facts.line ? '>' : ' '} ${String(number).padStart(4)} | ${text}`;
  });
  const lines = [`${facts.severity}${origin ? ` (${origin})` : ''}: ${facts.message.trim()}`, `${facts.path}:${facts.line}:${facts.column}`];
  if (numbered.length > 0) lines.push('', fence(facts.languageId, truncateCode(numbered.join('\n'))));
  return { title: redactSecrets(title, REDACTION_PROFILE).text.slice(0, MAX_TITLE_CHARS), description: redactSecrets(lines.join('\n'), REDACTION_PROFILE).text };
}
