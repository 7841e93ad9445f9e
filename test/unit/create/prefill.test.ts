import assert from 'node:assert/strict';
import { MAX_SNIPPET_CHARS, prefillFromDiagnostic, prefillFromSelection, truncateCode, type DiagnosticFacts } from '../../../src/commands/createPrefill';

const diagnostic: DiagnosticFacts = {
  path: 'src/app.ts',
  line: 12,
  column: 5,
  message: "Property 'bucket' does not exist on type 'Config'.",
  severity: 'error',
  source: 'ts',
  code: '2339',
  languageId: 'typescript',
  contextStartLine: 10,
  contextLines: ['function upload(config: Config) {', '  const client = new Client();', '  return client.put(config.bucket);', '}'],
};

describe('prefill from a selection', () => {
  it('names the file and the line range of the selection', () => {
    const { description } = prefillFromSelection([{ path: 'src/a.ts', startLine: 3, endLine: 7, languageId: 'typescript', text: 'const a = 1;' }]);
    assert.equal(description.split('\n')[0], 'src/a.ts:3-7');
  });

  it('puts the selected code in a fenced block tagged with its language', () => {
    const { description } = prefillFromSelection([{ path: 'a.py', startLine: 1, endLine: 1, languageId: 'python', text: 'print(1)\n' }]);
    assert.equal(description, 'a.py:1\n```python\nprint(1)\n```');
  });

  it('uses a longer fence when the code itself contains backticks', () => {
    const { description } = prefillFromSelection([{ path: 'README.md', startLine: 1, endLine: 3, languageId: 'markdown', text: '```sh\nls\n```' }]);
    assert.ok(description.includes('````markdown\n```sh\nls\n```\n````'), description);
  });

  it('redacts secrets that sit in the selected code', () => {
    const key = 'LTAI5tKx8FhP3n2WqJzR7mYd';
    const { description } = prefillFromSelection([{ path: 'env.ts', startLine: 1, endLine: 1, languageId: 'typescript', text: `const accessKeyId = '${key}';` }]);
    assert.ok(!description.includes(key), description);
  });

  it('keeps long selections under the description budget', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `line ${i} of a very long log excerpt`).join('\n');
    const { description } = prefillFromSelection([{ path: 'log.txt', startLine: 1, endLine: 2000, languageId: 'log', text }]);
    assert.ok(description.length < MAX_SNIPPET_CHARS + 200, String(description.length));
  });
});

describe('truncateCode', () => {
  it('cuts at a line end and says how many lines were left out', () => {
    assert.equal(truncateCode('aaaa\nbbbb\ncccc\ndddd', 11), 'aaaa\nbbbb\n… (2 more lines not included)');
  });

  it('leaves short code alone', () => {
    assert.equal(truncateCode('short', 100), 'short');
  });
});

describe('prefill from a diagnostic', () => {
  it('titles the ticket with the code and first line of the message', () => {
    assert.equal(prefillFromDiagnostic(diagnostic).title, "2339: Property 'bucket' does not exist on type 'Config'.");
  });

  it('states severity, source and place', () => {
    const lines = prefillFromDiagnostic(diagnostic).description.split('\n');
    assert.deepEqual(lines.slice(0, 2), ["error (ts 2339): Property 'bucket' does not exist on type 'Config'.", 'src/app.ts:12:5']);
  });

  it('marks the reported line among the numbered context lines', () => {
    const marked = prefillFromDiagnostic(diagnostic)
      .description.split('\n')
      .filter((line) => line.startsWith('>'));
    assert.deepEqual(marked, ['>   12 |   return client.put(config.bucket);']);
  });
});
