// Loads the annotated redaction corpus from test/fixtures/redaction. Files named `*.pii.*` are
// scored with e-mail and phone redaction switched on. Also usable from `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type AnnotatedSample, parseAnnotatedSample } from '../../../src/core/redaction-score';

export const REDACTION_CORPUS_DIR = path.resolve(__dirname, '../../fixtures/redaction');

/** Every sample under the corpus folder, named by its path relative to it. */
export function loadRedactionCorpus(root: string = REDACTION_CORPUS_DIR): AnnotatedSample[] {
  const samples: AnnotatedSample[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name !== 'README.md') {
        const options = entry.name.includes('.pii.') ? { emails: true, phoneNumbers: true } : undefined;
        samples.push(parseAnnotatedSample(path.relative(root, full), readFileSync(full, 'utf8'), options));
      }
    }
  };
  walk(root);
  return samples;
}
