// Benchmark: resolving the caller (session -> active membership, hub, user) on every request,
// against the round-trip floor of `SELECT 1` on the same pool, measured in the same run.
import { withBenchDb, medianMs } from "../../scripts/bench-db";
import { resolveActor } from "./actor";

const CALLS = 300;

export async function benchActor() {
  return withBenchDb(async (db) => {
    const hub = await db.hub.create({ data: { slug: "bench", name: "Bench", timeZone: "Europe/Amsterdam", currency: "EUR", country: "NL" } });
    const user = await db.user.create({ data: { email: "bench@furrow.test", name: "Bench" } });
    const membership = await db.membership.create({ data: { userId: user.id, hubId: hub.id, role: "PLANNER" } });
    const claims = { userId: user.id, membershipId: membership.id };
    await resolveActor(db, claims); // warm up the client
    const baselineMs = await medianMs(CALLS, () => db.$queryRaw`SELECT 1`);
    const actorMs = await medianMs(CALLS, () => resolveActor(db, claims));
    return { name: "resolve actor per request", calls: CALLS, baselineMs, actorMs, ratioToSelect1: actorMs / baselineMs };
  });
}
