import * as vscode from 'vscode';
import { ASSISTANT_TOOLS, PendingWrites, prepareTool, type AssistantTool, type AssistantWorkspace, type ToolName, type ToolOutcome } from '../assistant';
import type { DiagnosticsHost } from '../diagnostics/diagnosticsHost';
import type { HostServices } from '../services/services';
import { OUTSIDE_TEXT_LIMITS, outsideText } from '../shared/outsideText';
import { confirmationMessages } from './confirmationText';
import { hostWorkspace } from './hostWorkspace';

/** What `invoke` answers when no confirmed plan is waiting for its exact input. */
export const NOT_CONFIRMED =
  'Nothing was sent: this write was not confirmed by the user in VS Code (or the input changed after the confirmation). Call the tool again; VS Code asks the user before it writes.';

type ToolInput = Record<string, unknown>;

/**
 * One assistant tool as a VS Code language model tool. Reads run in `invoke`. Writes are planned in
 * `prepareInvocation`, whose confirmation VS Code shows before it calls `invoke`; `invoke` then runs the
 * plan held for exactly this input, once, and refuses when there is none (see PendingWrites).
 */
export class AssistantLanguageModelTool implements vscode.LanguageModelTool<ToolInput> {
  constructor(
    readonly tool: AssistantTool,
    private readonly workspace: AssistantWorkspace,
    private readonly pending: PendingWrites<ToolOutcome>,
  ) {}

  get name(): ToolName {
    return this.tool.definition.name;
  }

  async prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<ToolInput>, token: vscode.CancellationToken): Promise<vscode.PreparedToolInvocation> {
    const invocationMessage = invocationMessageOf(this.name, options.input);
    if (!this.tool.definition.writes) return { invocationMessage };
    const outcome = await withSignal(token, (signal) => prepareTool(this.tool, options.input, { workspace: this.workspace, signal }));
    this.pending.hold(this.name, options.input, outcome);
    if (outcome.kind === 'answer') return { invocationMessage };
    return { invocationMessage, confirmationMessages: confirmationMessages(outcome.confirmation) };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<ToolInput>, token: vscode.CancellationToken): Promise<vscode.LanguageModelToolResult> {
    if (!this.tool.definition.writes) {
      const outcome = await withSignal(token, (signal) => prepareTool(this.tool, options.input, { workspace: this.workspace, signal }));
      return textResult(outcome.kind === 'answer' ? outcome.text : NOT_CONFIRMED);
    }
    const held = this.pending.take(this.name, options.input);
    if (!held) return textResult(NOT_CONFIRMED);
    if (held.kind === 'answer') return textResult(held.text);
    const answer = await withSignal(token, (signal) => held.execute(signal));
    return textResult(answer.text);
  }
}

function textResult(text: string): vscode.LanguageModelToolResult {
  return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(text)]);
}

async function withSignal<T>(token: vscode.CancellationToken, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const abort = new AbortController();
  const subscription = token.onCancellationRequested(() => abort.abort());
  try {
    return await run(abort.signal);
  } finally {
    subscription.dispose();
  }
}

function invocationMessageOf(name: ToolName, input: ToolInput): string {
  const ticket = outsideText(typeof input.ticketId === 'string' ? input.ticketId : '', { maxLength: OUTSIDE_TEXT_LIMITS.label });
  switch (name) {
    case 'cloud_tickets_search':
      return vscode.l10n.t('Searching cloud support tickets…');
    case 'cloud_tickets_get_ticket':
      return vscode.l10n.t('Reading ticket {0}…', ticket);
    case 'cloud_tickets_needs_attention':
      return vscode.l10n.t('Looking for tickets that need you…');
    case 'cloud_tickets_draft_reply':
      return vscode.l10n.t('Preparing a reply to ticket {0}…', ticket);
    case 'cloud_tickets_create_ticket':
      return vscode.l10n.t('Filing a support ticket…');
    case 'cloud_tickets_reply':
      return vscode.l10n.t('Sending a reply to ticket {0}…', ticket);
    case 'cloud_tickets_attach_diagnostics':
      return vscode.l10n.t('Attaching diagnostics to ticket {0}…', ticket);
  }
}

/**
 * Every assistant tool as a VS Code language model tool, by name. The extension registers a thin
 * forwarder per tool contributed in package.json at activation and builds these on the first call.
 */
export function createAssistantTools(services: HostServices, diagnostics: DiagnosticsHost): ReadonlyMap<string, AssistantLanguageModelTool> {
  const workspace = hostWorkspace(services, diagnostics);
  const pending = new PendingWrites<ToolOutcome>();
  return new Map(ASSISTANT_TOOLS.map((tool) => [tool.definition.name, new AssistantLanguageModelTool(tool, workspace, pending)] as const));
}
