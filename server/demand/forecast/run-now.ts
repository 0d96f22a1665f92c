// "Run forecast now" from the planner portal: the same idempotent run the nightly job makes.
import type { Db } from "@/lib/db";
import type { ServiceContext } from "@/server/context";
import { recordAudit } from "../../identity/audit";
import { publishForecast, type RunOutcome } from "./run";
import type { TRunForecastInput } from "./schema";

/** Runs (or reuses) the actor's hub forecast as of `asOfWeek` (default: last full week); audited. */
export async function runForecastNow(ctx: ServiceContext, input: TRunForecastInput): Promise<RunOutcome> {
  const outcome = await publishForecast(ctx.db as Db, { hubId: ctx.actor.hubId, asOfWeek: input.asOfWeek, now: ctx.now() });
  await recordAudit(ctx.db, {
    hubId: ctx.actor.hubId, actorUserId: ctx.actor.userId, action: "demand.forecast-run", targetType: "ForecastRun", targetId: outcome.runId, data: { ...outcome }, ip: ctx.ip,
  });
  return outcome;
}
