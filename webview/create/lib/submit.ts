/**
 * The bottom of the form: a submit button that names what is still missing and the outcome of a
 * submit (banner with "Retry" when the ticket may exist, success view with the id). An agreement is a
 * required checkbox of the schema, so it is shown in the form and asked for once, before filing.
 */
import type { CreateFormStrings, CreateSubmitOutcome } from '../../../src/shared/protocol/create';
import { h } from '../../shared/lib/dom';
import { fill } from '../../shared/lib/format';
import { isolatedPhrase, outsideElement } from '../../shared/lib/outside';
import type { CreateForm } from './form';

export interface SubmitHost {
  submit(): Promise<CreateSubmitOutcome>;
  copy(text: string): Promise<void>;
  openTicket(ticketId: string): Promise<void>;
  /** Starts a fresh form after success. */
  startOver(): void;
}

export class SubmitBar {
  readonly root: HTMLElement;
  private readonly button: HTMLButtonElement;
  private readonly banner: HTMLElement;
  private busy = false;

  constructor(
    private readonly form: CreateForm,
    private readonly strings: CreateFormStrings,
    private readonly host: SubmitHost,
    private readonly showSuccess: (view: HTMLElement) => void,
  ) {
    this.button = h('button', { className: 'button', attrs: { type: 'submit', id: 'submit' } });
    this.banner = h('div', { className: 'alert banner', attrs: { role: 'alert', hidden: '' } });
    this.root = h('div', { className: 'submit-bar' }, this.banner, this.button);
    form.onProblemsChanged = () => this.renderButton();
    this.renderButton();
  }

  /** Runs a submit: from the button, Ctrl+Enter or "Retry". Never more than one at a time. */
  async submit(): Promise<void> {
    if (this.busy) return;
    await this.form.flush();
    if (this.form.problemList.length > 0) {
      this.form.revealProblems();
      return;
    }
    this.setBusy(true);
    try {
      this.handle(await this.host.submit());
    } catch (error) {
      this.showBanner(error instanceof Error ? error.message : String(error), false);
    } finally {
      this.setBusy(false);
    }
  }

  private handle(outcome: CreateSubmitOutcome): void {
    switch (outcome.outcome) {
      case 'created':
      case 'recovered':
        this.showSuccess(this.successView(outcome.ticketId, outcome.message));
        return;
      case 'invalid':
        this.form.setProblems(outcome.problems);
        this.form.revealProblems();
        return;
      case 'failed':
        this.showBanner(outcome.message, outcome.uncertain);
        return;
      case 'cancelled':
        return;
    }
  }

  private renderButton(): void {
    if (this.busy) {
      this.button.textContent = this.strings.submitting;
      return;
    }
    // Catalogue labels inside our sentence: each revealed, cut and isolated so none can reorder the rest.
    const missing = this.form.problemList.map((problem) => isolatedPhrase(problem.field.label));
    this.button.textContent = missing.length === 0 ? this.strings.submit : fill(this.strings.missing, missing.join(', '));
    // Stays clickable (it shows and focuses the problems), so no aria-disabled: its name says what is missing.
    this.button.classList.toggle('incomplete', missing.length > 0);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.button.disabled = busy;
    this.button.setAttribute('aria-busy', String(busy));
    this.form.setDisabled(busy);
    if (busy) this.banner.hidden = true;
    this.renderButton();
  }

  private showBanner(message: string, uncertain: boolean): void {
    const children: (Node | string)[] = [outsideElement('p', message, { maxChars: 2_000 })];
    if (uncertain) {
      const retry = h('button', { className: 'button-secondary', text: this.strings.retrySubmit, attrs: { type: 'button' } });
      retry.addEventListener('click', () => void this.submit());
      children.push(h('p', { className: 'hint', text: this.strings.uncertain }), retry);
    }
    this.banner.replaceChildren(...children);
    this.banner.hidden = false;
    this.banner.classList.toggle('uncertain', uncertain);
  }

  private successView(ticketId: string, message: string): HTMLElement {
    const copy = h('button', { className: 'button-secondary', text: this.strings.copy, attrs: { type: 'button' } });
    copy.addEventListener('click', () => {
      void this.host.copy(ticketId).then(() => {
        copy.textContent = this.strings.copied;
      });
    });
    const open = h('button', { className: 'button', text: this.strings.openTicket, attrs: { type: 'button' } });
    open.addEventListener('click', () => void this.host.openTicket(ticketId));
    const again = h('button', { className: 'button-secondary', text: this.strings.newTicket, attrs: { type: 'button' } });
    again.addEventListener('click', () => this.host.startOver());
    return h(
      'section',
      { className: 'success', attrs: { 'aria-labelledby': 'success-message' } },
      h('p', { text: message, attrs: { id: 'success-message', role: 'status' } }),
      h('p', {}, h('code', { className: 'ticket-id', text: ticketId, attrs: { 'data-ticket-id': ticketId } }), ' ', copy),
      h('div', { className: 'row' }, open, again),
    );
  }
}
