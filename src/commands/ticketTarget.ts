import * as vscode from 'vscode';
import type { TicketPanels } from '../panels/ticketPanels';
import type { TicketTarget } from '../services/services';
import type { TicketAction } from '../shared/protocol/ticket';
import type { CommandServices } from './command';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';

/**
 * The ticket a command is about: `(accountId, ticketId)` from code and tree item commands, a tree node
 * `{ accountId, ticketId }` from context menus, or — from the palette — the active ticket panel.
 */
export function targetFromArgs(args: readonly unknown[], panels?: TicketPanels): TicketTarget | undefined {
  const [first, second] = args;
  if (typeof first === 'string' && typeof second === 'string' && first && second) return { accountId: first, ticketId: second };
  if (typeof first === 'object' && first !== null) {
    const { accountId, ticketId } = first as Record<string, unknown>;
    if (typeof accountId === 'string' && typeof ticketId === 'string' && accountId && ticketId) return { accountId, ticketId };
  }
  return panels?.active()?.target;
}

/** Asks which ticket, from the tickets the explorer knows (refreshing first when it knows none). */
export async function pickTicket(services: CommandServices): Promise<TicketTarget | undefined> {
  const accounts = services.accounts.list();
  if (accounts.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Add an account first.'));
    return undefined;
  }
  if (accounts.every((account) => services.tickets.summaries(account.id).length === 0)) await services.tickets.refresh();
  const items = accounts.flatMap((account) =>
    services.tickets.summaries(account.id).map((ticket): vscode.QuickPickItem & { target: TicketTarget } => ({
      label: outsideText(ticket.title || ticket.id, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
      description: `${outsideText(ticket.id, { maxLength: OUTSIDE_TEXT_LIMITS.label })} · ${outsideText(ticket.status.label, { maxLength: OUTSIDE_TEXT_LIMITS.label })}`,
      detail: outsideText(account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
      target: { accountId: account.id, ticketId: ticket.id },
    })),
  );
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Open Ticket'),
    placeHolder: vscode.l10n.t('Type a title or ticket ID'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.target;
}

/** The ticket the arguments name, else the active panel's, else one the user picks. */
export async function ticketFromArgsOrPick(services: CommandServices, args: readonly unknown[]): Promise<TicketTarget | undefined> {
  return targetFromArgs(args, services.panels) ?? (await pickTicket(services));
}

/** Runs a ticket action on the ticket named by the arguments (or the active panel's). */
export async function runTicketAction(services: CommandServices, action: TicketAction, args: readonly unknown[]): Promise<boolean> {
  const target = await ticketFromArgsOrPick(services, args);
  if (!target) return false;
  return services.panels.actions.run(action, target);
}
