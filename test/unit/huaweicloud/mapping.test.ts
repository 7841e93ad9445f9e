/** Wire → core mapping: statuses, readers, messages, error rule and classification, forms, rating. */
import assert from 'node:assert/strict';
import { authorRoleOf, detailOf, displayTypeOf, messageOf, statusOf, summaryOf, titleOf } from '../../../src/providers/huaweicloud/mapping';
import { classifyOsmError } from '../../../src/providers/huaweicloud/error-codes';
import { failureCode } from '../../../src/providers/huaweicloud/errors';
import { formatQueryTime, readBoolean, readList, readNumber, readTime } from '../../../src/providers/huaweicloud/wire-readers';
import { statusesOfGroup } from '../../../src/providers/huaweicloud/status';

describe('huaweicloud mapping', () => {
  describe('statuses', () => {
    it('puts 2 and 17 under needs-action', () => {
      assert.deepEqual([statusOf(2, 'en-us').group, statusOf(17, 'en-us').group], ['needs-action', 'needs-action']);
    });

    it('puts 3, 4, 12 and 13 under closed', () => {
      assert.deepEqual(
        [3, 4, 12, 13].map((c) => statusOf(c, 'en-us').group),
        ['closed', 'closed', 'closed', 'closed'],
      );
    });

    it('keeps an unknown code visible as "Unknown (n)" among open tickets', () => {
      const status = statusOf(19, 'en-us');
      assert.deepEqual([status.label, status.group, status.known], ['Unknown (19)', 'in-progress', false]);
    });

    it('reads a status sent as a string', () => {
      assert.equal(statusOf('17', 'zh-cn').label, '待反馈');
    });

    it('filters groups with the documented list statuses, deleted excluded', () => {
      assert.deepEqual(
        [statusesOfGroup('needs-action'), statusesOfGroup('closed')],
        [
          [2, 17],
          [3, 4, 12],
        ],
      );
    });
  });

  describe('tolerant readers', () => {
    it('reads numbers from strings and falls back on placeholders', () => {
      assert.deepEqual([readNumber('5', 0), readNumber(4, 0), readNumber('test', -1), readNumber(null, 7)], [5, 4, -1, 7]);
    });

    it('reads booleans from 1/0 and text', () => {
      assert.deepEqual([readBoolean(1), readBoolean(0), readBoolean('true'), readBoolean(true), readBoolean(null)], [true, false, true, true, false]);
    });

    it('reads a single object where an array is declared', () => {
      assert.deepEqual([readList({ a: 1 }), readList([1, 2]), readList(null)], [[{ a: 1 }], [1, 2], []]);
    });

    it('reads ISO strings, epoch seconds and epoch milliseconds; placeholders are undefined', () => {
      const values = ['2026-03-24T01:29:42.464+00:00', 1640995200, '1774860177173', 'test', 0].map((v) => readTime(v)?.toISOString());
      assert.deepEqual(values, ['2026-03-24T01:29:42.464Z', '2022-01-01T00:00:00.000Z', '2026-03-30T08:42:57.173Z', undefined, undefined]);
    });

    it('formats query times in the requested zone', () => {
      assert.equal(formatQueryTime(new Date('2026-03-27T09:20:11Z'), 480), '2026-03-27 17:20:11');
    });
  });

  describe('error rule (spec §1.6)', () => {
    it('treats a non-empty error_code other than 0 as failure, even in a 2xx body', () => {
      assert.deepEqual(
        [failureCode({ error_code: 'OSM.01010015' }), failureCode({ error_code: 0, error_msg: '' }), failureCode({ error_code: '' }), failureCode({ error_code: '0' }), failureCode({})],
        ['OSM.01010015', undefined, undefined, undefined, undefined],
      );
    });

    it('classifies 401 APIGW.0301 as auth and permission codes as permission', () => {
      assert.deepEqual(
        [classifyOsmError(401, 'APIGW.0301'), classifyOsmError(403, 'APIGW.0302'), classifyOsmError(200, 'OSM.01010002'), classifyOsmError(200, 'OSM.01010035')],
        ['auth', 'permission', 'permission', 'permission'],
      );
    });

    it('classifies throttling, not-found, server and validation codes', () => {
      assert.deepEqual(
        [classifyOsmError(429, 'APIGW.0308'), classifyOsmError(200, 'OSM.01010015'), classifyOsmError(500, 'OSM.0004'), classifyOsmError(200, 'OSM.01010001'), classifyOsmError(503, 'APIGW.0201')],
        ['throttled', 'not-found', 'server', 'invalid-input', 'server'],
      );
    });

    it('falls back on the HTTP status for unknown codes', () => {
      assert.deepEqual([classifyOsmError(401, undefined), classifyOsmError(403, 'X'), classifyOsmError(502, 'X'), classifyOsmError(400, undefined)], ['auth', 'permission', 'server', 'invalid-input']);
    });
  });

  describe('messages', () => {
    it('maps the four display types and treats others as normal', () => {
      assert.deepEqual(['NORMAL', 'QA_BOT', 'EXT_PARAM_REQUEST', 'AUTH', 'NEW_KIND', null].map(displayTypeOf), [
        'normal',
        'qa-bot',
        'extends-param-request',
        'authorization-request',
        'normal',
        'normal',
      ]);
    });

    it('prefers replier_type over the deprecated type', () => {
      assert.deepEqual(
        [authorRoleOf({ type: 0, replier_type: 1 }), authorRoleOf({ type: 1 }), authorRoleOf({ type: 0, replier_type: null }), authorRoleOf({ type: 0, replier_type: 2 })],
        ['support', 'support', 'customer', 'system'],
      );
    });

    it('marks withdrawn messages and keeps attachment names', () => {
      const m = messageOf({ message_id: 'm1', type: 0, status: -1, content: '', create_time: '2026-03-30T08:57:47.921+00:00', accessory_list: [{ accessory_id: 'a1', file_actual_name: 'x.log' }] });
      assert.deepEqual([m.withdrawn, m.attachments, m.createdAt], [true, [{ id: 'a1', name: 'x.log' }], Date.parse('2026-03-30T08:57:47.921Z')]);
    });
  });

  describe('tickets', () => {
    it('titles a ticket with the first non-empty line, shortened', () => {
      assert.deepEqual([titleOf('\n  first line \nsecond'), titleOf('x'.repeat(200)).length], ['first line', 120]);
    });

    it('summarises a doc-style list item with placeholder values', () => {
      const s = summaryOf({ incident_id: 'test', status: 0, simple_description: 'test', create_time: 'test', label_list: [{ label_id: 1, name: 'test', color: 'test' }] }, 'en-us');
      assert.deepEqual([s.createdAt, s.labels, s.status.label], [undefined, ['test'], 'Pending acceptance']);
    });

    it('reads ext_info given as an array of one object (5.11.4 example)', () => {
      const d = detailOf({ incident_id: 'TT-1', status: 1, ext_info: [{ remind_mobile: '138****0000', area_code: '86', remind_mail: 'o**@example.com' }] }, 'en-us');
      assert.equal(d.fields?.find((f) => f.label === 'Contact')?.value, '+86 138****0000, o**@example.com');
    });
  });
});
