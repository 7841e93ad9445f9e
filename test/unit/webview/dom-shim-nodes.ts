/**
 * The nodes of the tests' small DOM (./dom-shim.ts): events, nodes, text, fragments, elements with
 * attributes, classes and simple selectors.
 */

type Listener = (event: ShimEvent) => void;

/** The focused element of the one document (undefined: the body). */
export const focusState: { active: ShimElement | undefined } = { active: undefined };

export class ShimEvent {
  target: ShimNode | null = null;
  currentTarget: ShimNode | null = null;
  defaultPrevented = false;
  private stopped = false;
  readonly bubbles: boolean;
  constructor(
    readonly type: string,
    init: { bubbles?: boolean } = {},
  ) {
    this.bubbles = init.bubbles ?? false;
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
  stopPropagation(): void {
    this.stopped = true;
  }
  get propagationStopped(): boolean {
    return this.stopped;
  }
}

export class ShimKeyboardEvent extends ShimEvent {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  constructor(type: string, init: { key?: string; bubbles?: boolean; ctrlKey?: boolean; metaKey?: boolean } = {}) {
    super(type, init);
    this.key = init.key ?? '';
    this.ctrlKey = init.ctrlKey ?? false;
    this.metaKey = init.metaKey ?? false;
  }
}

export class ShimNode {
  parentNode: ShimNode | null = null;
  readonly childNodes: ShimNode[] = [];
  private readonly listeners = new Map<string, Listener[]>();
  constructor(readonly nodeType: number) {}

  get firstChild(): ShimNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): ShimNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }
  get textContent(): string {
    return this.childNodes.map((child) => child.textContent).join('');
  }
  set textContent(value: string) {
    this.replaceChildren(...(value === '' ? [] : [new ShimText(value)]));
  }
  appendChild<T extends ShimNode>(child: T): T {
    return this.insertBefore(child, null);
  }
  insertBefore<T extends ShimNode>(child: T, reference: ShimNode | null): T {
    const nodes = child instanceof ShimFragment ? [...child.childNodes] : [child];
    for (const node of nodes) {
      node.remove();
      const at = reference ? this.childNodes.indexOf(reference) : -1;
      this.childNodes.splice(at < 0 ? this.childNodes.length : at, 0, node);
      node.parentNode = this;
    }
    return child;
  }
  removeChild<T extends ShimNode>(child: T): T {
    const at = this.childNodes.indexOf(child);
    if (at >= 0) this.childNodes.splice(at, 1);
    child.parentNode = null;
    return child;
  }
  remove(): void {
    this.parentNode?.removeChild(this);
  }
  append(...children: (ShimNode | string)[]): void {
    for (const child of children) this.appendChild(typeof child === 'string' ? new ShimText(child) : child);
  }
  prepend(...children: (ShimNode | string)[]): void {
    const first = this.firstChild;
    for (const child of children) this.insertBefore(typeof child === 'string' ? new ShimText(child) : child, first);
  }
  replaceChildren(...children: (ShimNode | string)[]): void {
    for (const child of [...this.childNodes]) this.removeChild(child);
    this.append(...children);
  }
  replaceWith(node: ShimNode): void {
    const parent = this.parentNode;
    if (!parent) return;
    parent.insertBefore(node, this);
    this.remove();
  }
  after(node: ShimNode): void {
    const parent = this.parentNode;
    if (!parent) return;
    const next = parent.childNodes[parent.childNodes.indexOf(this) + 1] ?? null;
    parent.insertBefore(node, next);
  }
  contains(node: ShimNode | null): boolean {
    for (let current = node; current; current = current.parentNode) if (current === this) return true;
    return false;
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners.set(
      type,
      (this.listeners.get(type) ?? []).filter((entry) => entry !== listener),
    );
  }
  dispatchEvent(event: ShimEvent): boolean {
    event.target = this;
    for (const node of event.bubbles ? selfAndAncestors(this) : [this]) {
      event.currentTarget = node;
      for (const listener of node.listeners.get(event.type) ?? []) listener(event);
      if (event.propagationStopped) break;
    }
    return !event.defaultPrevented;
  }
}

/** The node, its parent, its parent's parent … up to the document. */
function* selfAndAncestors(node: ShimNode): Generator<ShimNode> {
  for (let current: ShimNode | null = node; current; current = current.parentNode) yield current;
}

export class ShimText extends ShimNode {
  constructor(public data: string) {
    super(3);
  }
  override get textContent(): string {
    return this.data;
  }
  override set textContent(value: string) {
    this.data = value;
  }
}

export class ShimFragment extends ShimNode {
  constructor() {
    super(11);
  }
}

/** Attributes with a property of the same meaning. */
const REFLECTED: Record<string, string> = { id: 'id', className: 'class', title: 'title', dir: 'dir' };

