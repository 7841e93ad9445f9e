// Notes and warnings are built from English templates so the host can localise them with
// vscode.l10n.t(template, ...args) while this folder stays vscode-free.
import type { ImportCandidate, ImportText, ImportWarning } from './types';

/** Builds a localisable text from a `{0}`-style template. */
export function importText(message: string, ...args: string[]): ImportText {
  return { message, args };
}

/** Renders a template in English (tests, logs, and hosts without l10n). */
export function formatImportText(text: ImportText): string {
  return text.message.replace(/\{(\d+)\}/g, (whole, index: string) => text.args[Number(index)] ?? whole);
}

/** Sets both the English note and its localisable template on a candidate. */
export function withNote<T extends ImportCandidate>(candidate: T, text: ImportText | undefined): T {
  if (!text) return candidate;
  return { ...candidate, note: formatImportText(text), noteText: text };
}

export function importWarning(source: string, text: ImportText): ImportWarning {
  return { source, message: formatImportText(text), messageText: text };
}
