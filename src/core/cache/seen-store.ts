/**
 * Where what was seen of each account's tickets persists between sessions, so a reply that arrived
 * while VS Code was closed is news at the next start. The host keeps it in globalState (shared by
 * the windows of a profile); tests keep it in memory.
 */
import type { SeenTicket } from '../notify/seen-ticket';
import { parseSeen, serializeSeen } from './seen-json';

export interface SeenStore {
  /** What was seen of the account's tickets; undefined when nothing was ever stored (first look). */
  load(accountId: string): Promise<Map<string, SeenTicket> | undefined>;
  save(accountId: string, tickets: ReadonlyMap<string, SeenTicket>): Promise<void>;
  /** Forgets an account (it was removed). */
  remove(accountId: string): Promise<void>;
}

/** The smallest key-value surface a store needs (VS Code's Memento fits). */
export interface KeyValueStorage {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

/** One key per account in a key-value storage (globalState in the host). */
export class KeyValueSeenStore implements SeenStore {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly prefix = 'cloudTickets.seen.',
  ) {}

  async load(accountId: string): Promise<Map<string, SeenTicket> | undefined> {
    return parseSeen(this.storage.get(this.prefix + accountId), accountId);
  }

  async save(accountId: string, tickets: ReadonlyMap<string, SeenTicket>): Promise<void> {
    await this.storage.update(this.prefix + accountId, serializeSeen(accountId, tickets));
  }

  async remove(accountId: string): Promise<void> {
    await this.storage.update(this.prefix + accountId, undefined);
  }
}

/** A JSON round trip through a map, as a stand-in for globalState (tests, bench). */
export class MemoryKeyValueStorage implements KeyValueStorage {
  readonly values = new Map<string, string>();

  get(key: string): unknown {
    const text = this.values.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  }

  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.stringify(value));
  }
}
