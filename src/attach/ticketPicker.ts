import * as vscode from 'vscode';
import type { TicketSummary } from '../core/ticket';
import type { HostServices, TicketTarget } from '../services/services';
import { ticketChoices, type AccountTicketList } from './ticketChoices';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';

const RECENT_KEY = 'cloudTickets.attach.recentTicket';

/** A ticket that can receive attachments, with what the messages need to name it. */
export interface AttachTarget extends TicketTarget {
  readonly ticketTitle: string;
  readonly accountLabel: string;
}

interface TicketItem extends vscode.QuickPickItem {
  readonly target?: AttachTarget;
}

/** Accounts whose provider can attach files (capabilities.attachments), in the order of the account list. */
async function attachCapableAccounts(services: HostServices): Promise<{ id: string; label: string }[]> {
  const accounts = services.accounts.list();
  const capable = await Promise.all(
    accounts.map(async (account) => {
      const provider = await services.providers.get(account.id).catch(() => undefined);
      return provider?.capabilities.attachments ? { id: account.id, label: account.label } : undefined;
    }),
  );
  return capable.filter((account): account is { id: string; label: string } => account !== undefined);
}

/**
 * Asks which open ticket to attach to: a searchable pick of the open tickets of every account that
 * can take attachments, grouped by account, needs-your-action first, the last used ticket on top.
 * Refreshes first when nothing is loaded yet.
 */
export async function pickAttachTarget(services: HostServices, title: SafeText): Promise<AttachTarget | undefined> {
  if (services.accounts.list().length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Add an account first.'));
    return undefined;
  }
  const pick = vscode.window.createQuickPick<TicketItem>();
  pick.title = title;
  pick.placeholder = vscode.l10n.t('Type a title or ticket ID');
  pick.matchOnDescription = true;
  pick.busy = true;
  pick.show();
  try {
    const accounts = await attachCapableAccounts(services);
    if (accounts.length === 0) {
      pick.hide();
      void vscode.window.showInformationMessage(vscode.l10n.t('None of your accounts can attach files to tickets.'));
      return undefined;
    }
    const unloaded = accounts.filter((account) => services.tickets.summaries(account.id).length === 0);
    if (unloaded.length === accounts.length) await Promise.all(unloaded.map((account) => services.tickets.refresh(account.id)));
    const lists: AccountTicketList[] = accounts.map((account) => ({ accountId: account.id, accountLabel: account.label, tickets: services.tickets.summaries(account.id) }));
    pick.items = ticketItems(lists, services.globalState.get<TicketTarget>(RECENT_KEY));
    pick.busy = false;
    if (pick.items.length === 0) {
      pick.hide();
      void vscode.window.showInformationMessage(vscode.l10n.t('There is no open ticket to attach to.'));
      return undefined;
    }
    const chosen = await new Promise<AttachTarget | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]?.target));
      pick.onDidHide(() => resolve(undefined));
    });
    if (chosen) await services.globalState.update(RECENT_KEY, { accountId: chosen.accountId, ticketId: chosen.ticketId });
    return chosen;
  } finally {
    pick.dispose();
  }
}

function ticketItems(lists: readonly AccountTicketList[], recent: TicketTarget | undefined): TicketItem[] {
  const choices = ticketChoices(lists, recent);
  const items: TicketItem[] = [];
  if (choices.recent) {
    items.push({ label: vscode.l10n.t('Recently used'), kind: vscode.QuickPickItemKind.Separator });
    items.push(ticketItem(choices.recent.ticket, choices.recent.accountId, choices.recent.accountLabel, true));
  }
  for (const group of choices.groups) {
    items.push({ label: outsideText(group.accountLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label }), kind: vscode.QuickPickItemKind.Separator });
    for (const ticket of group.tickets) items.push(ticketItem(ticket, group.accountId, group.accountLabel, false));
  }
  return items;
}

function ticketItem(ticket: TicketSummary, accountId: string, accountLabel: string, showAccount: boolean): TicketItem {
  const icon = ticket.status.group === 'needs-action' ? '$(bell-dot)' : '$(issues)';
  const label = outsideText(ticket.status.label, { maxLength: OUTSIDE_TEXT_LIMITS.label });
  const status = ticket.status.group === 'needs-action' ? ownText(vscode.l10n.t('Needs your action: {0}', label)) : label;
  const id = outsideText(ticket.id, { maxLength: OUTSIDE_TEXT_LIMITS.label });
  return {
    // The icon is ours; the title after it is neutralised, so "$(…)" in a title stays text.
    label: `${icon} ${outsideText(ticket.title || ticket.id, { maxLength: OUTSIDE_TEXT_LIMITS.label })}`,
    description: showAccount ? `${id} · ${status} · ${outsideText(accountLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label })}` : `${id} · ${status}`,
    target: { accountId, ticketId: ticket.id, ticketTitle: ticket.title || ticket.id, accountLabel },
  };
}

/** The target for a ticket named by id (from the ticket panel or a tree item), when its account can attach. */
export async function attachTargetFor(services: HostServices, ref: TicketTarget): Promise<AttachTarget | undefined> {
  const account = services.accounts.get(ref.accountId);
  if (!account) return undefined;
  const ticket = services.tickets.summaries(ref.accountId).find((summary) => summary.id === ref.ticketId);
  return { ...ref, ticketTitle: ticket?.title || ref.ticketId, accountLabel: account.label };
}
