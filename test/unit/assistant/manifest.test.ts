import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_DEFINITIONS } from '../../../src/assistant';

interface ManifestTool {
  readonly name: string;
  readonly modelDescription: string;
  readonly inputSchema: unknown;
  readonly tags: readonly string[];
}

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

describe('assistant tools in the manifest', () => {
  it('contributes exactly the tools of the core, with the same descriptions and input schemas', () => {
    const contributed = (pkg.contributes.languageModelTools as ManifestTool[]).map((tool) => ({
      name: tool.name,
      description: tool.modelDescription,
      inputSchema: tool.inputSchema,
      writes: tool.tags.includes('writes'),
    }));
    const core = TOOL_DEFINITIONS.map((tool) => ({ name: tool.name, description: tool.description, inputSchema: JSON.parse(JSON.stringify(tool.inputSchema)), writes: tool.writes }));
    assert.deepEqual(contributed, core);
  });

  it('ships the MCP server as the cloud-tickets-mcp command', () => {
    assert.equal(pkg.bin['cloud-tickets-mcp'], './dist/mcp.js');
    assert.ok(pkg.dependencies['@modelcontextprotocol/sdk']);
  });
});
