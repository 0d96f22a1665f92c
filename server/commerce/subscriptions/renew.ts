// Renewal: at each zone cutoff, every due subscription's order for that week is created exactly once.
// Per subscription one transaction: lock the subscription, claim the (subscription, week) row with
// INSERT .. ON CONFLICT DO NOTHING, then decide (skipped / paused / order). A second or concurrent run
// finds the row claimed and does nothing; Order (subscriptionId, isoWeek) is unique as a backstop.
import type { Db, Tx } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { addWeeks, isoWeekAt } from "@/lib/iso-week";
import { hubDateValue } from "@/lib/hub-time";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";
import { systemActor, type Actor } from "../../identity/actor";
import { createOrder } from "../checkout";
import { slotForWindow } from "../delivery";
import { COMMERCE_EVENTS } from "../events";
import { cutoffOf, deliveryDateOf, isDeliveryWeek, renewalDecision, RENEWAL_LEAD_MS } from "./rules";

export type RenewalSummary = { created: number; skipped: number; paused: number; failed: number };
type Outcome = "CREATED" | "SKIPPED" | "PAUSED" | "FAILED";
type FailReason = { reason: "SLOT_FULL" | "NO_SLOT" | "NO_ADDRESS" | "ORDER_REFUSED"; message: string };

/**
 * Renews the hub's due subscriptions for `isoWeek`: those whose window's cutoff that week is at most an
 * hour away (or passed) while the delivery date is still ahead. Safe to run any number of times, also concurrently.
 */
export async function renewSubscriptions(db: Db, input: { hubId: string; isoWeek: string; now: Date }): Promise<RenewalSummary> {
  const { hubId, isoWeek, now } = input;
  const actor = await systemActor(db, hubId);
  const candidates = await db.subscription.findMany({
    where: { hubId, status: { in: ["ACTIVE", "PAUSED"] }, anchorWeek: { lte: isoWeek }, renewals: { none: { isoWeek } } },
    select: { id: true, windowId: true, cadence: true, anchorWeek: true },
    orderBy: { id: "asc" },
  });
  const windows = new Map(
    (await db.deliveryWindow.findMany({ where: { id: { in: [...new Set(candidates.map((c) => c.windowId))] } }, select: { id: true, weekday: true, startTime: true, zone: { select: { cutoffDaysBefore: true, cutoffTime: true } } } })).map((w) => [w.id, w]),
  );
  const today = hubDateValue(now, actor.hubTimeZone);
  const summary: RenewalSummary = { created: 0, skipped: 0, paused: 0, failed: 0 };
  for (const c of candidates) {
    const w = windows.get(c.windowId);
    if (!w || !isDeliveryWeek(c.cadence, c.anchorWeek, isoWeek)) continue;
    if (cutoffOf(w, w.zone, isoWeek, actor.hubTimeZone).getTime() > now.getTime() + RENEWAL_LEAD_MS) continue;
    if (deliveryDateOf(w, isoWeek).getTime() < today.getTime()) continue;
    const outcome = await db.$transaction((tx) => renewOne(tx, actor, c.id, isoWeek, now), { timeout: 60_000 });
    if (outcome === "CREATED") summary.created++;
    else if (outcome === "SKIPPED") summary.skipped++;
    else if (outcome === "PAUSED") summary.paused++;
    else if (outcome === "FAILED") summary.failed++;
  }
  return summary;
}

/** One subscription's decision for one week, in the caller's transaction; null when another run made it. */
async function renewOne(tx: Tx, actor: Actor, subscriptionId: string, isoWeek: string, now: Date): Promise<Outcome | null> {
  // The lock queues a concurrent run (and self-service changes) behind this one.
  await tx.$queryRaw`SELECT id FROM "Subscription" WHERE id = ${subscriptionId} FOR UPDATE`;
  const sub = await tx.subscription.findUniqueOrThrow({ where: { id: subscriptionId }, include: { lines: true, template: { select: { priceMinor: true } } } });
  const window = await tx.deliveryWindow.findUniqueOrThrow({ where: { id: sub.windowId }, include: { zone: { select: { cutoffDaysBefore: true, cutoffTime: true } } } });
  const skipped = (await tx.subscriptionSkip.count({ where: { subscriptionId, isoWeek } })) > 0;
  const decision = renewalDecision({ ...sub, skipped }, isoWeek, deliveryDateOf(window, isoWeek));
  if (decision.action === "NONE") return null;
  const outcome: Outcome = decision.action === "CREATE" ? "FAILED" : decision.action;
  const claimed = await tx.subscriptionRenewal.createMany({ data: [{ hubId: sub.hubId, subscriptionId, isoWeek, outcome }], skipDuplicates: true });
  if (claimed.count === 0) return null;
  if (decision.resume) {
    await tx.subscription.update({ where: { id: subscriptionId }, data: { status: "ACTIVE", pausedUntil: null } });
    await emitEvent(tx, { name: COMMERCE_EVENTS.subscriptionResumed, hubId: sub.hubId, key: `${subscriptionId}:${isoWeek}:resumed`, payload: { subscriptionId, by: "renewal", isoWeek } });
  }
  if (decision.action !== "CREATE") return outcome;
  const result = await placeRenewalOrder(tx, actor, sub, isoWeek, now);
  const key = `${subscriptionId}:${isoWeek}`;
  if ("reason" in result) {
    await tx.subscriptionRenewal.update({ where: { subscriptionId_isoWeek: { subscriptionId, isoWeek } }, data: { issues: [result] } });
    await emitEvent(tx, { name: COMMERCE_EVENTS.subscriptionRenewalFailed, hubId: sub.hubId, key, payload: { subscriptionId, isoWeek, ...result } });
    return "FAILED";
  }
  await tx.subscriptionRenewal.update({ where: { subscriptionId_isoWeek: { subscriptionId, isoWeek } }, data: { outcome: "CREATED", orderId: result.orderId, issues: result.issues as object[] } });
  await emitEvent(tx, {
    name: COMMERCE_EVENTS.subscriptionRenewed, hubId: sub.hubId, key,
    payload: { subscriptionId, isoWeek, orderId: result.orderId, totalMinor: result.totalMinor, slotId: result.slotId, alternativeSlot: result.alternative, issues: result.issues },
  });
  return "CREATED";
}

