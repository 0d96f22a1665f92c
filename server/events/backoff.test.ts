import { describe, expect, it } from "vitest";
import { backoffMs } from "./backoff";

describe("backoffMs", () => {
  it("doubles per attempt with equal jitter: each delay lies in [exp/2, exp]", () => {
    const opts = { baseMs: 1000, capMs: 3_600_000 };
    expect(backoffMs(1, opts, () => 0)).toBe(500);
    expect(backoffMs(1, opts, () => 1)).toBe(1000);
    expect(backoffMs(3, opts, () => 0)).toBe(2000);
    expect(backoffMs(3, opts, () => 1)).toBe(4000);
  });

  it("never shrinks from one attempt to the next, whatever the jitter", () => {
    const opts = { baseMs: 10_000, capMs: 3_600_000 };
    for (let n = 1; n < 30; n++) expect(backoffMs(n + 1, opts, () => 0)).toBeGreaterThanOrEqual(backoffMs(n, opts, () => 1));
  });

  it("is capped (default 1 h) even for huge attempt counts", () => {
    expect(backoffMs(1000, {}, () => 1)).toBe(3_600_000);
    expect(backoffMs(1000, {}, () => 0)).toBe(3_600_000);
    expect(backoffMs(9, { baseMs: 10_000 }, () => 1)).toBe(2_560_000);
  });
});
