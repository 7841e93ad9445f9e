import assert from 'node:assert/strict';
import { findRecentDuplicate, mayHaveBeenCreated, submittedTicketFrom, type SubmittedTicket } from '../../../src/core/duplicate-guard';
import { isTicketError, TicketError } from '../../../src/core/errors';
import type { FormValues } from '../../../src/core/form-schema';
import type { TicketProvider } from '../../../src/core/provider';
import type { TicketSummary } from '../../../src/core/ticket';
import { createFormFor } from '../../../src/providers/aliyun/forms';
import { KEY } from '../aliyun/emulator-fixtures';
import { AliyunHarness } from '../aliyun/harness';

const QUICK = { pauseMs: 0 };

/** Files a ticket through a dropped connection and returns what the form submitted plus the error. */
async function fileThroughDroppedConnection(harness: AliyunHarness, provider: TicketProvider, values: FormValues): Promise<{ submitted: SubmittedTicket; error: unknown }> {
  harness.emulator.control.injectFault({ provider: 'aliyun', action: 'CreateTicket', fault: { kind: 'commit-then-drop' } });
  const submittedAt = Date.now();
  const error = await provider.createTicket(values).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  return { submitted: submittedTicketFrom(createFormFor('2021-06-10'), values, submittedAt), error };
}

function storedTicketIds(harness: AliyunHarness, description: string): string[] {
  const state = harness.emulator.control.state('aliyun') as { tickets: { TicketId: string; Description: string }[] };
  return state.tickets.filter((ticket) => ticket.Description === description).map((ticket) => ticket.TicketId);
}

describe('duplicate guard: which failures need a search', () => {
  it('an ambiguous write failure may have created the ticket', () => {
    const error = new TicketError({ kind: 'server', message: 'dropped', ambiguous: true });
    assert.equal(mayHaveBeenCreated(error), true);
  });

  it('a timeout (network kind) may have created the ticket', () => {
    assert.equal(mayHaveBeenCreated(new TicketError({ kind: 'network', message: 'No answer within 20 s.' })), true);
  });

  it('a rejected input certainly did not', () => {
    assert.equal(mayHaveBeenCreated(new TicketError({ kind: 'invalid-input', message: 'Bad category.' })), false);
  });

  it('a cancellation by the user is not a failure to look into', () => {
    assert.equal(mayHaveBeenCreated(new DOMException('The operation was aborted.', 'AbortError')), false);
  });
});

describe('duplicate guard: what was submitted', () => {
  it('reads the fields named title and description', () => {
    const submitted = submittedTicketFrom(createFormFor('2021-06-10'), { title: 'T', description: 'D', secretInfo: 'S' }, 5);
    assert.deepEqual(submitted, { title: 'T', description: 'D', submittedAt: 5 });
  });

  it('takes a "subject" for the title and the first multi-line field for the description', () => {
    const schema = {
      fields: [
        { id: 'remindTime', kind: 'text' as const, label: 'Contact time', required: false },
        { id: 'subject', kind: 'text' as const, label: 'Subject', required: true },
        { id: 'body', kind: 'textarea' as const, label: 'Body', required: true },
        { id: 'notes', kind: 'textarea' as const, label: 'Notes', required: false },
      ],
    };
    assert.deepEqual(submittedTicketFrom(schema, { remindTime: '9:00-18:00', subject: 'S', body: 'B', notes: 'N' }, 1), { title: 'S', description: 'B', submittedAt: 1 });
  });
});

