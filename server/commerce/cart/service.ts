// Cart use-cases: view with validation, add, change and remove lines, accept changed prices.
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import { resolveZone } from "../delivery/zones";
import { priceBasket } from "../checkout/price-basket";
import { availableUnits } from "./availability";
import { ensureCartId, findCartId } from "./carts";
import { MAX_LINE_QUANTITY, ZAddToCart, ZCartView, ZRemoveLine, ZSetQuantity } from "./schema";
import type { Shopper } from "./shopper";

export type CartProblem = "OUT_OF_STOCK" | "SHORT" | "PRICE_CHANGED" | "INACTIVE" | "NO_PRICE";
export type CartLineView = {
  skuId: string; skuCode: string; skuName: string; productName: string; productSlug: string; quantity: number;
  unitPriceMinor: number | null; seenUnitPriceMinor: number; lineTotalMinor: number; available: number; problems: CartProblem[];
};
export type CartView = {
  currency: string; lines: CartLineView[]; count: number; subtotalMinor: number; taxMinor: number;
  zone: { id: string; name: string; minimumOrderMinor: number } | null; postcodeUnknown: boolean; belowMinimumMinor: number | null; canCheckout: boolean;
};

/** The current retail price of a sold SKU of the hub, or a field error. */
async function currentRetailPrice(shopper: Shopper, skuId: string): Promise<number> {
  const priced = await priceBasket(shopper.db, { hubId: shopper.hub.id, currency: shopper.hub.currency, priceChannel: "RETAIL", customerUserId: shopper.userId, lines: [{ skuId, quantity: 1 }], now: shopper.now });
  const line = priced.lines[0];
  if (!line) throw new DomainError("VALIDATION", "This product cannot be ordered right now.", { fieldErrors: { skuId: ["Not available"] } });
  return line.unitPriceMinor;
}

/** Adds packs of a SKU (creating the cart and its cookie when needed). */
export async function addToCart(shopper: Shopper, raw: unknown): Promise<{ count: number }> {
  const input = parseOrThrow(ZAddToCart, raw);
  const skuId = input.skuId ?? (await shopper.db.sku.findFirst({ where: { hubId: shopper.hub.id, code: input.skuCode }, select: { id: true } }))?.id;
  if (!skuId) throw new DomainError("VALIDATION", "This product cannot be ordered right now.", { fieldErrors: { skuId: ["Not available"] } });
  const price = await currentRetailPrice(shopper, skuId);
  const cartId = await ensureCartId(shopper);
  // One statement: concurrent adds of the same SKU add up instead of overwriting each other.
  await shopper.db.$executeRaw`
    INSERT INTO "CartLine" (id, "cartId", "skuId", quantity, "seenUnitPriceMinor", "addedAt")
    VALUES (gen_random_uuid()::text, ${cartId}, ${skuId}, ${input.quantity}, ${price}, now())
    ON CONFLICT ("cartId", "skuId") DO UPDATE SET quantity = LEAST(${MAX_LINE_QUANTITY}, "CartLine".quantity + EXCLUDED.quantity)`;
  await shopper.db.cart.update({ where: { id: cartId }, data: { updatedAt: shopper.now } });
  return { count: await lineCount(shopper, cartId) };
}

/** Sets a line's quantity; 0 removes it. */
export async function setCartQuantity(shopper: Shopper, raw: unknown): Promise<{ count: number }> {
  const input = parseOrThrow(ZSetQuantity, raw);
  const cartId = await findCartId(shopper);
  if (!cartId) return { count: 0 };
  if (input.quantity === 0) await shopper.db.cartLine.deleteMany({ where: { cartId, skuId: input.skuId } });
  else await shopper.db.cartLine.updateMany({ where: { cartId, skuId: input.skuId }, data: { quantity: input.quantity } });
  return { count: await lineCount(shopper, cartId) };
}

/** Removes a line. */
export async function removeFromCart(shopper: Shopper, raw: unknown): Promise<{ count: number }> {
  const input = parseOrThrow(ZRemoveLine, raw);
  return setCartQuantity(shopper, { skuId: input.skuId, quantity: 0 });
}

/** The shopper has seen the new prices: they become the prices the cart was filled at. */
export async function acceptCartPrices(shopper: Shopper): Promise<{ updated: number }> {
  const cartId = await findCartId(shopper);
  if (!cartId) return { updated: 0 };
  const lines = await shopper.db.cartLine.findMany({ where: { cartId }, select: { skuId: true, quantity: true } });
  const priced = await priceBasket(shopper.db, { hubId: shopper.hub.id, currency: shopper.hub.currency, priceChannel: "RETAIL", customerUserId: shopper.userId, lines, now: shopper.now });
  for (const l of priced.lines) await shopper.db.cartLine.updateMany({ where: { cartId, skuId: l.skuId }, data: { seenUnitPriceMinor: l.unitPriceMinor } });
  return { updated: priced.lines.length };
}

