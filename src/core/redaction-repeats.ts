// A secret found once is the same secret wherever else it is written: a password given in a table and typed again
// in a command, a key quoted back in a later message, a cracked password on every host it opened. Only values that
// cannot be a common word or a name are looked for again, so a false positive does not spread.
import type { RedactionKind, RedactionSpan } from './redaction';
import { hasMixedClasses, isGeneratedToken, isUuid, looksRandom } from './redaction-values';

// Each distinct value costs one pass over the text; a bundle with thousands of findings looks for the first ones. (E-mail
// addresses and known secrets are found wherever they are by their own rules.)
const MAX_VALUES = 128;
const GLUED_LENGTH = 24;

/** Spans of every other occurrence, as a whole word (or glued to other text, when long and generated), of a distinctive value that another rule found. */
export function findRepeatedSecrets(text: string, spans: readonly RedactionSpan[]): RedactionSpan[] {
  const values = new Map<string, RedactionKind>();
  for (const span of spans) {
    if (values.size >= MAX_VALUES) break;
    // (A password that ends in a dot, `Xq7vLm2k.`, is typed again without it as often as with it.)
    const value = text.slice(span.start, span.end).replace(/(?<=[^.])\.$/, '');
    if (!values.has(value) && isDistinctive(value)) values.set(value, span.kind);
    // A signed header's key id (`OBS <id>:<signature>`, `OSS …`, `AWS …`) is quoted alone too ("that AK is disabled").
    // (Capitals and digits, as the clouds' key ids are: Azure's `SharedKey <account>:…` names a storage account, which is public.)
    const keyId = span.kind === 'authorization' ? /^([A-Z0-9]{16,40}):[A-Za-z0-9+/=]{16,}$/.exec(value)?.[1] : undefined;
    if (keyId && !values.has(keyId) && isDistinctive(keyId)) values.set(keyId, 'access-key-id');
  }
  const repeats: RedactionSpan[] = [];
  for (const [value, kind] of values) {
    // A long generated value is the same secret glued to other text too: a signature's source string appends the app secret
    // to a timestamp (`timestamp=1741888805` then the secret), a debug line prints the digest's input.
    // (Generated, not words joined: `handled_by_worker_v2_scheduler`, found by mistake once, would be hidden inside every name
    // that starts with it.)
    const glued = value.length >= GLUED_LENGTH && ((hasMixedClasses(value) && !/[_-][a-z]+[_-]/.test(value)) || /^[0-9a-f]{32,}$/i.test(value));
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      const end = at + value.length;
      if (glued || (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[end]))) repeats.push({ kind, start: at, end });
    }
  }
  return repeats;
}

// Short hex is as often an id or a short digest that other lines repeat; an address with a port, or a dotted data set
// name, is where or what, found by mistake.
const COMMON_REPEATS = /^[0-9a-f]{8,31}$|^\d{1,3}(?:\.\d{1,3}){3}\b|^[A-Z0-9]+(?:\.[A-Z0-9]+)+$/i;

function isDistinctive(value: string): boolean {
  if (value.length < 8 || value.length > 256 || /\s/.test(value) || COMMON_REPEATS.test(value)) return false;
  // (Both cases and a digit, or a UUID: `eu-west-1` or `v2.13.0-rc1`, found by mistake once, would be hidden everywhere.)
  return hasMixedClasses(value) || isGeneratedToken(value) || looksRandom(value) || isUuid(value);
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}_]/u.test(character);
}
