/**
 * Ticket-id recognition (links in editors and terminals, Open Ticket by ID) and the panel's link
 * finder on hostile text: the shipped recogniser, comment scanner and linkify must stay linear, so
 * 4× the text costs about 4× the time.
 */
import { recognizeTicketIds } from '../../src/core/ticket-ids';
import { searchableRegions } from '../../src/links/commentRegions';
import { TICKET_ID_FORMATS } from '../../src/providers';
import { linkify } from '../../webview/shared/lib/linkify';
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

/** Message text built to make a link finder backtrack or rescan (n ≈ characters). */
const LINK_SHAPES: Record<string, (n: number) => string> = {
  'repeated "http://a"': (n) => 'http://a'.repeat(n / 8),
  'a URL ending in punctuation': (n) => `http://x.example/${'.'.repeat(n)}x`,
  'punctuation runs inside one URL': (n) => `http://x.example/${'.....a'.repeat(n / 6)}`,
  'one letter': (n) => 'a'.repeat(n),
  'scheme fragments': (n) => 'http:/'.repeat(n / 6),
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
  let worstLink = { shape: '', ratio: 0 };
  for (const [shape, make] of Object.entries(LINK_SHAPES)) {
    const small = make(250_000);
    const large = make(1_000_000);
    linkify(small);
    const ratio =
      best(() => void linkify(large)) /
      Math.max(
        best(() => void linkify(small)),
        0.5,
      );
    if (ratio > worstLink.ratio) worstLink = { shape, ratio };
  }
  return [
    {
      metric: 'finding links in a message: 1 MB ÷ 256 KB of hostile text (worst shape)',
      value: Number(worstLink.ratio.toFixed(2)),
      unit: '×',
      budget: { max: 6, label: '≤ 6× (linear: 4×)' },
      note: `${Object.keys(LINK_SHAPES).length} shapes; worst: ${worstLink.shape}`,
    },
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
