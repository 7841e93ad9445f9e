/**
 * Gives the Alibaba provider random-access paging until it offers `cursorForPage` itself: its list
 * cursors are 1-based page numbers as text (providers/aliyun/provider-support.ts `pageNumberFrom`).
 */
import type { TicketProvider } from '../src/core/provider';
import type { RandomAccessPaging } from '../src/core/refresh';

/** The same provider, plus `cursorForPage` for page-number cursors. */
export function withPageNumberCursors(provider: TicketProvider): TicketProvider & RandomAccessPaging {
  const extended = Object.create(provider) as TicketProvider & RandomAccessPaging;
  extended.cursorForPage = (pageIndex: number) => String(pageIndex + 1);
  return extended;
}