type SubForOrder = {
  id: string; hubId: string; userId: string; zoneId: string; windowId: string; addressId: string; templateId: string | null;
  paymentMethod: "CARD" | "PAY_ON_DELIVERY" | "INVOICE"; savedPaymentMethodId: string | null;
  template: { priceMinor: number } | null; lines: { skuId: string; quantity: number }[];
};

/** The week's slot of the subscription's window first, then other windows of the zone on the same day. */
async function slotCandidates(tx: Tx, sub: SubForOrder, isoWeek: string) {
  const own = await tx.deliveryWindow.findUniqueOrThrow({ where: { id: sub.windowId }, select: { weekday: true } });
  const others = await tx.deliveryWindow.findMany({ where: { zoneId: sub.zoneId, weekday: own.weekday, active: true, id: { not: sub.windowId } }, orderBy: { startTime: "asc" }, select: { id: true } });
  const slots = [];
  for (const windowId of [sub.windowId, ...others.map((o) => o.id)]) {
    const slot = await slotForWindow(tx, { windowId, isoWeek });
    if (slot) slots.push({ ...slot, windowId });
  }
  return slots;
}

async function placeRenewalOrder(tx: Tx, actor: Actor, sub: SubForOrder, isoWeek: string, now: Date) {
  const address = await tx.address.findFirst({ where: { id: sub.addressId, hubId: sub.hubId } });
  if (!address) return { reason: "NO_ADDRESS", message: "The delivery address no longer exists" } satisfies FailReason;
  const user = await tx.user.findUniqueOrThrow({ where: { id: sub.userId }, select: { name: true } });
  const slots = await slotCandidates(tx, sub, isoWeek);
  if (slots.length === 0) return { reason: "NO_SLOT", message: "No delivery slot exists for this week" } satisfies FailReason;
  for (const slot of slots) {
    if (!slot.active || slot.booked >= slot.capacity) continue;
    // A late run books as of the cutoff: the subscription was in place before it closed.
    const at = new Date(Math.min(now.getTime(), slot.cutoffAt.getTime() - 1000));
    const ctx: ServiceContext = { db: tx, actor, now: () => at };
    await tx.$executeRawUnsafe("SAVEPOINT renewal_order");
    try {
      const order = await createOrder(tx, ctx, {
        channel: "SUBSCRIPTION", customerUserId: sub.userId, subscriptionId: sub.id, isoWeek, slotId: slot.id,
        address: { addressId: address.id, name: user.name, line1: address.line1, line2: address.line2, city: address.city, postcode: address.postcode, country: address.country, latitude: address.latitude, longitude: address.longitude },
        lines: sub.lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
        paymentMethod: sub.paymentMethod, savedPaymentMethodId: sub.savedPaymentMethodId,
        basketPriceMinor: sub.templateId ? (sub.template?.priceMinor ?? null) : null,
        allowShortfall: true, actorKind: "system", notes: `Subscription renewal ${isoWeek}`,
      });
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT renewal_order");
      return { orderId: order.orderId, totalMinor: order.totalMinor, issues: order.issues, slotId: slot.id, alternative: slot.windowId !== sub.windowId };
    } catch (error) {
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT renewal_order");
      if (!isDomainError(error)) throw error;
      // Someone took the last place between the check and the booking: try the next window.
      if (error.code === "CONFLICT" && error.fieldErrors?.slotId) continue;
      return { reason: "ORDER_REFUSED", message: error.message } satisfies FailReason;
    }
  }
  return { reason: "SLOT_FULL", message: "Every delivery window of this zone on that day is full" } satisfies FailReason;
}

/** The (hub, week) pairs the hourly job renews: for each hub with subscriptions, this week and the next two. */
export async function renewalTargets(db: Db, now: Date): Promise<{ hubId: string; isoWeek: string }[]> {
  const hubs = await db.hub.findMany({ where: { id: { in: (await db.subscription.findMany({ where: { status: { not: "CANCELLED" } }, distinct: ["hubId"], select: { hubId: true } })).map((s) => s.hubId) } }, select: { id: true, timeZone: true } });
  // Cutoffs lie at most two weeks before delivery in practice; renewSubscriptions keeps only the due ones.
  return hubs.flatMap((h) => [0, 1, 2].map((n) => ({ hubId: h.id, isoWeek: addWeeks(isoWeekAt(now, h.timeZone), n) })));
}

