// Writes the demo hub's supply side: what each farm grows (on the farm), capacity snapshots with
// their history for the current and next 12 weeks, season contracts and transport costs.
// Runs after commerce: capacity is sized from the order history's weekly demand.
import { addWeeks, isoWeekAt } from "@/lib/iso-week";
import { GROWS_ATTRIBUTE } from "@/server/supply";
import { buildCapacity, buildContracts, buildTransport, farmSkuIds } from "./build/supply";
import { demoEmail } from "./demo-users";
import { HUB } from "./ids";
import { buildFarms } from "./organisations";
import { put, type SeedCtx } from "./write";

/** Weeks of order history the capacity is sized from (up to and including the reference week). */
const DEMAND_WEEKS = 4;

/** Average weekly units per SKU over the last DEMAND_WEEKS weeks of orders (cancelled ones aside). */
async function weeklyDemand(ctx: SeedCtx, currentWeek: string): Promise<Map<string, number>> {
  const rows = await ctx.db.$queryRaw<{ skuId: string; units: number }[]>`
    SELECT l."skuId", SUM(l.quantity)::int AS units
    FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId"
    WHERE o."hubId" = ${ctx.hubId} AND o.status <> 'CANCELLED'
      AND o."isoWeek" >= ${addWeeks(currentWeek, 1 - DEMAND_WEEKS)} AND o."isoWeek" <= ${currentWeek}
    GROUP BY l."skuId"`;
  return new Map(rows.map((r) => [r.skuId, r.units / DEMAND_WEEKS]));
}

async function declarers(ctx: SeedCtx) {
  const emails = [demoEmail("CLUSTER_COORDINATOR"), demoEmail("PLANNER")];
  const users = await ctx.db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const id = (email: string) => users.find((u) => u.email === email)?.id ?? null;
  const planner = id(emails[1]!);
  return { gv: id(emails[0]!), kr: planner, em: planner };
}

/** Records on each farm the SKUs it grows (attributes.growsSkuIds), which planning splits work by. */
async function markFarmSkus(ctx: SeedCtx, farms: ReturnType<typeof buildFarms>["refs"]) {
  const rows = farms.map((f) => ({ id: f.id, skus: farmSkuIds(f) }));
  await ctx.db.$executeRaw`
    UPDATE "Organisation" o SET attributes = o.attributes || jsonb_build_object(${GROWS_ATTRIBUTE}::text, r.skus)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(id text, skus jsonb)
    WHERE o.id = r.id AND o."hubId" = ${ctx.hubId} AND o.attributes -> ${GROWS_ATTRIBUTE}::text IS DISTINCT FROM r.skus`;
}

/**
 * Capacity, contracts and transport for the three clusters. Idempotent: ids are deterministic and a
 * rerun inserts nothing (a database grown from small to full keeps the small scale's capacity).
 */
export async function seedSupply(ctx: SeedCtx): Promise<void> {
  const { refs, facilities } = buildFarms(ctx.hubId);
  const farmArea = new Map<string, number>();
  for (const f of facilities) farmArea.set(f.farmId, (farmArea.get(f.farmId) ?? 0) + f.areaM2);
  await markFarmSkus(ctx, refs);

  const currentWeek = isoWeekAt(ctx.reference, HUB.timeZone);
  const input = {
    hubId: ctx.hubId, currentWeek, reference: ctx.reference, farms: refs, farmArea,
    weeklyDemand: await weeklyDemand(ctx, currentWeek), declarer: await declarers(ctx),
  };
  const { snapshots, changes } = buildCapacity(input);
  await put(ctx, "capacitySnapshot", snapshots);
  await put(ctx, "capacityChange", changes);
  await put(ctx, "growerContract", buildContracts(input, snapshots));
  await put(ctx, "transportCost", buildTransport(ctx.hubId));
}
