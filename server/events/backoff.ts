// Retry spacing for outbox deliveries: exponential with "equal jitter", so retries from many
// rows spread out (no thundering herd) while each retry still waits longer than the one before.

export type BackoffOptions = {
  /** Delay after the first failed attempt, before jitter (default 10 s). */
  baseMs?: number;
  /** Upper bound for any delay (default 1 h). */
  capMs?: number;
};

export const DEFAULT_BACKOFF = { baseMs: 10_000, capMs: 60 * 60_000 } as const;

/** Delay before the next attempt after `attempts` failed ones (1-based): half fixed, half random. */
export function backoffMs(attempts: number, opts: BackoffOptions = {}, random: () => number = Math.random): number {
  const baseMs = opts.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const capMs = opts.capMs ?? DEFAULT_BACKOFF.capMs;
  // 2^(n-1) grows past any cap quickly; clamp the exponent so the maths stays finite.
  const exp = Math.min(capMs, baseMs * 2 ** Math.min(Math.max(attempts, 1) - 1, 40));
  return Math.round(exp / 2 + (exp / 2) * random());
}
