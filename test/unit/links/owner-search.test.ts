import * as assert from 'node:assert/strict';
import { TicketError, type ErrorKind } from '../../../src/core/errors';
import type { TicketSummary } from '../../../src/core/ticket';
import { searchTicketOwners, type OwnerCandidate, type OwnerProbe } from '../../../src/links/ownerSearch';
import { TicketIdIndex } from '../../../src/links/ticketIdIndex';

const ALI_A: OwnerCandidate = { id: 'a', providerId: 'aliyun', label: 'Ali A' };
const ALI_B: OwnerCandidate = { id: 'b', providerId: 'aliyun', label: 'Ali B' };
const ALI_C: OwnerCandidate = { id: 'c', providerId: 'aliyun', label: 'Ali C' };
const HW: OwnerCandidate = { id: 'h', providerId: 'huaweicloud', label: 'Huawei' };

const error = (kind: ErrorKind) => new TicketError({ kind, message: `${kind} failure` });

/** A probe backed by a map: account → tickets it has, or the error it answers with. Records who was asked. */
function fakeProbe(answers: Record<string, readonly string[] | ErrorKind>, asked: string[] = []): OwnerProbe {
  return async (accountId, ticketId) => {
    asked.push(accountId);
    await new Promise((resolve) => setTimeout(resolve, 1));
    const answer = answers[accountId];
    if (typeof answer === 'string') throw error(answer);
    if (answer?.includes(ticketId)) return { title: `title in ${accountId}` };
    throw error('not-found');
  };
}

const search = (
  ticketId: string,
  answers: Record<string, readonly string[] | ErrorKind>,
  options: { cached?: Record<string, string[]>; asked?: string[]; signal?: AbortSignal; accounts?: OwnerCandidate[] } = {},
) =>
  searchTicketOwners({
    ticketId,
    accounts: options.accounts ?? [ALI_A, ALI_B, ALI_C, HW],
    cachedOwners: (id) => options.cached?.[id] ?? [],
    probe: fakeProbe(answers, options.asked),
    signal: options.signal,
    concurrency: 2,
  });

describe('finding the account that owns a ticket id', () => {
  it('answers from the cache without asking any account', async () => {
    const asked: string[] = [];
    const result = await search('0005PYGCW', { a: ['0005PYGCW'] }, { cached: { '0005PYGCW': ['b'] }, asked });
    assert.deepEqual({ kind: result.kind, owners: result.kind === 'cached' ? result.owners.map((o) => o.account.id) : [], asked }, { kind: 'cached', owners: ['b'], asked: [] });
  });

  it('asks only the accounts of the cloud whose ids look like this one', async () => {
    const asked: string[] = [];
    const result = await search('TS202603275SQAIEFGS0404', { h: ['TS202603275SQAIEFGS0404'] }, { asked });
    assert.deepEqual({ owners: result.kind === 'asked' ? result.owners.map((o) => [o.account.id, o.title]) : result.kind, asked }, { owners: [['h', 'title in h']], asked: ['h'] });
  });

  it('returns every owner, in the accounts order, when several have the ticket', async () => {
    const result = await search('0005PYGCW', { a: [], b: ['0005PYGCW'], c: ['0005PYGCW'] });
    assert.deepEqual(result.kind === 'asked' ? result.owners.map((o) => o.account.id) : result.kind, ['b', 'c']);
  });

  it('keeps failures apart from "not found", with their kind', async () => {
    const result = await search('0005PYGCW', { a: 'auth', b: 'network', c: [] });
    assert.deepEqual(result.kind === 'asked' ? { owners: result.owners.length, failures: result.failures.map((f) => `${f.account.id}:${f.kind}`), asked: result.asked } : result.kind, {
      owners: 0,
      failures: ['a:auth', 'b:network'],
      asked: 3,
    });
  });

  it('says no account could own the id when its cloud has none, or no cloud has that shape', async () => {
    const huaweiOnly = await search('0005PYGCW', {}, { accounts: [HW] });
    const noShape = await search('hello', {});
    assert.deepEqual(
      [huaweiOnly, noShape],
      [
        { kind: 'no-account', providerIds: ['aliyun'] },
        { kind: 'no-account', providerIds: [] },
      ],
    );
  });

  it('stops asking when cancelled, and does not count the cancelled call as a failure', async () => {
    const abort = new AbortController();
    const asked: string[] = [];
    const probe: OwnerProbe = async (accountId) => {
      asked.push(accountId);
      abort.abort();
      // What a provider call does when its signal aborts mid-request.
      throw error('network');
    };
    const result = await searchTicketOwners({ ticketId: '0005PYGCW', accounts: [ALI_A, ALI_B, ALI_C], cachedOwners: () => [], probe, signal: abort.signal, concurrency: 1 });
    assert.deepEqual(result.kind === 'asked' ? { cancelled: result.cancelled, failures: result.failures.length, asked } : result.kind, { cancelled: true, failures: 0, asked: ['a'] });
  });

  it('asks at most `concurrency` accounts at the same time', async () => {
    let running = 0;
    let most = 0;
    const probe: OwnerProbe = async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      throw error('not-found');
    };
    const accounts = Array.from({ length: 9 }, (_, i): OwnerCandidate => ({ id: `x${i}`, providerId: 'aliyun', label: `x${i}` }));
    await searchTicketOwners({ ticketId: '0005PYGCW', accounts, cachedOwners: () => [], probe, concurrency: 3 });
    assert.equal(most, 3);
  });
});

describe('the index of cached ticket ids', () => {
  const summary = (id: string): TicketSummary => ({ id, title: `T ${id}`, status: { code: '1', label: 'Open', group: 'in-progress', known: true } });

  it('finds every account that caches an id, and sees changes only after invalidate()', () => {
    const lists: Record<string, TicketSummary[]> = { a: [summary('0005PYGCW')], b: [summary('0005PYGCW'), summary('0006S6ZL6E')] };
    const index = new TicketIdIndex({ accountIds: () => Object.keys(lists), summaries: (accountId) => lists[accountId] ?? [] });
    const before = index.owners('0005PYGCW').map((owner) => owner.accountId);
    lists.c = [summary('001571BTXC')];
    const stale = index.has('001571BTXC');
    index.invalidate();
    assert.deepEqual({ before, stale, after: index.has('001571BTXC') }, { before: ['a', 'b'], stale: false, after: true });
  });
});
