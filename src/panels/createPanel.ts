import * as vscode from 'vscode';
import type { HostServices } from '../services/services';
import { DisposableOwner } from '../common/lifecycle';
import type { CreateFormSchema, FileField, FormField } from '../core/form-schema';
import type { TicketProvider } from '../core/provider';
import { operationIfOffered } from '../core/provider-operations';
import { IpcEndpoint } from '../shared/ipc';
import {
  CREATE_VIEW_TYPE,
  type CreateDraftView,
  type CreateFormState,
  type CreateHostReplies,
  type CreateHostToPage,
  type CreatePageReplies,
  type CreatePageToHost,
  type CreateUploadResult,
} from '../shared/protocol/create';
import { applyPrefill, type CreatePrefill } from '../shared/protocol/createPrefill';
import { CreateDrafts, EMPTY_DRAFT, holdsUserInput, withSchemaDefaults } from './createDrafts';
import { pickAndUpload } from './createPanelFiles';
import { createFormStrings, localizeFields } from './createPanelStrings';
import { CreateSubmitter } from './createPanelSubmit';
import { localizedProblems } from './createPanelValidation';
import { contactVerificationStep, FilingChecks } from './createPanelChecks';
import { webviewHtml, webviewOptions } from './webviewHtml';
import { errorMessage } from '../common/errorMessage';
import { OUTSIDE_TEXT_LIMITS, outsideText, ownText, type SafeText } from '../shared/outsideText';
import { cloudNameOf } from '../accounts/cloudName';

export { CREATE_VIEW_TYPE };
/** Registered by the ticket panel; the form opens the new ticket with it when it exists. */
const OPEN_TICKET_COMMAND = 'cloudTickets.openTicket';
/** Quiet time after the last change before the draft is written to the store. */
const DRAFT_SAVE_DELAY_MS = 300;

/** What the page keeps in `vscode.setState`, so a reloaded window can bring the form back. */
export interface CreatePanelState {
  readonly accountId: string;
}

/**
 * The create-ticket form of one account: a webview that renders the provider's form schema. One
 * panel per account; opening it again reveals it (and adds any prefilled text to it).
 */
export class CreatePanel extends DisposableOwner {
  private static readonly panels = new Map<string, CreatePanel>();

