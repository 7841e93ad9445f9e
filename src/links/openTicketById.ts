import * as vscode from 'vscode';
import { errorMessage } from '../common/errorMessage';
import { providersMatchingId } from '../core/ticket-ids';
import { TICKET_ID_FORMATS } from '../providers';
import { cloudNameOf } from '../accounts/cloudName';
import { cloudNames } from './cloudNames';
import type { HostServices } from '../services/services';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';
import { accountsThatCouldOwn, askAccounts, ownersInCache, type AskedAccounts, type FailedProbe, type FoundOwner, type OwnerCandidate } from './ownerSearch';
import type { TicketIdIndex } from './ticketIdIndex';

/** What opening a ticket by id needs from the host. */
export interface OpenByIdContext {
  readonly services: HostServices;
  readonly index: TicketIdIndex;
}

/**
 * Finds the account that owns a ticket id and opens the ticket's panel (which loads the ticket by id, cached
 * or not). The cache answers without a request; otherwise the accounts of a cloud whose ids look like this
 * one are asked, with a cancellable progress notification. Resolves true when a panel was opened.
 */
export async function openTicketById(context: OpenByIdContext, ticketId: string, preferredAccountId?: string): Promise<boolean> {
  const accounts: OwnerCandidate[] = context.services.accounts.list().map((account) => ({ id: account.id, providerId: account.providerId, label: account.label }));
  if (accounts.length === 0) {
    offerAddAccount(ownText(vscode.l10n.t('Add an account first: Cloud Tickets looks for ticket {0} in your accounts.', idText(ticketId))));
    return false;
  }
  const preferred = accounts.find((account) => account.id === preferredAccountId);
  if (preferred) return openIn(preferred.id, ticketId);
  const cached = ownersInCache({ ticketId, accounts, cachedOwners: (id) => context.index.owners(id).map((owner) => owner.accountId) });
  if (cached.length > 0) return openOneOf(context, cached, ticketId);
  const candidates = accountsThatCouldOwn(ticketId, accounts);
  if (candidates.length === 0) {
    explainNoAccount(ticketId);
    return false;
  }
  const result = await askWithProgress(context, ticketId, candidates);
  if (result.owners.length > 0) return openOneOf(context, result.owners, ticketId);
  if (!result.cancelled) explainNotFound(context, ticketId, result);
  return false;
}

function askWithProgress(context: OpenByIdContext, ticketId: string, candidates: readonly OwnerCandidate[]): Promise<AskedAccounts> {
  const title = vscode.l10n.t('Looking for ticket {0}…', idText(ticketId));
  return Promise.resolve(
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      progress.report({ message: vscode.l10n.t('{0} accounts to ask', candidates.length) });
      return askAccounts(
        {
          ticketId,
          signal: abort.signal,
          probe: (accountId, id, signal) => context.services.providers.run(accountId, (provider) => provider.getTicket(id, signal)),
          onProgress: (done, total) => progress.report({ message: vscode.l10n.t('{0} of {1} accounts asked', done, total), increment: 100 / total }),
        },
        candidates,
      ).finally(() => subscription.dispose());
    }),
  );
}

async function openOneOf(context: OpenByIdContext, owners: readonly FoundOwner[], ticketId: string): Promise<boolean> {
  const owner = owners.length === 1 ? owners[0] : await pickOwner(context, owners, ticketId);
  return owner ? openIn(owner.account.id, ticketId) : false;
}

async function openIn(accountId: string, ticketId: string): Promise<boolean> {
  await vscode.commands.executeCommand('cloudTickets.openTicket', accountId, ticketId);
  return true;
}

