import type * as vscode from 'vscode';
import type { AccountStore } from '../accounts/accountStore';
import type { DemoAccounts } from '../accounts/demoAccounts';
import type { ConversationRead } from '../core/notify';
import type { AccountFilter } from '../core/refresh';
import type { StatusGroup } from '../core/status';
import type { TicketSummary } from '../core/ticket';
import type { ProviderRegistry } from './providerRegistry';

/** Where a ticket lives: the account and the ticket's id in its cloud. */
export interface TicketTarget {
  readonly accountId: string;
  readonly ticketId: string;
}

/** The explorer's ticket data as commands and panels see it. */
export interface TicketsService {
  /** Refreshes one account, or all of them; resolves when the tree shows the result. */
  refresh(accountId?: string): Promise<void>;
  /** How many tickets an account about to be added holds (its key check counted them): its first refresh lists them at once. */
  expectTickets(accountId: string, count: number): void;
  /** Selects a ticket in the explorer (refreshing first when it is not known yet). */
  reveal(accountId: string, ticketId: string): Promise<void>;
  /** Cached tickets of an account (possibly stale; empty before the first refresh), with unread and last activity. */
  summaries(accountId: string): readonly TicketSummary[];
  /** What the Refresh command does: `refresh`, then reads up to 10 open conversations where the list does not report replies. */
  refreshAndCheckReplies(accountId?: string): Promise<void>;
  /** Clears the ticket's unread dot ("Mark as Read"). */
  markRead(accountId: string, ticketId: string): void;
  /** Shows the unread dot until the ticket is opened again ("Mark as Unread"). */
  markUnread(accountId: string, ticketId: string): void;
  readonly onDidChange: vscode.Event<void>;
  /** Every conversation read by the reply watch or a panel (messages in memory only; never stored). */
  readonly onDidReadConversation: vscode.Event<ConversationRead>;
}

/** What commands may change in the explorer itself. */
export interface ExplorerControls {
  showMore(accountId: string, group: StatusGroup): void;
  filterOf(accountId: string): AccountFilter;
  setFilter(accountId: string, filter: AccountFilter): Promise<void>;
}

/**
 * The host's services, built once in activate() and handed explicitly to every feature (panels, attach,
 * diagnostics, views, commands). Narrow on purpose: services, not the extension context.
 */
export interface HostServices {
  readonly log: vscode.LogOutputChannel;
  readonly accounts: AccountStore;
  readonly providers: ProviderRegistry;
  readonly tickets: TicketsService;
  readonly demo: DemoAccounts;
  /** The tree's own state: paging and filters. */
  readonly explorer: ExplorerControls;
  /** Small per-user state that survives reloads (drafts, last-used account). Never secrets. */
  readonly globalState: vscode.Memento;
  /** What the user typed and has not sent (reply and create-form drafts), written through to a file. */
  readonly drafts: vscode.Memento;
  readonly extensionUri: vscode.Uri;
  /** Folder for caches (ticket lists); never secrets. */
  readonly globalStorageUri: vscode.Uri;
}
