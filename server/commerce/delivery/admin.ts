// Dispatcher configuration: zones, weekly windows, fee rules and the capacity of single slots.
import { inTransaction } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { addDays, dateValue, hubTime, isoDateOf } from "@/lib/iso-week";
import { hubDateValue } from "@/lib/hub-time";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { recordAudit } from "../../identity/audit";
import { ensureSlots } from "./slots";
import { normalisePostcode } from "./rules";
import { ZFeeRulesInput, ZGenerateSlotsInput, ZSlotBoardInput, ZSlotCapacityInput, ZWindowInput, ZZoneInput } from "./schema";

const invalid = (field: string, message: string) => new DomainError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: { [field]: [message] } });

/** Zones of the hub with their windows and fee rules, for the configuration screen. */
export async function listZones(ctx: ServiceContext) {
  const zones = await ctx.db.deliveryZone.findMany({
    where: { hubId: ctx.actor.hubId },
    orderBy: [{ active: "desc" }, { code: "asc" }],
    select: {
      id: true, code: true, name: true, postcodePrefixes: true, polygon: true, priority: true, fulfilmentLocationId: true, cutoffDaysBefore: true, cutoffTime: true, minimumOrderMinor: true, active: true,
      windows: { orderBy: [{ weekday: "asc" }, { startTime: "asc" }], select: { id: true, weekday: true, startTime: true, endTime: true, capacity: true, feeAdjustMinor: true, active: true } },
      feeRules: { orderBy: { minSubtotalMinor: "asc" }, select: { minSubtotalMinor: true, feeMinor: true } },
    },
  });
  const locations = await ctx.db.location.findMany({ where: { hubId: ctx.actor.hubId, active: true, kind: { in: ["WAREHOUSE", "PACKHOUSE", "DEPOT"] } }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } });
  return { zones: zones.map((z) => ({ ...z, polygon: Array.isArray(z.polygon) ? (z.polygon as Array<[number, number]>) : null })), locations, currency: ctx.actor.hubCurrency };
}

/** Creates or updates a zone. */
export async function saveZone(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZZoneInput, raw);
  const hubId = ctx.actor.hubId;
  if (input.postcodePrefixes.length === 0 && !input.polygon) throw invalid("postcodePrefixes", "Give postcode prefixes or a polygon");
  const location = await ctx.db.location.findFirst({ where: { id: input.fulfilmentLocationId, hubId }, select: { id: true } });
  if (!location) throw invalid("fulfilmentLocationId", "Choose a location of this hub");
  const data = {
    code: input.code.toUpperCase(), name: input.name, postcodePrefixes: [...new Set(input.postcodePrefixes.map(normalisePostcode))], polygon: input.polygon ?? undefined,
    priority: input.priority, fulfilmentLocationId: input.fulfilmentLocationId, cutoffDaysBefore: input.cutoffDaysBefore, cutoffTime: input.cutoffTime, minimumOrderMinor: input.minimumOrderMinor, active: input.active,
  };
  const clash = await ctx.db.deliveryZone.findFirst({ where: { hubId, code: data.code, ...(input.id ? { NOT: { id: input.id } } : {}) }, select: { id: true } });
  if (clash) throw invalid("code", "Another zone already uses this code");
  return inTransaction(ctx.db, async (tx) => {
    let zoneId = input.id;
    if (zoneId) {
      const found = await tx.deliveryZone.updateMany({ where: { id: zoneId, hubId }, data: { ...data, polygon: input.polygon ?? (null as never) } });
      if (found.count === 0) throw new DomainError("NOT_FOUND", "Zone not found.");
    } else {
      zoneId = (await tx.deliveryZone.create({ data: { hubId, ...data }, select: { id: true } })).id;
    }
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: input.id ? "delivery.zone.updated" : "delivery.zone.created", targetType: "delivery-zone", targetId: zoneId, data: { code: data.code, prefixes: data.postcodePrefixes.length, polygon: Boolean(input.polygon) }, ip: ctx.ip });
    return { id: zoneId };
  });
}

