import * as vscode from 'vscode';
import { TicketError, isTicketError } from '../core/errors';
import type { StatusGroup } from '../core/status';
import type { TicketSummary } from '../core/ticket';
import type { AccountStore } from '../accounts/accountStore';
import type { ProviderRegistry } from '../accounts/providerRegistry';
import type { TicketsService } from '../commands/command';
import { DisposableOwner } from '../common/lifecycle';

/** What the tree shows for one account. */
export interface AccountTickets {
  readonly tickets: readonly TicketSummary[];
  readonly fetchedAt?: number;
  /** True while a refresh runs. */
  readonly loading: boolean;
  /** The last refresh failed; tickets (if any) are from before. */
  readonly error?: TicketError;
}

const PAGE_SIZE = 50;
const EMPTY: AccountTickets = { tickets: [], loading: false };

/**
 * The ticket lists behind the explorer, per account. Refreshes run per account and independently,
 * so one failing account never blocks the others; a newer refresh of an account aborts the older one.
 */
export class TicketModel extends DisposableOwner implements TicketsService {
  private readonly changed = this.own(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly state = new Map<string, AccountTickets>();
  private readonly inFlight = new Map<string, AbortController>();
  private readonly revealer = this.own(new vscode.EventEmitter<{ accountId: string; ticketId: string }>());
  /** Fired when a command asks to select a ticket in the tree. */
  readonly onRevealRequest = this.revealer.event;

  constructor(
    private readonly accounts: AccountStore,
    private readonly providers: ProviderRegistry,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.own(accounts.onDidChange(() => this.forgetRemovedAccounts()));
  }

  of(accountId: string): AccountTickets {
    return this.state.get(accountId) ?? EMPTY;
  }

  summaries(accountId: string): readonly TicketSummary[] {
    return this.of(accountId).tickets;
  }

  inGroup(accountId: string, group: StatusGroup): readonly TicketSummary[] {
    return this.of(accountId).tickets.filter((ticket) => ticket.status.group === group);
  }

  async refresh(accountId?: string): Promise<void> {
    const ids = accountId ? [accountId] : this.accounts.list().map((account) => account.id);
    await Promise.all(ids.map((id) => this.refreshAccount(id)));
  }

  async reveal(accountId: string, ticketId: string): Promise<void> {
    if (!this.summaries(accountId).some((ticket) => ticket.id === ticketId)) await this.refresh(accountId);
    this.revealer.fire({ accountId, ticketId });
  }

  private async refreshAccount(accountId: string): Promise<void> {
    this.inFlight.get(accountId)?.abort();
    const controller = new AbortController();
    this.inFlight.set(accountId, controller);
    this.set(accountId, { ...this.of(accountId), loading: true });
    try {
      const tickets = await this.providers.run(accountId, (provider) => this.fetchAll(provider, controller.signal));
      if (!controller.signal.aborted) this.set(accountId, { tickets, fetchedAt: Date.now(), loading: false });
    } catch (error) {
      if (controller.signal.aborted) return;
      const ticketError = isTicketError(error) ? error : new TicketError({ kind: 'server', message: String(error), cause: error });
      this.log.warn(`Refreshing account ${accountId} failed (${ticketError.kind}): ${ticketError.message}`);
      this.set(accountId, { ...this.of(accountId), loading: false, error: ticketError });
    } finally {
      if (this.inFlight.get(accountId) === controller) this.inFlight.delete(accountId);
    }
  }

  private async fetchAll(provider: import('../core/provider').TicketProvider, signal: AbortSignal): Promise<TicketSummary[]> {
    const tickets: TicketSummary[] = [];
    let cursor: string | undefined;
    do {
      const page = await provider.listTickets({}, { cursor, pageSize: PAGE_SIZE }, signal);
      tickets.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return tickets;
  }

  private set(accountId: string, value: AccountTickets): void {
    this.state.set(accountId, value);
    this.changed.fire();
  }

  private forgetRemovedAccounts(): void {
    const known = new Set(this.accounts.list().map((account) => account.id));
    for (const id of [...this.state.keys()]) {
      if (!known.has(id)) {
        this.inFlight.get(id)?.abort();
        this.state.delete(id);
      }
    }
    this.changed.fire();
  }
}
