/**
 * The assistant tools (issue #21): one vscode-free core that both the VS Code language model tools
 * (src/languageModelTools) and the MCP server (src/mcp) publish.
 */
import { isTicketError } from '../core/errors';
import type { ToolName } from './definitions';
import { ToolInputError } from './input';
import { failureText } from './text';
import type { AssistantTool, ToolContext, ToolOutcome } from './tool';
import { attachDiagnosticsTool } from './tools/attachDiagnostics';
import { createTicketTool } from './tools/createTicket';
import { draftReplyTool } from './tools/draftReply';
import { getTicketTool } from './tools/getTicket';
import { needsAttentionTool } from './tools/needsAttention';
import { replyTool } from './tools/reply';
import { searchTool } from './tools/search';

export { TOOL_DEFINITIONS, toolDefinition, type ToolDefinition, type ToolName } from './definitions';
export type { AssistantTool, Confirmation, ToolAnswer, ToolContext, ToolOutcome, WriteAction } from './tool';
export type { AssistantAccount, AssistantWorkspace, DiagnosticsSource, DiagnosticsTarget, PreparedBundle } from './workspace';
export { PendingWrites } from './confirmations';

export const ASSISTANT_TOOLS: readonly AssistantTool[] = [searchTool, getTicketTool, needsAttentionTool, draftReplyTool, createTicketTool, replyTool, attachDiagnosticsTool];

/** The tool of a name. */
export function assistantTool(name: ToolName | string): AssistantTool | undefined {
  return ASSISTANT_TOOLS.find((tool) => tool.definition.name === name);
}

/**
 * Runs a tool's `prepare`, turning bad input and provider failures into an answer the model can act on
 * (a cancellation still throws, so the host can stop).
 */
export async function prepareTool(tool: AssistantTool, input: unknown, context: ToolContext): Promise<ToolOutcome> {
  try {
    return await tool.prepare(input, context);
  } catch (error) {
    if (context.signal?.aborted) throw error;
    if (error instanceof ToolInputError) return { kind: 'answer', text: error.message, isError: true };
    const secrets = await context.workspace.knownSecrets().catch(() => []);
    const kind = isTicketError(error) ? ` (${error.kind})` : '';
    return { kind: 'answer', text: `The tool failed${kind}: ${failureText(error, secrets)}`, isError: true };
  }
}
