import type * as vscode from 'vscode';
import type { FormField } from '../core/form-schema';
import type { CreateAttachmentView, CreateDraftView, CreateFormValues } from '../shared/protocol/create';

const DRAFT_KEY_PREFIX = 'cloudTickets.createDraft.';
const RECENT_ACCOUNTS_KEY = 'cloudTickets.createRecentAccounts';
const MAX_RECENT = 20;

/**
 * Fields that may carry passwords or keys. Schemas have no "sensitive" flag yet, so confidential fields
 * are recognised by id; their text stays in the open form only and is never written to the draft store
 * (DESIGN.md §7: secrets only in SecretStorage).
 */
const CONFIDENTIAL_ID = /secret|password|confidential|credential/i;

export interface StoredDraft extends CreateDraftView {
  readonly savedAt: number;
}

export const EMPTY_DRAFT: CreateDraftView = { values: {}, files: {} };

/** True for a field whose value must not be persisted. */
export function isConfidentialField(field: Pick<FormField, 'id'>): boolean {
  return CONFIDENTIAL_ID.test(field.id);
}

/**
 * Create-form drafts, one per account, in the host's draft store (a Memento written through to a file)
 * so they survive closing the form and reloading the window. A draft is cleared only after the ticket
 * was created.
 */
export class CreateDrafts {
  constructor(private readonly state: vscode.Memento) {}

  get(accountId: string): StoredDraft | undefined {
    return this.state.get<StoredDraft>(DRAFT_KEY_PREFIX + accountId);
  }

  /** Saves what the user typed, minus confidential fields. */
  async save(accountId: string, draft: CreateDraftView, now = Date.now()): Promise<void> {
    await this.state.update(DRAFT_KEY_PREFIX + accountId, { ...withoutConfidential(draft), savedAt: now } satisfies StoredDraft);
  }

  async clear(accountId: string): Promise<void> {
    await this.state.update(DRAFT_KEY_PREFIX + accountId, undefined);
  }

  /** Account ids, most recently used for filing first. */
  recentAccounts(): readonly string[] {
    return this.state.get<string[]>(RECENT_ACCOUNTS_KEY, []);
  }

  async markUsed(accountId: string): Promise<void> {
    const recent = [accountId, ...this.recentAccounts().filter((id) => id !== accountId)].slice(0, MAX_RECENT);
    await this.state.update(RECENT_ACCOUNTS_KEY, recent);
  }
}

function withoutConfidential(draft: CreateDraftView): CreateDraftView {
  const values: CreateFormValues = {};
  for (const [id, value] of Object.entries(draft.values)) if (!isConfidentialField({ id })) values[id] = value;
  const files: Record<string, readonly CreateAttachmentView[]> = {};
  for (const [id, list] of Object.entries(draft.files)) if (!isConfidentialField({ id })) files[id] = list;
  return { values, files };
}

/** A draft with the schema's default values under what the user entered (what the page shows). */
export function withSchemaDefaults(fields: readonly FormField[], draft: CreateDraftView): CreateDraftView {
  const defaults: CreateFormValues = {};
  for (const field of fields) if ('defaultValue' in field && field.defaultValue !== undefined) defaults[field.id] = field.defaultValue;
  return { values: { ...defaults, ...draft.values }, files: draft.files };
}

/**
 * Whether a stored draft holds something the user entered: a non-blank text, a choice other than the
 * field's default, a ticked box or a file. A draft of blanks and defaults is not worth announcing.
 */
export function holdsUserInput(fields: readonly FormField[], draft: CreateDraftView): boolean {
  if (Object.values(draft.files ?? {}).some((files) => files.length > 0)) return true;
  const defaults = new Map(fields.map((field) => [field.id, 'defaultValue' in field ? field.defaultValue : undefined]));
  return Object.entries(draft.values).some(([id, value]) => {
    if (value === undefined || value === defaults.get(id)) return false;
    if (typeof value === 'string') return value.trim() !== '';
    if (Array.isArray(value)) return value.length > 0;
    return value === true;
  });
}
