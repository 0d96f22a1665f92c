// Delivery slots: generated from weekly windows, places taken and given back with conditional
// UPDATEs so two buyers can never take the last place.
import type { DbOrTx, Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { hubDateValue } from "@/lib/hub-time";
import { dateInWeek, isoWeekOfDate } from "@/lib/iso-week";
import { datesOnWeekday, slotTimes } from "./rules";

export type TakenSlot = { id: string; zoneId: string; date: Date; startsAt: Date; endsAt: Date; cutoffAt: Date; feeAdjustMinor: number };

/** Takes one place in a slot, or throws CONFLICT (full) / INVALID_STATE (closed for orders). */
export async function takeSlotPlace(tx: Tx | DbOrTx, input: { hubId: string; slotId: string; now: Date }): Promise<TakenSlot> {
  const rows = await tx.$queryRaw<TakenSlot[]>`
    UPDATE "DeliverySlot" SET booked = booked + 1
    WHERE id = ${input.slotId} AND "hubId" = ${input.hubId} AND booked < capacity AND active AND "cutoffAt" > ${input.now}
    RETURNING id, "zoneId", date, "startsAt", "endsAt", "cutoffAt", "feeAdjustMinor"`;
  if (rows[0]) return rows[0];
  const slot = await tx.deliverySlot.findFirst({ where: { id: input.slotId, hubId: input.hubId }, select: { active: true, cutoffAt: true, booked: true, capacity: true } });
  throw slotRefusal(slot, input.now) ?? new DomainError("CONFLICT", "That delivery slot is full", { fieldErrors: { slotId: ["That delivery slot is full. Please choose another slot."] } });
}

/**
 * Why a slot cannot take an order now (missing, closed, full), or null. Used to refuse early
 * without queueing on the slot row; takeSlotPlace stays the one that decides.
 */
export function slotRefusal(slot: { active: boolean; cutoffAt: Date; booked: number; capacity: number } | null, now: Date): DomainError | null {
  if (!slot) return new DomainError("NOT_FOUND", "That delivery slot does not exist.", { fieldErrors: { slotId: ["Choose a delivery slot"] } });
  if (!slot.active || slot.cutoffAt <= now) {
    const message = "Orders for that delivery slot have closed. Please choose another slot.";
    return new DomainError("INVALID_STATE", message, { fieldErrors: { slotId: [message] } });
  }
  if (slot.booked >= slot.capacity) return new DomainError("CONFLICT", "That delivery slot is full", { fieldErrors: { slotId: ["That delivery slot is full. Please choose another slot."] } });
  return null;
}

/** Gives a place back (an order cancelled or moved); never below zero. */
export async function releaseSlotPlace(tx: Tx | DbOrTx, input: { hubId: string; slotId: string }): Promise<void> {
  await tx.$executeRaw`UPDATE "DeliverySlot" SET booked = booked - 1 WHERE id = ${input.slotId} AND "hubId" = ${input.hubId} AND booked > 0`;
}

/** The slot a weekly window yields in an ISO week, or null when not generated. */
export async function slotForWindow(db: DbOrTx, input: { windowId: string; isoWeek: string }) {
  const window = await db.deliveryWindow.findUnique({ where: { id: input.windowId }, select: { weekday: true } });
  if (!window) return null;
  return db.deliverySlot.findFirst({ where: { windowId: input.windowId, date: dateInWeek(input.isoWeek, window.weekday) } });
}

/** Creates the missing slots of every active window of the hub for `weeks` weeks from `from`; returns how many. */
export async function ensureSlots(db: DbOrTx, input: { hubId: string; from: Date; weeks: number }): Promise<number> {
  const hub = await db.hub.findUniqueOrThrow({ where: { id: input.hubId }, select: { timeZone: true } });
  const windows = await db.deliveryWindow.findMany({
    where: { hubId: input.hubId, active: true, zone: { active: true } },
    select: { id: true, zoneId: true, weekday: true, startTime: true, endTime: true, capacity: true, feeAdjustMinor: true, zone: { select: { cutoffDaysBefore: true, cutoffTime: true } } },
  });
  const today = hubDateValue(input.from, hub.timeZone);
  const rows = [];
  for (const w of windows) {
    for (const date of datesOnWeekday(today, input.weeks * 7, w.weekday)) {
      const t = slotTimes(w, w.zone, date, hub.timeZone);
      if (t.startsAt <= input.from) continue;
      rows.push({ hubId: input.hubId, zoneId: w.zoneId, windowId: w.id, date, ...t, capacity: w.capacity, feeAdjustMinor: w.feeAdjustMinor });
    }
  }
  if (rows.length === 0) return 0;
  // (zoneId, startsAt) is unique: repeating the run, or racing another, creates nothing twice.
  const created = await db.deliverySlot.createMany({ data: rows, skipDuplicates: true });
  return created.count;
}

export type SlotOption = {
  id: string; date: string; isoWeek: string; startsAt: Date; endsAt: Date; cutoffAt: Date;
  placesLeft: number; capacity: number; full: boolean; feeAdjustMinor: number;
};

/** Open slots of a zone from now on (full ones included, flagged), soonest first. */
export async function openSlotsForZone(db: DbOrTx, input: { hubId: string; zoneId: string; now: Date; days?: number }): Promise<SlotOption[]> {
  const until = new Date(input.now.getTime() + (input.days ?? 28) * 86_400_000);
  const slots = await db.deliverySlot.findMany({
    where: { hubId: input.hubId, zoneId: input.zoneId, active: true, cutoffAt: { gt: input.now }, startsAt: { lte: until } },
    select: { id: true, date: true, startsAt: true, endsAt: true, cutoffAt: true, capacity: true, booked: true, feeAdjustMinor: true },
    orderBy: [{ startsAt: "asc" }],
  });
  return slots.map((s) => ({
    id: s.id, date: s.date.toISOString().slice(0, 10), isoWeek: isoWeekOfDate(s.date), startsAt: s.startsAt, endsAt: s.endsAt, cutoffAt: s.cutoffAt,
    capacity: s.capacity, placesLeft: Math.max(0, s.capacity - s.booked), full: s.booked >= s.capacity, feeAdjustMinor: s.feeAdjustMinor,
  }));
}
