// subscriptions: public box listing, box templates (boxes:manage), and a household's own
// subscriptions (account:own): subscribe and self-service.
import { z } from "zod";
import { resolveStorefrontHub } from "../../catalog/storefront";
import { permittedProcedure, publicProcedure, router, serviceCtx } from "../../trpc";
import { getBox, listBoxes } from "./boxes";
import { swapItem, setBasketLines, skuChoices } from "./line-changes";
import { mySubscriptions, subscriptionDetail } from "./queries";
import { cancelSubscription, changeSlot, pauseSubscription, resumeSubscription, skipWeek, unskipWeek } from "./schedule-changes";
import { ZCancel, ZChangeSlot, ZPause, ZRef, ZSetLines, ZSkuChoices, ZSubscribe, ZSubscriptionRef, ZSwap, ZTemplateInput, ZTemplateUpdate, ZWeekChange } from "./schema";
import { subscribe, subscribeOptions } from "./subscribe";
import { createTemplate, getTemplate, listTemplates, updateTemplate } from "./templates";

const manage = permittedProcedure("boxes:manage");
const own = permittedProcedure("account:own");

export const subscriptionsRouter = router({
  boxes: router({
    list: publicProcedure.input(z.void()).query(async ({ ctx }) => {
      const hub = await resolveStorefrontHub(ctx.db);
      return hub ? listBoxes(ctx.db, hub, ctx.now()) : [];
    }),
    get: publicProcedure.input(z.object({ code: z.string().trim().min(1).max(40) })).query(async ({ ctx, input }) => {
      const hub = await resolveStorefrontHub(ctx.db);
      return hub ? getBox(ctx.db, hub, input.code, ctx.now()) : null;
    }),
  }),
  templates: router({
    list: manage.input(z.void()).query(({ ctx }) => listTemplates(serviceCtx(ctx))),
    get: manage.input(ZRef).query(({ ctx, input }) => getTemplate(serviceCtx(ctx), input)),
    create: manage.input(ZTemplateInput).mutation(({ ctx, input }) => createTemplate(serviceCtx(ctx), input)),
    update: manage.input(ZTemplateUpdate).mutation(({ ctx, input }) => updateTemplate(serviceCtx(ctx), input)),
    skuChoices: manage.input(ZSkuChoices).query(({ ctx, input }) => skuChoices(serviceCtx(ctx), input)),
  }),
  mine: router({
    options: own.input(z.void()).query(({ ctx }) => subscribeOptions(serviceCtx(ctx))),
    list: own.input(z.void()).query(({ ctx }) => mySubscriptions(serviceCtx(ctx))),
    get: own.input(ZRef).query(({ ctx, input }) => subscriptionDetail(serviceCtx(ctx), input)),
    skuChoices: own.input(ZSkuChoices).query(({ ctx, input }) => skuChoices(serviceCtx(ctx), input)),
    subscribe: own.input(ZSubscribe).mutation(({ ctx, input }) => subscribe(serviceCtx(ctx), input)),
    skip: own.input(ZWeekChange).mutation(({ ctx, input }) => skipWeek(serviceCtx(ctx), input)),
    unskip: own.input(ZWeekChange).mutation(({ ctx, input }) => unskipWeek(serviceCtx(ctx), input)),
    pause: own.input(ZPause).mutation(({ ctx, input }) => pauseSubscription(serviceCtx(ctx), input)),
    resume: own.input(ZSubscriptionRef).mutation(({ ctx, input }) => resumeSubscription(serviceCtx(ctx), input)),
    swap: own.input(ZSwap).mutation(({ ctx, input }) => swapItem(serviceCtx(ctx), input)),
    setLines: own.input(ZSetLines).mutation(({ ctx, input }) => setBasketLines(serviceCtx(ctx), input)),
    changeSlot: own.input(ZChangeSlot).mutation(({ ctx, input }) => changeSlot(serviceCtx(ctx), input)),
    cancel: own.input(ZCancel).mutation(({ ctx, input }) => cancelSubscription(serviceCtx(ctx), input)),
  }),
});
