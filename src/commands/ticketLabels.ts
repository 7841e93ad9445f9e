import * as vscode from 'vscode';
import type { TicketLabel } from '../core/ticket-labels';
import type { TicketTarget } from '../services/services';
import { offeredOperation } from '../common/providerOperation';
import type { CommandModule, CommandServices } from './command';
import { resolveAccount } from './accountManage';
import { labelItem, promptNewLabel, withProgress, type LabelItem } from './labelPrompts';
import { ticketFromArgsOrPick } from './ticketTarget';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText } from '../shared/outsideText';

/** OSM allows 5 labels on a ticket (5.9.6); asking for a sixth would only earn OSM.01010042. */
const MAX_LABELS_PER_TICKET = 5;

function idOf(target: TicketTarget) {
  return outsideText(target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label });
}

/** The open panel and the tree show the new labels. */
async function afterChange(services: CommandServices, target: TicketTarget): Promise<void> {
  await Promise.all([services.panels.get(target)?.reload(), services.tickets.refresh(target.accountId)]);
}

/** The account's labels and the ticket's, read through the registry so account health follows. */
function labelsOf(services: CommandServices, target: TicketTarget): Promise<[readonly TicketLabel[], readonly TicketLabel[]]> {
  return services.providers.run(target.accountId, (provider) =>
    withProgress(ownText(vscode.l10n.t('Reading labels…')), (signal) =>
      Promise.all([offeredOperation(provider, 'listLabels')(signal), offeredOperation(provider, 'ticketLabels')(target.ticketId, signal)]),
    ),
  );
}

/** Puts one label (an existing one, or one created on the spot) on a ticket. */
export const addTicketLabelCommand: CommandModule = {
  id: 'cloudTickets.addTicketLabel',
  create:
    (services) =>
    async (...args: unknown[]) => {
      const target = await ticketFromArgsOrPick(services, args);
      if (!target) return false;
      const [all, current] = await labelsOf(services, target);
      if (current.length >= MAX_LABELS_PER_TICKET) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Ticket {0} already has {1} labels, the most it can have; remove one first.', idOf(target), MAX_LABELS_PER_TICKET));
        return false;
      }
      const onTicket = new Set(current.map((label) => label.id));
      const items: LabelItem[] = [
        ...all.filter((label) => !onTicket.has(label.id)).map((label) => labelItem(label)),
        { label: ownText(vscode.l10n.t('$(add) Create a new label…')), create: true, alwaysShow: true },
      ];
      const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Add Label to {0}', idOf(target)), placeHolder: vscode.l10n.t('Choose a label'), ignoreFocusOut: true });
      if (!picked) return false;
      const label = picked.create ? await services.providers.run(target.accountId, (provider) => promptNewLabel(provider, all)) : picked.labelRef;
      if (!label) return false;
      await services.providers.run(target.accountId, (p) =>
        withProgress(ownText(vscode.l10n.t('Adding label {0}…', outsideText(label.name, { maxLength: OUTSIDE_TEXT_LIMITS.label }))), (signal) =>
          offeredOperation(p, 'addTicketLabels')(target.ticketId, [label.id], signal),
        ),
      );
      await afterChange(services, target);
      return true;
    },
};

/** Takes labels off a ticket. */
export const removeTicketLabelCommand: CommandModule = {
  id: 'cloudTickets.removeTicketLabel',
  create:
    (services) =>
    async (...args: unknown[]) => {
      const target = await ticketFromArgsOrPick(services, args);
      if (!target) return false;
      const [, current] = await labelsOf(services, target);
      if (current.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Ticket {0} has no labels.', idOf(target)));
        return false;
      }
      const picked = await vscode.window.showQuickPick(
        current.map((label) => labelItem(label)),
        { title: vscode.l10n.t('Remove Labels from {0}', idOf(target)), placeHolder: vscode.l10n.t('Choose the labels to remove'), canPickMany: true, ignoreFocusOut: true },
      );
      const ids = (picked ?? []).flatMap((item) => (item.labelRef ? [item.labelRef.id] : []));
      if (ids.length === 0) return false;
      await services.providers.run(target.accountId, (p) =>
        withProgress(ownText(vscode.l10n.t('Removing labels from {0}…', idOf(target))), (signal) => offeredOperation(p, 'removeTicketLabels')(target.ticketId, ids, signal)),
      );
      await afterChange(services, target);
      return true;
    },
};

/** Defines a new label of an account, to put on tickets later. */
export const createLabelCommand: CommandModule = {
  id: 'cloudTickets.createLabel',
  create: (services) => async (arg?: unknown) => {
    const account = await resolveAccount(services, arg, ownText(vscode.l10n.t('Account to create the label in')));
    if (!account) return undefined;
    const label = await services.providers.run(account.id, async (provider) => {
      const existing = await withProgress(ownText(vscode.l10n.t('Reading labels…')), (signal) => offeredOperation(provider, 'listLabels')(signal));
      return promptNewLabel(provider, existing);
    });
    if (label) void vscode.window.showInformationMessage(vscode.l10n.t('Label "{0}" created.', outsideText(label.name, { maxLength: OUTSIDE_TEXT_LIMITS.label })));
    return label;
  },
};
