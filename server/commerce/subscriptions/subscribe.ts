// Subscribing (account:own): a box template or a custom basket, delivered weekly or fortnightly in
// one weekly window of the address's zone, starting with the first week whose cutoff is still ahead.
import { inTransaction } from "@/lib/db";
import { DomainError, type FieldErrors } from "@/lib/errors";
import { isoWeekAt } from "@/lib/iso-week";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { isCardPaymentAvailable } from "../../payments";
import { resolveZone } from "../delivery";
import { COMMERCE_EVENTS } from "../events";
import { duplicateProblems, emitSubscriptionEvent, skuLabels, skuProblems } from "./access";
import { deliveryDateIso, firstOpenWeek } from "./rules";
import { ZSubscribe, type TSubscribe } from "./schema";

const WINDOW_SELECT = { id: true, weekday: true, startTime: true, endTime: true, feeAdjustMinor: true } as const;

/** The caller's addresses with the delivery windows that serve each, saved cards and whether cards are possible. */
export async function subscribeOptions(ctx: ServiceContext) {
  const { hubId, userId, hubTimeZone } = ctx.actor;
  const now = ctx.now();
  const addresses = await ctx.db.address.findMany({ where: { hubId, userId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }] });
  const thisWeek = isoWeekAt(now, hubTimeZone);
  const withWindows = [];
  for (const a of addresses) {
    const zone = await resolveZone(ctx.db, hubId, { postcode: a.postcode, latitude: a.latitude, longitude: a.longitude });
    const zoneRow = zone ? await ctx.db.deliveryZone.findUnique({ where: { id: zone.id }, select: { cutoffDaysBefore: true, cutoffTime: true, active: true } }) : null;
    const windows = zone && zoneRow?.active ? await ctx.db.deliveryWindow.findMany({ where: { zoneId: zone.id, active: true }, orderBy: [{ weekday: "asc" }, { startTime: "asc" }], select: WINDOW_SELECT }) : [];
    withWindows.push({
      id: a.id, label: a.label, line1: a.line1, line2: a.line2, city: a.city, postcode: a.postcode, isDefault: a.isDefault,
      zone: zone ? { id: zone.id, name: zone.name } : null,
      windows: windows.map((w) => {
        const week = firstOpenWeek(w, zoneRow!, thisWeek, now, hubTimeZone);
        return { ...w, firstWeek: week, firstDeliveryDate: deliveryDateIso(w, week) };
      }),
    });
  }
  const cards = await ctx.db.savedPaymentMethod.findMany({ where: { hubId, userId, detachedAt: null }, orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }], select: { id: true, brand: true, last4: true, expMonth: true, expYear: true } });
  return { addresses: withWindows, cardAvailable: isCardPaymentAvailable(), cards };
}

/** The lines a new subscription starts with, validated: the template's lines or the custom basket. */
async function initialLines(ctx: ServiceContext, input: TSubscribe) {
  const hubId = ctx.actor.hubId;
  if (input.templateId) {
    const template = await ctx.db.boxTemplate.findFirst({ where: { id: input.templateId, hubId, active: true }, include: { lines: { orderBy: { position: "asc" } } } });
    if (!template) throw new DomainError("VALIDATION", "This box is not available.", { fieldErrors: { templateId: ["This box is not available"] } });
    const labels = await skuLabels(ctx.db, hubId, template.lines.map((l) => l.skuId));
    // A box line whose SKU went off sale is left out rather than refusing the whole box.
    const lines = template.lines.filter((l) => labels.get(l.skuId)?.active).map((l) => ({ skuId: l.skuId, quantity: l.quantity, templateLineId: l.id }));
    if (lines.length === 0) throw new DomainError("VALIDATION", "This box has nothing on sale right now.", { fieldErrors: { templateId: ["This box has nothing on sale right now"] } });
    return { templateId: template.id, name: template.name, lines };
  }
  if (input.lines.length === 0) throw new DomainError("VALIDATION", "Choose a box or add items to your basket.", { fieldErrors: { lines: ["Choose a box or add items to your basket"] } });
  const labels = await skuLabels(ctx.db, hubId, input.lines.map((l) => l.skuId));
  const problems = { ...skuProblems(input.lines.map((l) => l.skuId), labels, (i) => `lines.${i}.skuId`), ...duplicateProblems(input.lines.map((l) => l.skuId), (i) => `lines.${i}.skuId`) };
  if (Object.keys(problems).length > 0) throw new DomainError("VALIDATION", "Please correct the highlighted items.", { fieldErrors: problems });
  return { templateId: null, name: "My basket", lines: input.lines.map((l) => ({ ...l, templateLineId: null })) };
}

