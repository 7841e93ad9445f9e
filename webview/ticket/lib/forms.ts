// Forms the page shows inline: the answer to support's parameter request (fields built from the
// request itself) and the rating form (a score and a reason per dimension, solved, comment). Labels and
// options come from the cloud and are isolated outside text; sending goes through the host.
import type { TicketFormFieldView, TicketParamRequestView, TicketRatingDimensionView, TicketRatingFormView, TicketStrings } from '../../../src/shared/protocol/ticket';
import { button, h } from '../../shared/lib/dom';
import { fill } from '../../shared/lib/format';
import { outsideAttribute, outsideElement } from '../../shared/lib/outside';

type Outcome = Promise<{ done: boolean; error?: string }>;

let formIds = 0;

interface FieldControl {
  readonly element: HTMLElement;
  read(): string | boolean;
}

function fieldControl(field: TicketFormFieldView, strings: TicketStrings): FieldControl {
  const id = `form-field-${++formIds}`;
  const label = h('label', { attrs: { for: id } }, outsideElement('span', field.label, { maxChars: 200 }), field.required ? h('span', { className: 'muted', text: ` (${strings.required})` }) : null);
  const help = field.help ? outsideElement('div', field.help, { className: 'muted form__help', maxChars: 2000 }) : null;
  if (field.kind === 'checkbox') {
    const box = h('input', { attrs: { type: 'checkbox', id, 'data-field': field.id } });
    box.checked = field.defaultValue === true;
    return { element: h('div', { className: 'form__row form__row--check' }, box, ' ', label, help), read: () => box.checked };
  }
  let input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  if (field.kind === 'select') {
    input = h(
      'select',
      { attrs: { id, 'data-field': field.id } },
      h('option', { attrs: { value: '' }, text: '—' }),
      ...(field.options ?? []).map((o) => h('option', { attrs: { value: o.value }, text: outsideAttribute(o.label, 200) })),
    );
  } else if (field.kind === 'textarea') {
    input = h('textarea', { className: 'form__text', attrs: { id, rows: 4, 'data-field': field.id, maxlength: field.maxLength } });
  } else {
    input = h('input', { className: 'form__text', attrs: { id, type: 'text', 'data-field': field.id, maxlength: field.maxLength } });
  }
  if (typeof field.defaultValue === 'string') input.value = field.defaultValue;
  return { element: h('div', { className: 'form__row' }, label, input, help), read: () => input.value };
}

/** The answer to a parameter request, shown under the request's message. */
export function paramRequestForm(view: TicketParamRequestView, strings: TicketStrings, send: (values: Record<string, string | boolean>) => Outcome, close: () => void): HTMLElement {
  const controls = view.fields.map((field) => ({ field, control: fieldControl(field, strings) }));
  const error = h('div', { className: 'error-text form__error outside', attrs: { role: 'alert', dir: 'auto' } });
  const submit = button(strings.sendAnswer, { type: 'submit' }, 'button');
  const form = h(
    'form',
    { className: 'request-form', attrs: { 'aria-label': strings.paramFormTitle, 'data-message-id': view.messageId } },
    h('strong', { text: strings.paramFormTitle }),
    view.answered ? h('span', { className: 'badge request-form__answered', text: strings.answered }) : null,
    ...controls.map(({ control }) => control.element),
    error,
    h('div', { className: 'form__buttons' }, submit, ' ', button(strings.cancel, { 'data-form-action': 'cancel' }, 'button-secondary')),
  );
  form.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('[data-form-action="cancel"]')) close();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    const values = Object.fromEntries(controls.map(({ field, control }) => [field.id, control.read()]));
    settle(send(values), submit, error, close);
  });
  return form;
}

