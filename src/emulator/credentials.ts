// The credential table shared by all providers: test key pairs (incl. STS tokens), plus per-key action
// denials so tests can provoke RAM/IAM permission errors.
import type { Clock, CredentialLookup, EmulatorCredential, NonceCache } from './types';

export class CredentialTable implements CredentialLookup {
  private credentials: EmulatorCredential[] = [];
  private readonly denials = new Set<string>();

  replaceAll(credentials: readonly EmulatorCredential[]): void {
    this.credentials = [...credentials];
    this.denials.clear();
  }

  /** Replaces one provider's keys (its fixtures were reloaded) and forgets that provider's denials. */
  replaceProvider(provider: string, credentials: readonly EmulatorCredential[]): void {
    this.credentials = [...this.credentials.filter((c) => c.provider !== provider), ...credentials];
    for (const key of this.denials) if (key.startsWith(`${provider}\u0000`)) this.denials.delete(key);
  }

  add(credential: EmulatorCredential): void {
    this.credentials = this.credentials.filter((c) => !(c.provider === credential.provider && c.accessKeyId === credential.accessKeyId));
    this.credentials.push(credential);
  }

  find(provider: string, accessKeyId: string): EmulatorCredential | undefined {
    return this.credentials.find((c) => c.provider === provider && c.accessKeyId === accessKeyId);
  }

  list(provider: string): readonly EmulatorCredential[] {
    return this.credentials.filter((c) => c.provider === provider);
  }

  all(): readonly EmulatorCredential[] {
    return [...this.credentials];
  }

  /** Deny `action` ('*' = every action) for one key of one provider. */
  deny(provider: string, accessKeyId: string, action: string): void {
    this.denials.add(denialKey(provider, accessKeyId, action));
  }

  allow(provider: string, accessKeyId: string, action: string): void {
    this.denials.delete(denialKey(provider, accessKeyId, action));
  }

  isDenied(provider: string, accessKeyId: string, action: string): boolean {
    return this.denials.has(denialKey(provider, accessKeyId, action)) || this.denials.has(denialKey(provider, accessKeyId, '*'));
  }
}

function denialKey(provider: string, accessKeyId: string, action: string): string {
  return `${provider}\u0000${accessKeyId}\u0000${action}`;
}

/** Nonces seen within `windowMs` of the emulator clock, per scope (provider + key). */
export class WindowedNonceCache implements NonceCache {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly windowMs = 15 * 60 * 1000,
  ) {}

  remember(scope: string, nonce: string): boolean {
    const now = this.clock.now();
    this.evictOlderThan(now - this.windowMs);
    const key = `${scope}\u0000${nonce}`;
    const previous = this.seen.get(key);
    if (previous !== undefined && now - previous <= this.windowMs) return false;
    this.seen.set(key, now);
    return true;
  }

  clear(): void {
    this.seen.clear();
  }

  private evictOlderThan(limit: number): void {
    if (this.seen.size < 10_000) return;
    for (const [key, at] of this.seen) if (at < limit) this.seen.delete(key);
  }
}
