import * as vscode from 'vscode';
import { recognizeTicketIds } from '../core/ticket-ids';
import { TICKET_ID_FORMATS } from '../providers';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';
import { OPEN_BY_ID_COMMAND } from './commandLinks';
import { linksEnabled } from './settings';
import type { TicketIdIndex } from './ticketIdIndex';

interface TicketTerminalLink extends vscode.TerminalLink {
  readonly ticketId: string;
}

/** Most links offered on one terminal line (a line of thousands of ids gets the first ones). */
const MAX_LINKS_PER_LINE = 50;

/** Ticket ids in terminal output, by the same rule as in editors (src/core/ticket-ids.ts). */
export class TicketIdTerminalLinks implements vscode.TerminalLinkProvider<TicketTerminalLink> {
  constructor(private readonly index: TicketIdIndex) {}

  provideTerminalLinks(context: vscode.TerminalLinkContext): TicketTerminalLink[] {
    if (!linksEnabled('terminal')) return [];
    return recognizeTicketIds(context.line, { formats: TICKET_ID_FORMATS, isKnown: (id) => this.index.has(id), maxResults: MAX_LINKS_PER_LINE }).map((found) => ({
      startIndex: found.start,
      length: found.end - found.start,
      tooltip: vscode.l10n.t('Open ticket {0}', outsideText(found.id, { maxLength: OUTSIDE_TEXT_LIMITS.label })),
      ticketId: found.id,
    }));
  }

  async handleTerminalLink(link: TicketTerminalLink): Promise<void> {
    await vscode.commands.executeCommand(OPEN_BY_ID_COMMAND, link.ticketId);
  }
}
