// Loads the annotated redaction corpus from test/fixtures/redaction. Files named `*.pii.*` are
// scored with e-mail and phone redaction switched on. Also usable from `npm run bench`.
// A top-level folder named `held-out…` is a separate corpus that the rules are never tuned on: the
// tuning loader skips every such folder, and only `HELD_OUT_DIR` is read, through `loadHeldOutCorpus`
// (same parser, same options). The first held-out set was studied in issue #14 and now lives in the
// tuning corpus as `*/seen-held-out-1/`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type AnnotatedSample, parseAnnotatedSample } from '../../support/redaction-score';

export const REDACTION_CORPUS_DIR = path.resolve(__dirname, '../../fixtures/redaction');
/** The one held-out folder the tests and the bench score (figures only). */
export const HELD_OUT_DIR = 'held-out-2';
export const HELD_OUT_CORPUS_DIR = path.join(REDACTION_CORPUS_DIR, HELD_OUT_DIR);
/** Tuning files that were held-out once and have been studied since; scored as tuning, reported apart. */
export const SEEN_HELD_OUT_PART = '/seen-held-out-1/';
/**
 * `REDACTION_HELD_OUT=off` keeps the held-out folder unread (for whoever tunes the rules and runs the
 * bench while a new held-out set is being written).
 */
export const HELD_OUT_SWITCHED_OFF = process.env.REDACTION_HELD_OUT === 'off';

/** Every sample under `root` (the tuning corpus by default), named by its path relative to it; `held-out…/` folders are skipped. */
export function loadRedactionCorpus(root: string = REDACTION_CORPUS_DIR): AnnotatedSample[] {
  const samples: AnnotatedSample[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        // Any held-out folder (held-out, held-out-2, …) stays out of tuning, even while it is being written.
        if (!(folder === REDACTION_CORPUS_DIR && entry.name.startsWith('held-out'))) walk(full);
      } else if (entry.name !== 'README.md') {
        const options = entry.name.includes('.pii.') ? { emails: true, phoneNumbers: true } : undefined;
        samples.push(parseAnnotatedSample(path.relative(root, full), readFileSync(full, 'utf8'), options));
      }
    }
  };
  walk(root);
  return samples;
}

/** The held-out corpus (never tuned on), or undefined while its folder does not exist or `REDACTION_HELD_OUT=off`. */
export function loadHeldOutCorpus(): AnnotatedSample[] | undefined {
  if (HELD_OUT_SWITCHED_OFF) return undefined;
  return existsSync(HELD_OUT_CORPUS_DIR) ? loadRedactionCorpus(HELD_OUT_CORPUS_DIR) : undefined;
}
