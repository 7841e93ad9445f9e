import type * as vscode from 'vscode';

/**
 * globalState whose writes stick. The extension host keeps an extension's whole global state as one value
 * and replaces it with every change the main process echoes back; an echo of an older write that lands
 * between an `update` and its save (deferred to the next tick) puts the older value back, the save then
 * stores that, and the `update` resolves although its value is gone (microsoft/vscode#171827). Under load
 * this lost a just-added account: the tree never showed it and every command on it said "unknown account".
 *
 * A write's own echo arrives before the write resolves, so reading the key back afterwards tells whether it
 * held; when it did not, and no newer write of the same key was asked for meanwhile, it is made again.
 */
export class SettledMemento implements vscode.Memento {
  /** The newest write asked for per key; an older one never overwrites it when re-asserted. */
  private readonly newest = new Map<string, object>();

  constructor(
    private readonly inner: vscode.Memento,
    private readonly attempts = 5,
  ) {}

  keys(): readonly string[] {
    return this.inner.keys();
  }

  get<T>(key: string): T | undefined;
  get<T>(key: string, defaultValue: T): T;
  get<T>(key: string, defaultValue?: T): T | undefined {
    const value = this.inner.get<T>(key);
    return value === undefined ? defaultValue : value;
  }

  async update(key: string, value: unknown): Promise<void> {
    const write = {};
    this.newest.set(key, write);
    const wanted = JSON.stringify(value);
    try {
      for (let attempt = 1; ; attempt++) {
        await this.inner.update(key, value);
        const held = JSON.stringify(this.inner.get(key)) === wanted;
        if (held || this.newest.get(key) !== write) return;
        if (attempt === this.attempts) throw new Error(`VS Code kept losing the write of "${key}" to an older value (${attempt} attempts).`);
      }
    } finally {
      if (this.newest.get(key) === write) this.newest.delete(key);
    }
  }
}
