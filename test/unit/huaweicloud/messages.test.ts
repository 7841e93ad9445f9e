/** Message operations through the real client against the emulator (spec §3.5). */
import assert from 'node:assert/strict';
import { codeOf, useEmulatorSuite } from './harness';

const IN_PROGRESS = 'TS202603275SQAIEFGS0404';
const FEEDBACK = 'TS20260316FEEDBACK000004';
const COMPLETED = 'TS202603240ABCDEFGH0001';
const LONG = 'TS20260212LONGTHREAD0009';

describe('huaweicloud message operations', () => {
  const osm = useEmulatorSuite();

  it('submits a message that appears first in the newest-first list', async () => {
    await osm.client.messages.submit(IN_PROGRESS, '补充：重启后依旧失败');
    const page = await osm.client.messages.list(IN_PROGRESS, 0, 1);
    assert.equal(page.items[0]?.content, '补充：重启后依旧失败');
  });

  it('moves an awaiting-feedback case back to in progress when the customer replies (log 85)', async () => {
    await osm.client.messages.submit(FEEDBACK, 'fstab attached');
    const [status, logs] = await Promise.all([osm.client.cases.status(FEEDBACK), osm.client.cases.operateLogs(FEEDBACK)]);
    assert.deepEqual([status, logs.items[0]?.operate_type], [1, 85]);
  });

  it('attaches uploaded message attachments', async () => {
    const id = await osm.client.attachments.upload({ fileName: 'dmesg.txt', data: Buffer.from('dmesg') }, 'message');
    await osm.client.messages.submit(IN_PROGRESS, 'see attachment', [id]);
    const page = await osm.client.messages.list(IN_PROGRESS, 0, 1);
    assert.deepEqual(
      page.items[0]?.accessory_list?.map((a) => a.file_actual_name),
      ['dmesg.txt'],
    );
  });

  it('refuses a message on a completed case with OSM.01010034', async () => {
    await assert.rejects(osm.client.messages.submit(COMPLETED, 'one more thing'), codeOf('OSM.01010034'));
  });

  it('refuses a message on an unknown case with OSM.01010015', async () => {
    await assert.rejects(osm.client.messages.submit('TS-404', 'hello'), codeOf('OSM.01010015'));
  });

  it('pages a long thread with offset/limit and reports the total', async () => {
    const page = await osm.client.messages.list(LONG, 100, 100);
    assert.deepEqual([page.total, page.items.length], [160, 60]);
  });

  it('strips OSM rich-text markup (trim_osm_rich_text_label=true)', async () => {
    const page = await osm.client.messages.list(IN_PROGRESS, 0, 10);
    const auth = page.items.filter((m) => m.display_type === 'AUTH').map((m) => m.content);
    assert.deepEqual(auth, ['需要查看 ecs-prod-01 的 VNC 启动日志，请授权我们登录控制台 48 小时。', '您好，请授权我们登录控制台排查。']);
  });

  it('loads older messages with the "more" cursor (epoch ms of the oldest shown message)', async () => {
    const newest = await osm.client.messages.list(LONG, 0, 10);
    const oldest = newest.items.at(-1);
    const before = Date.parse(String(oldest?.create_time));
    const older = await osm.client.messages.more(LONG, { createTimeMs: before, type: oldest?.type ?? 0 }, 5);
    assert.ok(older.length === 5 && older.every((m) => Date.parse(String(m.create_time)) < before));
  });

  it('rejects a "more" cursor with a type other than 0/1 with OSM.01010012', async () => {
    await assert.rejects(osm.client.messages.more(LONG, { createTimeMs: Date.now(), type: 7 }, 5), codeOf('OSM.01010012'));
  });

  it('counts unread support messages per case', async () => {
    const unread = await osm.client.messages.unreadCounts([IN_PROGRESS, FEEDBACK, COMPLETED]);
    assert.deepEqual(
      [...unread.entries()],
      [
        [IN_PROGRESS, 2],
        [FEEDBACK, 1],
        [COMPLETED, 0],
      ],
    );
  });

  it('clears the unread count when the case is marked read', async () => {
    await osm.client.messages.markRead(IN_PROGRESS);
    const unread = await osm.client.messages.unreadCounts([IN_PROGRESS]);
    assert.equal(unread.get(IN_PROGRESS), 0);
  });

  describe('new-message polling', () => {
    it('returns the unread messages and a cursor on the first poll', async () => {
      const poll = await osm.client.messages.pollNew([IN_PROGRESS]);
      assert.deepEqual([poll.messages.get(IN_PROGRESS)?.length, typeof poll.cursor, poll.unreadCases], [2, 'string', [IN_PROGRESS]]);
    });

    it('reports nothing new when nothing happened since the cursor', async () => {
      const first = await osm.client.messages.pollNew([IN_PROGRESS]);
      const second = await osm.client.messages.pollNew([IN_PROGRESS], first.cursor);
      assert.equal(second.messages.size, 0);
    });

    it('reports an agent reply once, after the high-water mark', async () => {
      const first = await osm.client.messages.pollNew([IN_PROGRESS, FEEDBACK]);
      const replyId = osm.harness.emulator.control.agentReply('huaweicloud', FEEDBACK, '请补充 /etc/fstab');
      const second = await osm.client.messages.pollNew([IN_PROGRESS, FEEDBACK], first.cursor);
      const third = await osm.client.messages.pollNew([IN_PROGRESS, FEEDBACK], second.cursor);
      assert.deepEqual([second.messages.get(FEEDBACK)?.map((m) => m.message_id), third.messages.size], [[replyId], 0]);
    });

    it('reports reads and withdrawals as message updates', async () => {
      await osm.client.messages.submit(IN_PROGRESS, 'typo');
      const mine = (await osm.client.messages.list(IN_PROGRESS, 0, 1)).items[0]?.message_id ?? '';
      const first = await osm.client.messages.pollNew([IN_PROGRESS]);
      await osm.client.messages.withdraw(IN_PROGRESS, mine);
      const second = await osm.client.messages.pollNew([IN_PROGRESS], first.cursor);
      assert.deepEqual(second.updates.get(IN_PROGRESS), [{ messageId: mine, status: -1 }]);
    });
  });

  describe('withdraw', () => {
    it('marks the withdrawn message with status -1 and empties it', async () => {
      await osm.client.messages.submit(IN_PROGRESS, 'oops');
      const mine = (await osm.client.messages.list(IN_PROGRESS, 0, 1)).items[0]?.message_id ?? '';
      await osm.client.messages.withdraw(IN_PROGRESS, mine);
      const after = (await osm.client.messages.list(IN_PROGRESS, 0, 1)).items[0];
      assert.deepEqual([after?.status, after?.content], [-1, '']);
    });

    it("refuses to withdraw a support engineer's message with OSM.01010019", async () => {
      const agent = (await osm.client.messages.list(IN_PROGRESS, 0, 1)).items[0]?.message_id ?? '';
      await assert.rejects(osm.client.messages.withdraw(IN_PROGRESS, agent), codeOf('OSM.01010019'));
    });

    it('refuses to withdraw after the time window with OSM.01010034', async () => {
      await osm.client.messages.submit(IN_PROGRESS, 'late');
      const mine = (await osm.client.messages.list(IN_PROGRESS, 0, 1)).items[0]?.message_id ?? '';
      osm.harness.emulator.control.clock.freeze();
      osm.harness.emulator.control.clock.advance(3 * 60_000);
      // Three minutes is past the withdraw window but well within the ±15 min signature tolerance.
      await assert.rejects(osm.client.messages.withdraw(IN_PROGRESS, mine), codeOf('OSM.01010034'));
    });
  });
});
