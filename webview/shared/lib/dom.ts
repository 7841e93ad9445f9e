/**
 * The only way webview code creates elements. Text goes in as text nodes (never parsed as HTML), and
 * attributes that could run code or load something (`on*`, `style`, `src`, `href`, `srcdoc`, `action`,
 * `formaction`) are refused, so ticket content can only ever become text.
 */

export type Child = Node | string | null | undefined | false;

export interface ElementProps {
  readonly className?: string;
  /** Plain attributes: ids, aria-*, data-*, role, type, tabindex … */
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** Shortcut for a single text child. */
  readonly text?: string;
}

const FORBIDDEN_ATTRIBUTE = /^(on|style$|src$|srcset$|href$|xlink:href$|srcdoc$|action$|formaction$|background$|poster$|data$)/i;

/** Creates an element with safe attributes and text/element children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.attrs) {
    for (const [name, value] of Object.entries(props.attrs)) {
      if (value === undefined || value === false) continue;
      setSafeAttribute(element, name, value === true ? '' : String(value));
    }
  }
  if (props.text !== undefined) element.textContent = props.text;
  append(element, ...children);
  return element;
}

/** Sets an attribute unless it could execute or fetch something. */
export function setSafeAttribute(element: Element, name: string, value: string): void {
  if (FORBIDDEN_ATTRIBUTE.test(name)) throw new Error(`refusing to set the attribute "${name}"`);
  element.setAttribute(name, value);
}

/** Appends children; strings become text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A button with a visible label (and an optional longer accessible name). */
export function button(label: string, attrs: ElementProps['attrs'] = {}, className = 'button'): HTMLButtonElement {
  return h('button', { className, attrs: { type: 'button', ...attrs }, text: label });
}
