/**
 * What a script over the official Alibaba SDK (`@alicloud/workorder20210610`, a dev dependency) does to
 * show the same tree: ListTickets page by page (the tree: every ticket with title and status), then
 * GetTicket for each ticket (severity and times), one call after another, as the SDK's samples do.
 */
import Client, * as $Workorder from '@alicloud/workorder20210610';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { BENCH_KEY } from './fixtures/aliyun-tickets';

export interface SdkLoopTimes {
  /** Wall ms until every page was listed. */
  readonly treeMs: number;
  /** Wall ms until every ticket's details were read (undefined when the loop stopped at the tree). */
  readonly detailsMs: number | undefined;
  readonly pages: number;
  readonly tickets: number;
}

const PAGE_SIZE = 50;

/** Runs the sequential loop against the emulator at `url` (http); `details: false` stops at the tree. */
export async function sdkSequentialLoop(url: string, { details = true }: { details?: boolean } = {}): Promise<SdkLoopTimes> {
  const client = new Client(new $OpenApiUtil.Config({ ...BENCH_KEY, endpoint: url.replace(/^http:\/\//, ''), protocol: 'HTTP' }));
  const start = performance.now();
  const ids: string[] = [];
  let pages = 0;
  for (let pageNumber = 1; ; pageNumber++) {
    const answer = await client.listTickets(new $Workorder.ListTicketsRequest({ pageNumber, pageSize: PAGE_SIZE }));
    pages++;
    const items = answer.body?.data ?? [];
    for (const item of items) if (item.ticketId) ids.push(item.ticketId);
    if (items.length < PAGE_SIZE || pageNumber * PAGE_SIZE >= (answer.body?.totalCount ?? 0)) break;
  }
  const treeMs = performance.now() - start;
  if (!details) return { treeMs, detailsMs: undefined, pages, tickets: ids.length };
  for (const ticketId of ids) await client.getTicket(new $Workorder.GetTicketRequest({ ticketId }));
  return { treeMs, detailsMs: performance.now() - start, pages, tickets: ids.length };
}
