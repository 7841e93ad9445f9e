import * as assert from 'node:assert/strict';
import { applyRedactions, type RedactionResult } from '../../../src/core/redaction';
import { parseAnnotatedSample, scoreRedactionCorpus } from '../../support/redaction-score';

describe('parseAnnotatedSample', () => {
  it('removes markers and records each value at its place in the plain text', () => {
    const sample = parseAnnotatedSample('s', 'a=⟦password|p1⟧ b=⟦token|multi\nline⟧!');
    assert.deepEqual(
      [sample.text, sample.expected],
      [
        'a=p1 b=multi\nline!',
        [
          { kind: 'password', start: 2, end: 4 },
          { kind: 'token', start: 7, end: 17 },
        ],
      ],
    );
  });
});

describe('scoreRedactionCorpus', () => {
  const samples = [parseAnnotatedSample('one', 'x ⟦password|secret1⟧ y ⟦token|tok2tok2⟧ z'), parseAnnotatedSample('two', 'nothing here')];
  const redactWords =
    (words: string[]) =>
    (text: string): RedactionResult =>
      applyRedactions(
        text,
        words.filter((word) => text.includes(word)).map((word) => ({ kind: 'secret' as const, start: text.indexOf(word), end: text.indexOf(word) + word.length })),
      );

  it('scores a redactor that finds one secret and one non-secret', () => {
    const score = scoreRedactionCorpus(samples, redactWords(['secret1', 'nothing']));
    assert.deepEqual([score.recall, score.precision, score.kindAccuracy, score.missed.map((m) => m.value)], [0.5, 0.5, 0, ['tok2tok2']]);
  });

  it('counts a partly covered secret as missed', () => {
    const score = scoreRedactionCorpus(samples, redactWords(['secret', 'tok2tok2']));
    assert.deepEqual(
      score.missed.map((m) => m.value),
      ['secret1'],
    );
  });
});
