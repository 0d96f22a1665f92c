import { describe, expect, it } from "vitest";
import { createRng, hashSeed, rngFor } from "./random";

const take = (next: () => number, n: number) => Array.from({ length: n }, next);

describe("seeded random", () => {
  it("repeats the same sequence for the same seed", () => {
    expect(take(createRng(42).next, 20)).toEqual(take(createRng(42).next, 20));
    expect(take(rngFor("household", 7).next, 20)).toEqual(take(rngFor("household", 7).next, 20));
  });

  it("gives different sequences for different seeds", () => {
    expect(take(createRng(1).next, 5)).not.toEqual(take(createRng(2).next, 5));
    expect(hashSeed("farm:1")).not.toBe(hashSeed("farm:2"));
  });

  it("keeps next() in [0, 1)", () => {
    const values = take(createRng(3).next, 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });

  it("keeps int() inside its inclusive bounds and reaches both ends", () => {
    const rng = createRng(4);
    const values = Array.from({ length: 5_000 }, () => rng.int(30, 40));
    expect(Math.min(...values)).toBe(30);
    expect(Math.max(...values)).toBe(40);
    expect(values.every(Number.isInteger)).toBe(true);
    expect(() => rng.int(5, 4)).toThrow(RangeError);
  });

  it("keeps float() inside [min, max)", () => {
    const rng = createRng(5);
    for (let i = 0; i < 5_000; i++) {
      const v = rng.float(52.0, 52.2);
      expect(v).toBeGreaterThanOrEqual(52.0);
      expect(v).toBeLessThan(52.2);
    }
  });

  it("draws gaussians with roughly the asked mean and spread", () => {
    const rng = createRng(6);
    const values = Array.from({ length: 20_000 }, () => rng.gaussian(10, 2));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
    expect(mean).toBeCloseTo(10, 1);
    expect(sd).toBeGreaterThan(1.9);
    expect(sd).toBeLessThan(2.1);
    expect(values.every(Number.isFinite)).toBe(true);
  });

  it("picks only from the list and refuses an empty one", () => {
    const rng = createRng(7);
    const items = ["VAN", "TRUCK", "CARGO_BIKE"] as const;
    const picked = new Set(Array.from({ length: 200 }, () => rng.pick(items)));
    expect([...picked].sort()).toEqual([...items].sort());
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it("follows weights and never picks a zero-weight item", () => {
    const rng = createRng(8);
    const items: [string, number][] = [["a", 3], ["b", 1], ["never", 0]];
    const counts = { a: 0, b: 0, never: 0 } as Record<string, number>;
    for (let i = 0; i < 8_000; i++) counts[rng.weighted(items, ([, w]) => w)[0]]! += 1;
    expect(counts.never).toBe(0);
    expect(counts.a! / counts.b!).toBeGreaterThan(2.6);
    expect(counts.a! / counts.b!).toBeLessThan(3.4);
  });

  it("samples distinct items, capped at the list length", () => {
    const rng = createRng(9);
    const sample = rng.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
    expect(rng.sample([1, 2], 5).sort()).toEqual([1, 2]);
  });
});
