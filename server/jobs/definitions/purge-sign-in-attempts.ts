// maintenance.purge-sign-in-attempts: nightly retention for sign-in attempts (they hold e-mail
// addresses and IPs, and throttling only reads the last few minutes).
import { z } from "zod";
import type { DbOrTx } from "@/lib/db";
import { defineJob } from "../define";

/** Deletes SignInAttempt rows created before `now - olderThanDays`; returns how many. */
export async function purgeSignInAttempts(db: DbOrTx, olderThanDays: number, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanDays * 24 * 60 * 60_000);
  const { count } = await db.signInAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return count;
}

export const purgeSignInAttemptsJob = defineJob({
  id: "maintenance.purge-sign-in-attempts",
  description: "Deletes sign-in attempts older than 30 days.",
  trigger: { cron: "0 3 * * *", timezone: "Europe/Amsterdam" },
  payload: z.object({ olderThanDays: z.number().int().min(1).max(3650).default(30) }),
  retries: 2,
  singleton: true,
  handler: async ({ payload, step, db }) =>
    step.run("delete-old-attempts", async () => ({ deleted: await purgeSignInAttempts(db, payload.olderThanDays) })),
});
