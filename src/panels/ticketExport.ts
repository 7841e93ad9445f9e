import * as vscode from 'vscode';
import type { HostServices, TicketTarget } from '../services/services';
import { OUTSIDE_TEXT_LIMITS, outsideFileName, outsideText } from '../shared/outsideText';
import { loadTicket } from './ticketPanelLoader';
import { ticketToMarkdown } from './ticketPanelMarkdown';
import { markdownLabels } from './ticketPanelStrings';

/**
 * Writes a ticket's redacted conversation as Markdown into a file the user chose, then opens it.
 * A real file, not an untitled editor: the tab shows a file name rather than the first line, closing
 * it does not ask to save, and the Markdown preview can resolve it. The user picks the place, so no
 * conversation text lands anywhere on disk without being asked for. `destination` skips the dialog
 * (for automation and tests). Resolves false when the user cancelled the dialog.
 */
export async function exportTicketToFile(services: HostServices, target: TicketTarget, destination?: vscode.Uri): Promise<boolean> {
  const fileName = `ticket-${outsideFileName(target.ticketId)}.md`;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const chosen =
    destination ??
    (await vscode.window.showSaveDialog({
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, fileName) } : {}),
      filters: { Markdown: ['md'] },
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export ticket {0} as Markdown', outsideText(target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label })),
    }));
  if (!chosen) return false;
  const ticket = await loadTicket(services, target);
  const format = new Intl.DateTimeFormat(vscode.env.language, { dateStyle: 'medium', timeStyle: 'short' });
  const content = ticketToMarkdown(ticket, { labels: markdownLabels(), formatTime: (ms) => format.format(ms) });
  await vscode.workspace.fs.writeFile(chosen, new TextEncoder().encode(content));
  await vscode.window.showTextDocument(chosen, { preview: false });
  return true;
}
