// Wallet recovery phrases (BIP-39 mnemonics): twelve to twenty-four short lower-case words that restore a
// wallet's keys, pasted alone on a line, quoted after a name (`MNEMONIC="…"`) or after a label. No name is needed:
// no sentence is made of twelve such words without a single function word, and a phrase that repeats its words
// (the public test vector "abandon abandon … about") is an example, not a wallet.
import type { RedactionSpan } from './redaction';
import { FUNCTION_WORDS } from './redaction-values';

const PHRASE = /(?<![\w-])(?:[a-z]{3,8} ){11,23}[a-z]{3,8}(?![\w-])/g;
const LENGTHS = new Set([12, 15, 18, 21, 24]);

/** Spans of recovery phrases. */
export function findMnemonics(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(PHRASE)) {
    const words = match[0].split(' ');
    if (!LENGTHS.has(words.length) || new Set(words).size < words.length - 2 || words.some((word) => FUNCTION_WORDS.has(word))) continue;
    spans.push({ kind: 'secret', start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
