/** `npm run emulator` (src/emulator/cli.ts) as a real child process. */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { callV3, dataOf } from './helpers';

const ROOT = join(__dirname, '../../..');
const CLI = ['--import', 'tsx', join(ROOT, 'src/emulator/cli.ts')];

describe('emulator CLI', () => {
  it('prints the endpoint and the test credentials, and serves requests', async () => {
    const child = spawn(process.execPath, [...CLI, '--port', '0', '--providers', 'aliyun'], { cwd: ROOT });
    try {
      const output = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          if (text.includes('otherid')) resolve(text);
        });
        child.on('exit', () => reject(new Error(`exited early: ${text}`)));
      });
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? '';
      assert.match(output, /testid \/ testsecret/);
      assert.equal(dataOf<unknown[]>(await callV3(url, { action: 'ListProducts' })).length > 0, true);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('prints the fixtures document in use with --print-fixtures', () => {
    const result = spawnSync(process.execPath, [...CLI, '--print-fixtures', '--providers', 'aliyun', '--fixtures', join(ROOT, 'test/fixtures/emulator/aliyun-minimal.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const document = JSON.parse(result.stdout) as { aliyun: { tickets: { TicketId: string }[] } };
    assert.deepEqual(
      document.aliyun.tickets.map((t) => t.TicketId),
      ['0005PYGCW'],
    );
  });

  it('exits with status 2 and the usage on an unknown option', () => {
    const result = spawnSync(process.execPath, [...CLI, '--bogus'], { cwd: ROOT, encoding: 'utf8' });
    assert.deepEqual([result.status, /Usage: npm run emulator/.test(result.stderr)], [2, true]);
  });
});