/** The window (active, in the zone that serves the address) and its zone, or field errors. */
async function deliveryChoice(ctx: ServiceContext, input: TSubscribe) {
  const { hubId, userId } = ctx.actor;
  const address = await ctx.db.address.findFirst({ where: { id: input.addressId, hubId, userId } });
  if (!address) throw new DomainError("VALIDATION", "Choose one of your addresses.", { fieldErrors: { addressId: ["Choose one of your addresses"] } });
  const zone = await resolveZone(ctx.db, hubId, { postcode: address.postcode, latitude: address.latitude, longitude: address.longitude });
  if (!zone) throw new DomainError("VALIDATION", "We do not deliver to this address yet.", { fieldErrors: { addressId: ["We do not deliver to this address yet"] } });
  const window = await ctx.db.deliveryWindow.findFirst({ where: { id: input.windowId, hubId, active: true }, include: { zone: true } });
  if (!window || window.zoneId !== zone.id || !window.zone.active) {
    throw new DomainError("VALIDATION", "Choose a delivery window that serves this address.", { fieldErrors: { windowId: ["This delivery window does not serve your address"] } });
  }
  return { address, window, zone: window.zone };
}

/** The payment method, checked: cards need Stripe and one of the caller's saved cards. */
async function paymentChoice(ctx: ServiceContext, input: TSubscribe) {
  if (input.paymentMethod === "PAY_ON_DELIVERY") return { paymentMethod: "PAY_ON_DELIVERY" as const, savedPaymentMethodId: null };
  const errors: FieldErrors = {};
  if (!isCardPaymentAvailable()) errors.paymentMethod = ["Card payments are not available; choose pay on delivery"];
  else if (!input.savedPaymentMethodId) errors.savedPaymentMethodId = ["Choose a saved card"];
  else {
    const card = await ctx.db.savedPaymentMethod.findFirst({ where: { id: input.savedPaymentMethodId, hubId: ctx.actor.hubId, userId: ctx.actor.userId, detachedAt: null }, select: { id: true } });
    if (!card) errors.savedPaymentMethodId = ["Choose one of your saved cards"];
  }
  if (Object.keys(errors).length > 0) throw new DomainError("VALIDATION", "Please choose how to pay.", { fieldErrors: errors });
  return { paymentMethod: "CARD" as const, savedPaymentMethodId: input.savedPaymentMethodId! };
}

/** Starts a subscription and writes SubscriptionCreated; nothing is written when any choice is refused. */
export async function subscribe(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZSubscribe, raw);
  const { hubId, userId, hubTimeZone } = ctx.actor;
  const now = ctx.now();
  const basket = await initialLines(ctx, input);
  const { address, window, zone } = await deliveryChoice(ctx, input);
  const payment = await paymentChoice(ctx, input);
  const anchorWeek = firstOpenWeek(window, zone, isoWeekAt(now, hubTimeZone), now, hubTimeZone);
  return inTransaction(ctx.db, async (tx) => {
    const sub = await tx.subscription.create({
      data: {
        hubId, userId, templateId: basket.templateId, name: basket.name, cadence: input.cadence, zoneId: zone.id, windowId: window.id, addressId: address.id,
        ...payment, anchorWeek, lines: { create: basket.lines },
      },
      select: { id: true },
    });
    await emitSubscriptionEvent(tx, hubId, COMMERCE_EVENTS.subscriptionCreated, sub.id, { templateId: basket.templateId, cadence: input.cadence, windowId: window.id, anchorWeek, paymentMethod: payment.paymentMethod });
    return { id: sub.id, anchorWeek, firstDeliveryDate: deliveryDateIso(window, anchorWeek) };
  });
}
