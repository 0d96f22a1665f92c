// Checkout: the signed-in consumer's active cart becomes an order. Every refusal (empty cart, stock,
// unseen price change, minimum order, slot, discount code) comes with field errors and writes nothing.
import type { Db } from "@/lib/db";
import { DomainError, type FieldErrors } from "@/lib/errors";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { beginCardCheckout } from "../../payments";
import { cartViewOf, type CartProblem } from "../cart/service";
import type { Shopper } from "../cart/shopper";
import { slotRefusal } from "../delivery/slots";
import { resolveZone } from "../delivery/zones";
import { createOrder } from "./create-order";
import { ZPlaceOrder, type TPlaceOrder } from "./schema";

const PROBLEM_TEXT: Record<CartProblem, string> = {
  OUT_OF_STOCK: "Out of stock", SHORT: "Not enough in stock", PRICE_CHANGED: "The price has changed; please review it", INACTIVE: "No longer sold", NO_PRICE: "No current price",
};

/** A shopper view of a service context (for the cart validation the checkout shares with the cart page). */
export function shopperOf(ctx: ServiceContext): Shopper {
  return { db: ctx.db, hub: { id: ctx.actor.hubId, timeZone: ctx.actor.hubTimeZone, currency: ctx.actor.hubCurrency }, actor: ctx.actor, userId: ctx.actor.userId, cookies: { get: () => undefined }, now: ctx.now() };
}

/** The delivery address of a checkout: one of the consumer's saved addresses or a new one. */
export async function checkoutAddress(ctx: ServiceContext, input: Pick<TPlaceOrder, "addressId" | "address">) {
  if (input.addressId) {
    const a = await ctx.db.address.findFirst({ where: { id: input.addressId, userId: ctx.actor.userId, hubId: ctx.actor.hubId } });
    if (!a) throw new DomainError("VALIDATION", "Please correct the highlighted fields.", { fieldErrors: { addressId: ["Choose one of your addresses"] } });
    return { addressId: a.id, name: a.label ?? ctx.actor.name, line1: a.line1, line2: a.line2, city: a.city, postcode: a.postcode, country: a.country, latitude: a.latitude, longitude: a.longitude, save: false };
  }
  const a = input.address!;
  return { addressId: null, name: a.name, line1: a.line1, line2: a.line2, city: a.city, postcode: a.postcode.toUpperCase(), country: a.country.toUpperCase(), latitude: a.latitude ?? null, longitude: a.longitude ?? null, save: a.save };
}

