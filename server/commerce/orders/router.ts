// orders: the customer's own orders (account:own) and the staff side (read, manage, fulfil).
import { z } from "zod";
import { permittedProcedure, router, serviceCtx } from "../../trpc";
import { ZAdvanceOrderInput, ZCancelOrderInput, ZEditOrderInput, ZMyOrdersInput, ZOrderRef, ZRecordDeliveryInput, ZStaffOrdersInput } from "./schema";
import { listMyOpenOrders, listMyOrders } from "./queries/my-orders";
import { getOrderDetail } from "./queries/detail";
import { listOrders } from "./queries/staff-orders";
import { editableSlots } from "./queries/editable-slots";
import { advanceOrder } from "./service/advance";
import { cancelOrder } from "./service/cancel";
import { recordDelivery } from "./service/deliver";
import { editOrder } from "./service/edit";

const own = permittedProcedure("account:own");
const read = permittedProcedure("orders:read");
const manage = permittedProcedure("orders:manage");
const fulfil = permittedProcedure("orders:fulfil");

export const ordersRouter = router({
  mine: router({
    list: own.input(ZMyOrdersInput).query(({ ctx, input }) => listMyOrders(serviceCtx(ctx), input)),
    open: own.query(({ ctx }) => listMyOpenOrders(serviceCtx(ctx))),
    detail: own.input(ZOrderRef).query(({ ctx, input }) => getOrderDetail(serviceCtx(ctx), input)),
    slots: own.input(z.object({ orderId: z.string().min(1).max(64) })).query(({ ctx, input }) => editableSlots(serviceCtx(ctx), input)),
    edit: own.input(ZEditOrderInput).mutation(({ ctx, input }) => editOrder(serviceCtx(ctx), input)),
    cancel: own.input(ZCancelOrderInput).mutation(({ ctx, input }) => cancelOrder(serviceCtx(ctx), input)),
  }),
  staff: router({
    list: read.input(ZStaffOrdersInput).query(({ ctx, input }) => listOrders(serviceCtx(ctx), input)),
    detail: read.input(ZOrderRef).query(({ ctx, input }) => getOrderDetail(serviceCtx(ctx), input)),
    slots: manage.input(z.object({ orderId: z.string().min(1).max(64) })).query(({ ctx, input }) => editableSlots(serviceCtx(ctx), input)),
    edit: manage.input(ZEditOrderInput).mutation(({ ctx, input }) => editOrder(serviceCtx(ctx), input)),
    cancel: manage.input(ZCancelOrderInput).mutation(({ ctx, input }) => cancelOrder(serviceCtx(ctx), input)),
    advance: fulfil.input(ZAdvanceOrderInput).mutation(({ ctx, input }) => advanceOrder(serviceCtx(ctx), input)),
    recordDelivery: fulfil.input(ZRecordDeliveryInput).mutation(({ ctx, input }) => recordDelivery(serviceCtx(ctx), input)),
  }),
});
