// PINs said in English prose: a device's, a card's or a token's ("USB token … default PIN was 81498832, changed to 26441831",
// "LSO: … token PIN 586318"). The word before "PIN" says whose it is; a bare "PIN" is as often India's postal code ("PIN
// 560034") or a board's pin.
import type { RedactionSpan } from './redaction';
import { DIGITS_DATE } from './redaction-chinese-labels';

const PIN_PHRASE =
  /\b(?:[Tt]oken|[Cc]ard|SIM|USB|[Dd]evice|[Dd]efault|[Nn]ew|[Oo]ld|[Ii]nitial|[Aa]dmin|[Uu]ser|[Ss]mart[ -]?card|YubiKey|HSM|[Ss]afe|[Dd]oor|[Aa]larm|[Kk]eypad)[ \t]+PIN(?:[ \t]+(?:code|number))?(?:[ \t]*[:=]|[ \t]+(?:is|was)(?:[ \t]+now)?)?[ \t]+(\d{4,12})\b(?:[^\r\n.;]{0,30}?\bchanged[ \t]+to[ \t]+(\d{4,12})\b)?/dg;

/** Spans of device, card and token PINs named in prose. */
export function findPinsInProse(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  if (!text.includes('PIN')) return spans;
  for (const match of text.matchAll(PIN_PHRASE)) {
    for (const group of [1, 2]) {
      const value = match[group];
      const [start, end] = match.indices?.[group] ?? [0, 0];
      // (A year or a date is when, not what: "the PIN was 2024-…", "default PIN 1999".)
      if (value === undefined || /^(?:19|20)\d{2}$/.test(value) || DIGITS_DATE.test(value) || /^(\d)\1+$/.test(value)) continue;
      spans.push({ kind: 'password', start, end });
    }
  }
  return spans;
}
