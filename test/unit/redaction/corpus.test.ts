import * as assert from 'node:assert/strict';
import { formatRedactionScore, scoreRedactionCorpus } from '../../support/redaction-score';
import { loadRedactionCorpus } from './corpus';

describe('redaction corpus (test/fixtures/redaction)', () => {
  const samples = loadRedactionCorpus();
  const score = scoreRedactionCorpus(samples);

  before(() => {
    console.log(formatRedactionScore(score).replace(/^/gm, '      '));
  });

  it('is big enough to mean something: 100+ secrets and 10+ near-miss files', () => {
    const nearMisses = samples.filter((sample) => sample.name.startsWith('near-misses'));
    assert.ok(score.expectedSecrets >= 100 && nearMisses.length >= 10, `${score.expectedSecrets} secrets, ${nearMisses.length} near-miss files`);
  });

  it('has no annotated secrets in the near-miss files', () => {
    const annotated = samples.filter((sample) => sample.name.startsWith('near-misses') && sample.expected.length > 0).map((sample) => sample.name);
    assert.deepEqual(annotated, []);
  });

  it('recalls every secret (recall = 1.0)', () => {
    assert.deepEqual(score.missed, []);
  });

  it('keeps precision at or above 0.95', () => {
    assert.ok(score.precision >= 0.95, formatRedactionScore(score));
  });

  it('labels at least 95% of the secrets with the expected kind', () => {
    assert.ok(score.kindAccuracy >= 0.95, formatRedactionScore(score));
  });
});
