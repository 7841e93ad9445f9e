import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_ID, parseTicketLink, ticketLinkQuery } from '../../../src/links/ticketUri';

const ACCOUNT = '3f2a9c1e-7b21-4f6a-9c0e-2b4d6f8a1c3e';

describe('ticket links (vscode://cloud-tickets.cloud-tickets/ticket?…)', () => {
  it('uses publisher.name of package.json as its authority', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')) as { publisher: string; name: string };
    assert.equal(EXTENSION_ID, `${pkg.publisher}.${pkg.name}`);
  });

  it('reads back what Copy Link writes, and accepts a link without an account', () => {
    assert.deepEqual(
      [parseTicketLink('/ticket', ticketLinkQuery(ACCOUNT, 'TS202603275SQAIEFGS0404')), parseTicketLink('/ticket', 'id=0005pygcw')],
      [
        { ok: true, link: { accountId: ACCOUNT, ticketId: 'TS202603275SQAIEFGS0404', providerIds: ['huaweicloud'] } },
        { ok: true, link: { ticketId: '0005PYGCW', providerIds: ['aliyun'] } },
      ],
    );
  });

  it('refuses every other shape of link', () => {
    const refused: [string, string][] = [
      ['/tickets', 'id=0005PYGCW'],
      ['/ticket/../command', 'id=0005PYGCW'],
      ['/ticket', `id=0005PYGCW&account=${'a'.repeat(600)}`],
      ['/ticket', 'id=0005PYGCW&command=workbench.action.terminal.new'],
      ['/ticket', 'id=0005PYGCW&id=0006S6ZL6E'],
      ['/ticket', 'account=abc'],
      ['/ticket', 'id='],
      ['/ticket', 'id=%3Cscript%3E'],
      ['/ticket', 'id=0005PYGCW%20'],
      ['/ticket', 'id=0005PYGCW\u202E'],
      ['/ticket', 'id=0005PYGCW&account=..%2F..%2Fetc'],
      ['/ticket', 'id=0005PYGCW&account=a%20b'],
      ['/ticket', 'id=0005PYGCW&account='],
    ];
    const problems = refused.map(([path, query]) => {
      const parsed = parseTicketLink(path, query);
      return parsed.ok ? 'accepted' : parsed.problem;
    });
    assert.deepEqual(problems, [
      'path',
      'path',
      'too-long',
      'unknown-parameter',
      'repeated-parameter',
      'missing-id',
      'missing-id',
      'bad-id',
      'bad-id',
      'bad-id',
      'bad-account',
      'bad-account',
      'bad-account',
    ]);
  });
});
