// checkout: review and place the consumer's cart; the confirmation.
import { permittedProcedure, router, serviceCtx } from "../../trpc";
import { findCartId } from "../cart/carts";
import { resolveShopper } from "../cart/shopper";
import { placeOrder } from "./place-order";
import { checkoutOptions, checkoutPreview, orderConfirmation } from "./queries";
import { ZCheckoutPreview, ZOrderNumber, ZPlaceOrder } from "./schema";

const own = permittedProcedure("account:own");

export const checkoutRouter = router({
  options: own.query(({ ctx }) => checkoutOptions(serviceCtx(ctx))),
  preview: own.input(ZCheckoutPreview).query(({ ctx, input }) => checkoutPreview(serviceCtx(ctx), input)),
  place: own.input(ZPlaceOrder).mutation(async ({ ctx, input }) => {
    // A guest cart still in the cookie joins the consumer's cart before it is ordered.
    await findCartId(await resolveShopper({ db: ctx.db, session: ctx.session, cookies: ctx.cookies, now: ctx.now() }));
    return placeOrder(serviceCtx(ctx), input);
  }),
  confirmation: own.input(ZOrderNumber).query(({ ctx, input }) => orderConfirmation(serviceCtx(ctx), input)),
});
