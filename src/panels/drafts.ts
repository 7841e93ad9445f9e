import type * as vscode from 'vscode';

/** An attachment already uploaded for the next reply. */
export interface DraftAttachment {
  readonly id: string;
  readonly name: string;
  readonly sizeBytes: number;
}

/** The unsent reply of one ticket. */
export interface TicketDraft {
  readonly body: string;
  readonly secret: boolean;
  readonly attachments: readonly DraftAttachment[];
}

interface StoredDraft extends TicketDraft {
  readonly savedAt: number;
}

const DRAFTS_KEY = 'cloudTickets.drafts';
/** Oldest drafts are dropped beyond this, so globalState stays small. */
const MAX_DRAFTS = 100;

export const EMPTY_DRAFT: TicketDraft = { body: '', secret: false, attachments: [] };

/**
 * Reply drafts per ticket in globalState: they survive closing the panel, reloading the window and a
 * failed send, and are removed only after a successful send (or when emptied). Never holds secrets of
 * the account; a draft is what the user typed.
 */
export class DraftStore {
  constructor(
    private readonly state: vscode.Memento,
    private readonly now: () => number = Date.now,
  ) {}

  get(accountId: string, ticketId: string): TicketDraft {
    const stored = this.all()[draftKey(accountId, ticketId)];
    return stored ? { body: stored.body, secret: stored.secret, attachments: stored.attachments } : EMPTY_DRAFT;
  }

  /** Saves (or, when empty, removes) the draft of a ticket. */
  async save(accountId: string, ticketId: string, draft: TicketDraft): Promise<void> {
    const drafts = { ...this.all() };
    const key = draftKey(accountId, ticketId);
    if (isEmpty(draft)) {
      if (!(key in drafts)) return;
      delete drafts[key];
    } else {
      drafts[key] = { body: draft.body, secret: draft.secret, attachments: [...draft.attachments], savedAt: this.now() };
    }
    await this.state.update(DRAFTS_KEY, prune(drafts));
  }

  clear(accountId: string, ticketId: string): Promise<void> {
    return this.save(accountId, ticketId, EMPTY_DRAFT);
  }

  private all(): Readonly<Record<string, StoredDraft>> {
    return this.state.get<Record<string, StoredDraft>>(DRAFTS_KEY, {});
  }
}

function draftKey(accountId: string, ticketId: string): string {
  return `${accountId}/${ticketId}`;
}

function isEmpty(draft: TicketDraft): boolean {
  return draft.body.trim() === '' && draft.attachments.length === 0;
}

function prune(drafts: Record<string, StoredDraft>): Record<string, StoredDraft> {
  const entries = Object.entries(drafts);
  if (entries.length <= MAX_DRAFTS) return drafts;
  entries.sort(([, a], [, b]) => b.savedAt - a.savedAt);
  return Object.fromEntries(entries.slice(0, MAX_DRAFTS));
}
