import * as vscode from 'vscode';
import { needsCheckBeforeResend, recoveredReplyText, replyArrived, unsentReplyText } from '../attach/replyOutcome';
import type { HostServices } from '../services/services';
import type { ReplyInput } from '../core/provider';
import { baselineOf, sendReplyOnce, type ReplySearchOptions, type ThreadBaseline } from '../core/reply-duplicate-guard';
import type { Message } from '../core/ticket';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';
import type { TicketTarget } from '../services/services';

export type PanelReplyResult = { readonly sent: true } | { readonly sent: false; readonly error: string };

/** An attempt whose outcome was ambiguous: the same text sent again is looked for first. */
interface UnsettledReply {
  readonly key: string;
  readonly baseline: ThreadBaseline;
}

/**
 * Sends the reply of one ticket panel exactly once (DESIGN.md §7). After a timeout or a dropped
 * connection the conversation is read back: a reply that arrived is not sent again; one that did not
 * is offered for resend with the text kept (the caller keeps the draft), and that resend looks once
 * more before it posts, in case the server committed the first attempt late.
 */
export class PanelReplySender {
  private unsettled: UnsettledReply | undefined;

  constructor(
    private readonly services: HostServices,
    private readonly target: TicketTarget,
    private readonly search?: ReplySearchOptions,
  ) {}

  /** `thread`: the conversation as the panel shows it, which is what "new" is measured against. */
  async send(input: ReplyInput, attachmentNames: readonly string[], thread: readonly Message[]): Promise<PanelReplyResult> {
    const key = keyOf(input);
    const resend = this.unsettled?.key === key ? this.unsettled : undefined;
    const baseline = resend?.baseline ?? baselineOf(thread);
    const { accountId, ticketId } = this.target;
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sending the reply to ticket {0}…', outsideText(ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label })), cancellable: true },
      (progress, token) => {
        const abort = new AbortController();
        const subscription = token.onCancellationRequested(() => abort.abort());
        return sendReplyOnce((call) => this.services.providers.run(accountId, call), ticketId, input, {
          baseline,
          attachmentNames,
          checkFirst: resend !== undefined,
          signal: abort.signal,
          ...(this.search ? { search: this.search } : {}),
          onCheck: () => progress.report({ message: vscode.l10n.t('Checking whether the reply arrived…') }),
        }).finally(() => subscription.dispose());
      },
    );
    this.unsettled = needsCheckBeforeResend(outcome) ? { key, baseline } : undefined;
    if (replyArrived(outcome)) {
      if (outcome.status === 'recovered') {
        this.services.log.info(`ticket ${ticketId}: the reply had been posted although sending failed; not sent again`);
        void vscode.window.showInformationMessage(recoveredReplyText());
      }
      return { sent: true };
    }
    const error = unsentReplyText(outcome);
    this.services.log.warn(`ticket ${ticketId}: reply failed (${outcome.status}${outcome.status === 'not-sent' && outcome.checked ? ', not in the conversation' : ''}): ${String(outcome.error)}`);
    return { sent: false, error };
  }
}

/** The same reply: same text (whitespace aside), same confidentiality, same attachments. */
function keyOf(input: ReplyInput): string {
  return JSON.stringify([input.body.replace(/\s+/g, ' ').trim(), input.secret === true, input.attachmentIds ?? []]);
}
