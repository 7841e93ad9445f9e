/** Case actions through the real client against the emulator (spec §3.7): status rules, rating, contact, extends params. */
import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import { OSM_SOURCE_ID } from '../../../src/providers/huaweicloud/create-ticket';
import { codeOf, useEmulatorSuite } from './harness';

const IN_PROGRESS = 'TS202603275SQAIEFGS0404';
const PENDING_CONFIRMATION = 'TS20260318CONFIRM0000003';
const FEEDBACK = 'TS20260316FEEDBACK000004';
const COMPLETED = 'TS202603240ABCDEFGH0001';
const CANCELLED = 'TS20260310CANCELLED00005';

describe('huaweicloud case actions', () => {
  const osm = useEmulatorSuite();

  describe('urge (press)', () => {
    it('urges an in-progress case and logs it', async () => {
      await osm.client.cases.act(IN_PROGRESS, 'press');
      assert.equal((await osm.client.cases.operateLogs(IN_PROGRESS)).items[0]?.operate_type, 2);
    });

    it('refuses a second urge within 30 minutes with OSM.01010004 (throttled, not retried)', async () => {
      await osm.client.cases.act(IN_PROGRESS, 'press');
      await assert.rejects(osm.client.cases.act(IN_PROGRESS, 'press'), (e) => codeOf('OSM.01010004')(e) && isTicketError(e, 'throttled'));
    });

    it('refuses to urge a case created a minute ago with OSM.01010022', async () => {
      const id = await osm.client.cases.create({ business_type_id: '9b1a349c3a2849a391d58c10f9dc55a1', simple_description: 'new', source_id: OSM_SOURCE_ID });
      await assert.rejects(osm.client.cases.act(id, 'press'), codeOf('OSM.01010022'));
    });

    it('refuses to urge a completed case with OSM.01010034', async () => {
      await assert.rejects(osm.client.cases.act(COMPLETED, 'press'), codeOf('OSM.01010034'));
    });
  });

  it('closes a case pending confirmation → 3', async () => {
    await osm.client.cases.act(PENDING_CONFIRMATION, 'close');
    assert.equal(await osm.client.cases.status(PENDING_CONFIRMATION), 3);
  });

  it('refuses to close a case still pending acceptance with OSM.01010034', async () => {
    await assert.rejects(osm.client.cases.act('TS20260320PENDING0000002', 'close'), codeOf('OSM.01010034'));
  });

  it('cancels an awaiting-feedback case → 4', async () => {
    await osm.client.cases.act(FEEDBACK, 'cancel');
    assert.equal(await osm.client.cases.status(FEEDBACK), 4);
  });

  it('deletes a cancelled case → 13, hidden from the default list', async () => {
    await osm.client.cases.act(CANCELLED, 'delete');
    const list = await osm.client.cases.list({ limit: 100 });
    assert.deepEqual([await osm.client.cases.status(CANCELLED), list.items.some((c) => c.incident_id === CANCELLED)], [13, false]);
  });

  it('refuses to delete an open case with OSM.01010034', async () => {
    await assert.rejects(osm.client.cases.act(IN_PROGRESS, 'delete'), codeOf('OSM.01010034'));
  });

  describe('rating', () => {
    it('rates a completed case on every satisfaction dimension with its own score and the reason picked for it', async () => {
      const form = await osm.provider.ratingForm(COMPLETED);
      const reason = (id: string, score: number) =>
        form.dimensions
          .find((d) => d.id === id)
          ?.reasons.find((r) => r.score === score)
          ?.reasons.at(-1)?.id ?? '';
      await osm.provider.rate(COMPLETED, { score: 4, scores: { '6': 4, '7': 5, '8': 1 }, reasons: { '7': reason('7', 5), '8': reason('8', 1) }, comment: '很快解决' });
      const detail = await osm.client.cases.detail(COMPLETED);
      assert.deepEqual(
        [detail.judgement, detail.incident_satisfaction?.map((s) => [s.satisfaction_id, s.satisfaction_value, s.instance_name])],
        [
          '很快解决',
          [
            [6, 4, undefined],
            [7, 5, 'Patient and professional'],
            [8, 1, 'The solution did not work'],
          ],
        ],
      );
    });

    it('refuses a reason that belongs to another score before sending, and the emulator refuses one from another category', async () => {
      const form = await osm.provider.ratingForm(COMPLETED);
      const fiveStars = form.dimensions.find((d) => d.id === '6')?.reasons.find((r) => r.score === 5)?.reasons[0]?.id ?? '';
      await assert.rejects(osm.provider.rate(COMPLETED, { score: 3, reasons: { '6': fiveStars } }), codeOf('InvalidRating'));
      await assert.rejects(
        osm.client.cases.score(COMPLETED, {
          judgement: '',
          incident_satisfaction_list: [{ satisfaction_id: 7, satisfaction_value: 1, parent_category_id: '16781abcc47047e2ba821ed0d1c95bdb', instance_name: 'Unfriendly' }],
        }),
        codeOf('OSM.01010001'),
      );
    });

    it('refuses to rate a case that is not completed with OSM.01010034', async () => {
      await assert.rejects(osm.client.cases.score(IN_PROGRESS, { judgement: '', incident_satisfaction_list: [{ satisfaction_id: 6, satisfaction_value: 5 }] }), codeOf('OSM.01010034'));
    });

    it('refuses an unknown satisfaction dimension with OSM.01010001', async () => {
      await assert.rejects(osm.client.cases.score(COMPLETED, { judgement: '', incident_satisfaction_list: [{ satisfaction_id: 1, satisfaction_value: 5 }] }), codeOf('OSM.01010001'));
    });

    it('accepts a rating carried by the close action', async () => {
      await osm.client.cases.act(PENDING_CONFIRMATION, 'close', { judgement: 'fixed', incident_satisfaction_list: [{ satisfaction_id: 7, satisfaction_value: 5 }] });
      assert.equal((await osm.client.cases.detail(PENDING_CONFIRMATION)).judgement, 'fixed');
    });
  });

  describe('contact info', () => {
    it('changes the reminder contact and logs operate type 114', async () => {
      // The registered e-mail needs no verification code (a new address does: verification.test.ts).
      await osm.client.cases.updateContact(IN_PROGRESS, { remind_mail: 'owner@example.com', remind_time: '10:00-17:00', extension_map: { remindCCEmail: 'a@example.com;b@example.com' } });
      const detail = await osm.client.cases.detail(IN_PROGRESS);
      const ext = Array.isArray(detail.ext_info) ? detail.ext_info[0] : detail.ext_info;
      assert.deepEqual([ext?.remind_mail, ext?.cc_email, (await osm.client.cases.operateLogs(IN_PROGRESS)).items[0]?.operate_type], ['owner@example.com', 'a@example.com;b@example.com', 114]);
    });

    it('refuses more CC e-mails than allowed with OSM.01010008', async () => {
      const many = Array.from({ length: 11 }, (_, i) => `u${i}@example.com`).join(';');
      await assert.rejects(osm.client.cases.updateContact(IN_PROGRESS, { extension_map: { remindCCEmail: many } }), codeOf('OSM.01010008'));
    });
  });

  describe('extends parameters requested by support', () => {
    it('lists the parameters support asked for, with their current values', async () => {
      const params = await osm.client.cases.extendsParams(FEEDBACK);
      assert.deepEqual(
        params.map((p) => [p.param_key, p.rela_object_properties_value]),
        [
          ['ecs_instance_id', ''],
          ['error_output', ''],
        ],
      );
    });

    it('answers an EXT_PARAM_REQUEST message with values (an empty error_code in the body is success)', async () => {
      const request = (await osm.client.messages.list(FEEDBACK, 0, 10)).items.find((m) => m.display_type === 'EXT_PARAM_REQUEST');
      await osm.client.cases.submitExtendsParams(FEEDBACK, { ecs_instance_id: '0f9e8d7c-0000-4000-8000-000000000001' }, request?.message_id);
      const params = await osm.client.cases.extendsParams(FEEDBACK);
      assert.equal(params[0]?.rela_object_properties_value, '0f9e8d7c-0000-4000-8000-000000000001');
    });

    it('refuses an answer that names a message which is not an extends-param request', async () => {
      await assert.rejects(osm.client.cases.submitExtendsParams(FEEDBACK, { ecs_instance_id: 'x' }, 'not-a-request'), codeOf('OSM.01010001'));
    });
  });

  it('refuses an action outside press/close/cancel/delete with OSM.01010013', async () => {
    await assert.rejects(osm.client.cases.act(IN_PROGRESS, 'reopen' as 'close'), codeOf('OSM.01010013'));
  });
});