async function pickOwner(context: OpenByIdContext, owners: readonly FoundOwner[], ticketId: string): Promise<FoundOwner | undefined> {
  const cachedTitle = (accountId: string) => context.index.owners(ticketId).find((owner) => owner.accountId === accountId)?.summary.title;
  const items = owners.map((owner): vscode.QuickPickItem & { owner: FoundOwner } => ({
    label: outsideText(owner.account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }),
    description: outsideText(owner.title ?? cachedTitle(owner.account.id), { maxLength: OUTSIDE_TEXT_LIMITS.label }),
    detail: cloudNameOf(owner.account.providerId),
    owner,
  }));
  // The pick stays when focus moves: it may come after a search of several seconds, while the user works elsewhere
  // (or a refresh's notification takes focus), and a pick that vanished would open nothing with no word why.
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Ticket {0} is in several accounts', idText(ticketId)),
    placeHolder: vscode.l10n.t('Choose the account to open it from'),
    ignoreFocusOut: true,
  });
  return picked?.owner;
}

function explainNoAccount(ticketId: string): void {
  const clouds = providersMatchingId(ticketId, TICKET_ID_FORMATS);
  if (clouds.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not a ticket ID of a cloud Cloud Tickets knows.', idText(ticketId)));
    return;
  }
  offerAddAccount(ownText(vscode.l10n.t('Ticket {0} looks like a {1} ticket, but no {1} account is set up.', idText(ticketId), cloudNames(clouds))));
}

function explainNotFound(context: OpenByIdContext, ticketId: string, result: AskedAccounts): void {
  const { failures } = result;
  const searched = result.asked - failures.length;
  if (failures.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Ticket {0} was not found in the {1} account(s) that could own it.', idText(ticketId), searched));
    return;
  }
  const needsKeys = failures.find((failure) => failure.kind === 'auth');
  const offline = failures.every((failure) => failure.kind === 'network');
  const reEnter = vscode.l10n.t('Re-enter Credentials…');
  const retry = vscode.l10n.t('Try Again');
  const detail = failures.map(describeFailure).join('; ');
  const message = offline
    ? vscode.l10n.t('Could not look for ticket {0}: Cloud Tickets cannot reach the cloud ({1}). Check the network connection, then try again.', idText(ticketId), detail)
    : searched > 0
      ? vscode.l10n.t('Ticket {0} was not found in {1} account(s); {2} could not be searched: {3}', idText(ticketId), searched, failures.length, detail)
      : vscode.l10n.t('Could not look for ticket {0}: {1}', idText(ticketId), detail);
  // Not awaited: the search is over, and a message waits for the user as long as it stays open.
  void vscode.window.showWarningMessage(message, ...(needsKeys ? [reEnter] : []), retry).then((choice) => {
    if (choice === reEnter && needsKeys) void vscode.commands.executeCommand('cloudTickets.reenterCredentials', needsKeys.account.id);
    else if (choice === retry) void openTicketById(context, ticketId);
  });
}

/** One account's failure as a short clause: its label and what to do. */
function describeFailure(failure: FailedProbe): SafeText {
  const label = outsideText(failure.account.label, { maxLength: OUTSIDE_TEXT_LIMITS.label });
  switch (failure.kind) {
    case 'auth':
      return ownText(vscode.l10n.t('{0} needs its access keys entered again', label));
    case 'network':
      return ownText(vscode.l10n.t('{0} is offline', label));
    case 'throttled':
      return ownText(vscode.l10n.t('{0} is throttled by the cloud; try again in a minute', label));
    case 'permission':
      return ownText(vscode.l10n.t('{0} may not read tickets (permission denied)', label));
    default:
      return ownText(vscode.l10n.t('{0}: {1}', label, errorMessage(failure.error)));
  }
}

function offerAddAccount(message: SafeText): void {
  const add = vscode.l10n.t('Add Account…');
  void vscode.window.showInformationMessage(message, add).then((choice) => {
    if (choice === add) void vscode.commands.executeCommand('cloudTickets.addAccount');
  });
}

/** A ticket id as messages show it (it may come from a document or a link). */
export function idText(ticketId: string): SafeText {
  return outsideText(ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label });
}
