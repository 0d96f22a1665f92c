// checkout: review and place the consumer's cart; the confirmation.
import type { Actor } from "../../identity/actor";
import { permittedProcedure, router, serviceCtx, type TRPCContext } from "../../trpc";
import { findCartId } from "../cart/carts";
import { resolveShopper } from "../cart/shopper";
import { placeOrder } from "./place-order";
import { checkoutOptions, checkoutPreview, orderConfirmation } from "./queries";
import { ZCheckoutPreview, ZOrderNumber, ZPlaceOrder } from "./schema";

const own = permittedProcedure("account:own");

/** A guest cart still in the cookie joins the consumer's cart before checkout reads or orders it. */
const mergeGuestCart = async (ctx: TRPCContext & { actor: Actor }) =>
  void (await findCartId(await resolveShopper({ db: ctx.db, session: ctx.session, cookies: ctx.cookies, now: ctx.now(), actor: ctx.actor })));

export const checkoutRouter = router({
  options: own.query(({ ctx }) => checkoutOptions(serviceCtx(ctx))),
  preview: own.input(ZCheckoutPreview).query(async ({ ctx, input }) => {
    await mergeGuestCart(ctx);
    return checkoutPreview(serviceCtx(ctx), input);
  }),
  place: own.input(ZPlaceOrder).mutation(async ({ ctx, input }) => {
    await mergeGuestCart(ctx);
    return placeOrder(serviceCtx(ctx), input);
  }),
  confirmation: own.input(ZOrderNumber).query(({ ctx, input }) => orderConfirmation(serviceCtx(ctx), input)),
});
