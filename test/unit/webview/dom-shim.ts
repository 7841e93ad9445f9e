/**
 * A small DOM for testing page code in Node: elements, text, fragments, attributes, classes, simple
 * selectors, bubbling events, focus, and the browser's default action of a key on a focused button
 * (Enter and Space click it). No layout: sizes are 0 unless a test sets them. Enough for the pages'
 * components; a test that needs real rendering belongs in Chromium (bench/panel-render.ts, test/ui).
 */
import { ShimButton, ShimElement, ShimEvent, ShimFragment, ShimKeyboardEvent, ShimNode, ShimText, focusState } from './dom-shim-nodes';

export { ShimElement, ShimEvent, ShimKeyboardEvent, ShimNode };

class ShimDocument extends ShimNode {
  readonly documentElement = new ShimElement('html');
  readonly body = new ShimElement('body');
  get activeElement(): ShimElement {
    return focusState.active ?? this.body;
  }
  constructor() {
    super(9);
    this.appendChild(this.documentElement);
    this.documentElement.appendChild(this.body);
  }
  createElement(tag: string): ShimElement {
    const Kind = ELEMENT_CLASSES[tag.toLowerCase()] ?? ShimElement;
    return new Kind(tag.toLowerCase());
  }
  createTextNode(data: string): ShimText {
    return new ShimText(data);
  }
  createDocumentFragment(): ShimFragment {
    return new ShimFragment();
  }
  getElementById(id: string): ShimElement | null {
    return this.documentElement.querySelector(`#${id}`);
  }
  querySelector(selector: string): ShimElement | null {
    return this.documentElement.querySelector(selector);
  }
  querySelectorAll(selector: string): ShimElement[] {
    return this.documentElement.querySelectorAll(selector);
  }
}

class ShimInput extends ShimElement {}
class ShimTextArea extends ShimElement {}
class ShimSelect extends ShimElement {}
const ELEMENT_CLASSES: Record<string, typeof ShimElement> = { button: ShimButton, input: ShimInput, textarea: ShimTextArea, select: ShimSelect };

let shimDocument = new ShimDocument();
/** Frame callbacks queued by the code under test; `runFrames` runs them. */
let frames: (() => void)[] = [];

/** The globals installDom replaced, to put back (Node has its own `Event`, which other suites rely on). */
let replaced: Map<string, PropertyDescriptor | undefined> | undefined;

/** Puts Node's own globals back (call in `afterEach`). */
export function removeDom(): void {
  if (!replaced) return;
  for (const [name, descriptor] of replaced) {
    if (descriptor) Object.defineProperty(globalThis, name, descriptor);
    else Reflect.deleteProperty(globalThis, name);
  }
  replaced = undefined;
}

/** Installs a fresh document and window as globals (call in `beforeEach`, with removeDom in `afterEach`). */
export function installDom(): ShimDocument {
  removeDom();
  shimDocument = new ShimDocument();
  focusState.active = undefined;
  frames = [];
  const globals: Record<string, unknown> = {
    document: shimDocument,
    window: { addEventListener: () => undefined, scrollY: 0, innerHeight: 800, scrollTo: () => undefined, scrollBy: () => undefined },
    Node: ShimNode,
    Element: ShimElement,
    HTMLElement: ShimElement,
    HTMLButtonElement: ShimButton,
    HTMLInputElement: ShimInput,
    Event: ShimEvent,
    KeyboardEvent: ShimKeyboardEvent,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    requestIdleCallback: (callback: () => void) => frames.push(callback),
  };
  replaced = new Map(Object.keys(globals).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));
  for (const [name, value] of Object.entries(globals)) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  return shimDocument;
}

/** Runs the queued animation-frame and idle callbacks (as after a paint). */
export function runFrames(): void {
  const pending = frames;
  frames = [];
  for (const callback of pending) callback();
}

/**
 * Presses a key on the focused element as a browser does: keydown (bubbling), then the default action of
 * Enter or Space on a button, a click, unless a listener prevented it.
 */
export function pressKey(key: 'Enter' | ' ' | 'Tab'): void {
  const target = shimDocument.activeElement;
  const allowed = target.dispatchEvent(new ShimKeyboardEvent('keydown', { key, bubbles: true }));
  if (allowed && (key === 'Enter' || key === ' ') && target instanceof ShimButton) target.click();
}

/** True when a keyboard user can reach the element with Tab: in the document, not hidden, not disabled, not taken out of the tab order. */
export function isKeyboardReachable(element: ShimElement): boolean {
  if (element.disabled || element.getAttribute('tabindex') === '-1') return false;
  for (let node: ShimNode | null = element; node; node = node.parentNode) {
    if (node instanceof ShimElement && node.hidden) return false;
    if (node === shimDocument) return element instanceof ShimButton || element.getAttribute('tabindex') === '0';
  }
  return false;
}

/** Casts a shim node to the DOM type the code under test uses. */
export function asDom<T>(node: ShimNode): T {
  return node as unknown as T;
}

/** Casts what the code under test returned (built in the shim) back to the shim's type. */
export function asShim(node: Node): ShimElement {
  return node as unknown as ShimElement;
}
