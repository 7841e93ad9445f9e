import * as assert from 'node:assert/strict';
import { type AnnotatedSample, formatRedactionScore, type RedactionScore, scoreRedactionCorpus } from '../../support/redaction-score';
import { HELD_OUT_CORPUS_DIR, HELD_OUT_DIR, loadHeldOutCorpus, loadRedactionCorpus, SEEN_HELD_OUT_PART } from './corpus';

// The floors the figures must stay at. Held-out is the honest one: the rules were never tuned on it.
const TUNING_FLOOR = 0.97;
/**
 * The held-out corpus is never tuned on; the target is 0.97 for both (DESIGN.md §7). The first held-out
 * set reached 97.2 % / 94.4 % before it was studied and moved into tuning (`seen-held-out-1/`). The second
 * (`held-out-2/`, 634 secrets written by an engineer who never saw the rules) was measured once, on
 * 2026-12-04 with the rules of that day: precision 97.0 % (587/605), recall 91.8 % (582/634). The floors
 * are what it reached, below the target, so a regression fails while the gap stays visible. Raising the
 * rules, never editing the corpus, is how these go up.
 */
const HELD_OUT_FLOOR = { precision: 0.97, recall: 0.91 };
const isBroad = (name: string) => name.includes('/broad/');
const isSeenHeldOut = (name: string) => name.includes(SEEN_HELD_OUT_PART);

describe('redaction tuning corpus (test/fixtures/redaction)', () => {
  const samples = loadRedactionCorpus();
  const score = scoreRedactionCorpus(samples);
  const base = scoreRedactionCorpus(samples.filter((sample) => !isBroad(sample.name) && !isSeenHeldOut(sample.name)));
  const broad = scoreRedactionCorpus(samples.filter((sample) => isBroad(sample.name)));
  const seenHeldOut = scoreRedactionCorpus(samples.filter((sample) => isSeenHeldOut(sample.name)));

  before(() => {
    console.log(formatRedactionScore(score, { label: 'tuning corpus' }).replace(/^/gm, '      '));
    console.log(formatRedactionScore(base, { label: 'of which base', figuresOnly: true }).replace(/^/gm, '      '));
    console.log(formatRedactionScore(broad, { label: 'of which broad/', figuresOnly: true }).replace(/^/gm, '      '));
    console.log(formatRedactionScore(seenHeldOut, { label: 'of which seen-held-out-1/ (held-out until issue #14)', figuresOnly: true }).replace(/^/gm, '      '));
  });

  it('is big enough to mean something: 400+ secrets and 20+ near-miss files, a third of those written for tuning broad', () => {
    const nearMisses = samples.filter((sample) => sample.name.startsWith('near-misses'));
    const writtenForTuning = samples.filter((sample) => !isSeenHeldOut(sample.name));
    const broadFiles = writtenForTuning.filter((sample) => isBroad(sample.name));
    assert.ok(
      score.expectedSecrets >= 400 && nearMisses.length >= 20 && broadFiles.length * 3 >= writtenForTuning.length,
      `${score.expectedSecrets} secrets, ${nearMisses.length} near-miss files, ${broadFiles.length}/${writtenForTuning.length} broad`,
    );
  });

  it('holds the first blind set (studied since, so tuning now)', () => {
    assert.ok(seenHeldOut.samples >= 29 && seenHeldOut.expectedSecrets >= 338, `${seenHeldOut.samples} files, ${seenHeldOut.expectedSecrets} secrets`);
  });

  it('never loads a blind-set folder as tuning data', () => {
    assert.deepEqual(
      samples.filter((sample) => sample.name.startsWith('held-out')).map((sample) => sample.name),
      [],
    );
  });

  it('has no annotated secrets in the near-miss files', () => {
    const annotated = samples.filter((sample) => sample.name.startsWith('near-misses') && sample.expected.length > 0).map((sample) => sample.name);
    assert.deepEqual(annotated, []);
  });

  it('recalls every secret of the base corpus (recall = 1.0)', () => {
    assert.deepEqual(base.missed, []);
  });

  it(`keeps recall and precision at or above ${TUNING_FLOOR} on the whole tuning corpus`, () => {
    assert.ok(score.recall >= TUNING_FLOOR && score.precision >= TUNING_FLOOR, formatRedactionScore(score));
  });

  it(`keeps recall and precision at or above ${TUNING_FLOOR} on the studied first blind set alone`, () => {
    assert.ok(seenHeldOut.recall >= TUNING_FLOOR && seenHeldOut.precision >= TUNING_FLOOR, formatRedactionScore(seenHeldOut));
  });

  it('labels at least 95% of the secrets with the expected kind', () => {
    assert.ok(score.kindAccuracy >= 0.95, formatRedactionScore(score));
  });
});

describe(`redaction held-out corpus (test/fixtures/redaction/${HELD_OUT_DIR}, never tuned on)`, () => {
  // Loaded and scored only when these tests run (not when `--grep held-out --invert` skips them, nor with
  // REDACTION_HELD_OUT=off), and only figures are printed: the held-out texts must stay unseen by whoever
  // tunes the rules.
  let samples: AnnotatedSample[] | undefined;
  let score: RedactionScore | undefined;

  before(() => {
    samples = loadHeldOutCorpus();
    score = samples && scoreRedactionCorpus(samples);
    if (score) console.log(formatRedactionScore(score, { label: 'held-out corpus', figuresOnly: true }).replace(/^/gm, '      '));
  });

  it('exists, with secrets and near-misses', () => {
    assert.ok(samples, `${HELD_OUT_CORPUS_DIR} is missing (or REDACTION_HELD_OUT=off)`);
    const nearMisses = (samples ?? []).filter((sample) => sample.name.startsWith('near-misses'));
    assert.ok(score && score.expectedSecrets > 0 && nearMisses.length > 0, `${score?.expectedSecrets ?? 0} secrets, ${nearMisses.length} near-miss files`);
  });

  it(`keeps precision at or above ${HELD_OUT_FLOOR.precision} and recall at or above ${HELD_OUT_FLOOR.recall} (target 0.97)`, () => {
    assert.ok(score, 'no held-out corpus');
    assert.ok(score.recall >= HELD_OUT_FLOOR.recall && score.precision >= HELD_OUT_FLOOR.precision, formatRedactionScore(score, { label: 'held-out corpus', figuresOnly: true }));
  });
});
