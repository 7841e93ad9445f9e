// Loads the annotated redaction corpus from test/fixtures/redaction. Files named `*.pii.*` are
// scored with e-mail and phone redaction switched on. Also usable from `npm run bench`.
// A top-level folder named `held-out…` is a separate corpus that the rules are never tuned on: the
// tuning loader skips every such folder, and only `HELD_OUT_DIR` is read, through `loadHeldOutCorpus`
// (same parser, same options). The earlier held-out sets were studied in issue #14 and now live in
// the tuning corpus as `*/seen-held-out-1/` … `*/seen-held-out-43/`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type AnnotatedSample, parseAnnotatedSample } from '../../support/redaction-score';

export const REDACTION_CORPUS_DIR = path.resolve(__dirname, '../../fixtures/redaction');
/** The one held-out folder the tests and the bench score (figures only). */
export const HELD_OUT_DIR = 'held-out-44';
export const HELD_OUT_CORPUS_DIR = path.join(REDACTION_CORPUS_DIR, HELD_OUT_DIR);
/**
 * The held-out set's files in other languages and in renderings no earlier set used, by name (its README lists them, with the
 * near-misses that share their situation); the rest are its English and Chinese files in the renderings users paste most. The
 * bench scores each group apart.
 */
export const HELD_OUT_GROUPS: Readonly<Record<string, RegExp>> = {
  'its five files in other languages': /(?:^|[/\\])(?:kalmyk|ossetian|sakha|tuvan|udmurt)-/,
  'its files in new renderings': /(?:^|[/\\])(?:charity-donations|crop-insurance|flight-school|hotel-keycard|language-app|newspaper-cms|plant-breeding|weather-observatory)-/,
};
/** Tuning folders that were held-out once and have been studied since; scored as tuning, each reported apart. */
export const SEEN_HELD_OUT_PARTS: readonly string[] = [
  'seen-held-out-1',
  'seen-held-out-2',
  'seen-held-out-3',
  'seen-held-out-4',
  'seen-held-out-5',
  'seen-held-out-6-lead',
  'seen-held-out-6',
  'seen-held-out-7',
  'seen-held-out-7-lead',
  'seen-held-out-8',
  'seen-held-out-9',
  'seen-held-out-10',
  'seen-held-out-11',
  'seen-held-out-12',
  'seen-held-out-13',
  'seen-held-out-14',
  'seen-held-out-15',
  'seen-held-out-16',
  'seen-held-out-17',
  'seen-held-out-18',
  'seen-held-out-19',
  'seen-held-out-20',
  'seen-held-out-21',
  'seen-held-out-22',
  'seen-held-out-23',
  'seen-held-out-24',
  'seen-held-out-25',
  'seen-held-out-26',
  'seen-held-out-27',
  'seen-held-out-28',
  'seen-held-out-29',
  'seen-held-out-30',
  'seen-held-out-31',
  'seen-held-out-32',
  'seen-held-out-33',
  'seen-held-out-34',
  'seen-held-out-35',
  'seen-held-out-36',
  'seen-held-out-37',
  'seen-held-out-38',
  'seen-held-out-39',
  'seen-held-out-40',
  'seen-held-out-41',
  'seen-held-out-42',
  'seen-held-out-43',
];

/** Whether a tuning sample belongs to the studied held-out set `part` (`seen-held-out-2`), or to any of them. */
export function isSeenHeldOut(sampleName: string, part?: string): boolean {
  const segments = sampleName.split(/[/\\]/);
  return part === undefined ? SEEN_HELD_OUT_PARTS.some((name) => segments.includes(name)) : segments.includes(part);
}
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

/**
 * The held-out corpus (never tuned on), or undefined with `REDACTION_HELD_OUT=off`. A missing folder is
 * an error, not a skip: the set is written before anyone runs the held-out measurement.
 */
export function loadHeldOutCorpus(): AnnotatedSample[] | undefined {
  return HELD_OUT_SWITCHED_OFF ? undefined : readBlindSet(HELD_OUT_CORPUS_DIR);
}

/** Every sample of a blind-set folder; throws, naming the folder, when it does not exist. */
export function readBlindSet(folder: string): AnnotatedSample[] {
  if (!existsSync(folder)) throw new Error(`The held-out redaction corpus ${folder} is missing (HELD_OUT_DIR in test/unit/redaction/corpus.ts names it).`);
  return loadRedactionCorpus(folder);
}
