// cart: open to guests (cookie token) and signed-in shoppers alike.
import { publicProcedure, router, type TRPCContext } from "../../trpc";
import { ZAddToCart, ZCartView, ZRemoveLine, ZSetQuantity } from "./schema";
import { acceptCartPrices, addToCart, cartCount, removeFromCart, setCartQuantity, viewCart } from "./service";
import { resolveShopper } from "./shopper";

const shopper = (ctx: TRPCContext) => resolveShopper({ db: ctx.db, session: ctx.session, cookies: ctx.cookies, now: ctx.now() });

export const cartRouter = router({
  get: publicProcedure.input(ZCartView).query(async ({ ctx, input }) => viewCart(await shopper(ctx), input)),
  count: publicProcedure.query(async ({ ctx }) => cartCount(await shopper(ctx))),
  add: publicProcedure.input(ZAddToCart).mutation(async ({ ctx, input }) => addToCart(await shopper(ctx), input)),
  setQuantity: publicProcedure.input(ZSetQuantity).mutation(async ({ ctx, input }) => setCartQuantity(await shopper(ctx), input)),
  remove: publicProcedure.input(ZRemoveLine).mutation(async ({ ctx, input }) => removeFromCart(await shopper(ctx), input)),
  acceptPrices: publicProcedure.mutation(async ({ ctx }) => acceptCartPrices(await shopper(ctx))),
});
