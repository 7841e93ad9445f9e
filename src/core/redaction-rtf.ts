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
  for (const start of text.matchAll(RTF_START)) {
    // (A break that no secret crosses between documents.)
    emit('\n', -1, -1);
    readDocument(text, start.index, emit);
  }
  return findInView(units.join(''), from, to, find);
}

/** Emits what the document at `start` shows, to its closing brace; returns nothing (its end is where reading stopped). */
function readDocument(text: string, start: number, emit: (unit: string, start: number, end: number) => void): void {
  const codePage = CODE_PAGES[/\\ansicpg(\d{3,5})/.exec(text.slice(start, start + 200))?.[1] ?? ''] ?? 'windows-1252';
  const decoder = decoderFor(codePage);
  let depth = 0;
  let bytes: number[] = [];
  let bytesStart = 0;
  const flushBytes = (end: number) => {
    if (bytes.length > 0) emit(decoder.decode(Uint8Array.from(bytes)), bytesStart, end);
    bytes = [];
  };
  for (let at = start; at < text.length; ) {
    const character = text[at];
    CONTROL.lastIndex = at;
    const control = character === '\\' ? CONTROL.exec(text) : null;
    if (control?.[4]) {
      if (bytes.length === 0) bytesStart = at;
      bytes.push(parseInt(control[4], 16));
      at = CONTROL.lastIndex;
      continue;
    }
    flushBytes(at);
    if (control) {
      const [word, number, symbol] = [control[1], control[2], control[3]];
      // `\u23494?`: a character by its number, then the one character readers without Unicode show instead.
      if (word === 'u' && number !== undefined) emit(String.fromCharCode(Number(number) < 0 ? Number(number) + 65536 : Number(number)), at, CONTROL.lastIndex);
      else emit(word ? (AS_TEXT[word] ?? '') : (SYMBOL_AS_TEXT[symbol] ?? ''), at, CONTROL.lastIndex);
      at = CONTROL.lastIndex + (word === 'u' && number !== undefined && /^[^\\{}\r\n]/.test(text[CONTROL.lastIndex] ?? '') ? 1 : 0);
      continue;
    }
    if (character === '{') depth += 1;
    else if (character === '}' && --depth === 0) return;
    // The source's own line breaks show nothing: `\par` ends a line.
    else if (character !== '\r' && character !== '\n') emit(character, at, at + 1);
    at += 1;
  }
  flushBytes(text.length);
}

function decoderFor(codePage: string): { decode(bytes: Uint8Array): string } {
  try {
    return new TextDecoder(codePage);
  } catch {
    // (A runtime without that code page still shows the ASCII around it.)
    return new TextDecoder('windows-1252');
  }
}
