// Headline stock numbers per stocking location, for the KPI cards of the warehouse screens.
import { Prisma } from "@/generated/prisma/client";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { ZSummaryInput } from "./schema";
import { EXPIRES_SOON_DAYS, hubToday } from "./sql";

export type LocationStock = {
  locationId: string;
  code: string;
  name: string;
  kind: string;
  onHand: number;
  reserved: number;
  available: number;
  /** SKUs with units on hand. */
  skus: number;
  /** Lots with units on hand and 0..2 days left. */
  expiringSoon: number;
  /** Lots with units on hand past best-before. */
  expired: number;
  /** SKUs whose available units here are below their low-stock threshold. */
  lowStock: number;
};

export type StockSummary = {
  locations: LocationStock[];
  totals: Omit<LocationStock, "locationId" | "code" | "name" | "kind"> & { openAlerts: number; pendingAdjustments: number; inTransit: number };
};

/** Stock per stocking location (warehouses, packhouses and any other place holding stock), plus hub totals. */
export async function stockSummary(ctx: ServiceContext, raw: unknown): Promise<StockSummary> {
  const input = parseOrThrow(ZSummaryInput, raw);
  const hubId = ctx.actor.hubId;
  const today = hubToday(ctx.now(), ctx.actor.hubTimeZone);
  const only = input.locationId ? Prisma.sql`AND loc.id = ${input.locationId}` : Prisma.empty;
  const [locations, counters] = await Promise.all([
    ctx.db.$queryRaw<LocationStock[]>`
      WITH pairs AS (
        SELECT b."locationId", b."skuId", SUM(b."onHand")::int AS "onHand", SUM(b.reserved)::int AS reserved,
               SUM(b."onHand" - b.reserved)::int AS available
        FROM "StockBalance" b WHERE b."hubId" = ${hubId}
        GROUP BY b."locationId", b."skuId"
      ), lots AS (
        SELECT b."locationId",
               COUNT(*) FILTER (WHERE l."bestBefore" >= ${today}::date AND l."bestBefore" - ${today}::date <= ${EXPIRES_SOON_DAYS})::int AS "expiringSoon",
               COUNT(*) FILTER (WHERE l."bestBefore" < ${today}::date)::int AS expired
        FROM "StockBalance" b JOIN "Lot" l ON l.id = b."lotId"
        WHERE b."hubId" = ${hubId} AND b."onHand" > 0
        GROUP BY b."locationId"
      )
      SELECT loc.id AS "locationId", loc.code, loc.name, loc.kind::text AS kind,
             COALESCE(SUM(pr."onHand"), 0)::int AS "onHand", COALESCE(SUM(pr.reserved), 0)::int AS reserved,
             COALESCE(SUM(pr.available), 0)::int AS available,
             COUNT(pr."skuId") FILTER (WHERE pr."onHand" > 0)::int AS skus,
             COUNT(pr."skuId") FILTER (WHERE pr.available < s."lowStockThreshold")::int AS "lowStock",
             COALESCE(MAX(lt."expiringSoon"), 0)::int AS "expiringSoon", COALESCE(MAX(lt.expired), 0)::int AS expired
      FROM "Location" loc
      LEFT JOIN pairs pr ON pr."locationId" = loc.id
      LEFT JOIN "Sku" s ON s.id = pr."skuId"
      LEFT JOIN lots lt ON lt."locationId" = loc.id
      WHERE loc."hubId" = ${hubId} ${only}
        AND (loc.kind IN ('WAREHOUSE', 'PACKHOUSE') OR pr."onHand" > 0)
      GROUP BY loc.id
      ORDER BY loc.kind, loc.code`,
    ctx.db.$queryRaw<{ openAlerts: number; pendingAdjustments: number; inTransit: number; skus: number }[]>`
      SELECT (SELECT COUNT(DISTINCT "skuId") FROM "StockBalance" WHERE "hubId" = ${hubId} AND "onHand" > 0)::int AS skus, (SELECT COUNT(*) FROM "InventoryAlert" WHERE "hubId" = ${hubId} AND status = 'OPEN')::int AS "openAlerts",
             (SELECT COUNT(*) FROM "StockAdjustment" WHERE "hubId" = ${hubId} AND status = 'PENDING_APPROVAL')::int AS "pendingAdjustments",
             (SELECT COUNT(*) FROM "StockTransfer" WHERE "hubId" = ${hubId} AND status = 'IN_TRANSIT')::int AS "inTransit"`,
  ]);
  const sum = (key: keyof LocationStock) => locations.reduce((n, l) => n + (l[key] as number), 0);
  const { skus, ...counts } = counters[0] ?? { openAlerts: 0, pendingAdjustments: 0, inTransit: 0, skus: 0 };
  return {
    locations,
    totals: {
      onHand: sum("onHand"),
      reserved: sum("reserved"),
      available: sum("available"),
      // Across locations a SKU counts once; for one location it is that location's count.
      skus: input.locationId ? sum("skus") : skus,
      expiringSoon: sum("expiringSoon"),
      expired: sum("expired"),
      lowStock: sum("lowStock"),
      ...counts,
    },
  };
}
