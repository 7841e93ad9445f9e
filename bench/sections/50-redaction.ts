/**
 * Redaction quality and speed. Quality on two annotated corpora: the tuning corpus
 * (test/fixtures/redaction, which the rules were written against; its studied held-out sets,
 * `seen-held-out-1/` … `seen-held-out-43/`, are also shown apart) and the held-out corpus
 * (`HELD_OUT_DIR`, written separately and never tuned on; only its figures are shown; a missing folder
 * fails the section; `REDACTION_HELD_OUT=off` leaves it unread). Speed against a plain copy of the same
 * text, and on 1 MB adversarial lines.
 */
import { redactSecrets } from '../../src/core/redaction';
import { REDACTION_PROFILE } from '../../src/providers';
import { type AnnotatedSample, type RedactionScore, scoreRedactionCorpus } from '../../test/support/redaction-score';
import { ADVERSARIAL_UNITS, FIRST_ROUND_UNITS } from '../../test/unit/redaction/adversarial-units';
import { HELD_OUT_DIR, HELD_OUT_GROUPS, isSeenHeldOut, loadHeldOutCorpus, loadRedactionCorpus, SEEN_HELD_OUT_PARTS } from '../../test/unit/redaction/corpus';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Redaction corpus';

// The table rounds plain numbers; percentages with one decimal keep 0.944 from reading as 0.9.
const percent = (ratio: number) => Number((ratio * 100).toFixed(1));

function qualityRows(label: string, samples: readonly AnnotatedSample[], floor: string): BenchRow[] {
  const score: RedactionScore = scoreRedactionCorpus(samples);
  const nearMisses = samples.filter((sample) => sample.name.startsWith('near-misses')).length;
  return [
    { metric: `${label}: precision`, value: percent(score.precision), unit: '%', note: `${score.truePositiveFindings}/${score.findings} findings hit a planted secret; unit tests require ≥ ${floor}` },
    {
      metric: `${label}: recall`,
      value: percent(score.recall),
      unit: '%',
      note: `${score.recalledSecrets}/${score.expectedSecrets} planted secrets fully removed; ${samples.length} files, ${nearMisses} of them near-misses`,
    },
  ];
}

export async function run(context: BenchContext): Promise<readonly BenchRow[]> {
  context.progress('scoring the redaction corpora');
  const corpus = loadRedactionCorpus();
  // Throws when the held-out folder is missing: the figures must not quietly drop out of the table.
  const heldOut = loadHeldOutCorpus();
  const rows: BenchRow[] = [
    ...qualityRows('tuning corpus', corpus, '97 %'),
    ...SEEN_HELD_OUT_PARTS.flatMap((part) =>
      qualityRows(
        `of which ${part} (studied)`,
        corpus.filter((sample) => isSeenHeldOut(sample.name, part)),
        '97 %',
      ),
    ),
  ];
  if (heldOut) {
    rows.push(...qualityRows(`${HELD_OUT_DIR} corpus (never tuned on)`, heldOut, '97 %'));
    const grouped = Object.values(HELD_OUT_GROUPS);
    for (const [group, pattern] of Object.entries(HELD_OUT_GROUPS))
      rows.push(
        ...qualityRows(
          `of which ${group}`,
          heldOut.filter((sample) => pattern.test(sample.name)),
          '97 %',
        ),
      );
    const common = heldOut.filter((sample) => !grouped.some((pattern) => pattern.test(sample.name)));
    rows.push(...qualityRows('of which its English and Chinese files in common renderings', common, '97 %'));
  } else rows.push({ metric: 'held-out corpus', value: 0, unit: '', note: 'not read (REDACTION_HELD_OUT=off)' });

  const text = corpus
    .map((sample) => sample.text)
    .join('\n')
    .repeat(10);
  const start = performance.now();
  redactSecrets(text, REDACTION_PROFILE);
  const redactMs = performance.now() - start;
  const copyStart = performance.now();
  Buffer.from(text).toString();
  const copyMs = performance.now() - copyStart;
  rows.push({
    metric: `redact ${(text.length / 1024).toFixed(0)} KB of text`,
    value: Number(redactMs.toFixed(1)),
    unit: 'ms',
    note: `a plain copy of the same text takes ${copyMs.toFixed(2)} ms in this run`,
  });

  context.progress('redacting adversarial 1 MB lines');
  // Each line is timed `rounds` times and its fastest run kept, so other load on the machine counts less.
  const rounds = context.options.rounds ?? 3;
  const times = ADVERSARIAL_UNITS.map((unit) => {
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    let fastest = Infinity;
    for (let round = 0; round < rounds; round += 1) {
      const lineStart = performance.now();
      redactSecrets(line, REDACTION_PROFILE, { emails: true, phoneNumbers: true });
      fastest = Math.min(fastest, performance.now() - lineStart);
    }
    return { unit, ms: fastest };
  });
  const slowest = (part: typeof times) => part.reduce((worst, time) => (time.ms > worst.ms ? time : worst));
  for (const [label, part] of [
    ['first-round', times.slice(0, FIRST_ROUND_UNITS)],
    ['all', times],
  ] as const) {
    const worst = slowest(part);
    rows.push({
      metric: `slowest adversarial 1 MB line (${label} units)`,
      value: Number(worst.ms.toFixed(0)),
      unit: 'ms',
      note: `${part.length} lines of one unit repeated, fastest of ${rounds} runs each; slowest: ${JSON.stringify(worst.unit)}`,
    });
  }
  // A linear-time guard with a baseline from the same run: the slowest line against a megabyte of the corpus's own text. A
  // reader that reads a long run again from each of its positions makes its line take seconds, and this row OVER.
  const corpusMsPerMegabyte = redactMs / (text.length / 1_000_000);
  const worstOfAll = slowest(times);
  rows.push({
    metric: 'slowest adversarial 1 MB line ÷ 1 MB of the corpus',
    value: Number((worstOfAll.ms / corpusMsPerMegabyte).toFixed(2)),
    unit: '×',
    budget: { max: 4, label: '≤ 4× (issue #14: no quadratic reader)' },
    note: `1 MB of the corpus's text takes ${corpusMsPerMegabyte.toFixed(0)} ms in this run`,
  });
  return rows;
}
