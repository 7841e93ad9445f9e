/**
 * cloud_tickets_attach_diagnostics: a redacted bundle, previewed before it is attached. Where the host
 * shows the preview itself (VS Code opens it in an editor), the confirmation follows at once; elsewhere
 * (MCP) the first call returns the preview and a previewId, and only a second call with that id attaches
 * exactly what was previewed. vscode-free.
 */
import { randomUUID } from 'node:crypto';
import { sendReplyOnce, baselineOf, type ProviderRun } from '../../core/reply-duplicate-guard';
import { operationIfOffered, requireOperation } from '../../core/provider-operations';
import { describeAccount, providerName } from '../accounts';
import { toolDefinition } from '../definitions';
import { checkInput } from '../input';
import { failureText, inline, redact } from '../text';
import { ticketLinks } from '../tickets';
import type { AssistantTool, ToolAnswer, ToolContext, ToolOutcome } from '../tool';
import type { PreparedBundle } from '../workspace';
import { planReply, type ReplyPlan } from './replyPlan';

const PREVIEW_TTL_MS = 30 * 60_000;
const PREVIEW_CHARACTERS = 30_000;
const DEFAULT_MESSAGE = 'Attached: a diagnostics bundle (environment, settings, logs, connectivity), with secrets redacted.';

interface StoredPreview {
  readonly accountId: string;
  readonly ticketId: string;
  readonly bundle: PreparedBundle;
  readonly expiresAt: number;
}

/** Bundles previewed but not attached yet, by previewId (in memory: a restarted server forgets them). */
const previews = new Map<string, StoredPreview>();

export const attachDiagnosticsTool: AssistantTool = {
  definition: toolDefinition('cloud_tickets_attach_diagnostics'),
  async prepare(raw: unknown, context: ToolContext): Promise<ToolOutcome> {
    const input = checkInput(this.definition.inputSchema, raw);
    const { workspace, signal } = context;
    const source = workspace.diagnostics;
    if (!source) return { kind: 'answer', text: 'This host cannot collect a diagnostics bundle.', isError: true };
    const plan = await planReply(input, context);
    if (typeof plan === 'string') return { kind: 'answer', text: plan, isError: true };
    if (plan.refusal) return { kind: 'answer', text: `Nothing was attached. ${plan.refusal}`, isError: true };
    const limit = await attachmentProblem(plan, context);
    if (limit) return { kind: 'answer', text: `Nothing was attached. ${limit}`, isError: true };
    const message = redact(input.string('message')?.trim() || DEFAULT_MESSAGE, plan.secrets);
    const previewId = input.string('previewId');
    let bundle: PreparedBundle;
    if (previewId !== undefined) {
      const stored = takePreview(previewId, plan);
      if (!stored) return { kind: 'answer', text: 'That previewId is unknown or expired, or belongs to another ticket. Call again without previewId for a new preview.', isError: true };
      bundle = stored;
    } else {
      bundle = await source.prepare({ account: plan.account, ticketId: plan.detail.id, ticketTitle: plan.detail.title }, signal);
      if (!bundle.shownToUser) return previewAnswer(plan, bundle);
    }
    if (bundle.data.byteLength > plan.capabilities.maxAttachmentBytes)
      return { kind: 'answer', text: `Nothing was attached: the bundle has ${bundle.data.byteLength} bytes, more than this cloud accepts.`, isError: true };
    return {
      kind: 'write',
      confirmation: {
        action: 'attach-diagnostics',
        account: plan.account,
        providerName: providerName(plan.account),
        ticketId: plan.detail.id,
        ticketTitle: plan.detail.title,
        text: message.text,
        redactedSecrets: message.count,
        attachment: { fileName: bundle.fileName, sizeBytes: bundle.data.byteLength, summary: bundle.summary },
      },
      execute: (executeSignal) => attach(plan, bundle, message.text, context, executeSignal),
    };
  },
};

