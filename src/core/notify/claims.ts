/**
 * "Once across windows": every VS Code window of a profile polls the same accounts, so each change
 * is claimed under a shared key before it is announced, and only the window whose claim is first
 * announces it. The host passes globalState, which the windows of a profile share.
 */
import type { KeyValueStorage } from '../cache/seen-store';
import type { Clock } from '../polling/clock';

const CLAIMS_KEY = 'cloudTickets.notifiedChanges';
/** Claims older than this are forgotten; the marks name a reply or status, so an old one does not come back. */
export const CLAIM_TTL_MS = 24 * 60 * 60 * 1000;

export class NotificationClaims {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly ttlMs = CLAIM_TTL_MS,
  ) {}

  /** True for the first claim of `key` (within the time to live), false when it was claimed already. */
  async claim(key: string): Promise<boolean> {
    const now = this.clock.now();
    const stored = this.storage.get(CLAIMS_KEY);
    const claims: Record<string, number> = {};
    if (typeof stored === 'object' && stored !== null) {
      for (const [claimed, at] of Object.entries(stored)) if (typeof at === 'number' && now - at < this.ttlMs) claims[claimed] = at;
    }
    if (claims[key] !== undefined) return false;
    claims[key] = now;
    await this.storage.update(CLAIMS_KEY, claims);
    return true;
  }
}
