/** Case creation and queries through the real client against the emulator (spec §3.3, §3.4). */
import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import { OSM_SOURCE_ID } from '../../../src/providers/huaweicloud/create-ticket';
import type { CreateCaseRequest } from '../../../src/providers/huaweicloud/wire/cases';
import { codeOf, useEmulatorSuite } from './harness';

const FAULT: CreateCaseRequest = {
  business_type_id: '5efc9f47ace944bfafd054161409f15b',
  simple_description: 'ECS ecs-01 cannot be reached over SSH',
  source_id: OSM_SOURCE_ID,
  incident_sub_type_id: '2',
  product_category_id: '69af625c1be54800b58ac4bae4870c90',
  region_id: 'cn-north-4',
  severity_id: '2',
};
const CONSULTATION: CreateCaseRequest = {
  business_type_id: '9b1a349c3a2849a391d58c10f9dc55a1',
  simple_description: '如何批量续费？',
  source_id: OSM_SOURCE_ID,
};

describe('huaweicloud case operations', () => {
  const osm = useEmulatorSuite();

  describe('create', () => {
    it('lists a new case first, right after a listing that came before it', async () => {
      const before = await osm.client.cases.list({ limit: 5 });
      const id = await osm.client.cases.create(FAULT);
      const after = await osm.client.cases.list({ limit: 5 });
      assert.deepEqual([after.total, after.items[0]?.incident_id], [before.total + 1, id]);
    });

    it('files a case that starts pending acceptance', async () => {
      const id = await osm.client.cases.create(FAULT);
      assert.equal(await osm.client.cases.status(id), 0);
    });

    it('stores the description as the first message with the attachments', async () => {
      const accessory = await osm.client.attachments.upload({ fileName: 'trace.log', data: Buffer.from('trace') }, 'incident');
      const id = await osm.client.cases.create({ ...FAULT, accessory_ids: [accessory] });
      const detail = await osm.client.cases.detail(id);
      assert.deepEqual(
        detail.message_list?.[0]?.accessory_list?.map((a) => a.file_actual_name),
        ['trace.log'],
      );
    });

    it('omits accessory_ids when there are none (an empty list is rejected, doc 4.1)', async () => {
      const id = await osm.client.cases.create({ ...CONSULTATION, accessory_ids: [] });
      assert.match(id, /^TS\d{8}/);
    });

    it('sends the contact verification id as a header for a non-registered phone', async () => {
      const phone = { way: 0 as const, value: '13800000000', areaCode: '86' };
      await osm.client.verification.sendCode(phone);
      await osm.client.verification.verify(phone, osm.harness.plugin.state.verification.lastCode(phone) ?? '');
      const verifiedId = await osm.client.verification.verifiedId(phone);
      const id = await osm.client.cases.create({ ...CONSULTATION, remind_mobile: '13800000000', area_code: '86' }, { phoneVerifiedId: verifiedId });
      assert.equal(osm.harness.plugin.state.cases.get(id)?.contact.remindMobile, '13800000000');
    });

    it('rejects a verification id that does not prove the phone with OSM.01010010', async () => {
      await assert.rejects(osm.client.cases.create({ ...CONSULTATION, remind_mobile: '13800000000', area_code: '86' }, { phoneVerifiedId: 'v-1' }), codeOf('OSM.01010010'));
    });

    it('rejects a non-registered e-mail without verification with OSM.01010010', async () => {
      await assert.rejects(osm.client.cases.create({ ...CONSULTATION, remind_mail: 'someone@example.com' }), codeOf('OSM.01010010'));
    });

    it('rejects an unknown business type with OSM.01010028 (HTTP 200)', async () => {
      await assert.rejects(osm.client.cases.create({ ...CONSULTATION, business_type_id: 'nope' }), (e) => codeOf('OSM.01010028')(e) && isTicketError(e) && e.httpStatus === 200);
    });

    it('rejects a fault without a region with OSM.01010001', async () => {
      await assert.rejects(osm.client.cases.create({ ...FAULT, region_id: undefined }), codeOf('OSM.01010001'));
    });

    it('rejects an unknown region with OSM.01010033', async () => {
      await assert.rejects(osm.client.cases.create({ ...FAULT, region_id: 'mars-1' }), codeOf('OSM.01010033'));
    });

    it('rejects an unknown severity with OSM.01010006', async () => {
      await assert.rejects(osm.client.cases.create({ ...FAULT, severity_id: '99' }), codeOf('OSM.01010006'));
    });

    it('rejects a wrong source id with OSM.01010027', async () => {
      await assert.rejects(osm.client.cases.create({ ...CONSULTATION, source_id: '123' }), codeOf('OSM.01010027'));
    });

    it('rejects an invalid CC e-mail with OSM.01010008', async () => {
      await assert.rejects(osm.client.cases.create({ ...CONSULTATION, extension_map: { remindCCEmail: 'not-an-address' } }), codeOf('OSM.01010008'));
    });

    it('rejects an attachment uploaded for a message with OSM.01010045', async () => {
      const accessory = await osm.client.attachments.upload({ fileName: 'a.txt', data: Buffer.from('a') }, 'message');
      await assert.rejects(osm.client.cases.create({ ...CONSULTATION, accessory_ids: [accessory] }), codeOf('OSM.01010045'));
    });

    it('rejects a case once the quota is used up with OSM.01010037', async () => {
      osm.harness.emulator.control.provider('huaweicloud').control.command?.('set-quota', { unUsed: 0 });
      await assert.rejects(osm.client.cases.create(CONSULTATION), codeOf('OSM.01010037'));
    });

    it('classifies every business validation error as invalid-input', async () => {
      await assert.rejects(osm.client.cases.create({ ...CONSULTATION, simple_description: '' }), (e) => isTicketError(e, 'invalid-input'));
    });
  });

  describe('queries', () => {
    it('lists newest first with total_count and hides deleted cases', async () => {
      const page = await osm.client.cases.list({ limit: 100 });
      const times = page.items.map((c) => Date.parse(String(c.create_time)));
      assert.deepEqual([page.total, [...times].sort((a, b) => b - a)], [9, times]);
    });

    it('pages with offset and limit', async () => {
      const first = await osm.client.cases.list({ offset: 0, limit: 4 });
      const second = await osm.client.cases.list({ offset: 4, limit: 4 });
      assert.deepEqual([first.items.length, second.items.length, first.items.some((c) => second.items.some((d) => d.incident_id === c.incident_id))], [4, 4, false]);
    });

    it('filters by several statuses', async () => {
      const page = await osm.client.cases.list({ incident_statuses: '2,17', limit: 100 });
      assert.deepEqual(page.items.map((c) => c.status).sort(), [17, 2]);
    });

    it('shows deleted cases when asked for status 13', async () => {
      const page = await osm.client.cases.list({ status: 13 });
      assert.deepEqual(
        page.items.map((c) => c.incident_id),
        ['TS20260225DELETED0000008'],
      );
    });

    it('matches search keys (Chinese included) against the description', async () => {
      const page = await osm.client.cases.list({ search_key: ['远程登录'] });
      assert.deepEqual(
        page.items.map((c) => c.incident_id),
        ['TS202603275SQAIEFGS0404'],
      );
    });

    it('matches app_key against the case id', async () => {
      const page = await osm.client.cases.list({ app_key: 'LONGTHREAD' });
      assert.deepEqual(
        page.items.map((c) => c.incident_id),
        ['TS20260212LONGTHREAD0009'],
      );
    });

    it('filters by creation time in the X-Time-Zone of the request', async () => {
      // 2026-03-27 17:20:11 GMT+8 is the creation time of TS202603275SQAIEFGS0404.
      const page = await osm.client.cases.list({ query_start_time: '2026-03-27 17:20:11', query_end_time: '2026-03-27 17:20:11' });
      assert.deepEqual(
        page.items.map((c) => c.incident_id),
        ['TS202603275SQAIEFGS0404'],
      );
    });

    it('filters by label', async () => {
      const page = await osm.client.cases.list({ label_id_list: ['2'] });
      assert.deepEqual(page.items.map((c) => c.incident_id).sort(), ['TS20260316FEEDBACK000004', 'TS20260318CONFIRM0000003']);
    });

    it('rejects an unknown label filter with OSM.01010039 (not-found)', async () => {
      await assert.rejects(osm.client.cases.list({ label_id_list: ['99'] }), (e) => isTicketError(e, 'not-found') && e.code === 'OSM.01010039');
    });

    it('rejects a malformed time with HTTP 400 OSM.0001', async () => {
      await assert.rejects(osm.client.cases.list({ query_start_time: '27/03/2026' }), (e) => isTicketError(e, 'invalid-input') && e.httpStatus === 400 && e.code === 'OSM.0001');
    });

    it('reads the detail with the first message and the extension info', async () => {
      const detail = await osm.client.cases.detail('TS202603275SQAIEFGS0404');
      assert.deepEqual([detail.business_type_name, detail.severity_name, detail.message_list?.[0]?.is_first_message], ['Remote login', 'Major', 1]);
    });

    it('answers the detail of an unknown case with OSM.01010015 → not-found', async () => {
      await assert.rejects(osm.client.cases.detail('TS0000'), (e) => isTicketError(e, 'not-found') && e.code === 'OSM.01010015');
    });

    it('reads the status of every documented code, including suspended and invalid', async () => {
      const statuses = await Promise.all(['TS20260308SUSPENDED00006', 'TS20260301INVALID0000007', 'TS20260316FEEDBACK000004'].map((id) => osm.client.cases.status(id)));
      assert.deepEqual(statuses, [5, 12, 17]);
    });

    it('counts cases per status', async () => {
      const counts = await osm.client.cases.counts();
      assert.deepEqual([counts.get(1), counts.get(13), counts.get(17)], [2, 1, 1]);
    });

    it('reads the operation log newest first with times rendered in X-Time-Zone', async () => {
      const logs = await osm.client.cases.operateLogs('TS20260318CONFIRM0000003');
      assert.deepEqual(
        logs.items.map((l) => [l.operate_type, l.operate_time]),
        [
          [2, '2026-03-18 11:15:00'],
          [0, '2026-03-18 10:15:00'],
        ],
      );
    });

    it('renders operation-log times in another zone when asked', async () => {
      const logs = await osm.harness.client({ utcOffsetMinutes: 0 }).cases.operateLogs('TS20260318CONFIRM0000003');
      assert.equal(logs.items.at(-1)?.operate_time, '2026-03-18 02:15:00');
    });
  });
});