/** Why the cloud would refuse a zip of this ticket, if it would. */
async function attachmentProblem(plan: ReplyPlan, { workspace, signal }: ToolContext): Promise<string | undefined> {
  if (!plan.capabilities.attachments) return `${describeAccount(plan.account)} cannot take attachments.`;
  const limits = await workspace.run(plan.account.id, async (provider) => operationIfOffered(provider, 'attachmentLimits')?.(signal)).catch(() => undefined);
  if (limits && limits.fileTypes.length > 0 && !limits.fileTypes.some((type) => type.replace(/^\./, '').toLowerCase() === 'zip')) return `${describeAccount(plan.account)} does not accept zip files.`;
  return undefined;
}

function previewAnswer(plan: ReplyPlan, bundle: PreparedBundle): ToolOutcome {
  for (const [id, stored] of previews) if (stored.expiresAt < Date.now()) previews.delete(id);
  const previewId = randomUUID();
  previews.set(previewId, { accountId: plan.account.id, ticketId: plan.detail.id, bundle, expiresAt: Date.now() + PREVIEW_TTL_MS });
  const text =
    bundle.previewText.length > PREVIEW_CHARACTERS ? `${bundle.previewText.slice(0, PREVIEW_CHARACTERS)}\n… (${bundle.previewText.length - PREVIEW_CHARACTERS} more characters)` : bundle.previewText;
  return {
    kind: 'answer',
    text: [
      `Nothing was attached yet. Show the user this redacted preview of ${bundle.fileName} (${bundle.data.byteLength} bytes) for ticket ${inline(plan.detail.id, plan.secrets, 100)}:`,
      ...bundle.summary,
      '----- preview -----',
      text,
      '----- end of preview -----',
      `When the user agrees, call cloud_tickets_attach_diagnostics again with previewId "${previewId}" (valid 30 minutes) to attach exactly this bundle.`,
    ].join('\n'),
  };
}

function takePreview(previewId: string, plan: ReplyPlan): PreparedBundle | undefined {
  const stored = previews.get(previewId);
  if (!stored || stored.expiresAt < Date.now() || stored.accountId !== plan.account.id || stored.ticketId !== plan.detail.id) return undefined;
  previews.delete(previewId);
  return stored.bundle;
}

async function attach(plan: ReplyPlan, bundle: PreparedBundle, message: string, { workspace }: ToolContext, signal?: AbortSignal): Promise<ToolAnswer> {
  const run: ProviderRun = (call) => workspace.run(plan.account.id, call);
  const ticket = `ticket ${inline(plan.detail.id, plan.secrets, 100)} in ${describeAccount(plan.account)}`;
  let uploadedId: string;
  try {
    const upload = await run((provider) => requireOperation(provider, 'uploadAttachment')({ fileName: bundle.fileName, contentType: 'application/zip', data: bundle.data, purpose: 'reply' }, signal));
    uploadedId = upload.id;
  } catch (error) {
    return { text: `The bundle was not attached to ${ticket}: ${failureText(error, plan.secrets)}`, isError: true };
  }
  const outcome = await sendReplyOnce(
    run,
    plan.detail.id,
    { body: message, attachmentIds: [uploadedId] },
    { baseline: baselineOf(plan.messages), attachmentNames: [bundle.fileName], ...(signal ? { signal } : {}) },
  );
  if (outcome.status === 'sent' || outcome.status === 'recovered') {
    await workspace.afterWrite?.(plan.account.id, plan.detail.id).catch(() => undefined);
    return { text: [`${bundle.fileName} was attached to ${ticket}.`, ...ticketLinks(workspace, plan.account, plan.detail.id)].join('\n') };
  }
  if (outcome.status === 'not-sent') return { text: `The bundle was uploaded but the reply carrying it was not sent to ${ticket}: ${failureText(outcome.error, plan.secrets)}`, isError: true };
  return { text: `It is not known whether the bundle reached ${ticket} (${failureText(outcome.error, plan.secrets)}). Read the ticket before attaching it again.`, isError: true };
}

/** Forgets every stored preview (tests). */
export function clearDiagnosticsPreviews(): void {
  previews.clear();
}
