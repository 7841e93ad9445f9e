import * as vscode from 'vscode';
import type { TicketTarget } from '../services/services';
import { outsideText } from '../shared/outsideText';

/** Something the user asked to attach: a file on disk, an editor's current text, or a folder to zip. */
export type AttachSource =
  | { readonly kind: 'file'; readonly uri: vscode.Uri; readonly name: string; readonly size: number }
  | { readonly kind: 'text'; readonly name: string; readonly text: string }
  | { readonly kind: 'folder'; readonly uri: vscode.Uri; readonly name: string };

/** What a command invocation names: resources (explorer, editor menus, tabs) and/or a ticket (tree, panel). */
export interface AttachArgs {
  readonly uris?: readonly vscode.Uri[];
  readonly ticket?: TicketTarget;
}

/**
 * Reads the arguments VS Code passes: `(uri, uris[])` from the explorer (multi-select), `(uri, …)` from
 * editor menus and tabs, a ticket `{ accountId, ticketId }` from the tree, or `(accountId, ticketId)`.
 */
export function parseAttachArgs(args: readonly unknown[]): AttachArgs {
  const [first, second] = args;
  if (Array.isArray(second) && second.length > 0 && second.every((item) => item instanceof vscode.Uri)) return { uris: second as vscode.Uri[] };
  if (first instanceof vscode.Uri) return { uris: [first] };
  if (typeof first === 'string' && typeof second === 'string' && first && second) return { ticket: { accountId: first, ticketId: second } };
  if (typeof first === 'object' && first !== null) {
    const { accountId, ticketId } = first as Record<string, unknown>;
    if (typeof accountId === 'string' && typeof ticketId === 'string' && accountId && ticketId) return { ticket: { accountId, ticketId } };
  }
  return {};
}

/** The active editor's document (palette), or files the user picks in a dialog. */
export async function defaultUris(): Promise<readonly vscode.Uri[] | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (document) return [document.uri];
  return pickFiles();
}

/** Files the user picks in the open dialog (a ticket was named, e.g. from the tree, but no file). */
export function pickFiles(): Thenable<readonly vscode.Uri[] | undefined> {
  return vscode.window.showOpenDialog({ canSelectMany: true, canSelectFolders: false, openLabel: vscode.l10n.t('Attach'), title: vscode.l10n.t('Attach to Ticket') });
}

/**
 * Turns resources into sources. An unsaved editor asks whether to save it first or attach the text
 * as shown; untitled editors and documents that are not files attach their text. Resolves undefined
 * when the user cancels.
 */
export async function resolveSources(uris: readonly vscode.Uri[]): Promise<AttachSource[] | undefined> {
  const sources: AttachSource[] = [];
  for (const uri of uris) {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    if (document?.isUntitled) {
      sources.push(textSource(document));
      continue;
    }
    if (document?.isDirty) {
      const choice = await askAboutUnsaved(document);
      if (!choice) return undefined;
      if (choice === 'text') {
        sources.push(textSource(document));
        continue;
      }
      if (!(await document.save())) return undefined;
    }
    const stat = await statOrUndefined(uri);
    if (!stat) {
      if (document) sources.push(textSource(document));
      else throw new Error(vscode.l10n.t('{0} cannot be read.', outsideText(baseName(uri))));
      continue;
    }
    if (stat.type & vscode.FileType.Directory) sources.push({ kind: 'folder', uri, name: baseName(uri) });
    else sources.push({ kind: 'file', uri, name: baseName(uri), size: stat.size });
  }
  return sources;
}

async function askAboutUnsaved(document: vscode.TextDocument): Promise<'save' | 'text' | undefined> {
  const save = vscode.l10n.t('Save and Attach');
  const text = vscode.l10n.t('Attach Editor Text');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} has unsaved changes.', outsideText(baseName(document.uri))),
    { modal: true, detail: vscode.l10n.t('Save the file and attach it, or attach the text as it is in the editor without saving.') },
    save,
    text,
  );
  return answer === save ? 'save' : answer === text ? 'text' : undefined;
}

function textSource(document: vscode.TextDocument): AttachSource {
  const name = baseName(document.uri);
  return { kind: 'text', name: /\.[^.]+$/.test(name) ? name : `${name}.txt`, text: document.getText() };
}

async function statOrUndefined(uri: vscode.Uri): Promise<vscode.FileStat | undefined> {
  try {
    return await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
}

/** The last path segment of a resource. */
function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').filter(Boolean).pop() || 'attachment';
}
