/**
 * Every write in every status, through the real client against the emulator: the service's state machine
 * (spec §3.7.1 actions, §3.7.2 rating, §3.10 messages) written out here as a literal matrix, independent
 * of both the client's and the emulator's tables, so a wrong row in either shows up.
 */
import assert from 'node:assert/strict';
import { satisfactionList } from '../../../src/providers/huaweicloud/rating';
import { codeOf, useEmulatorSuite } from './harness';

/** An old case (urging is allowed: not new, never urged) whose status each test sets. */
const CASE = 'TS202603275SQAIEFGS0404';
const STATUSES = [0, 1, 2, 3, 4, 5, 12, 17] as const;

/** Statuses in which the service accepts each write; every other status answers OSM.01010034. */
const ACCEPTED_IN: Record<'press' | 'cancel' | 'close' | 'delete' | 'rate' | 'reply', readonly number[]> = {
  press: [0, 1, 17],
  cancel: [0, 1, 17],
  close: [1, 2, 17],
  delete: [3, 4, 12],
  rate: [3],
  reply: [0, 1, 2, 5, 17],
};

describe('huaweicloud service state machine (every write × every status)', () => {
  const osm = useEmulatorSuite();

  const attempt: Record<keyof typeof ACCEPTED_IN, () => Promise<unknown>> = {
    press: () => osm.client.cases.act(CASE, 'press'),
    cancel: () => osm.client.cases.act(CASE, 'cancel'),
    close: () => osm.client.cases.act(CASE, 'close'),
    delete: () => osm.client.cases.act(CASE, 'delete'),
    rate: async () => osm.client.cases.score(CASE, { judgement: 'ok', incident_satisfaction_list: satisfactionList(await osm.client.catalogue.satisfactionDimensions(), { score: 5 }, 'en-us') }),
    reply: () => osm.client.messages.submit(CASE, 'one more detail'),
  };

  for (const [write, accepted] of Object.entries(ACCEPTED_IN) as Array<[keyof typeof ACCEPTED_IN, readonly number[]]>) {
    for (const status of STATUSES) {
      const allowed = accepted.includes(status);
      it(`${write} in status ${status}: ${allowed ? 'accepted' : 'refused with OSM.01010034'}`, async () => {
        osm.harness.emulator.control.setStatus('huaweicloud', CASE, String(status));
        if (allowed) await attempt[write]();
        else await assert.rejects(attempt[write](), codeOf('OSM.01010034'));
      });
    }
  }
});
