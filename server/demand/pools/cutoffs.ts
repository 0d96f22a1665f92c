// When a zone's week closes for pooling: the last order cutoff among the zone's slots delivering in
// that week. A week without generated slots falls back to the zone's weekly windows, and a zone
// without windows to its nominal cutoff before the last day of the week (Sunday).
import type { DbOrTx } from "@/lib/db";
import { addDays, dateInWeek, zonedInstant } from "@/lib/iso-week";
import { cutoffOf } from "../../commerce/subscriptions";

export type ZoneWeek = { hubId: string; zoneId: string; isoWeek: string };

const key = (z: { zoneId: string; isoWeek: string }) => `${z.zoneId}|${z.isoWeek}`;

/** The last cutoff of each zone-week (see the file comment), keyed "zoneId|isoWeek". */
export async function zoneWeekCutoffs(db: DbOrTx, groups: readonly ZoneWeek[]): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  if (groups.length === 0) return out;
  const json = JSON.stringify(groups.map((g) => ({ zoneId: g.zoneId, isoWeek: g.isoWeek })));
  const slotCutoffs = await db.$queryRaw<{ zoneId: string; isoWeek: string; cutoffAt: Date | null }[]>`
    SELECT g."zoneId", g."isoWeek",
      (SELECT max(s."cutoffAt") FROM "DeliverySlot" s
        WHERE s."zoneId" = g."zoneId"
          AND s."date" BETWEEN to_date(g."isoWeek", 'IYYY-"W"IW') AND to_date(g."isoWeek", 'IYYY-"W"IW') + 6) AS "cutoffAt"
    FROM jsonb_to_recordset(${json}::jsonb) AS g("zoneId" text, "isoWeek" text)`;
  for (const r of slotCutoffs) if (r.cutoffAt) out.set(key(r), r.cutoffAt);
  const missing = groups.filter((g) => !out.has(key(g)));
  if (missing.length === 0) return out;
  const zones = await db.deliveryZone.findMany({
    where: { id: { in: [...new Set(missing.map((m) => m.zoneId))] } },
    select: { id: true, cutoffDaysBefore: true, cutoffTime: true, hub: { select: { timeZone: true } }, windows: { where: { active: true }, select: { weekday: true, startTime: true } } },
  });
  const byId = new Map(zones.map((z) => [z.id, z]));
  for (const g of missing) {
    const zone = byId.get(g.zoneId);
    if (!zone) continue;
    const tz = zone.hub.timeZone;
    const cutoffs = zone.windows.map((w) => cutoffOf(w, zone, g.isoWeek, tz).getTime());
    const nominal = zonedInstant(addDays(dateInWeek(g.isoWeek, 7), -zone.cutoffDaysBefore), zone.cutoffTime, tz).getTime();
    out.set(key(g), new Date(cutoffs.length > 0 ? Math.max(...cutoffs) : nominal));
  }
  return out;
}

export { key as zoneWeekKey };
