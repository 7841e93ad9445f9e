/**
 * What a reader sees of an element, as text: characters as they are, except that a marker of a hidden
 * character shows its label (the CSS ::before of `.invisible-char`) instead of the character, and an
 * outlined space-like character shows as an outlined space. Used to tell look-alikes apart in tests.
 */
export function shownText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  const element = node as Element;
  if (element.nodeType === 1 && element.classList.contains('invisible-char')) {
    return element.classList.contains('invisible-char--space') ? '⟦ ⟧' : `⟦${element.getAttribute('data-code-point')}⟧`;
  }
  return Array.from(node.childNodes).map(shownText).join('');
}
