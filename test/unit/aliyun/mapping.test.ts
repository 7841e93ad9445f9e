import assert from 'node:assert/strict';
import { detail2021, message2020, message2021, status2020, status2021, statusNamesFor, summary2020 } from '../../../src/providers/aliyun/mapping';

describe('aliyun mapping', () => {
  it('maps 2021 status 3 to needs-action and keeps the native label', () => {
    const status = status2021({ Label: '待您反馈', Value: '3' });
    assert.deepEqual([status.group, status.nativeLabel], ['needs-action', '待您反馈']);
  });

  it('maps 2021 status 6 to closed', () => {
    assert.equal(status2021({ Label: '已完成', Value: '6' }).group, 'closed');
  });

  it('keeps an unknown 2021 status as "Unknown (9)"', () => {
    assert.equal(status2021({ Value: '9' }).label, 'Unknown (9)');
  });

  it('maps 2020 status names', () => {
    assert.deepEqual(
      ['assigned', 'wait_confirm', 'confirmed'].map((name) => status2020(name).group),
      ['in-progress', 'needs-action', 'closed'],
    );
  });

  it('lists the status names of a group for filters', () => {
    assert.deepEqual(statusNamesFor(['needs-action']), ['wait_feedback', 'wait_confirm']);
  });

  it('reads 2021 GetTicket CreateTime as milliseconds and the severity', () => {
    const detail = detail2021({ TicketId: 'T1', Title: 't', Description: 'd', CreateTime: 1623396736000, Status: { Value: '2' }, Severity: { Label: '一般问题', Value: '1' } });
    assert.deepEqual([detail.createdAt, detail.severity?.label], [1623396736000, 'Normal']);
  });

  it('reads 2020 AddTime and GmtCreated as seconds', () => {
    const summary = summary2020({ Id: 'CAB327A', Title: 'POP test', TicketStatus: 'assigned', AddTime: 1585818240 });
    const message = message2020({ NoteId: 'CT24GHXT', FromOfficial: false, Content: 'q', GmtCreated: 1586920240 });
    assert.deepEqual([summary.createdAt, message.createdAt], [1585818240000, 1586920240000]);
  });

  it('maps 2021 roles: 2 support, 3 customer', () => {
    const roles = [2, 3].map((Role) => message2021({ DialogId: 1, CreateTime: 1, User: { Role }, Dialog: { Content: 'x' } }).author.role);
    assert.deepEqual(roles, ['support', 'customer']);
  });

  it('maps 2020 FromOfficial to the support role', () => {
    assert.equal(message2020({ NoteId: 'n', FromOfficial: true, Content: 'a', GmtCreated: 1 }).author.role, 'support');
  });
});
