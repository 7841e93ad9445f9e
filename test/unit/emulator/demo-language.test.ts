/**
 * The demo reads like a real account (issue #20): each sample ticket's conversation is written in its
 * title's language (English tickets opened onto Chinese first messages), and the simulated engineer answers
 * in the ticket's language on every status a real one answers on (the Huawei Cloud agent ignored replies to
 * a proposed solution, to suspended cases …), over the emulator's real sockets.
 */
import assert from 'node:assert/strict';
import type { TicketProvider } from '../../../src/core/provider';
import type { Message } from '../../../src/core/ticket';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { sampleTickets } from '../../../src/emulator/aliyun/sample-tickets';
import { sampleOsmFixtures } from '../../../src/emulator/huaweicloud/fixtures/sample';
import { createAliyunProvider } from '../../../src/providers/aliyun/provider';
import { demoProvider, startHarness, type Harness } from '../huaweicloud/harness';

const HAN = /[\u3400-\u9fff]/;
const languageOf = (text: string): 'zh' | 'en' => (HAN.test(text) ? 'zh' : 'en');
const AGENT_DELAY_MS = 30;

/** Messages of a conversation written in another language than the title, as "title ← message". */
function offLanguage(title: string, messages: readonly string[]): string[] {
  const expected = languageOf(title);
  return messages.filter((text) => /\p{L}{2}/u.test(text) && languageOf(text) !== expected).map((text) => `${title.slice(0, 40)} ← ${text.slice(0, 40)}`);
}

async function supportAnswerAfter(provider: TicketProvider, ticketId: string, mine: string): Promise<Message> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const messages = (await provider.listMessages(ticketId, { pageSize: 100 })).items;
    const index = messages.findIndex((message) => message.author.role === 'customer' && message.body.includes(mine));
    const answer = index >= 0 ? messages.slice(index + 1).find((message) => message.author.role === 'support') : undefined;
    if (answer) return answer;
    if (Date.now() > deadline) throw new Error(`support did not answer on ${ticketId}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('demo data in the language of each ticket', () => {
  it('writes every Alibaba Cloud sample conversation in its title’s language', () => {
    const problems = sampleTickets().flatMap((ticket) => offLanguage(ticket.Title, [ticket.Description, ...(ticket.Notes ?? []).map((note) => note.Content)]));
    assert.deepEqual(problems, []);
  });

  it('writes every Huawei Cloud sample conversation in its first line’s language', () => {
    const problems = sampleOsmFixtures().cases.flatMap((entry) => {
      const title = (entry.description ?? '').split('\n')[0];
      return offLanguage(
        title,
        (entry.messages ?? []).map((message) => message.content ?? ''),
      );
    });
    assert.deepEqual(problems, []);
  });
});

describe('the demo’s Huawei Cloud engineer', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(() => harness.close());
  beforeEach(() => harness.emulator.control.reset());

  // Pending (0), in progress (1), waiting for confirmation (2), suspended (5), awaiting feedback (17).
  for (const [caseId, status] of [
    ['TS20260320PENDING0000002', 'pending'],
    ['TS202603275SQAIEFGS0404', 'in progress'],
    ['TS20260318CONFIRM0000003', 'waiting for confirmation'],
    ['TS20260308SUSPENDED00006', 'suspended'],
    ['TS20260316FEEDBACK000004', 'awaiting feedback'],
  ] as const) {
    it(`answers a reply on a case ${status}, in the case’s language`, async () => {
      harness.emulator.control.setAgentDelay(AGENT_DELAY_MS);
      const provider = demoProvider(harness, { locale: 'en' });
      const title = (await provider.getTicket(caseId)).title;
      const mine = `Any news? ${Date.now()}`;
      await provider.reply(caseId, { body: mine });
      const answer = await supportAnswerAfter(provider, caseId, mine);
      assert.equal(languageOf(answer.body), languageOf(title), answer.body);
    });
  }

  it('takes up a case again when the customer answers a proposed solution', async () => {
    harness.emulator.control.setAgentDelay(AGENT_DELAY_MS);
    const provider = demoProvider(harness, { locale: 'en' });
    const mine = `Still failing ${Date.now()}`;
    await provider.reply('TS20260318CONFIRM0000003', { body: mine });
    await supportAnswerAfter(provider, 'TS20260318CONFIRM0000003', mine);
    assert.equal((await provider.getTicket('TS20260318CONFIRM0000003')).status.code, '1');
  });
});

describe('the demo’s Alibaba Cloud engineer', () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator({ providers: ['aliyun'] });
  });
  after(() => emulator.close());

  it('answers an English ticket in English and a Chinese one in Chinese', async () => {
    emulator.control.setAgentDelay(AGENT_DELAY_MS);
    const provider = createAliyunProvider({
      account: { id: 'a', providerId: 'aliyun', label: 'a', endpoint: emulator.url },
      credentials: async () => ({ accessKeyId: 'testid', accessKeySecret: 'testsecret' }),
    });
    const open = (await provider.listTickets({ statusGroups: ['in-progress'] }, { pageSize: 50 })).items;
    const english = open.find((ticket) => languageOf(ticket.title) === 'en');
    const chinese = open.find((ticket) => languageOf(ticket.title) === 'zh');
    assert.ok(english && chinese, 'the sample has open tickets in both languages');
    const languages: string[] = [];
    for (const ticket of [english, chinese]) {
      const mine = `Any news? ${Date.now()}`;
      await provider.reply(ticket.id, { body: mine });
      languages.push(languageOf((await supportAnswerAfter(provider, ticket.id, mine)).body));
    }
    assert.deepEqual(languages, ['en', 'zh']);
  });
});
