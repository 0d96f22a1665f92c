// A customer's own orders, newest first, with what the account pages need per row.
import type { Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { OrderStatus } from "@/generated/prisma/enums";
import type { ServiceContext } from "../../../context";
import { ZMyOrdersInput } from "../schema";
import { isEditable } from "../state-machine";
import { slotLabels } from "./lookups";
import { slotLabel } from "../rules";

export type MyOrderRow = {
  id: string; number: string; status: OrderStatus; channel: string; placedAt: Date; deliveryDate: string;
  slotStartsAt: Date | null; slotEndsAt: Date | null; slotLabel: string; cutoffAt: Date; editable: boolean; totalMinor: number; currency: string; lineCount: number;
};

const OPEN: OrderStatus[] = ["PLACED", "CONFIRMED", "ALLOCATED", "PICKING", "PACKED", "DISPATCHED", "FAILED"];

/** The signed-in customer's orders (paged), newest first. */
export async function listMyOrders(ctx: ServiceContext, raw: unknown): Promise<Page<MyOrderRow>> {
  const q = parseOrThrow(ZMyOrdersInput, raw ?? {});
  const where = { hubId: ctx.actor.hubId, customerUserId: ctx.actor.userId };
  const [orders, total] = await Promise.all([
    ctx.db.order.findMany({
      where, orderBy: [{ placedAt: "desc" }, { id: "desc" }], skip: q.page * q.pageSize, take: q.pageSize,
      select: { id: true, number: true, status: true, channel: true, placedAt: true, deliveryDate: true, slotId: true, cutoffAt: true, totalMinor: true, currency: true, _count: { select: { lines: true } } },
    }),
    ctx.db.order.count({ where }),
  ]);
  return { rows: await toRows(ctx, orders), total };
}

/** Orders still on their way (for the account overview), soonest delivery first. */
export async function listMyOpenOrders(ctx: ServiceContext, limit = 5): Promise<MyOrderRow[]> {
  const orders = await ctx.db.order.findMany({
    where: { hubId: ctx.actor.hubId, customerUserId: ctx.actor.userId, status: { in: OPEN } },
    orderBy: [{ deliveryDate: "asc" }, { id: "asc" }], take: limit,
    select: { id: true, number: true, status: true, channel: true, placedAt: true, deliveryDate: true, slotId: true, cutoffAt: true, totalMinor: true, currency: true, _count: { select: { lines: true } } },
  });
  return toRows(ctx, orders);
}

type Row = { id: string; number: string; status: OrderStatus; channel: string; placedAt: Date; deliveryDate: Date; slotId: string | null; cutoffAt: Date; totalMinor: number; currency: string; _count: { lines: number } };

async function toRows(ctx: ServiceContext, orders: Row[]): Promise<MyOrderRow[]> {
  const slots = await slotLabels(ctx.db, orders.map((o) => o.slotId));
  const now = ctx.now();
  return orders.map((o) => {
    const slot = o.slotId ? slots.get(o.slotId) : undefined;
    return {
      id: o.id, number: o.number, status: o.status, channel: o.channel, placedAt: o.placedAt, deliveryDate: o.deliveryDate.toISOString().slice(0, 10),
      slotStartsAt: slot?.startsAt ?? null, slotEndsAt: slot?.endsAt ?? null, slotLabel: slot ? slotLabel(slot.startsAt, slot.endsAt, ctx.actor.hubTimeZone) : o.deliveryDate.toISOString().slice(0, 10), cutoffAt: o.cutoffAt, editable: isEditable(o, now),
      totalMinor: o.totalMinor, currency: o.currency, lineCount: o._count.lines,
    };
  });
}
