/**
 * The ticket header and its Markdown export show each fact once, under a label of its own (issue #20: the
 * Huawei Cloud header read "Category: Remote login", "Category: Compute" and "Product" twice), and name
 * the cloud once when the account's label already does ("Alibaba Cloud · Alibaba Cloud (demo)").
 */
import * as assert from 'node:assert/strict';
import type { TicketDetail } from '../../../src/core/ticket';
import { ticketToMarkdown } from '../../../src/panels/ticketPanelMarkdown';
import { accountWithCloud, labelNamesCloud } from '../../../src/shared/accountWithCloud';
import { demoProvider, startHarness, type Harness } from '../huaweicloud/harness';
import { aTicket, MARKDOWN_LABELS as LABELS } from './builders';

/** The header's rows as the ticket page builds them: the shared facts, then the provider's own. */
function headerRows(detail: TicketDetail): [string, string][] {
  const shared: [string, string | undefined][] = [
    [LABELS.severity, detail.severity?.label],
    [LABELS.product, detail.productName],
    [LABELS.category, detail.categoryName],
  ];
  return [...shared, ...(detail.fields ?? []).map((field): [string, string] => [field.label, field.value])].filter((row): row is [string, string] => Boolean(row[1]));
}

function repeated(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('ticket header facts', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());

  for (const language of ['en', 'zh'] as const) {
    it(`shows each fact of every Huawei Cloud demo ticket once, under a label of its own (${language})`, async () => {
      const provider = demoProvider(harness, { locale: language });
      const page = await provider.listTickets({}, { pageSize: 50 });
      assert.ok(page.items.length > 3, 'the demo has tickets');
      const problems: string[] = [];
      for (const summary of page.items) {
        const detail = await provider.getTicket(summary.id);
        const rows = headerRows(detail);
        const markdownLabels = [
          ...ticketToMarkdown({ detail, messages: [], capabilities: aTicket().capabilities, providerName: 'Huawei Cloud', accountLabel: 'Work' }, { labels: LABELS, formatTime: String }).matchAll(
            /^- \*\*(.+?)\*\*:/gm,
          ),
        ].map((m) => m[1]);
        for (const label of repeated(rows.map(([label]) => label))) problems.push(`${detail.id}: label "${label}" twice`);
        for (const value of repeated(rows.map(([, value]) => value))) problems.push(`${detail.id}: "${value}" shown twice`);
        for (const label of repeated(markdownLabels)) problems.push(`${detail.id}: export label "${label}" twice`);
      }
      assert.deepEqual(problems, []);
    });
  }

  it('names the problem type and the product category of a Huawei Cloud ticket as the console does', async () => {
    const provider = demoProvider(harness);
    const [first] = (await provider.listTickets({}, { pageSize: 50 })).items;
    const labels = headerRows(await provider.getTicket(first.id)).map(([label]) => label);
    assert.deepEqual(
      labels.filter((label) => /category|type|product/i.test(label)),
      ['Product', 'Ticket type', 'Product category', 'Problem type'],
    );
  });
});

describe('account named with its cloud', () => {
  it('names the cloud once when the account label already does, in the export too', () => {
    const ticket = aTicket();
    const markdown = (providerName: string, accountLabel: string) =>
      ticketToMarkdown({ ...ticket, providerName, accountLabel }, { labels: LABELS, formatTime: String })
        .split('\n')
        .find((line) => line.startsWith('- **Account**'));
    assert.deepEqual(
      [markdown('Alibaba Cloud', 'Alibaba Cloud (demo)'), markdown('华为云', '华为云（演示）'), markdown('Alibaba Cloud', 'Production')],
      ['- **Account**: Alibaba Cloud (demo)', '- **Account**: 华为云（演示）', '- **Account**: Alibaba Cloud · Production'],
    );
  });

  it('tells a label that names its cloud from one that does not', () => {
    assert.deepEqual(
      [labelNamesCloud('Alibaba Cloud (demo)', 'Alibaba Cloud'), labelNamesCloud('alibaba cloud prod', 'Alibaba Cloud'), labelNamesCloud('Prod', 'Alibaba Cloud'), labelNamesCloud('Prod', '')],
      [true, true, false, false],
    );
    assert.equal(accountWithCloud('Prod', 'Huawei Cloud'), 'Huawei Cloud · Prod');
  });
});
