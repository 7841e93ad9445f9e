// A Rich Text document pasted as its source (a handover note opened in Notepad): its words in another script are bytes of
// its code page escaped one by one (`\'c3\'dc\'c2\'eb` is 密码 in GBK), its lines are `\par`, and control words stand
// between a label and its value (`: \cf1\b …\cf0\b0\par`). The document is read again as the text it shows, and each
// secret found there is redacted where it stands in the source.
import type { RedactionSpan } from './redaction';
import { findInView, isReadingView } from './redaction-views';

const RTF_START = /\{\\rtf\d?/g;
// A control word and its number (`\fs22`, `\u23494`), with the one blank that ends it; a control symbol (`\~`, `\{`); a
// code page's byte (`\'c3`).
const CONTROL = /\\([a-z]{1,32})(-?\d{1,10})? ?|\\([^a-z'])|\\'([0-9a-fA-F]{2})/y;
const AS_TEXT: Readonly<Record<string, string>> = { par: '\n', line: '\n', row: '\n', tab: '\t', cell: ' | ' };
const SYMBOL_AS_TEXT: Readonly<Record<string, string>> = { '~': ' ', '-': '', _: '-', '\\': '\\', '{': '{', '}': '}' };
// Windows code pages by number, as `\ansicpg936` names them.
const CODE_PAGES: Readonly<Record<string, string>> = { '936': 'gbk', '950': 'big5', '932': 'shift_jis', '949': 'euc-kr', '1251': 'windows-1251', '1252': 'windows-1252' };

/** Spans, in `text`, of the secrets `find` reports in the text its RTF documents show. */
export function findInRtf(text: string, find: (shown: string) => readonly RedactionSpan[]): RedactionSpan[] {
  if (isReadingView() || !text.includes('{\\rtf')) return [];
  const units: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const emit = (unit: string, start: number, end: number) => {
    for (const character of unit) {
      units.push(character);
      from.push(start);
      to.push(end);
    }
  };
  const starts = new RegExp(RTF_START.source, 'g');
  for (let found = starts.exec(text); found; found = starts.exec(text)) {
    // (A break that no secret crosses between documents.) A document read is not read again from a `{\rtf` inside it, so
    // the text is read once however many it holds.
    emit('\n', -1, -1);
    starts.lastIndex = readDocument(text, found.index, emit);
  }
  return findInView(units.join(''), from, to, find);
}

/** Emits what the document at `start` shows, to its closing brace or the text's end; returns where it stopped. */
function readDocument(text: string, start: number, emit: (unit: string, start: number, end: number) => void): number {
  const codePage = CODE_PAGES[/\\ansicpg(\d{3,5})/.exec(text.slice(start, start + 200))?.[1] ?? ''] ?? 'windows-1252';
  const decoder = decoderFor(codePage);
  let depth = 0;
  // Where the bytes of the character being decoded start (a GBK character is two escapes).
  let bytesStart = -1;
  for (let at = start; at < text.length; ) {
    const character = text[at];
    CONTROL.lastIndex = at;
    const control = character === '\\' ? CONTROL.exec(text) : null;
    if (control?.[4]) {
      if (bytesStart < 0) bytesStart = at;
      at = CONTROL.lastIndex;
      const shown = decoder.decode(Uint8Array.of(parseInt(control[4], 16)), { stream: true });
      if (shown) {
        emit(shown, bytesStart, at);
        bytesStart = -1;
      }
      continue;
    }
    bytesStart = -1;
    if (control) {
      const [word, number, symbol] = [control[1], control[2], control[3]];
      at = CONTROL.lastIndex;
      if (word === 'u' && number !== undefined) {
        // `\u23494?`: a character by its number, then the one character (maybe an escaped byte) shown instead without Unicode.
        emit(String.fromCharCode(Number(number) < 0 ? Number(number) + 65536 : Number(number)), control.index, at);
        at += /^\\'[0-9a-fA-F]{2}/.test(text.slice(at, at + 4)) ? 4 : /^[^\\{}\r\n]/.test(text[at] ?? '') ? 1 : 0;
      } else emit(word ? (AS_TEXT[word] ?? '') : (SYMBOL_AS_TEXT[symbol] ?? ''), control.index, at);
      continue;
    }
    if (character === '{') depth += 1;
    else if (character === '}' && --depth === 0) return at + 1;
    // The source's own line breaks show nothing: `\par` ends a line.
    else if (character !== '\r' && character !== '\n') emit(character, at, at + 1);
    at += 1;
  }
  return text.length;
}

function decoderFor(codePage: string): { decode(bytes: Uint8Array, options: { stream: boolean }): string } {
  try {
    return new TextDecoder(codePage);
  } catch {
    // (A runtime without that code page still shows the ASCII around it.)
    return new TextDecoder('windows-1252');
  }
}
