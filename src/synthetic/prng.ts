/**
 * A small seeded PRNG (sfc32) and the distributions the synthetic corpus draws from. Math.random
 * cannot be seeded, and the corpus must be identical on every run and machine.
 */

/** 32-bit mix of integers (murmur3's finalizer over a running hash): `mixSeed(1, 42)` is stable everywhere. */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    // sfc32 needs a few rounds before weak seeds (0, 1, 2…) stop looking alike.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Standard normal (Box–Muller). */
  gauss(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

/** Draws indexes in proportion to weights in O(log n), from cumulative sums. */
export class WeightedPicker {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    weights.forEach((weight, i) => {
      total += Math.max(0, weight);
      this.cumulative[i] = total;
    });
    if (total <= 0) throw new Error('weights must have a positive sum');
  }

  pick(random: Random): number {
    const target = random.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  /** `count` distinct indexes, by weight (redraws on collision; fine while count is small against n). */
  pickDistinct(random: Random, count: number): number[] {
    const chosen: number[] = [];
    const limit = Math.min(count, this.cumulative.length);
    for (let tries = 0; chosen.length < limit && tries < limit * 20; tries++) {
      const index = this.pick(random);
      if (!chosen.includes(index)) chosen.push(index);
    }
    return chosen;
  }
}

/** Zipf weights 1/rank^s: a few organizations are named everywhere, most rarely. */
export function zipfWeights(count: number, exponent: number): number[] {
  return Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** exponent);
}
