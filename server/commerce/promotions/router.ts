// promotions: discount codes for the marketing team.
import { z } from "zod";
import { permittedProcedure, router, serviceCtx } from "../../trpc";
import { ZDiscountCodeInput, ZDiscountList } from "./schema";
import { listDiscountCodes, saveDiscountCode } from "./service";

const manage = permittedProcedure("promotions:manage");

export const promotionsRouter = router({
  list: manage.input(ZDiscountList).query(({ ctx, input }) => listDiscountCodes(serviceCtx(ctx), input)),
  save: manage.input(ZDiscountCodeInput).output(z.object({ id: z.string() })).mutation(({ ctx, input }) => saveDiscountCode(serviceCtx(ctx), input)),
});
