import * as assert from 'node:assert/strict';
import { revealInvisibles } from '../../../src/shared/outsideText';
import { partEnd } from '../../../webview/shared/lib/expandable';
import { linkify } from '../../../webview/shared/lib/linkify';
import { appendOutsideText, codePointLabel, isolatedPhrase, isMarked, outsideAttribute, outsideElement } from '../../../webview/shared/lib/outside';
import { asShim, installDom, removeDom } from './dom-shim';
import { shownText } from './shown-text';

describe('outside text in the pages (webview/shared/lib/outside.ts)', () => {
  beforeEach(() => installDom());
  afterEach(() => removeDom());

  it('marks every character src/shared/outsideText.ts reveals, and nothing else', () => {
    // The page's candidate list is its own copy of the character classes: walk the code space so the two
    // cannot drift apart (the host's regexes hold BMP characters only).
    const all: string[] = [];
    for (let code = 0; code <= 0xffff; code++) if (code < 0xd800 || code > 0xdfff) all.push(String.fromCharCode(code));
    const parent = document.createElement('div');
    appendOutsideText(parent, all.join(''));
    const marked = asShim(parent)
      .querySelectorAll('.invisible-char')
      .map((marker) => marker.textContent);
    assert.deepEqual(marked, all.filter(isMarked));
    // Alone in ordinary text too (the common case takes a shortcut).
    for (const char of marked) {
      const single = document.createElement('span');
      appendOutsideText(single, `plain ${char} text`);
      assert.equal(asShim(single).querySelectorAll('.invisible-char').length, 1, codePointLabel(char));
    }
    assert.ok(marked.length >= 30, `only ${marked.length} characters are marked`);
    assert.ok(marked.includes('\u202E') && marked.includes('\u200B') && marked.includes('\u00A0'));
  });

  it('keeps the real text for copying and labels each hidden character with its code point', () => {
    const text = 'pay\u200Bment \u202Egnp.exe';
    const element = asShim(outsideElement('span', text));
    assert.equal(element.textContent, text);
    assert.equal(element.getAttribute('dir'), 'auto');
    assert.ok(element.classList.contains('outside'));
    const markers = element.querySelectorAll('.invisible-char');
    assert.deepEqual(
      markers.map((marker) => marker.getAttribute('data-code-point')),
      ['U+200B', 'U+202E'],
    );
    // Each control sits alone in its marker, so it has nothing to reorder.
    assert.deepEqual(
      markers.map((marker) => marker.textContent),
      ['\u200B', '\u202E'],
    );
  });

  it('makes titles that differ only by zero-width or no-break characters look different', () => {
    const variants = ['payment due', 'pay\u200Bment due', 'pay\u200Cment due', 'payment\u00A0due', 'payment\u202Fdue', '\u2066payment due'];
    const shown = variants.map((text) => shownText(outsideElement('h1', text)));
    assert.equal(new Set(shown).size, variants.length, shown.join(' | '));
  });

  it('shows C0 controls as spaces', () => {
    const parent = document.createElement('div');
    appendOutsideText(parent, 'a\u0007b\u001bc\td\ne');
    assert.equal(parent.textContent, 'a b c\td\ne');
  });

  it('cuts long short-field text and keeps more of it in the tooltip', () => {
    const element = outsideElement('span', `${'n'.repeat(10_000)}\u202E`, { maxChars: 120 });
    assert.equal(Array.from(element.textContent ?? '').length, 120);
    assert.ok((element.getAttribute('title') ?? '').length <= 1_000);
  });

  it('puts code points, not controls, into attributes and option labels', () => {
    assert.equal(outsideAttribute('a\u202Eb\u200Bc\nd'), 'a⟨U+202E⟩b⟨U+200B⟩c d');
    assert.equal(outsideAttribute('plain label'), 'plain label');
    assert.equal(Array.from(outsideAttribute('x'.repeat(1_000_000), 300)).length, 300);
  });

  it('isolates a right-to-left phrase without leaving it a bidi control that could close the isolate', () => {
    const phrase = isolatedPhrase('\u2069\u202Eשם');
    assert.ok(phrase.startsWith('\u2068') && phrase.endsWith('\u2069'));
    assert.equal(revealInvisibles(phrase.slice(1, -1)), phrase.slice(1, -1));
    assert.equal(isolatedPhrase('\u202EProduct'), '⟨U+202E⟩Product', 'left-to-right text needs no isolate');
    assert.equal(isolatedPhrase('Product'), 'Product');
  });
});

describe('the DOM shim of these tests', () => {
  it("puts Node's own globals back, so later suites see no document and Node's Event", () => {
    const nodeEvent = globalThis.Event;
    installDom();
    assert.notEqual(globalThis.Event, nodeEvent);
    removeDom();
    assert.equal(globalThis.Event, nodeEvent);
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  });
});

describe('cutting long text into parts (partEnd)', () => {
  it('cuts after a space near the limit', () => {
    const text = `${'word '.repeat(100)}tail`;
    const end = partEnd(text, 0, 52);
    assert.equal(end, 50);
    assert.equal(text[end - 1], ' ');
  });

  it('cuts at the limit in text without spaces, never inside a surrogate pair', () => {
    const text = '😀'.repeat(1_000);
    assert.equal(partEnd(text, 0, 101), 100);
    assert.equal(partEnd('a'.repeat(5_000), 0, 2_000), 2_000);
    assert.equal(partEnd('short', 0, 2_000), 5);
  });
});

// How long these take is a bench row (bench/sections/55-ticket-ids.ts: 4× the text ≈ 4× the time);
// here a quadratic rewrite would show as a test that never ends, and a wrong cut as a failure.
describe('linkify on adversarial megabytes', () => {
  const cases: [string, string][] = [
    ['a megabyte of "http://a"', 'http://a'.repeat(131_072)],
    // Sized so a quadratic trailing-punctuation check takes seconds instead of hours.
    ['a URL ending in 100,000 punctuation marks', `http://x.example/${'.'.repeat(100_000)}x`],
    ['punctuation runs inside one URL', `http://x.example/${'.....a'.repeat(170_000)}`],
    ['a megabyte of one letter', 'a'.repeat(1_048_576)],
    ['scheme fragments', 'http:/'.repeat(170_000)],
  ];
  for (const [name, text] of cases) {
    it(`keeps every character of ${name}`, () => {
      const segments = linkify(text);
      assert.equal(segments.map((segment) => segment.text).join(''), text);
    });
  }

  it('ends a link at a bidi control or an invisible character', () => {
    const links = linkify('see https://bank.example/\u202Etxt.exe and http://a.example/x\u200By')
      .filter((s) => s.kind === 'link')
      .map((s) => s.text);
    assert.deepEqual(links, ['https://bank.example/', 'http://a.example/x']);
  });
});
