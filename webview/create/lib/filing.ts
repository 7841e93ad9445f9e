/**
 * A notice above the form about filing itself: the account may not file (no privilege), the problem
 * type's quota is used up, or how much of it is left. The host decides (and caches by the answers that
 * matter); this asks after changes and shows the newest answer.
 */
import type { CreateFilingNoticeView, CreateFormValues } from '../../../src/shared/protocol/create';
import { h } from '../../shared/lib/dom';

/** Pause after a change before asking (a cascade changes several selects at once). */
const CHECK_DEBOUNCE_MS = 300;

export class FilingNotice {
  readonly root: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;

  constructor(
    private readonly check: (values: CreateFormValues) => Promise<CreateFilingNoticeView | null>,
    initial: CreateFilingNoticeView | undefined,
  ) {
    this.root = h('div', { attrs: { id: 'filing-notice', hidden: '' } });
    this.show(initial ?? null);
  }

  /** The answers changed: ask again shortly. */
  valuesChanged(values: CreateFormValues): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(values), CHECK_DEBOUNCE_MS);
  }

  private async refresh(values: CreateFormValues): Promise<void> {
    const seq = ++this.seq;
    try {
      const notice = await this.check(values);
      if (seq === this.seq) this.show(notice);
    } catch {
      // The host is gone or the check failed; the provider checks again when filing.
    }
  }

  private show(notice: CreateFilingNoticeView | null): void {
    this.root.hidden = notice === null;
    this.root.className = notice?.blocking ? 'alert banner filing blocking' : 'notice filing';
    this.root.setAttribute('role', notice?.blocking ? 'alert' : 'status');
    this.root.replaceChildren(...(notice ? [h('p', { text: notice.text })] : []));
  }
}
