/** Cursor paging shared by every list call. Cursors are opaque provider strings. */

export interface PageRequest {
  /** Cursor returned as `nextCursor` by the previous page; absent for the first page. */
  readonly cursor?: string;
  /** Wanted page size; providers clamp it to what their API allows. */
  readonly pageSize?: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Present when there is a further page. */
  readonly nextCursor?: string;
  /** Total number of items across pages, when the API reports it. */
  readonly totalCount?: number;
}
