// Self-service on when a subscription delivers: skip / un-skip a week, pause until a date, resume,
// change the delivery window, cancel with a reason. Each change locks the subscription, writes its
// outbox event in the same transaction, and a refusal is a field error that changes nothing.
import { inTransaction, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { dateValue, isoDateOf, isoWeekAt } from "@/lib/iso-week";
import { hubDateValue } from "@/lib/hub-time";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { COMMERCE_EVENTS } from "../events";
import { assertNotCancelled, emitSubscriptionEvent, lockOwnSubscription } from "./access";
import { cutoffOf, deliveryDateIso, firstOpenWeek, skipRefusal } from "./rules";
import { ZCancel, ZChangeSlot, ZPause, ZSubscriptionRef, ZWeekChange } from "./schema";

const MAX_PAUSE_DAYS = 366;

async function windowWithZone(tx: Tx, windowId: string) {
  return tx.deliveryWindow.findUniqueOrThrow({ where: { id: windowId }, include: { zone: { select: { cutoffDaysBefore: true, cutoffTime: true } } } });
}

/** Checks a week can still change (a delivery week, not renewed, cutoff ahead); field error isoWeek otherwise. */
async function assertWeekOpen(tx: Tx, ctx: ServiceContext, sub: { id: string; windowId: string; cadence: "WEEKLY" | "FORTNIGHTLY"; anchorWeek: string; status: "ACTIVE" | "PAUSED" | "CANCELLED" }, isoWeek: string) {
  const window = await windowWithZone(tx, sub.windowId);
  const renewed = (await tx.subscriptionRenewal.count({ where: { subscriptionId: sub.id, isoWeek } })) > 0;
  const refusal = skipRefusal(sub, isoWeek, cutoffOf(window, window.zone, isoWeek, ctx.actor.hubTimeZone), renewed, ctx.now());
  if (refusal) throw new DomainError("INVALID_STATE", refusal, { fieldErrors: { isoWeek: [refusal] } });
  return window;
}

/** Skips one delivery week (idempotent: skipping a skipped week changes nothing). */
export async function skipWeek(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZWeekChange, raw);
  return inTransaction(ctx.db, async (tx) => {
    const sub = await lockOwnSubscription(tx, ctx, input.subscriptionId);
    const window = await assertWeekOpen(tx, ctx, sub, input.isoWeek);
    const created = await tx.subscriptionSkip.createMany({ data: [{ subscriptionId: sub.id, isoWeek: input.isoWeek }], skipDuplicates: true });
    if (created.count > 0) await emitSubscriptionEvent(tx, sub.hubId, COMMERCE_EVENTS.subscriptionSkipped, sub.id, { isoWeek: input.isoWeek, skipped: true, deliveryDate: deliveryDateIso(window, input.isoWeek) });
    return { subscriptionId: sub.id, isoWeek: input.isoWeek, skipped: true };
  });
}

/** Takes a skipped week back (only while it is still open). */
export async function unskipWeek(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZWeekChange, raw);
  return inTransaction(ctx.db, async (tx) => {
    const sub = await lockOwnSubscription(tx, ctx, input.subscriptionId);
    const window = await assertWeekOpen(tx, ctx, sub, input.isoWeek);
    const removed = await tx.subscriptionSkip.deleteMany({ where: { subscriptionId: sub.id, isoWeek: input.isoWeek } });
    if (removed.count > 0) await emitSubscriptionEvent(tx, sub.hubId, COMMERCE_EVENTS.subscriptionSkipped, sub.id, { isoWeek: input.isoWeek, skipped: false, deliveryDate: deliveryDateIso(window, input.isoWeek) });
    return { subscriptionId: sub.id, isoWeek: input.isoWeek, skipped: false };
  });
}