  private readonly ipc: IpcEndpoint<CreateHostToPage, CreatePageReplies, CreatePageToHost, CreateHostReplies>;
  private readonly drafts: CreateDrafts;
  private schema: Promise<CreateFormSchema> | undefined;
  private submitter: CreateSubmitter | undefined;
  /** The page's latest draft, including confidential fields (which are never persisted). */
  private current: CreateDraftView | undefined;
  private pendingPrefill: CreatePrefill | undefined;
  /** The last submit filed a ticket: the page shows its id until a new form is asked for. */
  private filed = false;
  /** The page's latest draft is not in the store yet; see `draftChanged`. */
  private unsaved = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Fields the provider added for the current answers (validated like the schema's own). */
  private dependentFields: readonly FormField[] = [];
  private readonly filingChecks: FilingChecks;

  /** Opens (or reveals) the form of an account. */
  static async show(services: HostServices, accountId: string, prefill?: CreatePrefill): Promise<CreatePanel> {
    const existing = CreatePanel.panels.get(accountId);
    if (existing) {
      existing.panel.reveal();
      if (prefill) await existing.prefill(prefill);
      else if (existing.filed) existing.ipc.notify({ type: 'prefill' });
      return existing;
    }
    const account = services.accounts.get(accountId);
    if (!account) throw new Error(vscode.l10n.t('This account was removed. Refresh the Tickets view.'));
    const panel = vscode.window.createWebviewPanel(CREATE_VIEW_TYPE, panelTitle(account.label), vscode.ViewColumn.Active, webviewOptions(services.extensionUri));
    return new CreatePanel(services, panel, accountId, prefill);
  }

  /** Brings back a form that was open when the window reloaded (its draft comes from globalState). */
  static revive(services: HostServices, panel: vscode.WebviewPanel, state: unknown): void {
    const accountId = (state as Partial<CreatePanelState> | undefined)?.accountId;
    if (typeof accountId !== 'string' || !services.accounts.get(accountId) || CreatePanel.panels.has(accountId)) {
      panel.dispose();
      return;
    }
    panel.webview.options = webviewOptions(services.extensionUri);
    new CreatePanel(services, panel, accountId, undefined);
  }

  /** Open forms, for tests and for "is a form open for this account?". */
  static openFor(accountId: string): CreatePanel | undefined {
    return CreatePanel.panels.get(accountId);
  }

  private constructor(
    private readonly services: HostServices,
    readonly panel: vscode.WebviewPanel,
    readonly accountId: string,
    prefill: CreatePrefill | undefined,
  ) {
    super();
    this.drafts = new CreateDrafts(services.drafts);
    this.pendingPrefill = prefill;
    this.filingChecks = new FilingChecks((call) => this.run(call), services.log);
    CreatePanel.panels.set(accountId, this);
    void this.drafts.markUsed(accountId);
    this.ipc = new IpcEndpoint({
      side: 'host',
      post: (packet) => panel.webview.postMessage(packet),
      onUnhandled: (problem) => services.log.warn(`Create form: ${problem}`),
      failureText: errorMessage,
    });
    this.own({ dispose: () => this.ipc.dispose() });
    this.own(panel.webview.onDidReceiveMessage((data: unknown) => this.ipc.receive(data)));
    this.own(panel.onDidDispose(() => this.dispose()));
    this.registerHandlers();
    const account = services.accounts.get(accountId);
    panel.webview.html = webviewHtml({
      webview: panel.webview,
      extensionUri: services.extensionUri,
      entry: 'create/main',
      lang: vscode.env.language,
      title: panelTitle(account?.label ?? ''),
    });
  }

  override dispose(): void {
    if (CreatePanel.panels.get(this.accountId) === this) CreatePanel.panels.delete(this.accountId);
    this.saveNow();
    super.dispose();
    this.panel.dispose();
  }

  /**
   * Adds text from an entry point to the open form. A live form merges it into what it holds (the host's
   * copy may be a keystroke behind); a form not shown yet, or showing "filed", starts from the host's copy.
   */
  async prefill(prefill: CreatePrefill): Promise<void> {
    if (!this.current) {
      this.pendingPrefill = prefill;
      return;
    }
    if (!this.filed) {
      this.ipc.notify({ type: 'prefill', prefill });
      return;
    }
    const schema = await this.loadSchema();
    this.current = applyPrefill(schema.fields, this.current, prefill);
    await this.drafts.save(this.accountId, this.current);
    this.ipc.notify({ type: 'prefill' });
  }

  /** Keeps the page's latest draft and writes it shortly after the typing stops (and on close). */
  private draftChanged(draft: CreateDraftView): void {
    this.current = draft;
    this.unsaved = true;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), DRAFT_SAVE_DELAY_MS);
  }

  private saveNow(): void {
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.unsaved || !this.current || this.filed) return;
    this.unsaved = false;
    this.drafts.save(this.accountId, this.current).catch((error: unknown) => this.services.log.warn(`Could not save the draft: ${String(error)}`));
  }

  private run<T>(call: (provider: TicketProvider) => Promise<T>): Promise<T> {
    return this.services.providers.run(this.accountId, call);
  }

  private loadSchema(): Promise<CreateFormSchema> {
    if (!this.schema) {
      this.schema = this.run((provider) => provider.getCreateForm());
      this.schema.catch(() => (this.schema = undefined));
    }
    return this.schema;
  }

  private registerHandlers(): void {
    this.ipc.handle('ready', () => this.initialState());
    this.ipc.handle('loadOptions', (message) => this.run((provider) => provider.loadFieldOptions(message.fieldId, message.values)));
    this.ipc.handle('dependentFields', async (message) => {
      const fields = await this.run(async (provider) => (await operationIfOffered(provider, 'loadDependentFields')?.(message.values)) ?? []);
      this.dependentFields = fields;
      return localizeFields(fields);
    });
    this.ipc.handle('draftChanged', (message) => this.draftChanged(message.draft));
    this.ipc.handle('edit', async (message) => {
      this.current = message.draft;
      this.unsaved = false;
      // The answer (the problems) does not wait for the storage write; writes stay in order.
      void this.drafts.save(this.accountId, message.draft).catch((error: unknown) => this.services.log.warn(`Could not save the draft: ${String(error)}`));
      return localizedProblems(await this.allFields(), message.draft.values);
    });
    this.ipc.handle('pickFiles', (message) => this.pickFiles(message.fieldId, message.already));
    this.ipc.handle('submit', async (message) => {
      this.current = message.draft;
      await this.drafts.save(this.accountId, message.draft);
      return (await this.submitterFor()).submit(message.draft.values);
    });
    this.ipc.handle('filingCheck', async (message) => this.filingChecks.check(await this.allFields(), message.values));
    this.ipc.handle('contactVerification', async (message) => contactVerificationStep((call) => this.run(call), await this.allFields(), message));
    this.ipc.handle('copy', async (message) => vscode.env.clipboard.writeText(message.text));
    this.ipc.handle('openTicket', async (message) => this.openTicket(message.ticketId));
    this.ipc.handle('timing', (message) => {
      this.services.log.info(`Create form interactive in ${Math.round(message.interactiveMs)} ms`);
      return undefined;
    });
  }

  private async allFields(): Promise<readonly FormField[]> {
    return [...(await this.loadSchema()).fields, ...this.dependentFields];
  }

  private async initialState(): Promise<CreateFormState> {
    this.filed = false;
    const account = this.services.accounts.get(this.accountId);
    if (!account) throw new Error(vscode.l10n.t('This account was removed. Refresh the Tickets view.'));
    const [schema, provider] = await Promise.all([this.loadSchema(), this.services.providers.get(this.accountId)]);
    const stored = this.drafts.get(this.accountId);
    let draft = withSchemaDefaults(schema.fields, this.current ?? (stored ? { values: stored.values, files: stored.files } : EMPTY_DRAFT));
    const restored = !this.current && stored !== undefined && holdsUserInput(schema.fields, stored);
    if (this.pendingPrefill) {
      draft = applyPrefill(schema.fields, draft, this.pendingPrefill);
      this.pendingPrefill = undefined;
      await this.drafts.save(this.accountId, draft);
    }
    this.current = draft;
    const filing = await this.filingChecks.check(schema.fields, draft.values);
    return {
      accountId: this.accountId,
      accountLabel: account.label,
      providerName: cloudNameOf(provider.providerId),
      fields: localizeFields(schema.fields),
      hasDependentFields: provider.capabilities.dependentFields,
      draft,
      restored,
      problems: localizedProblems(schema.fields, draft.values),
      strings: createFormStrings(),
      locale: vscode.env.language,
      ...(filing ? { filing } : {}),
    };
  }

  private async submitterFor(): Promise<CreateSubmitter> {
    if (!this.submitter) {
      const schema = await this.loadSchema();
      this.submitter = new CreateSubmitter(() => [...schema.fields, ...this.dependentFields], {
        run: (call) => this.run(call),
        onCreated: (ticketId) => this.afterCreated(ticketId),
        log: this.services.log,
      });
    }
    return this.submitter;
  }

  private async pickFiles(fieldId: string, already: number): Promise<CreateUploadResult> {
    const field = (await this.loadSchema()).fields.find((candidate): candidate is FileField => candidate.id === fieldId && candidate.kind === 'file');
    if (!field) return { added: [], refused: [] };
    const provider = await this.services.providers.get(this.accountId);
    return pickAndUpload(field, already, provider, {
      run: (call) => this.run(call),
      progress: (fileName, sentBytes, totalBytes) => this.ipc.notify({ type: 'uploadProgress', fieldId, fileName, sentBytes, totalBytes }),
      log: this.services.log,
    });
  }

  private async afterCreated(ticketId: string): Promise<void> {
    this.filed = true;
    this.current = EMPTY_DRAFT;
    await this.drafts.clear(this.accountId);
    await this.drafts.markUsed(this.accountId);
    void this.services.tickets.reveal(this.accountId, ticketId).catch((error: unknown) => this.services.log.warn(`Could not reveal ${ticketId}: ${String(error)}`));
    void this.openTicket(ticketId);
    void this.announce(ticketId);
  }

  private async openTicket(ticketId: string): Promise<void> {
    const commands = await vscode.commands.getCommands(true);
    if (commands.includes(OPEN_TICKET_COMMAND)) await vscode.commands.executeCommand(OPEN_TICKET_COMMAND, this.accountId, ticketId);
    else this.services.log.info(`Ticket ${ticketId} created; the ticket panel is not available in this build`);
  }

  /** A notification with the id and "Copy", visible even when the ticket's panel covers the form. */
  private async announce(ticketId: string): Promise<void> {
    const copy = vscode.l10n.t('Copy');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Ticket {0} was created.', outsideText(ticketId, { maxLength: OUTSIDE_TEXT_LIMITS.label })), copy);
    if (choice === copy) await vscode.env.clipboard.writeText(ticketId);
  }
}

function panelTitle(accountLabel: string): SafeText {
  return ownText(vscode.l10n.t('New ticket — {0}', outsideText(accountLabel, { maxLength: OUTSIDE_TEXT_LIMITS.label })));
}
