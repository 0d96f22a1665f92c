// commerce.renew-subscriptions: every hour, materialise the orders of subscriptions whose zone cutoff
// is within the next hour (or has passed unrenewed while the delivery is still ahead). Exactly once per
// (subscription, week) however often it runs; a payload {hubId, isoWeek} renews just that week.
import { z } from "zod";
import { renewalTargets, renewSubscriptions } from "../../commerce/subscriptions";
import { ZRenewRun } from "../../commerce/subscriptions/schema";
import { defineJob } from "../define";

/** The job with an injectable clock (tests pin it); the registry uses the real one. */
export const makeRenewSubscriptionsJob = (clock: () => Date = () => new Date()) => defineJob({
  id: "commerce.renew-subscriptions",
  description: "Creates each due subscription's order for the week at its zone cutoff (skips, pauses and full slots recorded), exactly once.",
  trigger: { cron: "5 * * * *" },
  payload: ZRenewRun as z.ZodType<{ hubId?: string; isoWeek?: string }>,
  retries: 3,
  singleton: true,
  handler: async ({ step, db, payload }) => {
    const now = clock();
    const targets = payload.hubId && payload.isoWeek
      ? [{ hubId: payload.hubId, isoWeek: payload.isoWeek }]
      : (await step.run("find-targets", () => renewalTargets(db, now))).filter((t) => !payload.hubId || t.hubId === payload.hubId);
    const results = [];
    for (const t of targets) {
      const summary = await step.run(`renew:${t.hubId}:${t.isoWeek}`, () => renewSubscriptions(db, { ...t, now }));
      results.push({ ...t, ...summary });
    }
    return results;
  },
});

export const renewSubscriptionsJob = makeRenewSubscriptionsJob();
