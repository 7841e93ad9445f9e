import * as vscode from 'vscode';
import { outsideText, ownText, type SafeText } from '../shared/outsideText';
import type { AttachmentProblem } from './attachmentPolicy';

/** Human-readable size (1.5 MB). */
export function formatBytes(bytes: number): SafeText {
  if (bytes < 1024) return ownText(`${bytes} B`);
  const units = ['KB', 'MB', 'GB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return ownText(`${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`);
}

/**
 * One sentence per attachment problem, naming the file and the limit. Every upload path (attach
 * command, ticket panel, create form, diagnostics bundle) says it with these words.
 */
export function describeProblem(problem: AttachmentProblem): SafeText {
  switch (problem.kind) {
    case 'too-many':
      return problem.leftOut && problem.leftOut.length > 0
        ? ownText(vscode.l10n.t('At most {0} files can be attached at once; left out: {1}.', problem.limit, outsideText(problem.leftOut.join(', '))))
        : ownText(vscode.l10n.t('{0} files were chosen; at most {1} can be attached at once.', problem.count, problem.limit));
    case 'too-large':
      return ownText(vscode.l10n.t('{0} is {1}; the limit is {2} per file.', outsideText(problem.file), formatBytes(problem.size), formatBytes(problem.limit)));
    case 'empty':
      return ownText(vscode.l10n.t('{0} is empty.', outsideText(problem.file)));
    case 'type':
      return ownText(
        vscode.l10n.t(
          '{0}: files of type "{1}" are not accepted. Allowed types: {2}.',
          outsideText(problem.file),
          problem.extension ? `.${outsideText(problem.extension)}` : vscode.l10n.t('(no extension)'),
          outsideText(problem.allowed.join(', ')),
        ),
      );
    case 'unpacked-too-large':
      return ownText(vscode.l10n.t('{0} unpacks to {1}; the limit for archives is {2}.', outsideText(problem.file), formatBytes(problem.size), formatBytes(problem.limit)));
    case 'folder':
      return ownText(vscode.l10n.t('{0} is a folder. Choose files, or attach the folder from the Explorer ("Attach to Ticket…") to send it as a zip archive.', outsideText(problem.file)));
    case 'unreadable':
      return ownText(vscode.l10n.t('{0} cannot be read.', outsideText(problem.file)));
  }
}

/** Every problem as a sentence. */
export function describeProblems(problems: readonly AttachmentProblem[]): SafeText[] {
  return problems.map(describeProblem);
}
