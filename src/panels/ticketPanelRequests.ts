import * as vscode from 'vscode';
import type { FormValues } from '../core/form-schema';
import type { TicketProvider } from '../core/provider';
import { ratingProblems, type RatingForm } from '../core/rating-form';
import { TicketError } from '../core/errors';
import type { HostServices, TicketTarget } from '../services/services';
import { errorMessage } from '../common/errorMessage';
import { offeredOperation } from '../common/providerOperation';
import type { TicketFormResult, TicketParamRequestView, TicketRatingFormView, TicketSubmitRatingRequest } from '../shared/protocol/ticketExtras';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';
import { paramRequestView, ratingFormView, ratingInputOf } from './ticketPanelExtrasView';

function sentence(error: unknown): string {
  return errorMessage(error);
}

/**
 * Forms the ticket page shows for support's requests and for rating: the host reads them from the
 * provider, checks the answer against them before anything is sent, and sends it once (never retried).
 */
export class TicketPanelRequests {
  private lastRatingForm: RatingForm | undefined;

  constructor(
    private readonly services: HostServices,
    private readonly target: TicketTarget,
  ) {}

  async paramRequest(messageId: string): Promise<TicketFormResult<TicketParamRequestView>> {
    try {
      const request = await this.services.providers.run(this.target.accountId, (p) => offeredOperation(p, 'paramRequest')(this.target.ticketId, messageId));
      return { form: paramRequestView(request) };
    } catch (error) {
      return { error: sentence(error) };
    }
  }

  async answerParams(messageId: string, values: FormValues): Promise<void> {
    await this.write(ownText(vscode.l10n.t('Sending your answer…')), (p, signal) => offeredOperation(p, 'answerParamRequest')(this.target.ticketId, messageId, values, signal));
  }

  async ratingForm(): Promise<TicketFormResult<TicketRatingFormView>> {
    try {
      const form = await this.services.providers.run(this.target.accountId, (p) => offeredOperation(p, 'ratingForm')(this.target.ticketId));
      this.lastRatingForm = form;
      return { form: ratingFormView(form) };
    } catch (error) {
      return { error: sentence(error) };
    }
  }

  /** Sends the rating answered on the form last shown; refused here when it does not fit that form. */
  async submitRating(answer: Omit<TicketSubmitRatingRequest, 'type'>): Promise<void> {
    const form = this.lastRatingForm;
    if (!form) throw new TicketError({ kind: 'invalid-input', code: 'NoRatingForm', message: vscode.l10n.t('Open the rating form again and send it from there.') });
    const input = ratingInputOf(form, answer);
    if (ratingProblems(form, input).length > 0) {
      throw new TicketError({ kind: 'invalid-input', code: 'InvalidRating', message: vscode.l10n.t('Give every item a score from the form (and say whether the problem was solved where asked).') });
    }
    await this.write(ownText(vscode.l10n.t('Rating ticket {0}…', outsideText(this.target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label }))), (p, signal) =>
      offeredOperation(p, 'rate')(this.target.ticketId, input, signal),
    );
    void vscode.window.showInformationMessage(vscode.l10n.t('Thank you for rating ticket {0}.', outsideText(this.target.ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label })));
  }

  private async write(title: SafeText, call: (provider: TicketProvider, signal: AbortSignal) => Promise<void>): Promise<void> {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
      const abort = new AbortController();
      const subscription = token.onCancellationRequested(() => abort.abort());
      return this.services.providers.run(this.target.accountId, (provider) => call(provider, abort.signal)).finally(() => subscription.dispose());
    });
  }
}
