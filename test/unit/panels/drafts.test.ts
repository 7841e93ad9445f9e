import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { DraftStore } from '../../../src/panels/drafts';

/** A map-backed Memento (what globalState is to the store). */
class MapMemento {
  readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return (this.values.has(key) ? this.values.get(key) : fallback) as T | undefined;
  }
  async update(key: string, value: unknown): Promise<void> {
    this.values.set(key, structuredClone(value));
  }
}

const store = (memento = new MapMemento(), now = () => 1) => ({ memento, drafts: new DraftStore(memento as unknown as vscode.Memento, now) });

describe('reply drafts', () => {
  it('keeps a draft per ticket', async () => {
    const { drafts } = store();
    await drafts.save('a', 'T1', { body: 'one', secret: false, attachments: [] });
    await drafts.save('a', 'T2', { body: 'two', secret: true, attachments: [] });
    assert.deepEqual([drafts.get('a', 'T1').body, drafts.get('a', 'T2').secret], ['one', true]);
  });

  it('survives a new store over the same state (window reload)', async () => {
    const { memento, drafts } = store();
    await drafts.save('a', 'T1', { body: 'keep me', secret: false, attachments: [{ id: 'k', name: 'f.log', sizeBytes: 3 }] });
    assert.deepEqual(store(memento).drafts.get('a', 'T1'), { body: 'keep me', secret: false, attachments: [{ id: 'k', name: 'f.log', sizeBytes: 3 }] });
  });

  it('removes a draft when it is cleared or emptied', async () => {
    const { memento, drafts } = store();
    await drafts.save('a', 'T1', { body: 'x', secret: false, attachments: [] });
    await drafts.save('a', 'T1', { body: '   ', secret: true, attachments: [] });
    assert.deepEqual(memento.get('cloudTickets.drafts'), {});
  });

  it('keeps only the newest 100 drafts', async () => {
    let clock = 0;
    const { memento, drafts } = store(new MapMemento(), () => ++clock);
    for (let i = 0; i < 105; i++) await drafts.save('a', `T${i}`, { body: 'x', secret: false, attachments: [] });
    const kept = Object.keys(memento.get<Record<string, unknown>>('cloudTickets.drafts') ?? {});
    assert.deepEqual({ count: kept.length, oldestGone: !kept.includes('a/T0'), newestKept: kept.includes('a/T104') }, { count: 100, oldestGone: true, newestKept: true });
  });
});
