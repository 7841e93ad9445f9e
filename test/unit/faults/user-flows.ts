/**
 * What a user does with each operation, through the shipped code paths: reads are single provider
 * calls; a create goes through core's duplicate guard before the user clicks "Create" again; a reply
 * goes through `sendReplyOnce` (the ticket panel's path) with the panel's resend rule. A user gives up
 * after three clicks, and never clicks again when told to look first and the look-up could not tell.
 */
import { findRecentDuplicate, mayHaveBeenCreated, submittedTicketFrom } from '../../../src/core/duplicate-guard';
import { isTicketError } from '../../../src/core/errors';
import type { CreateFormSchema, FormValues } from '../../../src/core/form-schema';
import type { TicketProvider } from '../../../src/core/provider';
import { baselineOf, sendReplyOnce, type ReplyOutcome, type ThreadBaseline } from '../../../src/core/reply-duplicate-guard';
import { FIELD as HUAWEI_FIELD, productValue } from '../../../src/providers/huaweicloud/forms';
import { REGISTERED_EMAIL } from '../aliyun/emulator-fixtures';
import type { Step } from './schedule';
import type { Flavour, ServerTicket } from './world';

/** Timing of the simulated user and of the duplicate look-ups. */
export interface UserTiming {
  /** Pause between the look-up's searches (the product's default is 1.5 s against a 20 s timeout). */
  readonly searchPauseMs: number;
  /** Time between a failure message and the next click. */
  readonly thinkMs: number;
}

export interface FlowContext {
  readonly step: Step;
  readonly provider: TicketProvider;
  /** A provider for an account added just now (Huawei: no domain id yet). */
  readonly freshProvider: () => TicketProvider;
  /** The account's tickets as the server holds them right now. */
  readonly serverTickets: () => readonly ServerTicket[];
  readonly schema: CreateFormSchema;
  /** Unique text of this step, to count its tickets and replies on the server. */
  readonly marker: string;
  readonly timing: UserTiming;
}

const MAX_CLICKS = 3;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Form values of a valid new ticket carrying `marker`. */
export function createValues(flavour: Flavour, marker: string): FormValues {
  const description = `Instance unreachable since 10:00, run ${marker}`;
  switch (flavour) {
    case 'aliyun-2021':
      return { directory: '1', product: '18550', category: '7161', severity: '1', title: `Fault run ${marker}`, description };
    case 'aliyun-2020':
      return { directory: 'hot-tech', product: 'ecs', category: '7161', title: `Fault run ${marker}`, description, email: REGISTERED_EMAIL };
    case 'huaweicloud':
      return {
        [HUAWEI_FIELD.product]: productValue('2', '69af625c1be54800b58ac4bae4870c90'),
        [HUAWEI_FIELD.businessType]: '9b1a349c3a2849a391d58c10f9dc55a1',
        [HUAWEI_FIELD.description]: description,
        [HUAWEI_FIELD.agreement]: true,
      };
  }
}

/** The reply text of a step. */
export function replyText(marker: string): string {
  return `Here are the logs you asked for, run ${marker}`;
}

function targetOf(tickets: readonly ServerTicket[], index: number, openOnly: boolean): string {
  const candidates = [...tickets].filter((t) => !openOnly || t.group !== 'closed').sort((a, b) => a.id.localeCompare(b.id));
  return candidates.length > 0 ? candidates[index % candidates.length].id : 'no-such-ticket';
}

/** Would a user click again after this failure? Only when the product did not say it was their input. */
function worthAnotherClick(error: unknown): boolean {
  return !isTicketError(error) || !['invalid-input', 'permission', 'not-found', 'auth'].includes(error.kind);
}

/** Runs the step's operation as a user would. Failures the user sees are swallowed: the invariants read them from the call log. */
export async function runOperation(context: FlowContext): Promise<void> {
  const { provider, step } = context;
  const ignore = () => undefined;
  switch (step.operation) {
    case 'change-signal':
      return void (await provider.getChangeSignal().catch(ignore));
    case 'list':
      return void (await provider.listTickets({}, { pageSize: 50 }).catch(ignore));
    case 'detail':
      return void (await provider.getTicket(targetOf(context.serverTickets(), step.target, false)).catch(ignore));
    case 'messages':
      return void (await provider.listMessages(targetOf(context.serverTickets(), step.target, false), {}).catch(ignore));
    case 'burst': {
      const tickets = context.serverTickets();
      const reads = Array.from({ length: 7 }, (_, i) => provider.getTicket(targetOf(tickets, step.target + i, false)));
      return void (await Promise.allSettled([...reads, provider.listTickets({}, { pageSize: 20 })]));
    }
    case 'fresh-create-form':
      return void (await context.freshProvider().getCreateForm().catch(ignore));
    case 'close':
      return closeTicket(provider, targetOf(context.serverTickets(), step.target, true), context.timing);
    case 'create':
      return createTicket(context);
    case 'reply':
      return replyToTicket(context, targetOf(context.serverTickets(), step.target, true));
  }
}

async function closeTicket(provider: TicketProvider, ticketId: string, timing: UserTiming): Promise<void> {
  for (let click = 1; click <= MAX_CLICKS; click++) {
    try {
      return await provider.close(ticketId);
    } catch (error) {
      if (!worthAnotherClick(error)) return;
      await sleep(timing.thinkMs);
    }
  }
}

/** The create panel's path: create; after an ambiguous failure search first; click again only when it is safe. */
async function createTicket(context: FlowContext): Promise<void> {
  const values = createValues(context.step.flavour, context.marker);
  for (let click = 1; click <= MAX_CLICKS; click++) {
    const submittedAt = Date.now();
    try {
      await context.provider.createTicket(values);
      return;
    } catch (error) {
      if (mayHaveBeenCreated(error)) {
        const search = await findRecentDuplicate(context.provider, submittedTicketFrom(context.schema, values, submittedAt), { pauseMs: context.timing.searchPauseMs });
        // Found: the panel opens it. Unknown: the panel says to look before retrying, and the user does.
        if (search.outcome !== 'none') return;
      } else if (!worthAnotherClick(error)) {
        return;
      }
      await sleep(context.timing.thinkMs);
    }
  }
}

/** The ticket panel's path: `sendReplyOnce` with the conversation as the panel shows it; a resend after an ambiguous failure looks first. */
async function replyToTicket(context: FlowContext, ticketId: string): Promise<void> {
  const provider = context.provider;
  const run = <T>(call: (p: TicketProvider) => Promise<T>): Promise<T> => call(provider);
  // The panel shows the conversation before the user writes; without it, "new" cannot be told apart.
  const thread = await provider.listMessages(ticketId, {}).catch(() => undefined);
  const baseline: ThreadBaseline | undefined = thread ? baselineOf(thread.items) : undefined;
  let checkFirst = false;
  for (let click = 1; click <= MAX_CLICKS; click++) {
    const outcome: ReplyOutcome = await sendReplyOnce(
      run,
      ticketId,
      { body: replyText(context.marker) },
      {
        baseline,
        checkFirst,
        search: { pauseMs: context.timing.searchPauseMs },
      },
    );
    if (outcome.status === 'sent' || outcome.status === 'recovered') return;
    if (outcome.status === 'not-sent' && !outcome.checked && !worthAnotherClick(outcome.error)) return;
    checkFirst = outcome.status === 'uncertain' || (outcome.status === 'not-sent' && outcome.checked);
    await sleep(context.timing.thinkMs);
  }
}