describe('duplicate guard against the emulator (commit, then the connection drops)', () => {
  let harness: AliyunHarness;
  const base = { directory: '2', product: '7200', category: '793', severity: '1' };

  before(async () => {
    harness = await AliyunHarness.start();
  });
  beforeEach(() => harness.reset());
  after(() => harness.close());

  it('finds the ticket the server committed although the create failed', async () => {
    const provider = harness.provider('2021-06-10');
    const values = { ...base, title: 'Bucket 403 after key rotation', description: 'Since 10:00 every PutObject answers 403.' };
    const { submitted, error } = await fileThroughDroppedConnection(harness, provider, values);
    const result = await findRecentDuplicate(provider, submitted, QUICK);
    assert.ok(mayHaveBeenCreated(error), 'the create must fail ambiguously');
    assert.deepEqual(result.outcome === 'found' ? [result.ticket.id] : [], storedTicketIds(harness, values.description));
  });

  it('finds an untitled ticket by its description (the server derived the title)', async () => {
    const provider = harness.provider('2021-06-10');
    const values = { ...base, description: 'Uploads of 5 GB objects stall at 99 % since this morning, from two regions.' };
    const { submitted } = await fileThroughDroppedConnection(harness, provider, values);
    const result = await findRecentDuplicate(provider, submitted, QUICK);
    assert.deepEqual(result.outcome === 'found' ? [result.ticket.id] : [], storedTicketIds(harness, values.description));
  });

  it('works on the 2020 API, which cannot search by keyword', async () => {
    const provider = harness.provider('2020-03-26');
    const values = { directory: '2', product: 'oss', category: '793', title: 'Legacy API drop', description: 'Dropped on the legacy API.', email: 'ops@example.com' };
    harness.emulator.control.injectFault({ provider: 'aliyun', action: 'CreateTicket', fault: { kind: 'commit-then-drop' } });
    const submittedAt = Date.now();
    await provider.createTicket(values).catch(() => undefined);
    const result = await findRecentDuplicate(provider, submittedTicketFrom(createFormFor('2020-03-26'), values, submittedAt), QUICK);
    assert.equal(result.outcome, 'found');
  });

  for (const version of ['2021-06-10', '2020-03-26'] as const) {
    it(`finds the committed ticket below a page of tickets filed after it in the window (${version})`, async () => {
      const provider = harness.provider(version);
      const form = version === '2021-06-10' ? base : { directory: '2', product: 'oss', category: '793', email: 'ops@example.com' };
      const values = { ...form, title: 'Filed while the team was busy', description: 'The one whose answer was lost.' };
      harness.emulator.control.injectFault({ provider: 'aliyun', action: 'CreateTicket', fault: { kind: 'commit-then-drop' } });
      const submittedAt = Date.now();
      await provider.createTicket(values).catch(() => undefined);
      // Colleagues (or a script) on the same account file 25 more before the look-up runs: ours is below the first page.
      for (let n = 0; n < 25; n++) await provider.createTicket({ ...form, title: `Batch ${n}`, description: `Batch ticket ${n}.` });
      const result = await findRecentDuplicate(provider, submittedTicketFrom(createFormFor(version), values, submittedAt), QUICK);
      assert.deepEqual(result.outcome === 'found' ? [result.ticket.id] : [result.outcome], storedTicketIds(harness, values.description));
    });
  }

  it('does not take a ticket with the same title but another description for the duplicate', async () => {
    const provider = harness.provider('2021-06-10');
    await provider.createTicket({ ...base, title: 'Same title', description: 'First problem, filed on purpose.' });
    const submitted = { title: 'Same title', description: 'A different problem.', submittedAt: Date.now() };
    const result = await findRecentDuplicate(provider, submitted, QUICK);
    assert.equal(result.outcome, 'none');
  });

  it('ignores matching tickets older than the look-back window', async () => {
    const provider = harness.provider('2021-06-10');
    const values = { ...base, title: 'Old one', description: 'Filed an hour ago.' };
    await provider.createTicket(values);
    const anHourLater = { title: values.title, description: values.description, submittedAt: Date.now() + 3_600_000 };
    const result = await findRecentDuplicate(provider, anHourLater, { ...QUICK, lookBackMs: 10 * 60_000 });
    assert.equal(result.outcome, 'none');
  });

  it('says "unknown" when the search itself fails, so the caller warns before a retry', async () => {
    const provider = harness.provider('2021-06-10');
    harness.emulator.control.deny('aliyun', KEY.accessKeyId, 'ListTickets');
    const result = await findRecentDuplicate(provider, { title: 'x', description: 'y', submittedAt: Date.now() }, QUICK);
    assert.ok(result.outcome === 'unknown' && isTicketError(result.error, 'permission'), JSON.stringify(result));
  });

  it('never writes while searching', async () => {
    const provider = harness.provider('2021-06-10');
    await findRecentDuplicate(provider, { title: 'x', description: 'y', submittedAt: Date.now() }, QUICK);
    const writes = harness.emulator.control.requests().filter((entry) => !/^(List|Get|Describe)/.test(entry.action ?? ''));
    assert.deepEqual(
      writes.map((entry) => entry.action),
      [],
    );
  });
});

describe('duplicate guard with a list that lags behind the commit', () => {
  const ticket: TicketSummary = { id: 'LATE1', title: 'Lagging', status: { group: 'in-progress', code: '1', label: 'Processing', known: true }, createdAt: Date.now() };
  /** A provider whose list shows the new ticket only from the second call on. */
  function laggingProvider(): Pick<TicketProvider, 'listTickets' | 'getTicket' | 'capabilities'> & { calls: number } {
    const fake = {
      calls: 0,
      capabilities: { listFilters: { keyword: false, statusGroups: true, createdRange: false, ids: true } } as TicketProvider['capabilities'],
      listTickets: async () => ({ items: fake.calls++ === 0 ? [] : [ticket] }),
      getTicket: async () => ({ ...ticket, description: 'It lags.' }),
    };
    return fake;
  }

  it('searches again after a pause before saying "none"', async () => {
    const result = await findRecentDuplicate(laggingProvider(), { title: 'Lagging', description: 'It lags.', submittedAt: Date.now() }, { pauseMs: 1, attempts: 2 });
    assert.equal(result.outcome === 'found' && result.ticket.id, 'LATE1');
  });

  it('stops after the configured attempts', async () => {
    const provider = laggingProvider();
    const result = await findRecentDuplicate(provider, { title: 'Lagging', description: 'It lags.', submittedAt: Date.now() }, { pauseMs: 1, attempts: 1 });
    assert.deepEqual([result.outcome, provider.calls], ['none', 1]);
  });
});
