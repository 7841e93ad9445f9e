// A key printed in groups, as a letter, a licence sheet or an OCR of one writes it ("API key : TWRF 1G9M E8B0 WYGM 7OWO 50AR
// P8F2 K3V7"): after a secret's name and a colon or `=`, six groups or more of four or five capitals and digits (or small
// letters and digits), one blank or dash between them, the last maybe shorter. Three groups or more mix letters and digits:
// prose ("valid until June 2026 then renew"), an IBAN (`ES91 2100 0418 …`) and numbers do not. Fingerprints and serials are
// printed the same way, under names that are no secret's (`SHA256 fingerprint:`, `Hardware token serial:`).
import type { RedactionKind, RedactionSpan } from './redaction';
import { classifyKey, type KeyFamily } from './redaction-keys';

const GROUPS = /[:=：][ \t]*((?:[A-Z0-9]{4,5}[ -]){5,31}[A-Z0-9]{2,5}|(?:[a-z0-9]{4,5}[ -]){5,31}[a-z0-9]{2,5})(?![\w-])/dg;
// The name right before the colon: up to four words on its line (read within 80 characters, so a long line is not read back
// to its start for each candidate).
const NAME_BEFORE = /(?:^|[^\w.-])([A-Za-z][\w.-]*(?:[ \t][A-Za-z][\w.-]*){0,3})[ \t]*$/;
// The names whose values are secrets (not a key's id, a signature or a cookie).
const KIND_OF_FAMILY: Partial<Record<KeyFamily, RedactionKind>> = { password: 'password', secret: 'secret', 'secret-key': 'secret', token: 'token', 'api-key': 'api-key', 'security-token': 'token' };

/** Spans of secrets written as groups of letters and digits after their name. */
export function findGroupedKeys(text: string): RedactionSpan[] {
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(GROUPS)) {
    const value = match[1];
    const mixed = value.split(/[ -]/).filter((group) => /\d/.test(group) && /[A-Za-z]/.test(group));
    if (mixed.length < 3) continue;
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    const name = NAME_BEFORE.exec(before.slice(before.lastIndexOf('\n') + 1))?.[1];
    const family = name === undefined ? undefined : classifyKey(name)?.family;
    const kind = family === undefined ? undefined : KIND_OF_FAMILY[family];
    if (kind === undefined) continue;
    const [start, end] = match.indices?.[1] ?? [0, 0];
    spans.push({ kind, start, end });
  }
  return spans;
}
