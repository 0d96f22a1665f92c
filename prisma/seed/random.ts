// Seeded PRNG for the demo seed: the same seed always yields the same sequence, so the
// same inputs produce the same rows. mulberry32 is tiny, fast and good enough for fake data.

export type Rng = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number;
  /** Float in [min, max). */
  float: (min: number, max: number) => number;
  /** Normal distribution (Box-Muller). */
  gaussian: (mean?: number, sd?: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Picks by relative weight, e.g. town populations. */
  weighted: <T>(items: readonly T[], weightOf: (item: T) => number) => T;
  /** k distinct items in random order (k is capped at items.length). */
  sample: <T>(items: readonly T[], k: number) => T[];
};

/** 32-bit string hash (cyrb53 folded): turns keys like "household:42" into seeds. */
export function hashSeed(key: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: number | string): Rng {
  const next = mulberry32(typeof seed === "string" ? hashSeed(seed) : seed);
  const int = (min: number, max: number) => {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max < min`);
    return min + Math.floor(next() * (max - min + 1));
  };
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    gaussian: (mean = 0, sd = 1) => {
      // 1 - next() is in (0, 1], so the log is finite.
      const u = 1 - next();
      const v = next();
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    chance: (p) => next() < p,
    pick,
    weighted: (items, weightOf) => {
      if (items.length === 0) throw new RangeError("weighted pick from an empty list");
      const total = items.reduce((sum, item) => sum + weightOf(item), 0);
      let r = next() * total;
      for (const item of items) {
        r -= weightOf(item);
        if (r < 0) return item;
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    sample: (items, k) => {
      const pool = [...items];
      for (let i = pool.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      }
      return pool.slice(0, Math.min(k, pool.length));
    },
  };
}

/** One independent stream per entity, so adding rows elsewhere (or changing scale) never shifts it. */
export function rngFor(...key: (string | number)[]): Rng {
  return createRng(`furrow-seed-v1:${key.join(":")}`);
}
