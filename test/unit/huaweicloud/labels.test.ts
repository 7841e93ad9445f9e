/** Labels and related cases through the real client against the emulator (spec §3.8, §3.9) with their limits. */
import assert from 'node:assert/strict';
import { isTicketError } from '../../../src/core/errors';
import { codeOf, useEmulatorSuite } from './harness';

const A = 'TS202603275SQAIEFGS0404';
const B = 'TS20260318CONFIRM0000003';

describe('huaweicloud labels and relations', () => {
  const osm = useEmulatorSuite();

  it('creates, renames and deletes a label', async () => {
    await osm.client.labels.create('数据库', '#00AA00');
    const created = (await osm.client.labels.list({ name: '数据库' })).items[0];
    await osm.client.labels.update(created?.label_id ?? 0, 'database', '#00BB00');
    const renamed = (await osm.client.labels.list({ labelId: created?.label_id })).items[0];
    await osm.client.labels.delete(created?.label_id ?? 0);
    assert.deepEqual([renamed?.name, renamed?.color, (await osm.client.labels.list()).total], ['database', '#00BB00', 2]);
  });

  it('refuses a duplicate label name with OSM.01010040', async () => {
    await assert.rejects(osm.client.labels.create('urgent', '#000000'), codeOf('OSM.01010040'));
  });

  it('refuses the 31st label of an account with OSM.01010041', async () => {
    for (let i = 0; i < 28; i++) await osm.client.labels.create(`l${i}`, '#000000');
    await assert.rejects(osm.client.labels.create('one-too-many', '#000000'), codeOf('OSM.01010041'));
  });

  it('adds labels to a case (repeated label_ids) and removes one', async () => {
    await osm.client.labels.create('third', '#123456');
    const third = (await osm.client.labels.list({ name: 'third' })).items[0]?.label_id ?? 0;
    await osm.client.labels.addToCase(A, [2, third]);
    await osm.client.labels.removeFromCase(A, [1]);
    assert.deepEqual(
      (await osm.client.labels.ofCase(A)).map((l) => l.label_id),
      [2, third],
    );
  });

  it('refuses a sixth label on a case with OSM.01010042', async () => {
    for (let i = 0; i < 5; i++) await osm.client.labels.create(`x${i}`, '#000000');
    const ids = (await osm.client.labels.list({ name: 'x' })).items.map((l) => l.label_id);
    await assert.rejects(osm.client.labels.addToCase(A, ids), codeOf('OSM.01010042'));
  });

  it('refuses an unknown label with OSM.01010039 (not-found)', async () => {
    await assert.rejects(osm.client.labels.addToCase(A, [999]), (e) => codeOf('OSM.01010039')(e) && isTicketError(e, 'not-found'));
  });

  it('lists the seeded relation of a case', async () => {
    const related = await osm.client.labels.relations(B);
    assert.deepEqual(
      related.map((r) => r.case_id),
      [A],
    );
  });

  it('relates cases and removes a relation with a DELETE body', async () => {
    await osm.client.labels.relate(A, [B, 'TS20260316FEEDBACK000004']);
    await osm.client.labels.unrelate(A, B);
    assert.deepEqual(
      (await osm.client.labels.relations(A)).map((r) => r.case_id),
      ['TS20260316FEEDBACK000004'],
    );
  });

  it('refuses a fourth relation with OSM.01010043', async () => {
    await osm.client.labels.relate(A, [B, 'TS20260316FEEDBACK000004', 'TS20260310CANCELLED00005']);
    await assert.rejects(osm.client.labels.relate(A, ['TS20260308SUSPENDED00006']), codeOf('OSM.01010043'));
  });

  it('refuses relating a case to itself with OSM.01010044', async () => {
    await assert.rejects(osm.client.labels.relate(A, [A]), codeOf('OSM.01010044'));
  });
});