/** Creates or updates a weekly window; existing slots keep their own capacity. */
export async function saveWindow(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZWindowInput, raw);
  const hubId = ctx.actor.hubId;
  if (input.endTime <= input.startTime) throw invalid("endTime", "The window must end after it starts");
  const zone = await ctx.db.deliveryZone.findFirst({ where: { id: input.zoneId, hubId }, select: { id: true } });
  if (!zone) throw invalid("zoneId", "Choose a zone of this hub");
  const clash = await ctx.db.deliveryWindow.findFirst({ where: { zoneId: input.zoneId, weekday: input.weekday, startTime: input.startTime, ...(input.id ? { NOT: { id: input.id } } : {}) }, select: { id: true } });
  if (clash) throw invalid("startTime", "This zone already has a window starting then on that day");
  const data = { weekday: input.weekday, startTime: input.startTime, endTime: input.endTime, capacity: input.capacity, feeAdjustMinor: input.feeAdjustMinor, active: input.active };
  return inTransaction(ctx.db, async (tx) => {
    let windowId = input.id;
    if (windowId) {
      const found = await tx.deliveryWindow.updateMany({ where: { id: windowId, hubId, zoneId: input.zoneId }, data });
      if (found.count === 0) throw new DomainError("NOT_FOUND", "Window not found.");
    } else {
      windowId = (await tx.deliveryWindow.create({ data: { hubId, zoneId: input.zoneId, ...data }, select: { id: true } })).id;
    }
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "delivery.window.saved", targetType: "delivery-window", targetId: windowId, data, ip: ctx.ip });
    return { id: windowId };
  });
}

/** Replaces a zone's fee rules (a basket-size ladder). */
export async function saveFeeRules(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZFeeRulesInput, raw);
  const hubId = ctx.actor.hubId;
  const minimums = input.rules.map((r) => r.minSubtotalMinor);
  if (new Set(minimums).size !== minimums.length) throw invalid("rules", "Each rule needs a different minimum basket");
  const zone = await ctx.db.deliveryZone.findFirst({ where: { id: input.zoneId, hubId }, select: { id: true } });
  if (!zone) throw invalid("zoneId", "Choose a zone of this hub");
  return inTransaction(ctx.db, async (tx) => {
    await tx.deliveryFeeRule.deleteMany({ where: { zoneId: input.zoneId } });
    await tx.deliveryFeeRule.createMany({ data: input.rules.map((r) => ({ hubId, zoneId: input.zoneId, ...r })) });
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "delivery.fees.saved", targetType: "delivery-zone", targetId: input.zoneId, data: { rules: input.rules }, ip: ctx.ip });
    return { count: input.rules.length };
  });
}

/** Changes one slot's capacity (never below what is booked) or closes/reopens it. */
export async function setSlotCapacity(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZSlotCapacityInput, raw);
  const hubId = ctx.actor.hubId;
  return inTransaction(ctx.db, async (tx) => {
    // The guard is in the UPDATE: a booking landing meanwhile cannot be squeezed out.
    const rows = await tx.$queryRaw<Array<{ id: string; booked: number }>>`
      UPDATE "DeliverySlot" SET capacity = ${input.capacity}, active = COALESCE(${input.active ?? null}::boolean, active)
      WHERE id = ${input.slotId} AND "hubId" = ${hubId} AND booked <= ${input.capacity} RETURNING id, booked`;
    if (!rows[0]) {
      const slot = await tx.deliverySlot.findFirst({ where: { id: input.slotId, hubId }, select: { booked: true } });
      if (!slot) throw new DomainError("NOT_FOUND", "Slot not found.");
      throw invalid("capacity", `${slot.booked} ${slot.booked === 1 ? "place is" : "places are"} already booked; capacity cannot go below that`);
    }
    await recordAudit(tx, { hubId, actorUserId: ctx.actor.userId, action: "delivery.slot.capacity", targetType: "delivery-slot", targetId: input.slotId, data: { capacity: input.capacity, active: input.active ?? null }, ip: ctx.ip });
    return { id: input.slotId, capacity: input.capacity, booked: rows[0].booked };
  });
}

/** Slots per day for the dispatch board: zone, window, capacity, booked. */
export async function slotBoard(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZSlotBoardInput, raw);
  const tz = ctx.actor.hubTimeZone;
  const from = input.from ? dateValue(input.from) : hubDateValue(ctx.now(), tz);
  const slots = await ctx.db.deliverySlot.findMany({
    where: { hubId: ctx.actor.hubId, date: { gte: from, lt: addDays(from, input.days) } },
    orderBy: [{ date: "asc" }, { startsAt: "asc" }, { zone: { code: "asc" } }],
    select: { id: true, date: true, startsAt: true, endsAt: true, cutoffAt: true, capacity: true, booked: true, active: true, zone: { select: { code: true, name: true } } },
  });
  return {
    from: isoDateOf(from), days: input.days,
    slots: slots.map((s) => ({ id: s.id, date: isoDateOf(s.date), zoneCode: s.zone.code, zoneName: s.zone.name, window: `${hubTime(s.startsAt, tz)}–${hubTime(s.endsAt, tz)}`, cutoffAt: s.cutoffAt, closed: s.cutoffAt <= ctx.now(), capacity: s.capacity, booked: s.booked, active: s.active })),
  };
}

/** Generates the coming weeks' slots now (the daily job does the same). */
export async function generateSlotsNow(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZGenerateSlotsInput, raw);
  return { created: await ensureSlots(ctx.db, { hubId: ctx.actor.hubId, from: ctx.now(), weeks: input.weeks }) };
}
