import * as vscode from 'vscode';
import { errorMessage } from '../common/errorMessage';
import { findRecentDuplicate, mayHaveBeenCreated, submittedTicketFrom, type DuplicateSearchOptions } from '../core/duplicate-guard';
import type { FormField } from '../core/form-schema';
import type { TicketProvider } from '../core/provider';
import type { CreateFormValues, CreateSubmitOutcome } from '../shared/protocol/create';
import { localizedProblems } from './createPanelValidation';
import { outsideText } from '../shared/outsideText';

export interface SubmitDependencies {
  /** Runs a call on the account's provider (through the registry, so account health is tracked). */
  run<T>(call: (provider: TicketProvider) => Promise<T>): Promise<T>;
  /** Everything that follows a created ticket: clear the draft, open and reveal it. */
  onCreated(ticketId: string): Promise<void>;
  readonly log: vscode.LogOutputChannel;
  readonly duplicateSearch?: DuplicateSearchOptions;
}

/**
 * Files a ticket exactly once per click. A create is never retried here: when it fails in a way that
 * leaves open whether the server committed it, the account's newest tickets are searched first, and a
 * match is opened instead of offering "Retry".
 */
export class CreateSubmitter {
  private inFlight = false;

  /** `fields`: the schema's fields plus any the provider added for the current answers. */
  constructor(
    private readonly fields: () => readonly FormField[],
    private readonly deps: SubmitDependencies,
  ) {}

  async submit(values: CreateFormValues): Promise<CreateSubmitOutcome> {
    // A second click (or Enter) while the first create is on the wire must not file a second ticket.
    if (this.inFlight) return { outcome: 'cancelled' };
    const problems = localizedProblems(this.fields(), values);
    if (problems.length > 0) return { outcome: 'invalid', problems };
    this.inFlight = true;
    try {
      return await this.create(values);
    } finally {
      this.inFlight = false;
    }
  }

  private async create(values: CreateFormValues): Promise<CreateSubmitOutcome> {
    const submittedAt = Date.now();
    let ticketId: string;
    try {
      ticketId = (await this.deps.run((provider) => provider.createTicket(values))).ticketId;
    } catch (error) {
      return this.afterFailure(error, values, submittedAt);
    }
    this.deps.log.info(`Created ticket ${ticketId}`);
    await this.deps.onCreated(ticketId);
    return { outcome: 'created', ticketId, message: vscode.l10n.t('Ticket {0} was created.', outsideText(ticketId)) };
  }

  private async afterFailure(error: unknown, values: CreateFormValues, submittedAt: number): Promise<CreateSubmitOutcome> {
    const logged = error instanceof Error ? error.message : String(error);
    const reason = errorMessage(error);
    if (!mayHaveBeenCreated(error)) {
      this.deps.log.warn(`Create failed (not filed): ${logged}`);
      return { outcome: 'failed', message: reason, uncertain: false };
    }
    this.deps.log.warn(`Create failed ambiguously, searching for the ticket before offering a retry: ${logged}`);
    const submitted = submittedTicketFrom({ fields: this.fields() }, values, submittedAt);
    const search = await this.deps.run((provider) => findRecentDuplicate(provider, submitted, this.deps.duplicateSearch));
    if (search.outcome === 'found') {
      this.deps.log.info(`The failed create had been committed as ${search.ticket.id}; not filing again`);
      await this.deps.onCreated(search.ticket.id);
      return {
        outcome: 'recovered',
        ticketId: search.ticket.id,
        message: vscode.l10n.t('The connection dropped, but the ticket had been created: {0}. It was not filed twice.', outsideText(search.ticket.id)),
      };
    }
    if (search.outcome === 'unknown') {
      this.deps.log.warn(`Could not search for the ticket: ${search.error instanceof Error ? search.error.message : String(search.error)}`);
      const why = errorMessage(search.error);
      return {
        outcome: 'failed',
        uncertain: true,
        message: vscode.l10n.t("{0} Whether the ticket was created could not be checked ({1}). Look at the account's newest tickets before you retry.", reason, why),
      };
    }
    return {
      outcome: 'failed',
      uncertain: true,
      message: vscode.l10n.t('{0} No matching ticket was found among the newest tickets, so retrying should not file a duplicate.', reason),
    };
  }
}
