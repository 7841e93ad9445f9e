/**
 * Long outside text (a 100 KB title, a 1 MB message) shown without laying all of it out: the page holds a
 * bounded prefix, optionally clamped to a few lines by CSS, and a "Show more" button adds the next part
 * (native buttons, so Enter and Space work, with `aria-expanded` and `aria-controls`); "Show less" goes
 * back. Text is cut at a space when there is one nearby, never inside a surrogate pair.
 */
import { button, h } from './dom';

export interface ExpandableStrings {
  readonly showMore: string;
  readonly showLess: string;
}

export interface ExpandableOptions {
  /** Characters in the DOM while collapsed. */
  readonly collapsedChars: number;
  /** Characters each "Show more" adds once the line clamp is off. */
  readonly stepChars: number;
  /** Markers of hidden characters (see outside.ts) in the collapsed part and in each added part. */
  readonly collapsedMarkers?: number;
  readonly stepMarkers?: number;
  /** Collapsed, the content carries `is-clamped` (the page's CSS clamps it to a few lines). */
  readonly lineClamp?: boolean;
  /** Extra class of the buttons' row. */
  readonly className?: string;
  /**
   * Appends `text` (one part of the whole) to `parent`; `complete` is false when more follows. It may
   * stop early (at `maxMarkers`, or before a link the cut went through so that the next part starts with
   * the whole link) and answers how many characters it appended.
   */
  readonly render: (parent: HTMLElement, text: string, complete: boolean, maxMarkers: number) => number;
}

/** Default marker bounds: a first paint stays within a few milliseconds of marker layout; a click may take longer. */
const COLLAPSED_MARKERS = 100;
const STEP_MARKERS = 2_000;
/** How far back from the limit a cut looks for a space. */
const SPACE_LOOKBACK = 1_000;

/** The end of the part that starts at `from` and holds at most `maxChars` characters. */
export function partEnd(text: string, from: number, maxChars: number): number {
  const limit = from + maxChars;
  if (limit >= text.length) return text.length;
  for (let i = limit; i > Math.max(from, limit - SPACE_LOOKBACK); i--) {
    const code = text.charCodeAt(i - 1);
    if (code === 0x20 || code === 0x0a || code === 0x09) return i;
  }
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}

export class ExpandableText {
  /** The buttons' row; empty (and hidden) while the whole text fits. */
  readonly controls: HTMLElement;
  private readonly more: HTMLButtonElement;
  private readonly less: HTMLButtonElement;
  private text = '';
  private shown = 0;
  private expanded = false;

  constructor(
    /** The element that shows the text; it needs an id for `aria-controls`. */
    readonly content: HTMLElement,
    strings: ExpandableStrings,
    private readonly options: ExpandableOptions,
  ) {
    const controls = content.id;
    this.more = button(strings.showMore, { 'aria-expanded': 'false', 'aria-controls': controls, 'data-expand': 'more' }, 'button-link expandable__more');
    this.less = button(strings.showLess, { 'aria-expanded': 'true', 'aria-controls': controls, 'data-expand': 'less', hidden: true }, 'button-link expandable__less');
    this.controls = h('div', { className: `expandable__controls${options.className ? ` ${options.className}` : ''}`, attrs: { hidden: true } }, this.more, ' ', this.less);
    this.more.addEventListener('click', () => this.showMore());
    this.less.addEventListener('click', () => this.showLess());
  }

  get isExpanded(): boolean {
    return this.expanded;
  }

  /** Characters of the text now in the DOM. */
  get shownChars(): number {
    return this.shown;
  }

  /** Shows `text` collapsed; the same text again keeps what the reader opened. */
  setText(text: string): void {
    if (text === this.text && this.shown > 0) return;
    this.text = text;
    this.collapse();
  }

  /** Shows the next part (and lifts the line clamp). */
  showMore(): void {
    if (!this.expanded) {
      this.expanded = true;
      this.content.classList.remove('is-clamped');
    }
    if (this.shown < this.text.length) this.appendPart(this.options.stepChars, this.options.stepMarkers ?? STEP_MARKERS);
    this.update();
    if (this.more.hidden) this.less.focus();
  }

  /** Back to the collapsed prefix; the focus stays on "Show more". */
  showLess(): void {
    const hadFocus = document.activeElement === this.less;
    this.collapse();
    if (hadFocus) this.more.focus();
  }

  /**
   * A line-clamped text shorter than the prefix may still overflow its lines; the page calls this after
   * layout (it reads the element's size).
   */
  checkOverflow(): void {
    if (this.expanded || !this.options.lineClamp) return;
    if (this.content.scrollHeight > this.content.clientHeight + 1) {
      this.more.hidden = false;
      this.controls.hidden = false;
    }
  }

  private collapse(): void {
    this.expanded = false;
    this.shown = 0;
    this.content.replaceChildren();
    this.content.classList.toggle('is-clamped', this.options.lineClamp === true);
    this.appendPart(this.options.collapsedChars, this.options.collapsedMarkers ?? COLLAPSED_MARKERS);
    this.update();
  }

  private appendPart(maxChars: number, maxMarkers: number): void {
    const end = partEnd(this.text, this.shown, maxChars);
    const appended = this.options.render(this.content, this.text.slice(this.shown, end), end === this.text.length, maxMarkers);
    // A part always moves on, even when its render appended nothing.
    this.shown = appended > 0 ? this.shown + appended : end;
  }

  private update(): void {
    const moreText = this.shown < this.text.length;
    // Collapsed and clamped, "Show more" may be needed even for text that is all here: checkOverflow decides.
    this.more.hidden = !moreText;
    this.less.hidden = !this.expanded;
    this.more.setAttribute('aria-expanded', String(this.expanded));
    this.controls.hidden = this.more.hidden && this.less.hidden;
  }
}
