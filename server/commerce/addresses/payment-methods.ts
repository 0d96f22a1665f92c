// The consumer's saved cards on the account page. The payments context owns these rows and the
// Stripe side; until it exposes a service for the account page this reads them directly and
// "removes" by marking them detached (no Stripe call here: detaching at Stripe belongs to payments).
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { permittedProcedure, router, serviceCtx } from "../../trpc";

export type SavedCardRow = { id: string; brand: string; last4: string; expMonth: number; expYear: number; isDefault: boolean; expired: boolean; usedBySubscriptions: number };

const ZRef = z.object({ paymentMethodId: z.string().trim().min(1).max(64) });

/** The caller's saved cards (not removed), default first. */
export async function listMyPaymentMethods(ctx: ServiceContext): Promise<SavedCardRow[]> {
  const rows = await ctx.db.savedPaymentMethod.findMany({
    where: { hubId: ctx.actor.hubId, userId: ctx.actor.userId, detachedAt: null },
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
    select: { id: true, brand: true, last4: true, expMonth: true, expYear: true, isDefault: true },
  });
  const now = ctx.now();
  const uses = await ctx.db.subscription.groupBy({ by: ["savedPaymentMethodId"], where: { savedPaymentMethodId: { in: rows.map((r) => r.id) }, status: { not: "CANCELLED" } }, _count: true });
  const used = new Map(uses.map((u) => [u.savedPaymentMethodId, u._count]));
  return rows.map((r) => ({ ...r, expired: r.expYear < now.getUTCFullYear() || (r.expYear === now.getUTCFullYear() && r.expMonth < now.getUTCMonth() + 1), usedBySubscriptions: used.get(r.id) ?? 0 }));
}

/** Removes a saved card from the account unless a running subscription pays with it. */
export async function removeMyPaymentMethod(ctx: ServiceContext, raw: unknown): Promise<{ removed: boolean }> {
  const { paymentMethodId } = parseOrThrow(ZRef, raw);
  const card = await ctx.db.savedPaymentMethod.findFirst({ where: { id: paymentMethodId, hubId: ctx.actor.hubId, userId: ctx.actor.userId, detachedAt: null }, select: { id: true } });
  if (!card) throw new DomainError("NOT_FOUND", "Card not found.");
  const subscriptions = await ctx.db.subscription.count({ where: { savedPaymentMethodId: card.id, status: { not: "CANCELLED" } } });
  if (subscriptions > 0) throw new DomainError("CONFLICT", "A subscription pays with this card. Choose another payment method for the subscription first.");
  await ctx.db.savedPaymentMethod.update({ where: { id: card.id }, data: { detachedAt: ctx.now(), isDefault: false } });
  return { removed: true };
}

const own = permittedProcedure("account:own");
export const paymentMethodsRouter = router({
  list: own.query(({ ctx }) => listMyPaymentMethods(serviceCtx(ctx))),
  remove: own.input(ZRef).mutation(({ ctx, input }) => removeMyPaymentMethod(serviceCtx(ctx), input)),
});
