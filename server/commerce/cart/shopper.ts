// Who is shopping: a signed-in user (their hub) or a guest (the storefront hub), and the cart
// token cookie that finds a guest's cart.
import { randomBytes } from "node:crypto";
import type { Db, DbOrTx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { resolveStorefrontHub } from "../../catalog/storefront/hub";
import { resolveActor, type Actor, type SessionClaims } from "../../identity/actor";
import type { ShopHub } from "../delivery/public";

export const CART_COOKIE = "furrow_cart";
const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 30;

export type CookieAccess = { get(name: string): string | undefined; set?(name: string, value: string, maxAgeSeconds: number): void };
export type Shopper = { db: DbOrTx; hub: ShopHub; actor: Actor | null; userId: string | null; cookies: CookieAccess; now: Date };

/**
 * The shopper of a request; throws NOT_FOUND when the shop has no hub yet. `actor`: the caller a
 * signed-in procedure has already resolved from the same session (saves looking it up twice).
 */
export async function resolveShopper(input: { db: Db; session: SessionClaims | null; cookies: CookieAccess; now: Date; actor?: Actor }): Promise<Shopper> {
  const actor = input.actor ?? (await resolveActor(input.db, input.session));
  const hub = actor ? { id: actor.hubId, timeZone: actor.hubTimeZone, currency: actor.hubCurrency } : await resolveStorefrontHub(input.db);
  if (!hub) throw new DomainError("NOT_FOUND", "The shop is not open yet.");
  return { db: input.db, hub: { id: hub.id, timeZone: hub.timeZone, currency: hub.currency }, actor, userId: actor?.userId ?? null, cookies: input.cookies, now: input.now };
}

export function cartToken(shopper: Shopper): string | undefined {
  const token = shopper.cookies.get(CART_COOKIE);
  return token && /^[A-Za-z0-9_-]{16,64}$/.test(token) ? token : undefined;
}

/** A fresh token, remembered in the cookie when the response can carry one. */
export function issueCartToken(shopper: Shopper): string {
  const token = randomBytes(18).toString("base64url");
  shopper.cookies.set?.(CART_COOKIE, token, CART_COOKIE_MAX_AGE);
  return token;
}
