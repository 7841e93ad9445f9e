import * as vscode from 'vscode';
import { NotificationClaims, type TicketChange } from '../core/notify';
import { systemClock } from '../core/polling';
import type { AccountStore } from '../accounts/accountStore';
import { DisposableOwner } from '../common/lifecycle';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';

/**
 * One notification per support reply or ticket that now needs the user, with "Open". What is news
 * comes from the reply watch (core/notify), on every cloud; replies that arrived while VS Code was
 * closed are news at the next start. Several VS Code windows poll the same accounts; each change is
 * claimed in globalState (shared by the windows of a profile) so only the first window to see it
 * notifies.
 */
export class ChangeNotifier extends DisposableOwner {
  private readonly claims: NotificationClaims;

  constructor(
    private readonly accounts: AccountStore,
    globalState: vscode.Memento,
    onDidDetect: (listener: (change: TicketChange) => void) => vscode.Disposable,
  ) {
    super();
    this.claims = new NotificationClaims(globalState, systemClock);
    this.own(onDidDetect((change) => void this.onChange(change)));
  }

  private async onChange(change: TicketChange): Promise<void> {
    if (!vscode.workspace.getConfiguration('cloudTickets').get<boolean>('notifications.enabled', true)) return;
    if (!(await this.claims.claim(`${change.accountId}/${change.ticket.id}/${change.mark}`))) return;
    await this.show(change);
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
