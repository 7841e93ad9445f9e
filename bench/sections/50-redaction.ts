/**
 * Redaction quality on the annotated corpus (test/fixtures/redaction): precision and recall of the
 * code that cleans logs, Markdown exports and diagnostics bundles, and its speed against a plain
 * copy of the same text in the same run.
 */
import { redactSecrets } from '../../src/core/redaction';
import { scoreRedactionCorpus } from '../../test/support/redaction-score';
import { loadRedactionCorpus } from '../../test/unit/redaction/corpus';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Redaction corpus';

export async function run(context: BenchContext): Promise<readonly BenchRow[]> {
  context.progress('scoring the redaction corpus');
  const corpus = loadRedactionCorpus();
  const score = scoreRedactionCorpus(corpus);
  const text = corpus.map((sample) => sample.text).join('\n').repeat(20);
  const start = performance.now();
  redactSecrets(text);
  const redactMs = performance.now() - start;
  const copyStart = performance.now();
  Buffer.from(text).toString();
  const copyMs = performance.now() - copyStart;
  return [
    { metric: 'precision', value: Number(score.precision.toFixed(3)), unit: '', note: `unit tests require ≥ 0.95; ${score.findings} findings over ${score.samples} samples` },
    { metric: 'recall', value: Number(score.recall.toFixed(3)), unit: '', note: `unit tests require 1.0; ${score.expectedSecrets} planted secrets` },
    { metric: `redact ${(text.length / 1024).toFixed(0)} KB of text`, value: Number(redactMs.toFixed(1)), unit: 'ms', note: `a plain copy of the same text takes ${copyMs.toFixed(2)} ms in this run` },
  ];
}
