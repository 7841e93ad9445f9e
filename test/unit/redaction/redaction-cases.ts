import * as assert from 'node:assert/strict';
import { redactSecrets } from '../../../src/core/redaction';
import { REDACTION_PROFILE } from '../../../src/providers';

/** A way of writing secrets, a text written that way, and the secrets it holds, in order. */
export type FoundCase = [mechanism: string, text: string, secrets: string[]];
/** Text that looks like it holds a secret and holds none. */
export type KeptCase = [context: string, text: string];

/** The redacted substrings of a text, in order. */
export function redactedParts(text: string): string[] {
  return redactSecrets(text, REDACTION_PROFILE).findings.map((finding) => text.slice(finding.start, finding.end));
}

/** One test per case: each found case redacts exactly its secrets, each kept case nothing. */
export function describeRedactionCases(title: string, found: readonly FoundCase[], kept: readonly KeptCase[]): void {
  describe(title, () => {
    for (const [mechanism, text, secrets] of found) {
      it(`redacts ${mechanism}`, () => {
        assert.deepEqual(redactedParts(text), secrets);
      });
    }
    for (const [context, text] of kept) {
      it(`leaves ${context} alone`, () => {
        assert.deepEqual(redactedParts(text), []);
      });
    }
  });
}
