/**
 * The server's clock as its answers show it. Ticket times are written by the server, so anything that
 * compares them with "now" (the duplicate look-up after an ambiguous create or reply) must use the
 * server's now: a computer clock 14 minutes off still signs valid requests but would miss a ticket
 * filed a minute ago. One instance per account transport; it learns from every answer's `Date` header.
 */

/** Read-only view of an account's server clock, as providers expose it. */
export interface ServerTime {
  /** Server minus local time in ms; undefined until an answer with a usable `Date` header was seen. */
  readonly skewMs: number | undefined;
  /** The server's current time, epoch ms (the local time while the skew is unknown). */
  now(): number;
}

/** Estimates the server-minus-local clock difference from the `Date` headers of answers. */
export class ServerClock implements ServerTime {
  private skew: number | undefined;

  constructor(private readonly localNow: () => number = Date.now) {}

  get skewMs(): number | undefined {
    return this.skew;
  }

  now(): number {
    return this.localNow() + (this.skew ?? 0);
  }

  /**
   * Records one answer: its `Date` header and the local times the request left and the answer came
   * back. The newest answer wins, so a local clock that is corrected (or jumps) is followed at once.
   */
  observe(dateHeader: string | undefined, sentAt: number, receivedAt: number): void {
    const stamped = dateHeader === undefined ? NaN : Date.parse(dateHeader);
    if (!Number.isFinite(stamped) || receivedAt < sentAt) return;
    // The header is truncated to the second and was written somewhere between send and receive:
    // its midpoint estimate is off by at most half the round trip plus half a second.
    this.skew = Math.round(stamped + 500 - (sentAt + receivedAt) / 2);
  }
}
