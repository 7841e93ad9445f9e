// An in-process emulator with one demo account per cloud, seen through the MCP server's workspace.
import { assistantTool, prepareTool, type AssistantWorkspace, type ToolName, type ToolOutcome } from '../../../src/assistant';
import { readConversation } from '../../../src/core/notify/conversation';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { demoAccounts, type ServerAccount } from '../../../src/mcp/accounts';
import { serverDiagnostics } from '../../../src/mcp/diagnostics';
import { serverWorkspace, type ProviderFactory } from '../../../src/mcp/workspace';
import { createAliyunProvider, createHuaweiCloudProvider } from '../../../src/providers/factories';

// The descriptors load provider code with a dynamic import() that mocha's CommonJS hook cannot resolve; the
// stdio test (mcp-stdio.test.ts) runs the server with the descriptors' own loader.
const FACTORIES: Record<string, ProviderFactory> = { aliyun: async (options) => createAliyunProvider(options), huaweicloud: async (options) => createHuaweiCloudProvider(options) };

export interface Harness {
  readonly emulator: RunningEmulator;
  readonly accounts: readonly ServerAccount[];
  readonly workspace: AssistantWorkspace;
  call(name: ToolName, input: unknown): Promise<ToolOutcome>;
  /** The answer text of a call that must answer (not plan a write). */
  answer(name: ToolName, input: unknown): Promise<string>;
  messageCount(accountId: string, ticketId: string): Promise<number>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const emulator = await startEmulator({ port: 0 });
  const accounts = demoAccounts(emulator);
  const workspace = serverWorkspace(accounts, serverDiagnostics(accounts, 'test'), (options) => FACTORIES[options.account.providerId](options));
  const call = (name: ToolName, input: unknown) => prepareTool(assistantTool(name)!, input, { workspace });
  return {
    emulator,
    accounts,
    workspace,
    call,
    async answer(name, input) {
      const outcome = await call(name, input);
      if (outcome.kind !== 'answer') throw new Error(`${name} planned a write instead of answering`);
      return outcome.text;
    },
    messageCount: async (accountId, ticketId) => (await workspace.run(accountId, (provider) => readConversation(provider, ticketId))).length,
    close: () => emulator.close(),
  };
}

/** Ticket ids of the sample data, one open ticket per cloud. */
export const SAMPLE_TICKETS = { aliyun: '000049RNU', huaweicloud: 'TS202603275SQAIEFGS0404' } as const;
