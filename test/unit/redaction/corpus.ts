// Loads the annotated redaction corpus from test/fixtures/redaction. Files named `*.pii.*` are
// scored with e-mail and phone redaction switched on. Also usable from `npm run bench`.
// The `held-out/` folder is a separate corpus that the rules are never tuned on: the tuning loader
// skips it, and it is read only through `loadHeldOutCorpus` (same parser, same options).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type AnnotatedSample, parseAnnotatedSample } from '../../support/redaction-score';

export const REDACTION_CORPUS_DIR = path.resolve(__dirname, '../../fixtures/redaction');
export const HELD_OUT_CORPUS_DIR = path.join(REDACTION_CORPUS_DIR, 'held-out');

/** Every sample under `root` (the tuning corpus by default), named by its path relative to it; `held-out/` is skipped. */
export function loadRedactionCorpus(root: string = REDACTION_CORPUS_DIR): AnnotatedSample[] {
  const samples: AnnotatedSample[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (full !== HELD_OUT_CORPUS_DIR) walk(full);
      } else if (entry.name !== 'README.md') {
        const options = entry.name.includes('.pii.') ? { emails: true, phoneNumbers: true } : undefined;
        samples.push(parseAnnotatedSample(path.relative(root, full), readFileSync(full, 'utf8'), options));
      }
    }
  };
  walk(root);
  return samples;
}

/** The held-out corpus (never tuned on), or undefined while its folder does not exist. */
export function loadHeldOutCorpus(): AnnotatedSample[] | undefined {
  return existsSync(HELD_OUT_CORPUS_DIR) ? loadRedactionCorpus(HELD_OUT_CORPUS_DIR) : undefined;
}
