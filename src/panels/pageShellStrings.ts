import * as vscode from 'vscode';
import type { PageShellStrings } from '../shared/pageShell';

/** The page shell's sentences in the display language (see src/shared/pageShell.ts). */
export function pageShellStrings(): PageShellStrings {
  return {
    retry: vscode.l10n.t('Retry'),
    noAnswer: vscode.l10n.t('VS Code did not answer within {0} s. Try again.', '{0}'),
    closed: vscode.l10n.t('The panel was closed.'),
    unreachable: vscode.l10n.t('The panel could not reach VS Code.'),
  };
}
