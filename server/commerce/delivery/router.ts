// delivery: public slot listing for an address; zone, window, fee and slot configuration for dispatch.
import { permittedProcedure, publicProcedure, router } from "../../trpc";
import { serviceCtx } from "../../trpc";
import { resolveShopper } from "../cart/shopper";
import { generateSlotsNow, listZones, saveFeeRules, saveWindow, saveZone, setSlotCapacity, slotBoard } from "./admin";
import { slotsForAddress } from "./public";
import { ZFeeRulesInput, ZGenerateSlotsInput, ZSlotBoardInput, ZSlotCapacityInput, ZSlotsForAddress, ZWindowInput, ZZoneInput } from "./schema";

const configure = permittedProcedure("delivery:configure");

export const deliveryRouter = router({
  slotsForAddress: publicProcedure.input(ZSlotsForAddress).query(async ({ ctx, input }) => {
    const shopper = await resolveShopper({ db: ctx.db, session: ctx.session, cookies: ctx.cookies, now: ctx.now() });
    return slotsForAddress(ctx.db, { hub: shopper.hub, ...input, now: shopper.now });
  }),
  zones: configure.query(({ ctx }) => listZones(serviceCtx(ctx))),
  saveZone: configure.input(ZZoneInput).mutation(({ ctx, input }) => saveZone(serviceCtx(ctx), input)),
  saveWindow: configure.input(ZWindowInput).mutation(({ ctx, input }) => saveWindow(serviceCtx(ctx), input)),
  saveFeeRules: configure.input(ZFeeRulesInput).mutation(({ ctx, input }) => saveFeeRules(serviceCtx(ctx), input)),
  setSlotCapacity: configure.input(ZSlotCapacityInput).mutation(({ ctx, input }) => setSlotCapacity(serviceCtx(ctx), input)),
  slotBoard: configure.input(ZSlotBoardInput).query(({ ctx, input }) => slotBoard(serviceCtx(ctx), input)),
  generateSlots: configure.input(ZGenerateSlotsInput).mutation(({ ctx, input }) => generateSlotsNow(serviceCtx(ctx), input)),
});
