// Finders bound the values they read (2,048 characters, less in some) so that their expressions stay linear; a token longer
// than that (a Huawei IAM token runs to several kilobytes) would keep its tail in clear. A long span that ends inside a token
// goes on to the token's end.
import type { RedactionSpan } from './redaction';

/** Characters of a long token (base64, base64url, a JWT's parts, hex), read from `lastIndex` on. */
const TOKEN_RUN = /[A-Za-z0-9+/=_.-]*/y;
/** A span this long ending inside a token was cut by a finder's bound, not by the token's end. */
const CUT_SPAN_LENGTH = 256;

/** The spans, each that a finder's bound cut inside a token run on to the token's end. */
export function throughLongTokens(text: string, spans: readonly RedactionSpan[]): RedactionSpan[] {
  const cut = new Set(spans.filter((span) => span.end - span.start >= CUT_SPAN_LENGTH && /[A-Za-z0-9+/=_.-]/.test(text.charAt(span.end - 1)) && /[A-Za-z0-9+/=_-]/.test(text.charAt(span.end))));
  const ends = tokenRunEnds(
    text,
    [...cut].map((span) => span.end),
  );
  return spans.map((span) => {
    let end = cut.has(span) ? ends.get(span.end) : undefined;
    if (end === undefined) return span;
    // A sentence's full stop or an ellipsis after the token is no part of it.
    while (end > span.end && text.charAt(end - 1) === '.') end--;
    return { ...span, end };
  });
}

/**
 * Where the token run through each position ends. Many spans may end inside one long run (a megabyte of `password=`
 * repeated gives hundreds), so the positions are taken in order and each run is read once: reading it again for every
 * span was quadratic.
 */
export function tokenRunEnds(text: string, positions: readonly number[]): ReadonlyMap<number, number> {
  const ends = new Map<number, number>();
  let runEnd = -1;
  for (const position of [...positions].sort((a, b) => a - b)) {
    if (position > runEnd) {
      TOKEN_RUN.lastIndex = position;
      TOKEN_RUN.exec(text);
      runEnd = TOKEN_RUN.lastIndex;
    }
    ends.set(position, runEnd);
  }
  return ends;
}
