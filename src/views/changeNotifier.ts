import * as vscode from 'vscode';
import { detectTicketChanges, type TicketChange } from '../core/notify';
import type { SnapshotChange } from '../core/refresh';
import type { AccountStore } from '../accounts/accountStore';
import { DisposableOwner } from '../common/lifecycle';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';

const CLAIMS_KEY = 'cloudTickets.notifiedChanges';
/** Claims older than this are forgotten; a later change of the same ticket is a new claim anyway. */
const CLAIM_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * One notification per new support reply or ticket that now needs the user, with "Open". Several
 * VS Code windows poll the same accounts; each change is claimed in globalState (shared by the
 * windows of a profile) so only the first window to see it notifies.
 */
export class ChangeNotifier extends DisposableOwner {
  constructor(
    private readonly accounts: AccountStore,
    private readonly globalState: vscode.Memento,
    onDidChangeSnapshot: vscode.Event<SnapshotChange>,
  ) {
    super();
    this.own(onDidChangeSnapshot((change) => void this.onSnapshot(change)));
  }

  private async onSnapshot(change: SnapshotChange): Promise<void> {
    if (change.cause === 'removed' || !change.current) return;
    // A cached snapshot compared with the first fresh one would replay history; only live changes notify.
    if (change.previous.state === 'stale') return;
    if (!vscode.workspace.getConfiguration('cloudTickets').get<boolean>('notifications.enabled', true)) return;
    for (const found of detectTicketChanges(change.previous, change.current)) {
      if (await this.claim(found)) void this.show(found);
    }
  }

  private async claim(found: TicketChange): Promise<boolean> {
    const key = `${found.accountId}/${found.ticket.id}/${found.ticket.status.code}/${found.ticket.unreadCount ?? 0}/${found.ticket.updatedAt ?? ''}`;
    const now = Date.now();
    const claims = Object.fromEntries(Object.entries(this.globalState.get<Record<string, number>>(CLAIMS_KEY, {})).filter(([, at]) => now - at < CLAIM_TTL_MS));
    if (claims[key] !== undefined) return false;
    claims[key] = now;
    await this.globalState.update(CLAIMS_KEY, claims);
    return true;
  }

  private async show(found: TicketChange): Promise<void> {
    const account = outsideText(this.accounts.get(found.accountId)?.label, { maxLength: OUTSIDE_TEXT_LIMITS.label });
    // Notifications render [text](target) as links, command: URIs included; outsideText breaks that syntax.
    const title = outsideText(found.ticket.title, { maxLength: OUTSIDE_TEXT_LIMITS.label });
    const message = found.reasons.includes('support-reply')
      ? vscode.l10n.t('Support replied to "{0}" ({1}).', title, account)
      : vscode.l10n.t('"{0}" needs your action: {1} ({2}).', title, outsideText(found.ticket.status.label, { maxLength: OUTSIDE_TEXT_LIMITS.label }), account);
    const open = vscode.l10n.t('Open');
    if ((await vscode.window.showInformationMessage(message, open)) === open) {
      await vscode.commands.executeCommand('cloudTickets.openTicket', found.accountId, found.ticket.id);
    }
  }
}
