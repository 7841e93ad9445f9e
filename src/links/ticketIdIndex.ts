/**
 * The cached tickets of every account by id, so a link, a hover or a terminal line asks "is this a known
 * ticket?" in constant time however many tickets are cached. Rebuilt lazily after the cache changed.
 * vscode-free: the host passes where the tickets come from and says when they changed.
 */
import type { TicketSummary } from '../core/ticket';

export interface CachedTicketSource {
  accountIds(): readonly string[];
  /** Cached tickets of an account (possibly stale). */
  summaries(accountId: string): readonly TicketSummary[];
}

export interface CachedTicket {
  readonly accountId: string;
  readonly summary: TicketSummary;
}

export class TicketIdIndex {
  private byId: Map<string, CachedTicket[]> | undefined;

  constructor(private readonly source: CachedTicketSource) {}

  /** The cache changed (a refresh, an account added or removed): rebuild at the next look-up. */
  invalidate(): void {
    this.byId = undefined;
  }

  /** The cached tickets with this id, one per account that has it. */
  owners(ticketId: string): readonly CachedTicket[] {
    return this.index().get(ticketId) ?? [];
  }

  has(ticketId: string): boolean {
    return this.index().has(ticketId);
  }

  private index(): Map<string, CachedTicket[]> {
    if (this.byId) return this.byId;
    const byId = new Map<string, CachedTicket[]>();
    for (const accountId of this.source.accountIds()) {
      for (const summary of this.source.summaries(accountId)) {
        const owners = byId.get(summary.id);
        if (!owners) byId.set(summary.id, [{ accountId, summary }]);
        else if (!owners.some((owner) => owner.accountId === accountId)) owners.push({ accountId, summary });
      }
    }
    this.byId = byId;
    return byId;
  }
}