/** Pauses deliveries through `until` (inclusive, hub-local date); weeks already renewed keep their orders. */
export async function pauseSubscription(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZPause, raw);
  const today = hubDateValue(ctx.now(), ctx.actor.hubTimeZone);
  const until = dateValue(input.until);
  if (Number.isNaN(until.getTime()) || isoDateOf(until) !== input.until) throw new DomainError("VALIDATION", "Not a valid date.", { fieldErrors: { until: ["Not a valid date"] } });
  if (until.getTime() < today.getTime()) throw new DomainError("VALIDATION", "Choose today or a later date.", { fieldErrors: { until: ["Choose today or a later date"] } });
  if (until.getTime() > today.getTime() + MAX_PAUSE_DAYS * 86_400_000) throw new DomainError("VALIDATION", "A pause lasts at most a year.", { fieldErrors: { until: ["A pause lasts at most a year"] } });
  return inTransaction(ctx.db, async (tx) => {
    const sub = await lockOwnSubscription(tx, ctx, input.subscriptionId);
    assertNotCancelled(sub);
    await tx.subscription.update({ where: { id: sub.id }, data: { status: "PAUSED", pausedUntil: until } });
    await emitSubscriptionEvent(tx, sub.hubId, COMMERCE_EVENTS.subscriptionPaused, sub.id, { pausedUntil: input.until });
    return { subscriptionId: sub.id, status: "PAUSED" as const, pausedUntil: input.until };
  });
}

/** Ends a pause now: the next open week delivers again. */
export async function resumeSubscription(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZSubscriptionRef, raw);
  return inTransaction(ctx.db, async (tx) => {
    const sub = await lockOwnSubscription(tx, ctx, input.subscriptionId);
    assertNotCancelled(sub);
    if (sub.status !== "PAUSED") throw new DomainError("INVALID_STATE", "This subscription is not paused.");
    await tx.subscription.update({ where: { id: sub.id }, data: { status: "ACTIVE", pausedUntil: null } });
    await emitSubscriptionEvent(tx, sub.hubId, COMMERCE_EVENTS.subscriptionResumed, sub.id, { by: "customer" });
    return { subscriptionId: sub.id, status: "ACTIVE" as const };
  });
}

/** Moves future deliveries to another weekly window of the same zone (the cadence keeps its rhythm). */
export async function changeSlot(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZChangeSlot, raw);
  return inTransaction(ctx.db, async (tx) => {
    const sub = await lockOwnSubscription(tx, ctx, input.subscriptionId);
    assertNotCancelled(sub);
    const window = await tx.deliveryWindow.findFirst({ where: { id: input.windowId, hubId: sub.hubId, zoneId: sub.zoneId, active: true }, include: { zone: true } });
    if (!window) throw new DomainError("VALIDATION", "Choose a delivery window of your zone.", { fieldErrors: { windowId: ["Choose a delivery window of your zone"] } });
    if (window.id === sub.windowId) throw new DomainError("VALIDATION", "This is already your delivery window.", { fieldErrors: { windowId: ["This is already your delivery window"] } });
    await tx.subscription.update({ where: { id: sub.id }, data: { windowId: window.id } });
    const nextWeek = firstOpenWeek(window, window.zone, isoWeekAt(ctx.now(), ctx.actor.hubTimeZone), ctx.now(), ctx.actor.hubTimeZone);
    await emitSubscriptionEvent(tx, sub.hubId, COMMERCE_EVENTS.subscriptionChanged, sub.id, { change: "slot", fromWindowId: sub.windowId, toWindowId: window.id });
    return { subscriptionId: sub.id, windowId: window.id, nextOpenWeek: nextWeek };
  });
}

/** Cancels with a reason (feeds churn); orders already placed stay and are cancelled under Orders. */
export async function cancelSubscription(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZCancel, raw);
  if (input.reason === "OTHER" && input.note.length === 0) throw new DomainError("VALIDATION", "Tell us a little more.", { fieldErrors: { note: ["Tell us a little more when the reason is Other"] } });
  return inTransaction(ctx.db, async (tx) => {
    const sub = await lockOwnSubscription(tx, ctx, input.subscriptionId);
    assertNotCancelled(sub);
    await tx.subscription.update({ where: { id: sub.id }, data: { status: "CANCELLED", cancelledAt: ctx.now(), cancelReason: input.reason, cancelNote: input.note || null, pausedUntil: null } });
    await emitSubscriptionEvent(tx, sub.hubId, COMMERCE_EVENTS.subscriptionCancelled, sub.id, { reason: input.reason, templateId: sub.templateId, cadence: sub.cadence, createdAt: sub.createdAt.toISOString() });
    return { subscriptionId: sub.id, status: "CANCELLED" as const };
  });
}
