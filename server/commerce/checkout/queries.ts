// Read side of checkout: the review (cart, slot fee, discount, totals) and the confirmation.
import { DomainError } from "@/lib/errors";
import { hubTime } from "@/lib/iso-week";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { isCardPaymentAvailable } from "../../payments";
import { cartViewOf } from "../cart/service";
import { resolveZone } from "../delivery/zones";
import { priceBasket } from "./price-basket";
import { shopperOf } from "./place-order";
import { ZCheckoutPreview, ZOrderNumber } from "./schema";

/** The consumer's saved addresses and whether card payment is offered. */
export async function checkoutOptions(ctx: ServiceContext) {
  const addresses = await ctx.db.address.findMany({
    where: { userId: ctx.actor.userId, hubId: ctx.actor.hubId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "desc" }],
    select: { id: true, label: true, line1: true, line2: true, city: true, postcode: true, isDefault: true },
  });
  return { addresses, cardAvailable: isCardPaymentAvailable(), name: ctx.actor.name };
}

/** What the order would cost now: cart problems, fee for the slot, discount (or why not) and totals. */
export async function checkoutPreview(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZCheckoutPreview, raw ?? {});
  const { hubId, userId } = ctx.actor;
  const postcode = input.addressId
    ? (await ctx.db.address.findFirst({ where: { id: input.addressId, userId, hubId }, select: { postcode: true } }))?.postcode ?? null
    : input.postcode;
  const zone = postcode ? await resolveZone(ctx.db, hubId, { postcode }) : null;
  const cart = await ctx.db.cart.findUnique({ where: { hubId_activeForUserId: { hubId, activeForUserId: userId } }, select: { lines: { orderBy: { addedAt: "asc" }, select: { skuId: true, quantity: true, seenUnitPriceMinor: true } } } });
  const lines = cart?.lines ?? [];
  const view = await cartViewOf(shopperOf(ctx), lines, zone, Boolean(postcode) && !zone);
  const slot = input.slotId && zone ? await ctx.db.deliverySlot.findFirst({ where: { id: input.slotId, hubId, zoneId: zone.id }, select: { feeAdjustMinor: true } }) : null;
  const base = { hubId, currency: ctx.actor.hubCurrency, priceChannel: "RETAIL" as const, customerUserId: userId, lines, zoneId: zone?.id ?? null, feeAdjustMinor: slot?.feeAdjustMinor ?? 0, now: ctx.now() };
  let discountError: string | null = null;
  let priced;
  try {
    priced = await priceBasket(ctx.db, { ...base, discountCode: input.discountCode || null });
  } catch (error) {
    if (!(error instanceof DomainError && error.fieldErrors?.discountCode)) throw error;
    discountError = error.fieldErrors.discountCode[0] ?? error.message;
    priced = await priceBasket(ctx.db, base);
  }
  return {
    cart: view, postcodeUnknown: view.postcodeUnknown, zone: view.zone, discountError,
    totals: { subtotalMinor: priced.subtotalMinor, discountMinor: priced.discountMinor, deliveryFeeMinor: priced.deliveryFeeMinor, taxMinor: priced.taxMinor, totalMinor: priced.totalMinor, currency: priced.currency },
    discount: priced.discount ? { code: priced.discount.code, kind: priced.discount.kind, amountMinor: priced.discount.goodsMinor + priced.discount.feeMinor } : null,
    lines: priced.lines.map((l) => ({ skuId: l.skuId, productName: l.productName, skuName: l.skuName, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, lineTotalMinor: l.lineTotalMinor, taxMinor: l.taxMinor, taxRateBasisPoints: l.taxRateBasisPoints })),
  };
}

/** The consumer's just-placed order for the confirmation page. */
export async function orderConfirmation(ctx: ServiceContext, raw: unknown) {
  const { number } = parseOrThrow(ZOrderNumber, raw);
  const order = await ctx.db.order.findFirst({
    where: { hubId: ctx.actor.hubId, number, customerUserId: ctx.actor.userId },
    select: { id: true, number: true, status: true, deliveryDate: true, cutoffAt: true, totalMinor: true, currency: true, paymentMethod: true, shipTo: true, slotId: true, _count: { select: { lines: true } } },
  });
  if (!order) throw new DomainError("NOT_FOUND", "Order not found.");
  const slot = order.slotId ? await ctx.db.deliverySlot.findUnique({ where: { id: order.slotId }, select: { startsAt: true, endsAt: true } }) : null;
  const tz = ctx.actor.hubTimeZone;
  const shipTo = order.shipTo as { line1?: string; postcode?: string; city?: string };
  return {
    number: order.number, status: order.status, totalMinor: order.totalMinor, currency: order.currency, paymentMethod: order.paymentMethod, lineCount: order._count.lines,
    deliveryDay: new Intl.DateTimeFormat("en-GB", { timeZone: tz, weekday: "long", day: "numeric", month: "long" }).format(slot?.startsAt ?? order.deliveryDate),
    window: slot ? `${hubTime(slot.startsAt, tz)}–${hubTime(slot.endsAt, tz)}` : null,
    changeUntil: `${new Intl.DateTimeFormat("en-GB", { timeZone: tz, weekday: "short", day: "numeric", month: "short" }).format(order.cutoffAt)}, ${hubTime(order.cutoffAt, tz)}`,
    address: [shipTo.line1, shipTo.postcode, shipTo.city].filter(Boolean).join(", "),
  };
}
