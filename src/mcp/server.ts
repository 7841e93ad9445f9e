/**
 * The MCP server: the assistant tools over the Model Context Protocol. Reads always work; a tool that
 * writes (reply, create, attach) is refused unless the server was started with --allow-writes, before any
 * request reaches a cloud. The agent's host asks the user before each tool call; the flag is the user's
 * standing decision that this server may write at all. vscode-free.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { ASSISTANT_TOOLS, assistantTool, prepareTool, type AssistantWorkspace, type Confirmation, type ToolDefinition } from '../assistant';

export interface McpServerOptions {
  readonly allowWrites: boolean;
  readonly version: string;
}

export const WRITES_OFF =
  'This MCP server was started without --allow-writes, so it does not write to any cloud: nothing was sent. Restart it with --allow-writes to let it reply, file tickets and attach diagnostics.';

/** The MCP description of a tool: the shared definition plus hints for the host. */
export function mcpTool(definition: ToolDefinition, allowWrites: boolean): Tool {
  const { properties, required } = definition.inputSchema;
  const disabled = definition.writes && !allowWrites ? ' (Disabled: the server was started without --allow-writes.)' : '';
  return {
    name: definition.name,
    title: definition.title,
    description: `${definition.description}${disabled}`,
    inputSchema: { type: 'object', properties: { ...properties }, ...(required ? { required: [...required] } : {}), additionalProperties: false },
    annotations: { title: definition.title, readOnlyHint: !definition.writes, destructiveHint: false, idempotentHint: !definition.writes, openWorldHint: true },
  };
}

/** Builds the server; connect it to a transport to run it. */
export function createMcpServer(workspace: AssistantWorkspace, options: McpServerOptions): Server {
  const server = new Server({ name: 'cloud-tickets', title: 'Cloud Tickets', version: options.version }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: ASSISTANT_TOOLS.map((tool) => mcpTool(tool.definition, options.allowWrites)) }));
  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const tool = assistantTool(request.params.name);
    if (!tool) return textResult(`There is no tool "${request.params.name.slice(0, 80)}".`, true);
    if (tool.definition.writes && !options.allowWrites) return textResult(WRITES_OFF, true);
    const outcome = await prepareTool(tool, request.params.arguments ?? {}, { workspace, signal: extra.signal });
    if (outcome.kind === 'answer') return textResult(outcome.text, outcome.isError === true);
    const answer = await outcome.execute(extra.signal);
    return textResult(`${answer.text}\n\n${confirmationRecord(outcome.confirmation)}`, answer.isError === true);
  });
  return server;
}

function textResult(text: string, isError: boolean): CallToolResult {
  return { content: [{ type: 'text', text }], ...(isError ? { isError: true } : {}) };
}

/** What was written, for the agent's transcript (the text itself is in the call's arguments). */
function confirmationRecord(confirmation: Confirmation): string {
  const redacted = confirmation.redactedSecrets > 0 ? ` ${confirmation.redactedSecrets} secret(s) were redacted from the text before sending.` : '';
  return `(Written under --allow-writes: ${confirmation.action} in account "${confirmation.account.label}" (${confirmation.providerName}).${redacted})`;
}
