// Synthetic weekly series with known structure, for the forecasting tests and benches.

/** A seasonal pattern over 52 weeks: level + amplitude x cos(2 pi (week - peak) / 52). */
export function seasonalPattern(level: number, amplitude: number, peakWeek = 26): number[] {
  return Array.from({ length: 52 }, (_, w) => level + amplitude * Math.cos((2 * Math.PI * (w - peakWeek)) / 52));
}

/** `weeks` values repeating `pattern` exactly. */
export const repeatPattern = (pattern: readonly number[], weeks: number) => Array.from({ length: weeks }, (_, t) => pattern[t % pattern.length]!);

/** Deterministic standard normal draws (mulberry32 + Box-Muller), so tests never flake. */
export function normals(seed: number): () => number {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}
