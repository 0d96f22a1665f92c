// Which delivery zone serves an address.
import type { DbOrTx } from "@/lib/db";
import { matchZone, type Point } from "./rules";

export type ResolvedZone = { id: string; code: string; name: string; fulfilmentLocationId: string; minimumOrderMinor: number };

/** The active zone of the hub an address falls in (postcode prefix or polygon), or null. */
export async function resolveZone(db: DbOrTx, hubId: string, point: Point): Promise<ResolvedZone | null> {
  const zones = await db.deliveryZone.findMany({
    where: { hubId, active: true },
    select: { id: true, code: true, name: true, fulfilmentLocationId: true, minimumOrderMinor: true, postcodePrefixes: true, polygon: true, priority: true },
    orderBy: { code: "asc" },
  });
  const zone = matchZone(zones, point);
  return zone ? { id: zone.id, code: zone.code, name: zone.name, fulfilmentLocationId: zone.fulfilmentLocationId, minimumOrderMinor: zone.minimumOrderMinor } : null;
}
