/**
 * What a reader sees of an element, as text. A marker of a hidden character shows its label (the CSS
 * ::before of `.invisible-char`) instead of the character, an outlined space-like character shows as an
 * outlined space. Outside a marker, the characters src/shared/outsideText.ts calls invisible show as
 * what they look like: nothing, or a plain space. Used to tell look-alikes apart in tests.
 */
import { isMarked } from '../../../webview/shared/lib/outside';

const LOOKS_LIKE_SPACE = /[\u00A0\u2007\u202F\u2028\u2029\u115F\u1160\u3164\uFFA0]/;

function asSeen(text: string): string {
  return Array.from(text, (char) => (!isMarked(char) ? char : LOOKS_LIKE_SPACE.test(char) ? ' ' : '')).join('');
}

export function shownText(node: Node): string {
  if (node.nodeType === 3) return asSeen(node.textContent ?? '');
  const element = node as Element;
  if (element.nodeType === 1 && element.classList.contains('invisible-char')) {
    return element.classList.contains('invisible-char--space') ? '⟦ ⟧' : `⟦${element.getAttribute('data-code-point')}⟧`;
  }
  return Array.from(node.childNodes).map(shownText).join('');
}