/** Places the consumer's cart as an order; CARD returns the Stripe Checkout URL to continue at. */
export async function placeOrder(ctx: ServiceContext, raw: unknown): Promise<{ orderId: string; number: string; redirectUrl?: string }> {
  const input = parseOrThrow(ZPlaceOrder, raw);
  const { hubId, userId } = ctx.actor;
  const cart = await ctx.db.cart.findUnique({ where: { hubId_activeForUserId: { hubId, activeForUserId: userId } }, select: { id: true, lines: { select: { skuId: true, quantity: true, seenUnitPriceMinor: true } } } });
  if (!cart || cart.lines.length === 0) throw new DomainError("VALIDATION", "Your cart is empty.", { fieldErrors: { cart: ["Your cart is empty"] } });
  const address = await checkoutAddress(ctx, input);
  const zone = await resolveZone(ctx.db, hubId, { postcode: address.postcode, latitude: address.latitude ?? undefined, longitude: address.longitude ?? undefined });
  if (!zone) throw new DomainError("VALIDATION", "We do not deliver to this address yet.", { fieldErrors: { [input.addressId ? "addressId" : "address.postcode"]: ["We do not deliver to this postcode yet"] } });
  await assertCartOrderable(ctx, cart.lines, zone);
  const slot = await ctx.db.deliverySlot.findFirst({ where: { id: input.slotId, hubId }, select: { zoneId: true, active: true, cutoffAt: true, booked: true, capacity: true } });
  if (!slot || slot.zoneId !== zone.id) throw new DomainError("VALIDATION", "Please choose a delivery slot for this address.", { fieldErrors: { slotId: ["Choose a delivery slot for this address"] } });
  // A slot already full or closed is refused here, without queueing on its row behind the orders taking it.
  const refusal = slotRefusal(slot, ctx.now());
  if (refusal) throw refusal;
  // Without coordinates (a typed address) the order is placed at its zone's depot until geocoded.
  const fallback = address.latitude === null ? await ctx.db.location.findUniqueOrThrow({ where: { id: zone.fulfilmentLocationId }, select: { latitude: true, longitude: true } }) : null;
  const shipTo = { ...address, latitude: address.latitude ?? fallback!.latitude, longitude: address.longitude ?? fallback!.longitude };

  const created = await (ctx.db as Db).$transaction(async (tx) => {
    let addressId = shipTo.addressId;
    if (!addressId && shipTo.save) {
      addressId = (await tx.address.create({ data: { hubId, userId, label: shipTo.name, line1: shipTo.line1, line2: shipTo.line2, city: shipTo.city, postcode: shipTo.postcode, country: shipTo.country, latitude: shipTo.latitude, longitude: shipTo.longitude }, select: { id: true } })).id;
    }
    const order = await createOrder(tx, { ...ctx, db: tx }, {
      channel: "STOREFRONT", customerUserId: userId, slotId: input.slotId, address: { ...shipTo, addressId }, lines: cart.lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
      paymentMethod: input.paymentMethod, discountCode: input.discountCode || null, allowShortfall: false, actorKind: "customer", notes: input.notes,
    });
    // Conditional: a second tab placing the same cart at the same moment converts it once.
    const converted = await tx.cart.updateMany({ where: { id: cart.id, status: "ACTIVE" }, data: { status: "CONVERTED", activeForUserId: null, slotId: input.slotId, addressId, discountCode: input.discountCode || null } });
    if (converted.count === 0) throw new DomainError("CONFLICT", "This cart has just been ordered.", { fieldErrors: { cart: ["This cart has just been ordered"] } });
    return order;
    // Orders for one popular slot queue on its row: give a busy moment time rather than failing it.
  }, { timeout: 60_000, maxWait: 30_000 });
  if (input.paymentMethod !== "CARD") return { orderId: created.orderId, number: created.number };
  const base = env.NEXTAUTH_URL ?? "http://localhost:3000";
  const { url } = await beginCardCheckout(ctx, { orderId: created.orderId, successUrl: `${base}/shop/checkout/confirmation/${created.number}`, cancelUrl: `${base}/account/orders/${created.number}` });
  return { orderId: created.orderId, number: created.number, redirectUrl: url };
}

/** Refuses a cart with stock, price or availability problems or below the zone's minimum. */
async function assertCartOrderable(ctx: ServiceContext, lines: Array<{ skuId: string; quantity: number; seenUnitPriceMinor: number }>, zone: { id: string; name: string; minimumOrderMinor: number; fulfilmentLocationId: string }) {
  const view = await cartViewOf(shopperOf(ctx), lines, zone);
  const fieldErrors: FieldErrors = {};
  for (const l of view.lines) {
    if (l.problems.length === 0) continue;
    fieldErrors[`lines.${l.skuId}`] = l.problems.map((p) => (p === "SHORT" ? `Only ${l.available} left` : PROBLEM_TEXT[p]));
  }
  if (view.belowMinimumMinor !== null) fieldErrors.cart = [`The minimum order for ${zone.name} is ${formatMoney(view.belowMinimumMinor, view.currency)}`];
  if (Object.keys(fieldErrors).length > 0) {
    const priceOnly = Object.values(fieldErrors).flat().every((m) => m === PROBLEM_TEXT.PRICE_CHANGED);
    throw new DomainError("VALIDATION", priceOnly ? "Some prices have changed since you added the items. Please review them." : "Your cart needs attention before ordering.", { fieldErrors, details: { lines: view.lines } });
  }
}
