// A mail's part in quoted-printable (`Content-Transfer-Encoding: quoted-printable`): its text is read decoded — `=3D` is
// `=`, `=E5=AF=86=E7=A0=81` is 密码, a line ending in `=` goes on without a break — and each secret found there is redacted
// where its encoded form stands, soft breaks and escapes included.
import type { RedactionSpan } from './redaction';
import { findInView, isReadingView } from './redaction-views';

const PART_HEADER = /^Content-Transfer-Encoding:[ \t]*quoted-printable[ \t]*(?:;[^\r\n]*)?\r?$/gim;
// The part's body: after the blank line that ends its headers (within its header block), up to the next MIME boundary
// (`--…`), the next part's encoding header or the text's end. Bodies so never overlap, and each is decoded and read once: a
// thread of many parts costs what one long part does.
const BODY_START = /\r?\n[ \t]*\r?\n/g;
const MAX_HEADER_BLOCK = 2000;
const BODY_END = /^--|^Content-Transfer-Encoding:/im;

/** Spans, in `text`, of the secrets `find` reports in the decoded text of the quoted-printable parts (read in one pass). */
export function findInQuotedPrintable(text: string, find: (decoded: string) => readonly RedactionSpan[]): RedactionSpan[] {
  if (isReadingView() || !/quoted-printable/i.test(text)) return [];
  // The parts decoded, one after another with a blank line between; each unit's place in `text` (-1 between parts).
  const units: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let readTo = 0;
  for (const header of text.matchAll(PART_HEADER)) {
    BODY_START.lastIndex = header.index + header[0].length;
    const start = BODY_START.exec(text);
    if (!start || start.index - header.index > MAX_HEADER_BLOCK) continue;
    const bodyStart = start.index + start[0].length;
    // (Headers repeated before one body name that body once.)
    if (bodyStart < readTo) continue;
    const end = BODY_END.exec(text.slice(bodyStart));
    const body = text.slice(bodyStart, end ? bodyStart + end.index : text.length);
    readTo = bodyStart + body.length;
    // (A body with nothing encoded reads as the text around it already did.)
    if (!/=(?:[0-9A-Fa-f]{2}|[ \t]*\r?\n)/.test(body)) continue;
    const part = decode(body);
    units.push(part.decoded, '\n\n');
    // (One by one: a megabyte's offsets are too many arguments for one call.)
    for (let unit = 0; unit < part.from.length; unit += 1) {
      from.push(bodyStart + part.from[unit]);
      to.push(bodyStart + part.to[unit]);
    }
    from.push(-1, -1);
    to.push(-1, -1);
  }
  // (A span that crosses from one part into the next is no one secret.)
  return units.length === 0 ? [] : findInView(units.join(''), from, to, find);
}

/** The body decoded, and for each of its UTF-16 units where its encoded form starts and ends in `body`. */
function decode(body: string): { decoded: string; from: number[]; to: number[] } {
  const bytes: number[] = [];
  const byteFrom: number[] = [];
  const byteTo: number[] = [];
  for (let at = 0; at < body.length; ) {
    const code = body.charCodeAt(at);
    const escape = code === 0x3d ? /^=([0-9A-Fa-f]{2})/.exec(body.slice(at, at + 3)) : null;
    // (A soft break may keep blanks a mailer left before its line break.)
    const softBreak = code === 0x3d ? /^=[ \t]*\r?\n/.exec(body.slice(at, at + 80)) : null;
    if (code < 0x80 && !escape && !softBreak) {
      bytes.push(code);
      byteFrom.push(at);
      byteTo.push(at + 1);
      at += 1;
    } else if (softBreak) {
      at += softBreak[0].length;
    } else if (escape) {
      bytes.push(parseInt(escape[1], 16));
      byteFrom.push(at);
      byteTo.push(at + 3);
      at += 3;
    } else {
      const character = String.fromCodePoint(body.codePointAt(at) ?? 0);
      for (const byte of Buffer.from(character, 'utf8')) {
        bytes.push(byte);
        byteFrom.push(at);
        byteTo.push(at + character.length);
      }
      at += character.length;
    }
  }
  return fromUtf8(bytes, byteFrom, byteTo);
}

/** UTF-8 bytes as text (an invalid sequence as U+FFFD), each unit mapped to its bytes' first start and last end. */
function fromUtf8(bytes: readonly number[], byteFrom: readonly number[], byteTo: readonly number[]): { decoded: string; from: number[]; to: number[] } {
  const units: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let index = 0; index < bytes.length; ) {
    const lead = bytes[index];
    const length = lead < 0x80 ? 1 : lead >= 0xf0 && lead < 0xf8 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    const sequence = bytes.slice(index, index + length);
    const valid = sequence.length === length && sequence.slice(1).every((byte) => (byte & 0xc0) === 0x80);
    const text = valid ? Buffer.from(sequence).toString('utf8') : '\ufffd';
    const used = valid ? length : 1;
    for (const unit of text.split('')) {
      units.push(unit);
      from.push(byteFrom[index]);
      to.push(byteTo[index + used - 1]);
    }
    index += used;
  }
  return { decoded: units.join(''), from, to };
}
