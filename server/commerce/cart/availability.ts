// Units a shopper can still order: free (on hand - reserved) in unexpired lots, at the fulfilment
// location of their zone, or before an address is known at the best stocking location.
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import { hubDateValue } from "@/lib/hub-time";

/** Available units per SKU (0 when none). */
export async function availableUnits(db: DbOrTx, input: { hubId: string; timeZone: string; skuIds: string[]; locationId: string | null; now: Date }): Promise<Map<string, number>> {
  const out = new Map<string, number>(input.skuIds.map((id) => [id, 0]));
  if (input.skuIds.length === 0) return out;
  const today = hubDateValue(input.now, input.timeZone);
  const where = input.locationId ? Prisma.sql`b."locationId" = ${input.locationId}` : Prisma.sql`loc.kind IN ('WAREHOUSE', 'PACKHOUSE')`;
  const rows = await db.$queryRaw<Array<{ skuId: string; available: number }>>`
    SELECT "skuId", MAX(available)::int AS available FROM (
      SELECT b."skuId", b."locationId", SUM(b."onHand" - b.reserved) AS available
      FROM "StockBalance" b JOIN "Lot" l ON l.id = b."lotId" JOIN "Location" loc ON loc.id = b."locationId"
      WHERE b."hubId" = ${input.hubId} AND b."skuId" IN (${Prisma.join(input.skuIds)}) AND l."bestBefore" >= ${today} AND loc.active AND ${where}
      GROUP BY b."skuId", b."locationId"
    ) per_location GROUP BY "skuId"`;
  for (const r of rows) out.set(r.skuId, Math.max(0, r.available));
  return out;
}
