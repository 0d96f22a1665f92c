// What a shopper sees: the zone of their address and its open slots with places left, fee and
// the order cutoff, all in the hub's local time.
import type { DbOrTx } from "@/lib/db";
import { hubTime } from "@/lib/iso-week";
import { deliveryFeeFor } from "./rules";
import { openSlotsForZone } from "./slots";
import { resolveZone } from "./zones";

export type ShopHub = { id: string; timeZone: string; currency: string };

const dayLabel = (at: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "long", day: "numeric", month: "long" }).format(at);
const shortDay = (at: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short" }).format(at);

/** The zone serving a postcode and its bookable slots, grouped by day; zone null when not served. */
export async function slotsForAddress(db: DbOrTx, input: { hub: ShopHub; postcode: string; latitude?: number; longitude?: number; subtotalMinor?: number; now: Date }) {
  const zone = await resolveZone(db, input.hub.id, input);
  if (!zone) return { zone: null, currency: input.hub.currency, days: [] };
  const [slots, rules] = await Promise.all([
    openSlotsForZone(db, { hubId: input.hub.id, zoneId: zone.id, now: input.now }),
    db.deliveryFeeRule.findMany({ where: { zoneId: zone.id }, select: { minSubtotalMinor: true, feeMinor: true } }),
  ]);
  const baseFee = deliveryFeeFor(rules, input.subtotalMinor ?? 0);
  const tz = input.hub.timeZone;
  const days: Array<{ date: string; label: string; slots: Array<Record<string, unknown> & { id: string }> }> = [];
  for (const s of slots) {
    let day = days.find((d) => d.date === s.date);
    if (!day) days.push((day = { date: s.date, label: dayLabel(s.startsAt, tz), slots: [] }));
    day.slots.push({
      id: s.id, window: `${hubTime(s.startsAt, tz)}–${hubTime(s.endsAt, tz)}`, startsAt: s.startsAt, endsAt: s.endsAt, cutoffAt: s.cutoffAt,
      cutoffLabel: `${shortDay(s.cutoffAt, tz)}, ${hubTime(s.cutoffAt, tz)}`, placesLeft: s.placesLeft, full: s.full, feeMinor: Math.max(0, baseFee + s.feeAdjustMinor),
    });
  }
  return {
    zone: { id: zone.id, code: zone.code, name: zone.name, minimumOrderMinor: zone.minimumOrderMinor },
    currency: input.hub.currency,
    days: days as Array<{ date: string; label: string; slots: SlotView[] }>,
  };
}

export type SlotView = { id: string; window: string; startsAt: Date; endsAt: Date; cutoffAt: Date; cutoffLabel: string; placesLeft: number; full: boolean; feeMinor: number };
