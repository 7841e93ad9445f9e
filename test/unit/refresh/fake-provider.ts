/**
 * A map-backed TicketProvider that counts its calls, measures how many run at once, and can be told
 * to be slow, to fail or to throttle. Tickets live in `tickets`; tests change them between refreshes.
 */
import type { Capabilities, ListFilterCapability } from '../../../src/core/capabilities';
import { READ_ONLY_CAPABILITIES } from '../../support/capabilities';
import { TicketError, type ErrorKind } from '../../../src/core/errors';
import type { RequestSlots } from '../../../src/core/limiter';
import type { Page, PageRequest } from '../../../src/core/paging';
import type { ChangeSignal, CredentialCheck, TicketListFilter, TicketProvider } from '../../../src/core/provider';
import type { StatusGroup, TicketStatus } from '../../../src/core/status';
import type { TicketDetail, TicketSummary } from '../../../src/core/ticket';

export type FakeOperation = 'getChangeSignal' | 'listTickets' | 'getTicket';

export interface FakeCall {
  readonly operation: FakeOperation;
  readonly startedAt: number;
  readonly ticketId?: string;
  readonly filter?: TicketListFilter;
  readonly cursor?: string;
  aborted: boolean;
  endedAt?: number;
}

export const STATUS: Readonly<Record<StatusGroup, TicketStatus>> = {
  'needs-action': { group: 'needs-action', code: 'wait', label: 'Waiting for you', known: true },
  'in-progress': { group: 'in-progress', code: 'dealing', label: 'Processing', known: true },
  closed: { group: 'closed', code: 'done', label: 'Closed', known: true },
};

/** Ticket `i` of a generated account: group cycles needs-action, in-progress ×2, closed ×2. */
export function fakeTicket(index: number, overrides: Partial<TicketDetail> = {}): TicketDetail {
  const groups: StatusGroup[] = ['needs-action', 'in-progress', 'in-progress', 'closed', 'closed'];
  return {
    id: `T${String(index).padStart(5, '0')}`,
    title: index % 7 === 0 ? `Disk full on host ${index}` : `Question ${index}`,
    status: STATUS[groups[index % groups.length]],
    createdAt: Date.UTC(2026, 0, 1) + index * 3_600_000,
    description: `secret-looking description ${index}`,
    severity: { code: '1', label: 'Normal' },
    ...overrides,
  };
}

export interface FakeProviderOptions {
  readonly ticketCount?: number;
  /** Latency of every call in ms (real timers). */
  readonly delayMs?: number;
  /** Offer `cursorForPage` (page-number cursors). */
  readonly randomAccess?: boolean;
  /** Largest page the fake returns. */
  readonly maxPageSize?: number;
  readonly listFilters?: Partial<ListFilterCapability>;
  /** Request slots to offer (the engine paces itself by their limit). */
  readonly requestSlots?: RequestSlots;
}

const ALL_FILTERS: ListFilterCapability = { keyword: true, statusGroups: true, createdRange: true, ids: true };

export class FakeProvider implements TicketProvider {
  readonly providerId = 'fake';
  readonly displayName = 'Fake Cloud';
  readonly capabilities: Capabilities;
  tickets: TicketDetail[];
  delayMs: number;
  readonly calls: FakeCall[] = [];
  inFlight = 0;
  peakInFlight = 0;
  /** Answers for the next calls of an operation (an error to throw), consumed in order. */
  private readonly failures = new Map<FakeOperation, unknown[]>();
  /** Per-ticket getTicket failures that persist. */
  readonly ticketFailures = new Map<string, unknown>();
  private readonly maxPageSize: number;
  cursorForPage?: (pageIndex: number, pageSize: number) => string;
  readonly requestSlots?: RequestSlots;

  constructor(options: FakeProviderOptions = {}) {
    this.tickets = Array.from({ length: options.ticketCount ?? 0 }, (_, i) => fakeTicket(i));
    this.delayMs = options.delayMs ?? 0;
    this.maxPageSize = options.maxPageSize ?? 20;
    this.capabilities = { ...BASE_CAPABILITIES, listFilters: { ...ALL_FILTERS, ...options.listFilters }, randomAccessPaging: options.randomAccess === true };
    if (options.randomAccess) this.cursorForPage = (pageIndex) => String(pageIndex + 1);
    if (options.requestSlots) this.requestSlots = options.requestSlots;
  }

  /** The next `times` calls of `operation` throw `error`. */
  failNext(operation: FakeOperation, error: unknown, times = 1): void {
    const queue = this.failures.get(operation) ?? [];
    for (let i = 0; i < times; i++) queue.push(error);
    this.failures.set(operation, queue);
  }

  count(operation: FakeOperation): number {
    return this.calls.filter((call) => call.operation === operation).length;
  }

  /** Peak number of concurrent calls of one operation. */
  peakOf(operation: FakeOperation): number {
    return this.peaks.get(operation) ?? 0;
  }

  private readonly running = new Map<FakeOperation, number>();
  private readonly peaks = new Map<FakeOperation, number>();