/** The star radios of one dimension and the reason picker that follows the chosen score. */
function dimensionControl(dimension: TicketRatingDimensionView, strings: TicketStrings): { element: HTMLElement; score(): number | undefined; reason(): string } {
  const name = `rating-${++formIds}`;
  const reason = h('select', { className: 'rating__reason', attrs: { 'aria-label': strings.reason, 'data-dimension': dimension.id } });
  const reasonRow = h('label', { className: 'rating__reason-row' }, h('span', { text: `${strings.reason} ` }), reason);
  reasonRow.hidden = true;
  const radios: HTMLInputElement[] = [];
  const stars = h('div', { className: 'rating__stars', attrs: { role: 'radiogroup' } });
  for (let score = dimension.minScore; score <= dimension.maxScore; score++) {
    const radio = h('input', { attrs: { type: 'radio', name, value: score, 'aria-label': fill(strings.scoreOf, score, dimension.maxScore), 'data-score': score } });
    radios.push(radio);
    stars.append(
      h(
        'label',
        { className: 'rating__star', attrs: { title: fill(strings.scoreOf, score, dimension.maxScore) } },
        radio,
        h('span', { attrs: { 'aria-hidden': 'true' }, text: '★'.repeat(Math.min(score, 10)) }),
      ),
    );
  }
  const chosen = () => {
    const checked = radios.find((r) => r.checked);
    return checked ? Number(checked.value) : undefined;
  };
  stars.addEventListener('change', () => {
    const offered = dimension.reasons.find((entry) => entry.score === chosen())?.reasons ?? [];
    reason.replaceChildren(h('option', { attrs: { value: '' }, text: strings.noReason }), ...offered.map((r) => h('option', { attrs: { value: r.id }, text: outsideAttribute(r.label, 200) })));
    reasonRow.hidden = offered.length === 0;
  });
  const legend = dimension.label ? outsideElement('legend', dimension.label, { maxChars: 120 }) : h('legend', { text: strings.overallScore });
  return { element: h('fieldset', { className: 'rating__dimension', attrs: { 'data-dimension': dimension.id } }, legend, stars, reasonRow), score: chosen, reason: () => reason.value };
}

export interface RatingAnswer {
  readonly scores: Record<string, number>;
  readonly reasons: Record<string, string>;
  readonly solved?: boolean;
  readonly comment: string;
}

/** The rating form the cloud describes, under the ticket's header. */
export function ratingForm(view: TicketRatingFormView, strings: TicketStrings, send: (answer: RatingAnswer) => Outcome, close: () => void): HTMLElement {
  const dimensions = view.dimensions.map((d) => ({ d, control: dimensionControl(d, strings) }));
  const solvedName = `solved-${++formIds}`;
  const solvedYes = h('input', { attrs: { type: 'radio', name: solvedName, value: 'yes' } });
  const solvedNo = h('input', { attrs: { type: 'radio', name: solvedName, value: 'no' } });
  const solved = view.solvedFlag
    ? h('fieldset', { className: 'rating__solved' }, h('legend', { text: strings.solvedQuestion }), h('label', {}, solvedYes, ` ${strings.yes}`), ' ', h('label', {}, solvedNo, ` ${strings.no}`))
    : null;
  const comment = h('textarea', { className: 'form__text', attrs: { rows: 3, maxlength: view.maxCommentLength, 'aria-label': strings.ratingComment, placeholder: strings.ratingComment } });
  const error = h('div', { className: 'error-text form__error outside', attrs: { role: 'alert', dir: 'auto' } });
  const submit = button(strings.sendRating, { type: 'submit' }, 'button');
  const form = h(
    'form',
    { className: 'rating-form', attrs: { 'aria-label': strings.ratingTitle } },
    h('h2', { className: 'rating-form__title', text: strings.ratingTitle }),
    ...dimensions.map(({ control }) => control.element),
    solved,
    view.comment ? comment : null,
    error,
    h('div', { className: 'form__buttons' }, submit, ' ', button(strings.cancel, { 'data-form-action': 'cancel' }, 'button-secondary')),
  );
  form.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('[data-form-action="cancel"]')) close();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    const scores: Record<string, number> = {};
    const reasons: Record<string, string> = {};
    for (const { d, control } of dimensions) {
      const score = control.score();
      if (score === undefined) {
        error.textContent = strings.scoreMissing;
        return;
      }
      scores[d.id] = score;
      if (control.reason()) reasons[d.id] = control.reason();
    }
    if (view.solvedFlag && !solvedYes.checked && !solvedNo.checked) {
      error.textContent = strings.solvedMissing;
      return;
    }
    submit.disabled = true;
    const answer: RatingAnswer = { scores, reasons, comment: view.comment ? comment.value : '', ...(view.solvedFlag ? { solved: solvedYes.checked } : {}) };
    settle(send(answer), submit, error, close);
  });
  return form;
}

/** Re-enables the form's button when the host answers; shows its error, or closes the form once done. */
function settle(sent: Promise<{ readonly error?: string; readonly done?: boolean }>, submit: HTMLButtonElement, error: HTMLElement, close: () => void): void {
  void sent.then(
    (outcome) => {
      submit.disabled = false;
      if (outcome.error) error.textContent = outcome.error;
      else if (outcome.done) close();
    },
    (failure: unknown) => {
      submit.disabled = false;
      error.textContent = failure instanceof Error ? failure.message : String(failure);
    },
  );
}
