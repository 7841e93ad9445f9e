/**
 * Which account owns a ticket id: the cache first (no request), then every account whose cloud's ids look
 * like this one, asked one by one in a bounded pool until each has answered, failed or the search was
 * cancelled. vscode-free: the host passes the accounts, the cache look-up and the probe.
 */
import type { ProviderId } from '../core/account';
import { isTicketError, type ErrorKind } from '../core/errors';
import { providersMatchingId, type TicketIdFormat } from '../core/ticket-ids';
import { TICKET_ID_FORMATS } from '../providers';

export interface OwnerCandidate {
  readonly id: string;
  readonly providerId: ProviderId;
  readonly label: string;
}

/** Asks one account for the ticket: resolves with its title when it has it, throws a TicketError otherwise. */
export type OwnerProbe = (accountId: string, ticketId: string, signal: AbortSignal) => Promise<{ readonly title: string }>;

export interface OwnerSearchInput {
  readonly ticketId: string;
  readonly accounts: readonly OwnerCandidate[];
  /** Accounts whose cached ticket list holds the id. */
  readonly cachedOwners: (ticketId: string) => readonly string[];
  readonly probe: OwnerProbe;
  readonly signal?: AbortSignal;
  /** Accounts asked at the same time. */
  readonly concurrency?: number;
  readonly formats?: readonly TicketIdFormat[];
  /** Called as each asked account answers, for a progress message. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface FoundOwner {
  readonly account: OwnerCandidate;
  /** The title, when a probe returned it (the cache has its own). */
  readonly title?: string;
}

export interface FailedProbe {
  readonly account: OwnerCandidate;
  readonly kind: ErrorKind | 'unknown';
  /** What the probe threw; the host words it. */
  readonly error: unknown;
}

export interface AskedAccounts {
  readonly kind: 'asked';
  readonly owners: readonly FoundOwner[];
  readonly failures: readonly FailedProbe[];
  readonly asked: number;
  readonly cancelled: boolean;
}

export type OwnerSearchResult =
  /** The id has no cloud's shape, or no account is of a cloud with that shape. */
  { readonly kind: 'no-account'; readonly providerIds: readonly ProviderId[] } | { readonly kind: 'cached'; readonly owners: readonly FoundOwner[] } | AskedAccounts;

const DEFAULT_CONCURRENCY = 4;

/** Finds the accounts that own a ticket id (see the file comment for the order). */
export async function searchTicketOwners(input: OwnerSearchInput): Promise<OwnerSearchResult> {
  const cachedOwners = ownersInCache(input);
  if (cachedOwners.length > 0) return { kind: 'cached', owners: cachedOwners };
  const candidates = accountsThatCouldOwn(input.ticketId, input.accounts, input.formats);
  if (candidates.length === 0) return { kind: 'no-account', providerIds: providersMatchingId(input.ticketId, input.formats ?? TICKET_ID_FORMATS) };
  return askAccounts(input, candidates);
}

/** The accounts whose cached list holds the id, in the accounts' order; no request. */
export function ownersInCache(input: Pick<OwnerSearchInput, 'ticketId' | 'accounts' | 'cachedOwners'>): FoundOwner[] {
  const cached = new Set(input.cachedOwners(input.ticketId));
  return input.accounts.filter((account) => cached.has(account.id)).map((account) => ({ account }));
}

/** The accounts of a cloud whose ids can look like this one. */
export function accountsThatCouldOwn(ticketId: string, accounts: readonly OwnerCandidate[], formats: readonly TicketIdFormat[] = TICKET_ID_FORMATS): OwnerCandidate[] {
  const providerIds = providersMatchingId(ticketId, formats);
  return accounts.filter((account) => providerIds.includes(account.providerId));
}

/** Asks the candidate accounts, a few at a time, whether they have the ticket; stops early when cancelled. */
export async function askAccounts(input: Pick<OwnerSearchInput, 'ticketId' | 'probe' | 'signal' | 'concurrency' | 'onProgress'>, candidates: readonly OwnerCandidate[]): Promise<AskedAccounts> {
  const owners: FoundOwner[] = [];
  const failures: FailedProbe[] = [];
  const abort = new AbortController();
  const stop = () => abort.abort();
  input.signal?.addEventListener('abort', stop);
  if (input.signal?.aborted) stop();
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < candidates.length && !abort.signal.aborted) {
      const account = candidates[next++];
      try {
        const { title } = await input.probe(account.id, input.ticketId, abort.signal);
        owners.push({ account, title });
      } catch (error) {
        if (!abort.signal.aborted && !isTicketError(error, 'not-found')) failures.push(failureOf(account, error));
      }
      input.onProgress?.(++done, candidates.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(input.concurrency ?? DEFAULT_CONCURRENCY, candidates.length) }, worker));
  } finally {
    input.signal?.removeEventListener('abort', stop);
  }
  // Keep the accounts' own order, whatever order the answers came in.
  const order = (account: OwnerCandidate) => candidates.indexOf(account);
  owners.sort((a, b) => order(a.account) - order(b.account));
  failures.sort((a, b) => order(a.account) - order(b.account));
  return { kind: 'asked', owners, failures, asked: candidates.length, cancelled: input.signal?.aborted ?? false };
}

function failureOf(account: OwnerCandidate, error: unknown): FailedProbe {
  return { account, kind: isTicketError(error) ? error.kind : 'unknown', error };
}
