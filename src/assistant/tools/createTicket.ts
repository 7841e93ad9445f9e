/** cloud_tickets_create_ticket: files one ticket with the confirmed values, never twice. vscode-free. */
import { findRecentDuplicate, mayHaveBeenCreated, submittedTicketFrom } from '../../core/duplicate-guard';
import { validateForm } from '../../core/form-validation';
import { describeAccount, providerName, singleAccount } from '../accounts';
import { toolDefinition } from '../definitions';
import { checkInput } from '../input';
import { failureText, inline } from '../text';
import { ticketLinks } from '../tickets';
import type { AssistantTool, ToolAnswer, ToolContext, ToolOutcome } from '../tool';
import type { AssistantAccount } from '../workspace';
import { fillCreateForm, type FilledForm } from './createForm';

export const createTicketTool: AssistantTool = {
  definition: toolDefinition('cloud_tickets_create_ticket'),
  async prepare(raw: unknown, context: ToolContext): Promise<ToolOutcome> {
    const input = checkInput(this.definition.inputSchema, raw);
    const { workspace, signal } = context;
    const account = singleAccount(workspace.accounts(), input.string('account'));
    const secrets = await workspace.knownSecrets();
    const request = { title: input.string('title'), description: input.string('description'), fields: input.record('fields') ?? {}, secrets };
    let form: FilledForm;
    try {
      form = await workspace.run(account.id, (provider) => fillCreateForm(provider, request, signal));
    } catch (error) {
      return { kind: 'answer', text: `The create form of ${describeAccount(account)} could not be loaded: ${failureText(error, secrets)}`, isError: true };
    }
    // Fields still missing are listed once, with their options; the form's own checks run on a complete form.
    const problems = form.needed.length > 0 ? form.needed : validateForm({ fields: form.fields }, form.values).map((problem) => `"${problem.fieldId}": ${problem.message}`);
    if (problems.length > 0) {
      return {
        kind: 'answer',
        text: `Nothing was filed yet. The form of ${describeAccount(account)} still needs:\n${problems.map((problem) => `- ${problem}`).join('\n')}\nCall again with these in "fields" (by id), keeping the values already given.`,
        isError: true,
      };
    }
    return {
      kind: 'write',
      confirmation: { action: 'create', account, providerName: providerName(account), fields: form.shown, redactedSecrets: form.redacted },
      execute: (executeSignal) => create(account, form, context, executeSignal),
    };
  },
};

async function create(account: AssistantAccount, form: FilledForm, { workspace }: ToolContext, signal?: AbortSignal): Promise<ToolAnswer> {
  const secrets = await workspace.knownSecrets();
  const submittedAt = Date.now();
  const created = (ticketId: string, note = ''): ToolAnswer => ({
    text: [`Ticket ${inline(ticketId, secrets, 100)} was filed in ${describeAccount(account)}${note}.`, ...ticketLinks(workspace, account, ticketId)].join('\n'),
  });
  try {
    const { ticketId } = await workspace.run(account.id, (provider) => provider.createTicket(form.values, signal));
    await workspace.afterWrite?.(account.id, ticketId).catch(() => undefined);
    return created(ticketId);
  } catch (error) {
    if (!mayHaveBeenCreated(error)) return { text: `The ticket was not filed: ${failureText(error, secrets)}`, isError: true };
    // The create may have been committed before the connection failed: look before anyone files it again.
    const search = await workspace.run(account.id, (provider) => findRecentDuplicate(provider, submittedTicketFrom({ fields: form.fields }, form.values, submittedAt)));
    if (search.outcome === 'found') return created(search.ticket.id, ' (the connection failed, but the ticket had been created; it was not filed twice)');
    const checked =
      search.outcome === 'none'
        ? 'No matching ticket was found among the newest ones, so filing again should not make a duplicate.'
        : 'Whether it was filed could not be checked; search the newest tickets before filing again.';
    return { text: `Filing failed: ${failureText(error, secrets)} ${checked}`, isError: true };
  }
}
