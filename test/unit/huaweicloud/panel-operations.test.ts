/**
 * The ticket panel's OSM operations through the provider contract against the emulator over sockets:
 * parameter requests (5.3.2/5.3.3), authorizations (5.6.2, 5.6.4, 5.6.5, 5.6.6), the operation log
 * (5.11.5) and related cases (5.12.3).
 */
import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import { codeOf, useEmulatorSuite } from './harness';

const IN_PROGRESS = 'TS202603275SQAIEFGS0404';
const CONFIRM = 'TS20260318CONFIRM0000003';
const FEEDBACK = 'TS20260316FEEDBACK000004';

describe('huaweicloud provider: the ticket panel operations', () => {
  const osm = useEmulatorSuite();
  const stored = (id: string) => osm.harness.plugin.state.cases.get(id);

  describe('parameter requests', () => {
    const requestId = async () => (await osm.provider.listMessages(FEEDBACK, {})).items.find((m) => m.displayType === 'extends-param-request')?.id ?? '';

    it('builds the form from the fields the request asks for', async () => {
      const request = await osm.provider.paramRequest(FEEDBACK, await requestId());
      assert.deepEqual(
        [request.answered, request.fields.map((f) => [f.id, f.kind, f.label])],
        [
          false,
          [
            ['ext.ecs_instance_id', 'text', 'ECS instance ID'],
            ['ext.error_output', 'textarea', 'Error output'],
          ],
        ],
      );
    });

    it('answers with the values, which the case then holds, and the feedback it waited for moves it on', async () => {
      const messageId = await requestId();
      await osm.provider.answerParamRequest(FEEDBACK, messageId, { 'ext.ecs_instance_id': '0f9e8d7c-0000-4000-8000-000000000001', 'ext.error_output': 'Permission denied (publickey)' });
      const again = await osm.provider.paramRequest(FEEDBACK, messageId);
      assert.deepEqual(
        [stored(FEEDBACK)?.extendsMap, stored(FEEDBACK)?.status, again.answered, again.fields.map((f) => (f.kind === 'text' || f.kind === 'textarea' ? f.defaultValue : undefined))],
        [
          { ecs_instance_id: '0f9e8d7c-0000-4000-8000-000000000001', error_output: 'Permission denied (publickey)' },
          1,
          true,
          ['0f9e8d7c-0000-4000-8000-000000000001', 'Permission denied (publickey)'],
        ],
      );
    });

    it('refuses an empty answer before any request is sent', async () => {
      const messageId = await requestId();
      osm.harness.emulator.control.clearRequests();
      await assert.rejects(osm.provider.answerParamRequest(FEEDBACK, messageId, { 'ext.ecs_instance_id': '  ' }), codeOf('EmptyAnswer'));
      const writes = osm.harness.emulator.control.requests().filter((r) => r.action === 'CreateCaseExtendsParam');
      assert.deepEqual([writes.length, stored(FEEDBACK)?.extendsMap], [0, {}]);
    });
  });

  describe('authorizations', () => {
    it("lists the case's authorizations, newest first, the pending one with what it covers", async () => {
      const list = await osm.provider.listAuthorizations(IN_PROGRESS);
      assert.deepEqual(
        list.map((a) => [a.id, a.state, a.access, a.items.map((i) => `${i.kind}:${i.name}`), a.expiresAt !== undefined]),
        [
          ['7002', 'pending', 'Huawei Cloud account · Console login', ['console:ecs-prod-01'], true],
          ['7001', 'granted', 'Huawei Cloud account · Console login', [], true],
        ],
      );
      assert.deepEqual(await osm.provider.listAuthorizations(FEEDBACK), []);
    });

    it('grants a pending one for the period support asked for and logs it', async () => {
      const asked = stored(IN_PROGRESS)?.authorizations?.find((a) => a.id === 7002);
      const period = [asked?.effectiveTime?.getTime(), asked?.expireTime?.getTime()];
      await osm.provider.grantAuthorization(IN_PROGRESS, '7002');
      const after = stored(IN_PROGRESS)?.authorizations?.find((a) => a.id === 7002);
      assert.deepEqual([after?.status, [after?.effectiveTime?.getTime(), after?.expireTime?.getTime()], stored(IN_PROGRESS)?.logs.at(-1)?.operateType], [1, period, 73]);
      await assert.rejects(osm.provider.grantAuthorization(IN_PROGRESS, '7002'), codeOf('OSM.01010046'));
    });

    it('refuses a pending one with the reason, and will not refuse without one', async () => {
      await assert.rejects(osm.provider.refuseAuthorization(IN_PROGRESS, '7002', '   '), codeOf('EmptyRefuseReason'));
      await osm.provider.refuseAuthorization(IN_PROGRESS, '7002', 'Please use the VNC log I attached instead.');
      const after = (await osm.provider.listAuthorizations(IN_PROGRESS)).find((a) => a.id === '7002');
      assert.deepEqual([after?.state, after?.refuseReason, stored(IN_PROGRESS)?.logs.at(-1)?.operateType], ['refused', 'Please use the VNC log I attached instead.', 74]);
    });

    it('revokes a granted one', async () => {
      await osm.provider.revokeAuthorization(IN_PROGRESS, '7001');
      assert.deepEqual([(await osm.provider.listAuthorizations(IN_PROGRESS)).find((a) => a.id === '7001')?.state, stored(IN_PROGRESS)?.logs.at(-1)?.operateType], ['revoked', 83]);
    });

    it('refuses to grant host access here (its login is entered in the console) without a request', async () => {
      const host = stored(IN_PROGRESS)?.authorizations?.find((a) => a.id === 7002);
      if (host) host.items = [{ id: 70029, type: 1, instanceId: 'i-1', instanceName: 'db-01', regionId: 'cn-north-4' }];
      await assert.rejects(osm.provider.grantAuthorization(IN_PROGRESS, '7002'), (e) => isTicketError(e, 'invalid-input') && e.code === 'HostAuthorization');
      assert.equal(host?.status, 0);
    });

    it('answers an unknown authorization as not found', async () => {
      await assert.rejects(osm.provider.revokeAuthorization(IN_PROGRESS, '424242'), (e) => codeOf('OSM.01010032')(e) && isTicketError(e, 'not-found'));
    });
  });

  describe('attachments', () => {
    it("serves a download link's size with one byte of a ranged request, and the whole file without a range", async () => {
      const shot = [...osm.harness.plugin.state.attachments.values()].find((a) => a.name === 'screenshot.png');
      const [link] = await osm.client.attachments.accessUrls([shot?.id ?? '']);
      const ranged = await fetch(link.url, { headers: { Range: 'bytes=0-0' } });
      const whole = await fetch(link.url);
      assert.deepEqual(
        [ranged.status, ranged.headers.get('content-range'), (await ranged.arrayBuffer()).byteLength, whole.status, (await whole.arrayBuffer()).byteLength],
        [206, `bytes 0-0/${shot?.bytes.length}`, 1, 200, shot?.bytes.length],
      );
    });
  });

  describe('timeline', () => {
    it('lists the operation log oldest first, in the client language, with who did it', async () => {
      const events = await osm.provider.listTicketHistory(IN_PROGRESS);
      assert.deepEqual(
        events.map((e) => [e.text, e.actor]),
        [
          ['Created', 'dev-user'],
          ['Authorization confirmed', 'dev-user'],
          ['Urged', 'dev-user'],
          ['Contact method changed', 'dev-user'],
        ],
      );
      assert.ok(events.every((e, i) => i === 0 || events[i - 1].at <= e.at));
    });

    it('lists the related cases with their titles', async () => {
      assert.deepEqual(await osm.provider.listRelatedTickets(CONFIRM), [{ id: IN_PROGRESS, title: 'ECS 无法远程登录', filedBy: 'dev-user' }]);
    });
  });
});