  async getChangeSignal(signal?: AbortSignal): Promise<ChangeSignal> {
    return this.invoke({ operation: 'getChangeSignal' }, signal, () => ({
      token: this.tickets
        .filter((t) => t.status.group !== 'closed')
        .map((t) => `${t.id}:${t.status.code}:${t.unreadCount ?? 0}`)
        .join(','),
    }));
  }

  async listTickets(filter: TicketListFilter, page: PageRequest, signal?: AbortSignal): Promise<Page<TicketSummary>> {
    return this.invoke({ operation: 'listTickets', filter, cursor: page.cursor }, signal, () => {
      const matching = this.tickets.filter((ticket) => serverMatches(ticket, filter));
      const size = Math.min(this.maxPageSize, page.pageSize ?? 10);
      const number = page.cursor === undefined ? 1 : Number(page.cursor);
      const items = matching.slice((number - 1) * size, number * size).map(listView);
      const more = number * size < matching.length;
      return { items, totalCount: matching.length, ...(more ? { nextCursor: String(number + 1) } : {}) };
    });
  }

  async getTicket(ticketId: string, signal?: AbortSignal): Promise<TicketDetail> {
    return this.invoke({ operation: 'getTicket', ticketId }, signal, () => {
      const failure = this.ticketFailures.get(ticketId);
      if (failure !== undefined) throw failure;
      const ticket = this.tickets.find((t) => t.id === ticketId);
      if (!ticket) throw ticketError('not-found');
      return ticket;
    });
  }

  private async invoke<T>(call: Omit<FakeCall, 'startedAt' | 'aborted' | 'endedAt'>, signal: AbortSignal | undefined, answer: () => T): Promise<T> {
    const record: FakeCall = { ...call, startedAt: Date.now(), aborted: false };
    this.calls.push(record);
    this.enter(call.operation);
    try {
      await wait(this.delayMs, signal, () => {
        record.aborted = true;
      });
      const failure = this.failures.get(call.operation)?.shift();
      if (failure !== undefined) throw failure;
      return answer();
    } finally {
      record.endedAt = Date.now();
      this.leave(call.operation);
    }
  }

  private enter(operation: FakeOperation): void {
    this.inFlight++;
    this.peakInFlight = Math.max(this.peakInFlight, this.inFlight);
    const running = (this.running.get(operation) ?? 0) + 1;
    this.running.set(operation, running);
    this.peaks.set(operation, Math.max(this.peaks.get(operation) ?? 0, running));
  }

  private leave(operation: FakeOperation): void {
    this.inFlight--;
    this.running.set(operation, (this.running.get(operation) ?? 1) - 1);
  }

  verifyCredentials(): Promise<CredentialCheck> {
    return Promise.resolve({ ticketCount: this.tickets.length });
  }
  listMessages(): Promise<never> {
    return unsupported();
  }
  reply(): Promise<never> {
    return unsupported();
  }
  close(): Promise<never> {
    return unsupported();
  }
  reopen(): Promise<never> {
    return unsupported();
  }
  rate(): Promise<never> {
    return unsupported();
  }
  getCreateForm(): Promise<never> {
    return unsupported();
  }
  loadFieldOptions(): Promise<never> {
    return unsupported();
  }
  createTicket(): Promise<never> {
    return unsupported();
  }
  uploadAttachment(): Promise<never> {
    return unsupported();
  }
}

/** A TicketError of `kind` with a user sentence, as providers throw them. */
export function ticketError(kind: ErrorKind, retryAfterMs?: number): TicketError {
  return new TicketError({ kind, message: `Fake Cloud failed (${kind}).`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
}

/** What a terse list answer carries: id, title, status (like Alibaba's 2021 ListTickets). */
function listView(ticket: TicketDetail): TicketSummary {
  return { id: ticket.id, title: ticket.title, status: ticket.status, ...(ticket.unreadCount !== undefined ? { unreadCount: ticket.unreadCount } : {}) };
}

function serverMatches(ticket: TicketDetail, filter: TicketListFilter): boolean {
  if (filter.statusGroups && !filter.statusGroups.includes(ticket.status.group)) return false;
  if (filter.keyword && !ticket.title.toLowerCase().includes(filter.keyword.toLowerCase())) return false;
  if (filter.createdAfter !== undefined && (ticket.createdAt ?? 0) < filter.createdAfter) return false;
  if (filter.createdBefore !== undefined && (ticket.createdAt ?? 0) > filter.createdBefore) return false;
  return true;
}

function wait(ms: number, signal: AbortSignal | undefined, onAbort: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      onAbort();
      reject(signal.reason);
      return;
    }
    const abort = (): void => {
      clearTimeout(timer);
      onAbort();
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', abort, { once: true });
  });
}

function unsupported(): Promise<never> {
  return Promise.reject(new Error('not used by the refresh engine'));
}

const BASE_CAPABILITIES: Capabilities = { ...READ_ONLY_CAPABILITIES, listFilters: ALL_FILTERS };
