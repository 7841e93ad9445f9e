// The MCP server as an agent's host runs it: a child process on stdio, driven by the SDK's own client.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { TOOL_DEFINITIONS } from '../../../src/assistant';
import { WRITES_OFF } from '../../../src/mcp/server';
import { SAMPLE_TICKETS } from './harness';

const ROOT = join(__dirname, '..', '..', '..');
const CLI = ['--import', 'tsx', join(ROOT, 'src', 'mcp', 'cli.ts')];

async function connect(...flags: string[]): Promise<Client> {
  // No credential variables reach the child: --demo must not need any, and none may leak into it.
  const env = { PATH: process.env.PATH ?? '', HOME: join(ROOT, 'test', 'fixtures', 'home', 'empty-for-mcp') };
  const transport = new StdioClientTransport({ command: process.execPath, args: [...CLI, ...flags], cwd: ROOT, env, stderr: 'pipe' });
  const client = new Client({ name: 'cloud-tickets-test', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

function text(result: unknown): string {
  const content = (result as CallToolResult).content;
  return content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
}

async function messageCount(client: Client, ticketId: string): Promise<number> {
  const answer = text(await client.callTool({ name: 'cloud_tickets_get_ticket', arguments: { ticketId } }));
  return Number(/^Conversation \((\d+) message/m.exec(answer)?.[1]);
}

describe('MCP server over stdio (SDK client, --demo)', function () {
  this.timeout(60_000);

  describe('read-only (no --allow-writes)', () => {
    let client: Client;
    before(async () => {
      client = await connect('--demo');
    });
    after(() => client.close());

    it('lists every tool, marking the reads read-only', async () => {
      const { tools } = await client.listTools();
      assert.deepEqual(
        tools.map((tool) => [tool.name, tool.annotations?.readOnlyHint]),
        TOOL_DEFINITIONS.map((definition) => [definition.name, !definition.writes]),
      );
    });

    it('answers the read tools on both clouds of the demo data', async () => {
      const search = text(await client.callTool({ name: 'cloud_tickets_search', arguments: { status: 'open' } }));
      for (const id of Object.values(SAMPLE_TICKETS)) assert.match(search, new RegExp(`- ${id} — `));
      for (const id of Object.values(SAMPLE_TICKETS)) assert.ok((await messageCount(client, id)) > 0, id);
      assert.match(text(await client.callTool({ name: 'cloud_tickets_needs_attention', arguments: {} })), /needs your action/);
      assert.match(text(await client.callTool({ name: 'cloud_tickets_draft_reply', arguments: { ticketId: SAMPLE_TICKETS.huaweicloud, text: 'Thanks' } })), /Nothing was sent\./);
    });

    it('refuses every write without touching the cloud', async () => {
      const before = await messageCount(client, SAMPLE_TICKETS.aliyun);
      const writes = [
        { name: 'cloud_tickets_reply', arguments: { ticketId: SAMPLE_TICKETS.aliyun, text: 'This must not be sent.' } },
        { name: 'cloud_tickets_create_ticket', arguments: { account: 'aliyun', title: 'x', description: 'y' } },
        { name: 'cloud_tickets_attach_diagnostics', arguments: { ticketId: SAMPLE_TICKETS.aliyun } },
      ];
      for (const call of writes) {
        const result = await client.callTool(call);
        assert.equal(result.isError, true, call.name);
        assert.equal(text(result), WRITES_OFF);
      }
      assert.equal(await messageCount(client, SAMPLE_TICKETS.aliyun), before);
    });
  });

  describe('with --allow-writes', () => {
    let client: Client;
    before(async () => {
      client = await connect('--demo', '--allow-writes');
    });
    after(() => client.close());

    it('sends a reply, which the conversation then shows', async () => {
      for (const id of Object.values(SAMPLE_TICKETS)) {
        const before = await messageCount(client, id);
        const result = await client.callTool({ name: 'cloud_tickets_reply', arguments: { ticketId: id, text: `Sent from an agent to ${id}.` } });
        assert.notEqual(result.isError, true, text(result));
        assert.match(text(result), /The reply was sent/);
        assert.equal(await messageCount(client, id), before + 1);
        assert.match(text(await client.callTool({ name: 'cloud_tickets_get_ticket', arguments: { ticketId: id } })), new RegExp(`│ Sent from an agent to ${id}\\.`));
      }
    });

    it('answers an incomplete ticket with the fields still needed, filing nothing', async () => {
      const result = await client.callTool({ name: 'cloud_tickets_create_ticket', arguments: { account: 'aliyun', title: 'Disk full', description: 'The data disk filled up.' } });
      assert.match(text(result), /^Nothing was filed yet\.[\s\S]*"directory"/);
    });
  });

  it('refuses an unknown option with usage and exit code 2', () => {
    const run = spawnSync(process.execPath, [...CLI, '--write'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Usage: cloud-tickets-mcp/);
  });
});

describe('MCP server accounts from credential sources', () => {
  it('finds a key pair in the environment variables the Alibaba Cloud CLI reads, and never prints it', () => {
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: join(ROOT, 'test', 'fixtures', 'home', 'empty-for-mcp'),
      ALIBABA_CLOUD_ACCESS_KEY_ID: 'LTAI5tMcpEnvKey0001',
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'McpEnvSecret0123456789abcdefAB',
    };
    const run = spawnSync(process.execPath, CLI, { cwd: ROOT, env, input: '', encoding: 'utf8', timeout: 30_000 });
    assert.match(run.stderr, /1 account\(s\): aliyun-1 "Alibaba Cloud[^"]*"; writes off/);
    assert.ok(!run.stderr.includes('McpEnvSecret') && !run.stderr.includes('LTAI5tMcpEnvKey0001'), run.stderr);
  });
});
