// Helpers for extension-host suites: the extension's API and an emulator on a loopback port.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { CloudTicketsApi } from '../../src/extension';
import { startEmulator, type RunningEmulator } from '../../src/emulator';

export const EXTENSION_ID = 'cloud-tickets.cloud-tickets';

export async function extensionApi(): Promise<CloudTicketsApi> {
  const extension = vscode.extensions.getExtension<CloudTicketsApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** A fresh emulator with the sample data of every provider; close it in `after`. */
export function emulator(): Promise<RunningEmulator> {
  return startEmulator({ port: 0 });
}

/** Removes every account (and so every stored secret) so suites start clean. */
export async function removeAllAccounts(api: CloudTicketsApi): Promise<void> {
  for (const account of api.services.accounts.list()) await api.services.accounts.remove(account.id);
}

/**
 * Polls `probe` every 100 ms until it gives something other than `undefined` or `false`, and returns
 * that; fails naming `what` after `timeoutMs`.
 */
export async function until<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * A new untitled document holding `content`. `openTextDocument({ content })` names its document Untitled-N and
 * gives N again once the last untitled document closed — sometimes before the extension host dropped the closed
 * one, which it then hands back with its old text (a huaweicloud suite once read the Alibaba suite's ids so).
 * A name used once cannot be mistaken.
 */
export async function untitledDocument(language: string, content: string): Promise<vscode.TextDocument> {
  // Each suite is bundled with its own copy of this module, so a counter here would repeat across suites.
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `cloud-tickets-test-${randomUUID()}` });
  await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`the untitled document ${uri.toString()} refused its text`);
  // A language change hands back a new document object; the one it returns is current.
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), language);
  return until(() => document.getText() === content && document, `the text of ${uri.toString()} (it holds ${JSON.stringify(document.getText())})`);
}
