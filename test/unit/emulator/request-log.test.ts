import * as assert from 'node:assert/strict';
import { RequestLog } from '../../../src/emulator/request-log';

const entry = (provider: string, action: string, at: number) => ({ at, provider, action, method: 'POST', url: '/', status: 200 });

describe('emulator request log', () => {
  it('counts every request exactly, far beyond the entries it keeps', () => {
    const log = new RequestLog(100);
    for (let i = 0; i < 25_000; i++) log.record(entry(i % 5 === 0 ? 'huaweicloud' : 'aliyun', i % 2 === 0 ? 'GetTicket' : 'ListTickets', i));
    assert.deepEqual(
      [log.count(), log.count({ action: 'GetTicket' }), log.count({ provider: 'huaweicloud' }), log.count({ provider: 'huaweicloud', action: 'GetTicket' })],
      [25_000, 12_500, 5_000, 2_500],
    );
  });

  it('keeps the most recent entries, oldest first, and forgets everything on clear', () => {
    const log = new RequestLog(3);
    for (let i = 0; i < 10; i++) log.record(entry('aliyun', 'GetTicket', i));
    assert.deepEqual(
      log.entries().map((e) => e.at),
      [7, 8, 9],
    );
    log.clear();
    assert.deepEqual([log.entries().length, log.count()], [0, 0]);
  });
});
