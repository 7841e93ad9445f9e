import * as assert from 'node:assert/strict';
import { SettledMemento } from '../../../src/common/settledMemento';

/**
 * The extension host's global memento as VS Code builds it (extHostMemento.ts): the whole state is one
 * object, `update` changes it at once and saves it on the next tick, and every save is echoed back from the
 * main process, replacing the whole object. `echoes` holds the echoes not delivered yet, so a test decides
 * when an older one lands.
 */
class EchoingGlobalState {
  private value: Record<string, unknown> = {};
  /** What the main process stores. */
  saved: Record<string, unknown> = {};
  readonly echoes: Record<string, unknown>[] = [];
  /** Called just before each deferred save runs (the window in which a late echo does its harm). */
  beforeSave: () => void = () => undefined;

  keys(): readonly string[] {
    return Object.keys(this.value);
  }

  get<T>(key: string, defaultValue?: T): T {
    return (this.value[key] === undefined ? defaultValue : this.value[key]) as T;
  }

  update(key: string, value: unknown): Promise<void> {
    this.value[key] = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
    return new Promise((resolve) =>
      setTimeout(() => {
        this.beforeSave();
        this.saved = JSON.parse(JSON.stringify(this.value)) as Record<string, unknown>;
        // The save's own echo arrives before the save's answer.
        this.value = JSON.parse(JSON.stringify(this.saved)) as Record<string, unknown>;
        this.echoes.push(this.saved);
        resolve();
      }, 0),
    );
  }

  /** An echo of an earlier save lands now. */
  deliverStaleEcho(state: Record<string, unknown>): void {
    this.value = JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
  }
}

describe('SettledMemento (globalState writes that an older echo would undo)', () => {
  it('writes again when an older echo replaced the value before it was saved, so the save holds it', async () => {
    const inner = new EchoingGlobalState();
    await inner.update('accounts', ['a']);
    const before = inner.saved;
    let staleEchoes = 1;
    inner.beforeSave = () => {
      if (staleEchoes-- > 0) inner.deliverStaleEcho(before);
    };
    await new SettledMemento(inner).update('accounts', ['a', 'b']);
    assert.deepEqual(
      [inner.get('accounts'), inner.saved.accounts],
      [
        ['a', 'b'],
        ['a', 'b'],
      ],
    );
  });

  it('shows that the plain memento loses the same write (the fault this guards against is real in the model)', async () => {
    const inner = new EchoingGlobalState();
    await inner.update('accounts', ['a']);
    const before = inner.saved;
    let staleEchoes = 1;
    inner.beforeSave = () => {
      if (staleEchoes-- > 0) inner.deliverStaleEcho(before);
    };
    await inner.update('accounts', ['a', 'b']);
    assert.deepEqual(inner.saved.accounts, ['a']);
  });

  it('never puts back an older write of the same key over a newer one', async () => {
    const inner = new EchoingGlobalState();
    const memento = new SettledMemento(inner);
    await inner.update('seen', 0);
    const before = inner.saved;
    let staleEchoes = 1;
    inner.beforeSave = () => {
      if (staleEchoes-- > 0) inner.deliverStaleEcho(before);
    };
    await Promise.all([memento.update('seen', 1), memento.update('seen', 2)]);
    assert.deepEqual([inner.get('seen'), inner.saved.seen], [2, 2]);
  });

  it('says so when the value keeps being lost, instead of resolving as if it were saved', async () => {
    const inner = new EchoingGlobalState();
    await inner.update('accounts', ['a']);
    const before = inner.saved;
    inner.beforeSave = () => inner.deliverStaleEcho(before);
    await assert.rejects(new SettledMemento(inner, 3).update('accounts', ['a', 'b']), /losing the write of "accounts".*3 attempts/);
  });

  it('reads through, with the default only for a missing key', async () => {
    const inner = new EchoingGlobalState();
    const memento = new SettledMemento(inner);
    await memento.update('flag', null);
    await memento.update('count', 0);
    assert.deepEqual([memento.get('flag', 'd'), memento.get('count', 9), memento.get('missing', 'd'), memento.keys()], [null, 0, 'd', ['flag', 'count']]);
  });
});