export class ShimElement extends ShimNode {
  readonly attributes = new Map<string, string>();
  value = '';
  checked = false;
  scrollHeight = 0;
  clientHeight = 0;
  constructor(readonly localName: string) {
    super(1);
    for (const [property, attribute] of Object.entries(REFLECTED)) {
      Object.defineProperty(this, property, {
        get: () => this.getAttribute(attribute) ?? '',
        set: (value: string) => this.setAttribute(attribute, String(value)),
      });
    }
  }
  get tagName(): string {
    return this.localName.toUpperCase();
  }
  get children(): ShimElement[] {
    return this.childNodes.filter((node): node is ShimElement => node instanceof ShimElement);
  }
  get hidden(): boolean {
    return this.hasAttribute('hidden');
  }
  set hidden(value: boolean) {
    if (value) this.setAttribute('hidden', '');
    else this.removeAttribute('hidden');
  }
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }
  set disabled(value: boolean) {
    if (value) this.setAttribute('disabled', '');
    else this.removeAttribute('disabled');
  }
  get classList(): { add(...names: string[]): void; remove(...names: string[]): void; toggle(name: string, force?: boolean): boolean; contains(name: string): boolean } {
    const read = () => new Set((this.getAttribute('class') ?? '').split(/\s+/).filter(Boolean));
    const write = (names: Set<string>) => this.setAttribute('class', [...names].join(' '));
    return {
      add: (...names) => write(new Set([...read(), ...names])),
      remove: (...names) => write(new Set([...read()].filter((name) => !names.includes(name)))),
      toggle: (name, force) => {
        const names = read();
        const on = force ?? !names.has(name);
        if (on) names.add(name);
        else names.delete(name);
        write(names);
        return on;
      },
      contains: (name) => read().has(name),
    };
  }
  get dataset(): Record<string, string | undefined> {
    const attribute = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    return new Proxy(
      {},
      {
        get: (_, key: string) => this.getAttribute(attribute(key)) ?? undefined,
        set: (_, key: string, value: string) => (this.setAttribute(attribute(key), String(value)), true),
        deleteProperty: (_, key: string) => (this.removeAttribute(attribute(key)), true),
      },
    );
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name.toLowerCase(), String(value));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name.toLowerCase()) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name.toLowerCase());
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name.toLowerCase());
  }
  matches(selector: string): boolean {
    return selector.split(',').some((part) => matchesChain(this, part.trim().split(/\s+/)));
  }
  closest(selector: string): ShimElement | null {
    for (const node of selfAndAncestors(this)) if (node instanceof ShimElement && node.matches(selector)) return node;
    return null;
  }
  querySelectorAll(selector: string): ShimElement[] {
    const found: ShimElement[] = [];
    const walk = (node: ShimNode) => {
      for (const child of node.childNodes) {
        if (child instanceof ShimElement) {
          if (child.matches(selector)) found.push(child);
          walk(child);
        }
      }
    };
    walk(this);
    return found;
  }
  querySelector(selector: string): ShimElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
  focus(): void {
    focusState.active = this;
  }
  blur(): void {
    if (focusState.active === this) focusState.active = undefined;
  }
  click(): void {
    if (this.disabled) return;
    this.dispatchEvent(new ShimEvent('click', { bubbles: true }));
  }
  scrollIntoView(): void {}
  getBoundingClientRect(): { top: number; height: number; width: number } {
    return { top: 0, height: 0, width: 0 };
  }
}

/** One compound selector: tag, #id, .class, [attr], [attr="value"]. */
function matchesCompound(element: ShimElement, compound: string): boolean {
  const tokens = compound.match(/^[a-z][a-z0-9-]*|#[\w-]+|\.[\w-]+|\[[^\]]+\]/gi) ?? [];
  if (tokens.join('') !== compound) throw new Error(`the DOM shim cannot read the selector "${compound}"`);
  return tokens.every((token) => {
    if (token.startsWith('#')) return element.getAttribute('id') === token.slice(1);
    if (token.startsWith('.')) return element.classList.contains(token.slice(1));
    if (token.startsWith('[')) {
      const [, name, value] = /^\[([\w-]+)(?:=["']?([^"'\]]*)["']?)?\]$/.exec(token) ?? [];
      return value === undefined ? element.hasAttribute(name) : element.getAttribute(name) === value;
    }
    return element.localName === token.toLowerCase();
  });
}

/** "a b c": c matches, with an ancestor matching b, with an ancestor matching a. */
function matchesChain(element: ShimElement, chain: readonly string[]): boolean {
  if (!matchesCompound(element, chain[chain.length - 1])) return false;
  let rest = chain.slice(0, -1);
  for (let node = element.parentNode; node && rest.length > 0; node = node.parentNode) {
    if (node instanceof ShimElement && matchesCompound(node, rest[rest.length - 1])) rest = rest.slice(0, -1);
  }
  return rest.length === 0;
}

/** Buttons get the browser's keyboard activation in ./dom-shim.ts (pressKey). */
export class ShimButton extends ShimElement {}
