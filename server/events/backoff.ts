// Retry spacing for outbox deliveries: exponential with "equal jitter", so retries from many
// rows spread out (no thundering herd) while each retry still waits longer than the one before.

export type BackoffOptions = {
  /** Delay after the first failed attempt, before jitter (default 10 s). */
  baseMs?: number;
  /** Upper bound for any delay (default 1 h). */
  capMs?: number;
};

export const DEFAULT_BACKOFF = { baseMs: 10_000, capMs: 60 * 60_000 } as const;

/**
 * Delay before the next attempt after `attempts` failed ones (1-based): uniform in [exp/2, exp]
 * with exp = base * 2^(attempts-1), then capped. Capping after the jitter keeps delays from ever
 * shrinking from one attempt to the next (at the cap they stop being jittered).
 */
export function backoffMs(attempts: number, opts: BackoffOptions = {}, random: () => number = Math.random): number {
  const baseMs = opts.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const capMs = opts.capMs ?? DEFAULT_BACKOFF.capMs;
  // Clamp the exponent so the maths stays finite for absurd attempt counts.
  const exp = baseMs * 2 ** Math.min(Math.max(attempts, 1) - 1, 40);
  return Math.round(Math.min(capMs, exp / 2 + (exp / 2) * random()));
}
