/**
 * `cloud-tickets-mcp` (dist/mcp.js): the MCP server on stdio. Accounts come from the clouds' credential
 * sources (environment variables, CLI config files), or from an emulator with --demo. stdout carries
 * the protocol only; everything for people goes to stderr. vscode-free.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { PROVIDERS } from '../providers';
import { serverWorkspace } from './workspace';
import { errorText, inEnglish } from '../shared/errorText';
import { accountsFromCredentialSources, demoAccounts, type LoadedAccounts } from './accounts';
import { serverDiagnostics } from './diagnostics';
import { createMcpServer } from './server';

declare const CLOUD_TICKETS_VERSION: string | undefined;
const VERSION = typeof CLOUD_TICKETS_VERSION === 'string' ? CLOUD_TICKETS_VERSION : 'dev';

const USAGE = `Usage: cloud-tickets-mcp [--demo] [--allow-writes]

An MCP server (stdio) for cloud support tickets: ${PROVIDERS.map((descriptor) => descriptor.displayName).join(', ')}.
  --demo          use a built-in emulator with sample tickets instead of real accounts
  --allow-writes  allow replying, filing tickets and attaching diagnostics (read-only without it)
Accounts are read from the clouds' environment variables and CLI credential files.`;

export interface CliOptions {
  readonly demo: boolean;
  readonly allowWrites: boolean;
}

/** Reads the command line; undefined (after printing why) when the server should not start. */
export function parseArguments(args: readonly string[], print: (line: string) => void): CliOptions | undefined {
  const known = new Set(['--demo', '--allow-writes', '--help', '-h']);
  const unknown = args.filter((arg) => !known.has(arg));
  if (unknown.length > 0 || args.includes('--help') || args.includes('-h')) {
    if (unknown.length > 0) print(`Unknown option: ${unknown.join(' ')}`);
    print(USAGE);
    return undefined;
  }
  return { demo: args.includes('--demo'), allowWrites: args.includes('--allow-writes') };
}

async function loadAccounts(demo: boolean): Promise<LoadedAccounts & { close?: () => Promise<void> }> {
  if (!demo) return accountsFromCredentialSources();
  const { startEmulator } = await import('../emulator');
  const emulator = await startEmulator({ port: 0 });
  return { accounts: demoAccounts(emulator), notes: [`demo emulator on ${emulator.url}`], close: () => emulator.close() };
}

export async function main(args: readonly string[]): Promise<number> {
  const print = (line: string) => process.stderr.write(`${line}\n`);
  const options = parseArguments(args, print);
  if (!options) return args.includes('--help') || args.includes('-h') ? 0 : 2;
  const loaded = await loadAccounts(options.demo);
  for (const note of loaded.notes) print(`cloud-tickets-mcp: ${note}`);
  print(
    `cloud-tickets-mcp ${VERSION}: ${loaded.accounts.length} account(s): ${loaded.accounts.map((account) => `${account.metadata.id} "${account.metadata.label}"`).join(', ') || 'none'}; writes ${options.allowWrites ? 'allowed' : 'off'}`,
  );
  const workspace = serverWorkspace(loaded.accounts, serverDiagnostics(loaded.accounts, VERSION));
  const server = createMcpServer(workspace, { allowWrites: options.allowWrites, version: VERSION });
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => (transport.onclose = resolve));
  await server.connect(transport);
  process.stdin.on('end', () => void server.close());
  await closed;
  await loaded.close?.();
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`cloud-tickets-mcp: ${errorText(error, inEnglish)}\n`);
      process.exit(1);
    },
  );
}