/** Packs in the cart (the header badge). */
export async function cartCount(shopper: Shopper): Promise<{ count: number }> {
  const cartId = await findCartId(shopper);
  return { count: cartId ? await lineCount(shopper, cartId) : 0 };
}

async function lineCount(shopper: Shopper, cartId: string): Promise<number> {
  const sum = await shopper.db.cartLine.aggregate({ where: { cartId }, _sum: { quantity: true } });
  return sum._sum.quantity ?? 0;
}

/** The cart with what stands in the way of checking out: stock, price changes, inactive items, minimum order. */
export async function viewCart(shopper: Shopper, raw?: unknown): Promise<CartView> {
  const input = parseOrThrow(ZCartView, raw ?? {});
  const cartId = await findCartId(shopper);
  const lines = cartId
    ? await shopper.db.cartLine.findMany({ where: { cartId }, orderBy: { addedAt: "asc" }, select: { skuId: true, quantity: true, seenUnitPriceMinor: true, addedAt: true } })
    : [];
  const zone = input.postcode ? await resolveZone(shopper.db, shopper.hub.id, { postcode: input.postcode }) : null;
  return cartViewOf(shopper, lines, zone, Boolean(input.postcode) && !zone);
}

/** Validates cart lines against current prices, stock (at the zone's location when known) and the zone's minimum. */
export async function cartViewOf(
  shopper: Shopper,
  lines: Array<{ skuId: string; quantity: number; seenUnitPriceMinor: number }>,
  zone: { id: string; name: string; minimumOrderMinor: number; fulfilmentLocationId: string } | null,
  postcodeUnknown = false,
): Promise<CartView> {
  const { db, hub, now } = shopper;
  const skuIds = lines.map((l) => l.skuId);
  const [priced, available, skus] = await Promise.all([
    priceBasket(db, { hubId: hub.id, currency: hub.currency, priceChannel: "RETAIL", customerUserId: shopper.userId, lines, now }),
    availableUnits(db, { hubId: hub.id, timeZone: hub.timeZone, skuIds, locationId: zone?.fulfilmentLocationId ?? null, now }),
    db.sku.findMany({ where: { id: { in: skuIds } }, select: { id: true, code: true, name: true, product: { select: { name: true, slug: true } } } }),
  ]);
  const skuById = new Map(skus.map((s) => [s.id, s]));
  const pricedById = new Map(priced.lines.map((l) => [l.skuId, l]));
  const unpriced = new Map(priced.unpriced.map((u) => [u.skuId, u.reason]));
  const views: CartLineView[] = lines.map((l) => {
    const p = pricedById.get(l.skuId);
    const sku = skuById.get(l.skuId);
    const units = available.get(l.skuId) ?? 0;
    const problems: CartProblem[] = [];
    const reason = unpriced.get(l.skuId);
    if (reason) problems.push(reason);
    if (units === 0) problems.push("OUT_OF_STOCK");
    else if (units < l.quantity) problems.push("SHORT");
    if (p && p.unitPriceMinor !== l.seenUnitPriceMinor) problems.push("PRICE_CHANGED");
    return {
      skuId: l.skuId, skuCode: sku?.code ?? "", skuName: sku?.name ?? "", productName: sku?.product.name ?? "Unknown product", productSlug: sku?.product.slug ?? "",
      quantity: l.quantity, unitPriceMinor: p?.unitPriceMinor ?? null, seenUnitPriceMinor: l.seenUnitPriceMinor, lineTotalMinor: p ? p.quantity * p.unitPriceMinor : 0, available: units, problems,
    };
  });
  const belowMinimumMinor = zone && priced.subtotalMinor < zone.minimumOrderMinor ? zone.minimumOrderMinor : null;
  return {
    currency: hub.currency, lines: views, count: lines.reduce((s, l) => s + l.quantity, 0), subtotalMinor: priced.subtotalMinor, taxMinor: priced.taxMinor,
    zone: zone ? { id: zone.id, name: zone.name, minimumOrderMinor: zone.minimumOrderMinor } : null, postcodeUnknown, belowMinimumMinor,
    canCheckout: views.length > 0 && views.every((v) => v.problems.length === 0) && belowMinimumMinor === null && !postcodeUnknown,
  };
}
