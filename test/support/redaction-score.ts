// Scoring redaction against an annotated corpus: precision (how many redactions hit a real secret)
// and recall (how many secrets were fully removed). Samples mark each expected secret inline as
// ⟦kind|value⟧, so the corpus stays readable and the spans can never drift from the text.
import { redactSecrets, type RedactionKind, type RedactionOptions, type RedactionResult, type RedactionSpan } from '../../src/core/redaction';
import { REDACTION_PROFILE } from '../../src/providers';

export interface AnnotatedSample {
  name: string;
  /** The text with markers removed, exactly as the redactor sees it. */
  text: string;
  expected: RedactionSpan[];
  options?: RedactionOptions;
}

export interface SampleMiss {
  sample: string;
  kind: RedactionKind;
  value: string;
}

export interface SampleFalsePositive {
  sample: string;
  kind: RedactionKind;
  text: string;
}

export interface RedactionScore {
  samples: number;
  expectedSecrets: number;
  recalledSecrets: number;
  findings: number;
  truePositiveFindings: number;
  precision: number;
  recall: number;
  /** Share of recalled secrets whose finding has the expected kind. */
  kindAccuracy: number;
  /** Redacted characters outside every expected span (context swallowed with a secret). */
  overRedactedChars: number;
  missed: SampleMiss[];
  falsePositives: SampleFalsePositive[];
  mislabelled: Array<{ sample: string; expected: RedactionKind; actual: RedactionKind }>;
}

const MARKER = /⟦([a-z-]+)\|([\s\S]*?)⟧/g;

/** Strips ⟦kind|value⟧ markers and records where each value ends up in the plain text. */
export function parseAnnotatedSample(name: string, annotated: string, options?: RedactionOptions): AnnotatedSample {
  const expected: RedactionSpan[] = [];
  let text = '';
  let cursor = 0;
  for (const match of annotated.matchAll(MARKER)) {
    text += annotated.slice(cursor, match.index);
    expected.push({ kind: match[1] as RedactionKind, start: text.length, end: text.length + match[2].length });
    text += match[2];
    cursor = match.index + match[0].length;
  }
  text += annotated.slice(cursor);
  return { name, text, expected, ...(options ? { options } : {}) };
}

/** Runs the redactor (by default with every registered cloud's formats) over every sample and scores its findings against the expected spans. */
export function scoreRedactionCorpus(
  samples: readonly AnnotatedSample[],
  redact: (text: string, options?: RedactionOptions) => RedactionResult = (text, options) => redactSecrets(text, REDACTION_PROFILE, options),
): RedactionScore {
  const score: RedactionScore = {
    samples: samples.length,
    expectedSecrets: 0,
    recalledSecrets: 0,
    findings: 0,
    truePositiveFindings: 0,
    precision: 1,
    recall: 1,
    kindAccuracy: 1,
    overRedactedChars: 0,
    missed: [],
    falsePositives: [],
    mislabelled: [],
  };
  let correctKinds = 0;
  for (const sample of samples) {
    const { findings } = redact(sample.text, sample.options);
    score.expectedSecrets += sample.expected.length;
    score.findings += findings.length;
    for (const expected of sample.expected) {
      const covering = findings.find((finding) => finding.start <= expected.start && finding.end >= expected.end);
      if (!covering) {
        score.missed.push({ sample: sample.name, kind: expected.kind, value: sample.text.slice(expected.start, expected.end) });
        continue;
      }
      score.recalledSecrets += 1;
      if (covering.kind === expected.kind) correctKinds += 1;
      else score.mislabelled.push({ sample: sample.name, expected: expected.kind, actual: covering.kind });
    }
    for (const finding of findings) {
      const overlapping = sample.expected.filter((expected) => expected.start < finding.end && expected.end > finding.start);
      if (overlapping.length > 0) score.truePositiveFindings += 1;
      else score.falsePositives.push({ sample: sample.name, kind: finding.kind, text: sample.text.slice(finding.start, finding.end) });
      const covered = overlapping.reduce((sum, expected) => sum + Math.min(expected.end, finding.end) - Math.max(expected.start, finding.start), 0);
      score.overRedactedChars += finding.end - finding.start - covered;
    }
  }
  score.precision = score.findings === 0 ? 1 : score.truePositiveFindings / score.findings;
  score.recall = score.expectedSecrets === 0 ? 1 : score.recalledSecrets / score.expectedSecrets;
  score.kindAccuracy = score.recalledSecrets === 0 ? 1 : correctKinds / score.recalledSecrets;
  return score;
}

/**
 * A short human-readable report of a score (for tests and `npm run bench`). `figuresOnly` leaves out
 * the missed and wrongly redacted text, for a corpus whose contents must stay unseen (held-out).
 */
export function formatRedactionScore(score: RedactionScore, { label = 'redaction corpus', figuresOnly = false } = {}): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  const lines = [
    `${label}: ${score.samples} samples, ${score.expectedSecrets} secrets, ${score.findings} findings`,
    `  precision ${percent(score.precision)} (${score.truePositiveFindings}/${score.findings})  recall ${percent(score.recall)} (${score.recalledSecrets}/${score.expectedSecrets})  kind accuracy ${percent(score.kindAccuracy)}  over-redacted chars ${score.overRedactedChars}`,
  ];
  if (figuresOnly) return lines.join('\n');
  for (const miss of score.missed) lines.push(`  MISSED ${miss.kind} in ${miss.sample}: ${excerpt(miss.value)}`);
  for (const falsePositive of score.falsePositives) lines.push(`  FALSE POSITIVE ${falsePositive.kind} in ${falsePositive.sample}: ${excerpt(falsePositive.text)}`);
  for (const wrong of score.mislabelled) lines.push(`  KIND ${wrong.actual} (expected ${wrong.expected}) in ${wrong.sample}`);
  return lines.join('\n');
}

function excerpt(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
