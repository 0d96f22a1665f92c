// Finding and creating carts: a signed-in user has one active cart (a unique key); a guest's cart is
// found by its cookie token and merged into the user's cart once they sign in.
import { inTransaction, type DbOrTx, type Tx } from "@/lib/db";
import { randomBytes, randomUUID } from "node:crypto";
import { availableUnits } from "./availability";
import { MAX_LINE_QUANTITY } from "./schema";
import { cartToken, issueCartToken, type Shopper } from "./shopper";

/** The shopper's active cart id (merging a guest cart into a signed-in user's), or null. */
export async function findCartId(shopper: Shopper): Promise<string | null> {
  const token = cartToken(shopper);
  if (shopper.userId) {
    if (token) await mergeGuestCart(shopper.db, { hubId: shopper.hub.id, timeZone: shopper.hub.timeZone, userId: shopper.userId, token, now: shopper.now });
    const cart = await shopper.db.cart.findUnique({ where: { hubId_activeForUserId: { hubId: shopper.hub.id, activeForUserId: shopper.userId } }, select: { id: true } });
    return cart?.id ?? null;
  }
  if (!token) return null;
  const cart = await shopper.db.cart.findFirst({ where: { token, hubId: shopper.hub.id, status: "ACTIVE", userId: null }, select: { id: true } });
  return cart?.id ?? null;
}

/** The shopper's active cart, created when missing (a new guest cart sets the cookie). */
export async function ensureCartId(shopper: Shopper): Promise<string> {
  const existing = await findCartId(shopper);
  if (existing) return existing;
  if (shopper.userId) return userCart(shopper.db, shopper.hub.id, shopper.userId);
  const token = issueCartToken(shopper);
  const cart = await shopper.db.cart.create({ data: { hubId: shopper.hub.id, token }, select: { id: true } });
  return cart.id;
}

/** The user's active cart, created if needed; racing creations end with the same cart (no error, even in a transaction). */
async function userCart(db: DbOrTx, hubId: string, userId: string): Promise<string> {
  const found = await db.cart.findUnique({ where: { hubId_activeForUserId: { hubId, activeForUserId: userId } }, select: { id: true } });
  if (found) return found.id;
  await db.$executeRaw`
    INSERT INTO "Cart" (id, "hubId", token, "userId", "activeForUserId", status, "createdAt", "updatedAt")
    VALUES (${randomUUID()}, ${hubId}, ${randomBytes(18).toString("base64url")}, ${userId}, ${userId}, 'ACTIVE', now(), now())
    ON CONFLICT ("hubId", "activeForUserId") DO NOTHING`;
  return (await db.cart.findUniqueOrThrow({ where: { hubId_activeForUserId: { hubId, activeForUserId: userId } }, select: { id: true } })).id;
}

/**
 * Moves a guest cart's lines into the user's cart: quantities add up, capped by what is available
 * (never below what the user already had). The guest cart is marked MERGED; repeating does nothing.
 */
export async function mergeGuestCart(db: DbOrTx, input: { hubId: string; timeZone: string; userId: string; token: string; now: Date }): Promise<{ merged: number }> {
  const guest = await db.cart.findFirst({ where: { token: input.token, hubId: input.hubId, status: "ACTIVE", userId: null }, select: { id: true } });
  if (!guest) return { merged: 0 };
  return inTransaction(db, async (tx) => {
    // Lock the guest cart: two tabs signing in at once merge it once.
    const locked = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "Cart" WHERE id = ${guest.id} AND status = 'ACTIVE' AND "userId" IS NULL FOR UPDATE`;
    if (!locked[0]) return { merged: 0 };
    const targetId = await userCart(tx, input.hubId, input.userId);
    const lines = await tx.cartLine.findMany({ where: { cartId: guest.id }, select: { skuId: true, quantity: true, seenUnitPriceMinor: true } });
    const existing = new Map((await tx.cartLine.findMany({ where: { cartId: targetId }, select: { skuId: true, quantity: true } })).map((l) => [l.skuId, l.quantity]));
    const available = await availableUnits(tx, { hubId: input.hubId, timeZone: input.timeZone, skuIds: lines.map((l) => l.skuId), locationId: null, now: input.now });
    for (const line of lines) {
      const had = existing.get(line.skuId) ?? 0;
      const cap = Math.max(had, Math.min(MAX_LINE_QUANTITY, available.get(line.skuId) ?? 0));
      const quantity = Math.min(had + line.quantity, cap);
      if (quantity <= 0) continue;
      await upsertLine(tx, targetId, line.skuId, quantity, line.seenUnitPriceMinor, had > 0);
    }
    await tx.cart.update({ where: { id: guest.id }, data: { status: "MERGED", userId: input.userId } });
    return { merged: lines.length };
  });
}

async function upsertLine(tx: Tx, cartId: string, skuId: string, quantity: number, seenUnitPriceMinor: number, exists: boolean) {
  if (exists) await tx.cartLine.update({ where: { cartId_skuId: { cartId, skuId } }, data: { quantity } });
  else await tx.cartLine.create({ data: { cartId, skuId, quantity, seenUnitPriceMinor } });
}
