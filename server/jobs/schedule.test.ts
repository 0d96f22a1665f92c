import { describe, expect, it } from "vitest";
import { nextRunAt } from "./schedule";

describe("nextRunAt", () => {
  it("honours the job's time zone (03:00 Amsterdam is 02:00 UTC in winter, 01:00 in summer)", () => {
    const trigger = { cron: "0 3 * * *", timezone: "Europe/Amsterdam" };
    expect(nextRunAt(trigger, new Date("2026-01-10T12:00:00Z"))?.toISOString()).toBe("2026-01-11T02:00:00.000Z");
    expect(nextRunAt(trigger, new Date("2026-07-10T12:00:00Z"))?.toISOString()).toBe("2026-07-11T01:00:00.000Z");
  });

  it("is the next minute for an every-minute cron and null for event triggers", () => {
    expect(nextRunAt({ cron: "* * * * *" }, new Date("2026-01-10T12:00:30Z"))?.toISOString()).toBe("2026-01-10T12:01:00.000Z");
    expect(nextRunAt({ event: "commerce/order.placed" })).toBeNull();
  });
});
