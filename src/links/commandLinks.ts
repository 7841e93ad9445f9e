import * as vscode from 'vscode';
import { outsideText, ownText, type SafeText } from '../shared/outsideText';

/** The command every recognised id links to: it finds the owning account (cache first) and opens the ticket. */
export const OPEN_BY_ID_COMMAND = 'cloudTickets.openTicketById';

/**
 * The encoded argument list of the command (`["0005PYGCW"]`). Parentheses and quotes are escaped too, so the
 * result can stand inside a Markdown link target.
 */
function encodedArguments(ticketId: string): string {
  return encodeURIComponent(JSON.stringify([ticketId])).replace(/[()'!*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `command:cloudTickets.openTicketById?["<id>"]`, built by us, for a document link. */
export function openByIdCommandUri(ticketId: string): vscode.Uri {
  return vscode.Uri.parse(`command:${OPEN_BY_ID_COMMAND}?${encodedArguments(ticketId)}`, true);
}

/** A Markdown link with our own text that runs our own command on this id (hover cards). */
export function openByIdCommandLink(text: SafeText, ticketId: string): SafeText {
  // The target is percent-encoded ASCII, which outsideText leaves as it is; it only proves nothing slipped in.
  const target = outsideText(`command:${OPEN_BY_ID_COMMAND}?${encodedArguments(ticketId)}`, { maxLength: 1000 });
  return ownText(`[${text}](${target})`);
}
