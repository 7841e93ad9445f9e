/**
 * A small seeded pseudo-random generator (mulberry32) so that a fault schedule is reproducible from
 * its seed alone. Not for anything but tests.
 */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: `[[item, weight], …]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return entries[entries.length - 1][0];
  }
}

/** The seed to use: `FAULT_SEED` (a number, or `random` for a fresh one), else `fallback`. */
export function seedFromEnvironment(fallback: number): number {
  const wanted = process.env.FAULT_SEED?.trim();
  if (!wanted) return fallback;
  if (wanted === 'random') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(wanted);
  if (!Number.isInteger(seed)) throw new Error(`FAULT_SEED must be an integer or "random", got ${wanted}`);
  return seed;
}
