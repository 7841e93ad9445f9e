/**
 * Proving a reminder phone or e-mail under its field (schema fields with `verification`): when the
 * user leaves the field with an address that is not the account's registered one, "Send code" appears;
 * after sending, a code box and "Verify". Changing the address starts over. The host talks to the cloud.
 */
import type { CreateContactVerificationRequest, CreateFormStrings, CreateFormValues, CreateVerificationView, FormField } from '../../../src/shared/protocol/create';
import { h } from '../../shared/lib/dom';

export type VerificationHost = (request: Omit<CreateContactVerificationRequest, 'type'>) => Promise<CreateVerificationView>;

class ContactProof {
  private readonly panel: HTMLElement;
  private readonly status: HTMLElement;
  private readonly send: HTMLButtonElement;
  private readonly code: HTMLInputElement;
  private readonly verify: HTMLButtonElement;
  private seq = 0;

  constructor(
    private readonly field: FormField,
    fieldRoot: HTMLElement,
    private readonly strings: CreateFormStrings,
    private readonly values: () => CreateFormValues,
    private readonly host: VerificationHost,
  ) {
    this.status = h('p', { className: 'hint', attrs: { 'aria-live': 'polite' } });
    this.send = h('button', { className: 'button-secondary', text: strings.sendCode, attrs: { type: 'button', 'data-action': 'send-code' } });
    this.code = h('input', { attrs: { type: 'text', inputmode: 'numeric', maxlength: '6', autocomplete: 'one-time-code', 'aria-label': strings.codeLabel, placeholder: strings.codeLabel } });
    this.verify = h('button', { className: 'button-secondary', text: strings.verify, attrs: { type: 'button', 'data-action': 'verify-code' } });
    this.panel = h('div', { className: 'verification', attrs: { 'data-verification': field.id, hidden: '' } }, this.status, h('div', { className: 'row' }, this.send, this.code, this.verify));
    fieldRoot.append(this.panel);
    const input = fieldRoot.querySelector('input');
    input?.addEventListener('blur', () => void this.run('check'));
    input?.addEventListener('input', () => this.render({ state: 'not-needed' }));
    this.send.addEventListener('click', () => void this.run('send'));
    this.verify.addEventListener('click', () => void this.run('verify'));
    this.code.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      void this.run('verify');
    });
  }

  private async run(action: CreateContactVerificationRequest['action']): Promise<void> {
    const seq = ++this.seq;
    this.send.disabled = this.verify.disabled = true;
    try {
      const view = await this.host({ fieldId: this.field.id, values: this.values(), action, ...(action === 'verify' ? { code: this.code.value.trim() } : {}) });
      if (seq === this.seq) this.render(view);
    } catch (error) {
      if (seq === this.seq) this.render({ state: 'needed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (seq === this.seq) this.send.disabled = this.verify.disabled = false;
    }
  }

  private render(view: CreateVerificationView): void {
    this.panel.hidden = view.state === 'not-needed';
    this.panel.dataset.state = view.state;
    const text = view.state === 'verified' ? `✓ ${this.strings.verified}` : view.state === 'sent' ? this.strings.codeSent : this.strings.verificationNeeded;
    this.status.textContent = view.message ? `${text} ${view.message}` : text;
    this.status.classList.toggle('problem', view.message !== undefined);
    const entering = view.state === 'sent';
    this.code.hidden = this.verify.hidden = !entering;
    this.send.hidden = view.state === 'verified';
    if (view.state === 'sent' && view.message === undefined) this.code.focus();
  }
}

/** Adds the proof controls under every field of the form that asks for them. */
export function attachContactProofs(fields: readonly FormField[], formRoot: HTMLElement, strings: CreateFormStrings, values: () => CreateFormValues, host: VerificationHost): void {
  for (const field of fields) {
    if ((field.kind !== 'phone' && field.kind !== 'email') || !field.verification) continue;
    const root = [...formRoot.querySelectorAll<HTMLElement>('[data-field]')].find((element) => element.dataset.field === field.id);
    if (root) new ContactProof(field, root, strings, values, host);
  }
}
