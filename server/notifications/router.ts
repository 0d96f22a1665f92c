// notifications: the signed-in user's in-app inbox.
import { authedProcedure, router, serviceCtx } from "../trpc";
import { listMyNotifications, markAllRead, ZMyNotifications } from "./queries";

export const notificationsRouter = router({
  mine: authedProcedure.input(ZMyNotifications).query(({ ctx, input }) => listMyNotifications(serviceCtx(ctx), input)),
  markAllRead: authedProcedure.mutation(({ ctx }) => markAllRead(serviceCtx(ctx))),
});
