// Wallet recovery phrases (BIP-39 mnemonics): twelve to twenty-four short lower-case words that restore a
// wallet's keys, pasted alone on a line, quoted after a name (`MNEMONIC="…"`) or after a label. No name is needed:
// no sentence is made of twelve such words without a single function word, and a phrase that repeats its words
// (the public test vector "abandon abandon … about") is an example, not a wallet.
import type { RedactionSpan } from './redaction';
import { FUNCTION_WORDS } from './redaction-values';

const PHRASE = /(?<![\w-])(?:[a-z]{3,8} ){11,23}[a-z]{3,8}(?![\w-])/g;
const LENGTHS = new Set([12, 15, 18, 21, 24]);
// A passphrase of words joined by dashes (diceware's, a password manager's generated ones) after the word that names it, with
// no colon between ("key passphrase indigo-lantern-amber-saffron"): four to eight words of no function.
// (Only a passphrase, ending its clause: "the password self-service-portal-guide on the wiki" names a page.)
const DASHED_PASSPHRASE = /\bpass[ -]?phrase[ \t]+(?:(?:is|was)[ \t]+)?([a-z]{3,10}(?:-[a-z]{3,10}){3,7})(?![\w-])(?=[ \t]*(?:[.,;)]|\r?\n|$))/dg;

/** Spans of recovery phrases and dashed passphrases. */
export function findMnemonics(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(PHRASE)) {
    const words = match[0].split(' ');
    if (!LENGTHS.has(words.length) || new Set(words).size < words.length - 2 || words.some((word) => FUNCTION_WORDS.has(word))) continue;
    spans.push({ kind: 'secret', start: match.index, end: match.index + match[0].length });
  }
  for (const match of text.matchAll(DASHED_PASSPHRASE)) {
    if (match[1].split('-').some((word) => FUNCTION_WORDS.has(word))) continue;
    const [start, end] = match.indices?.[1] ?? [0, 0];
    spans.push({ kind: 'password', start, end });
  }
  return spans;
}
