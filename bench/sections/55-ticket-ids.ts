/**
 * Ticket-id recognition (links in editors and terminals, Open Ticket by ID) on hostile text: the
 * shipped recogniser and comment scanner must stay linear, so 4× the text costs about 4× the time.
 */
import { recognizeTicketIds } from '../../src/core/ticket-ids';
import { searchableRegions } from '../../src/links/commentRegions';
import { TICKET_ID_FORMATS } from '../../src/providers';
import type { BenchContext, BenchRow } from '../types';

export const title = 'Ticket ids in text';

const SHAPES: Record<string, (n: number) => string> = {
  'one long token': (n) => 'A1'.repeat(n / 2),
  'many candidates': (n) => 'ticket 0005PYGCW '.repeat(n / 17),
  'context words only': (n) => 'ticket '.repeat(n / 7),
  'hashes and separators': (n) => '#, and #'.repeat(n / 8),
  'near misses': (n) => 'ticket ID: no. number 0005PYGC '.repeat(n / 31),
  'a line of id-like tokens': (n) => 'A1B2C3D '.repeat(n / 8),
};

/** Best of three, in ms. */
function best(work: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

export async function run(context: BenchContext): Promise<readonly BenchRow[]> {
  context.progress('recognising ids in hostile text');
  const recognize = (text: string) => () => void recognizeTicketIds(text, { formats: TICKET_ID_FORMATS, isKnown: () => false, maxResults: Number.MAX_SAFE_INTEGER });
  let worst = { shape: '', ratio: 0 };
  for (const [shape, make] of Object.entries(SHAPES)) {
    // Large enough that a run takes tens of ms: smaller texts measure the JIT and the collector.
    const small = make(1_000_000);
    const large = make(4_000_000);
    recognize(small)();
    const ratio = best(recognize(large)) / Math.max(best(recognize(small)), 0.5);
    if (ratio > worst.ratio) worst = { shape, ratio };
  }
  const line = `${'x'.repeat(5_000_000)} ticket 0005PYGCW ${'\u202E#'.repeat(2_500_000)}`;
  const lineMs = best(recognize(line));
  const chunk = '"/*" + \'//\' + `#` /* x */ // ticket 0005PYGCW\n';
  const comments =
    best(() => void searchableRegions(chunk.repeat(160_000), 'typescript')) /
    Math.max(
      best(() => void searchableRegions(chunk.repeat(40_000), 'typescript')),
      0.5,
    );
  return [
    {
      metric: 'recognising ids: 4 MB ÷ 1 MB of hostile text (worst shape)',
      value: Number(worst.ratio.toFixed(2)),
      unit: '×',
      budget: { max: 6, label: '≤ 6× (linear: 4×)' },
      note: `${Object.keys(SHAPES).length} shapes; worst: ${worst.shape}`,
    },
    { metric: 'recognising ids in one 10 MB hostile line', value: Number(lineMs.toFixed(0)), unit: 'ms', note: 'one id among 5 MB of one letter and 2.5 M override + # pairs' },
    {
      metric: 'finding comments: 4× a hostile code file ÷ 1×',
      value: Number(comments.toFixed(2)),
      unit: '×',
      budget: { max: 6, label: '≤ 6× (linear: 4×)' },
      note: 'strings holding comment markers, and comments holding quotes',
    },
  ];
}
