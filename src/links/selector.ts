import type * as vscode from 'vscode';

/**
 * Documents where ids are looked for: files, unsaved files, remote files and the commit message box.
 * In a file of its own so the workbench registers the providers without loading them (src/lazy/workbench.ts).
 */
export const TICKET_LINK_SELECTOR: vscode.DocumentSelector = [
  { scheme: 'file' },
  { scheme: 'untitled' },
  { scheme: 'vscode-remote' },
  { scheme: 'vscode-scm' },
  { language: 'scminput' },
  { language: 'git-commit' },
];
