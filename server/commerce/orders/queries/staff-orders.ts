// The staff order list: every order of the hub, filtered and sorted on the server.
import type { Prisma } from "@/generated/prisma/client";
import type { OrderStatus } from "@/generated/prisma/enums";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../../context";
import { ORDER_SORTABLE, ZOrderStatus, ZStaffOrdersInput } from "../schema";
import { slotLabels, userLabels, zoneLabels } from "./lookups";
import { slotLabel } from "../rules";

export type StaffOrderRow = {
  id: string; number: string; status: OrderStatus; channel: string; placedAt: Date; deliveryDate: string; slotStartsAt: Date | null; slotEndsAt: Date | null; slotLabel: string;
  zoneCode: string; customerName: string | null; customerEmail: string | null; totalMinor: number; currency: string; paymentMethod: string; lineCount: number;
};

const CHANNELS = ["STOREFRONT", "SUBSCRIPTION", "B2B", "IMPORT"] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Orders of the hub (orders:read): filters q (number or customer email), status, channel, zone (code), from/to (delivery date). */
export async function listOrders(ctx: ServiceContext, raw: unknown): Promise<Page<StaffOrderRow>> {
  const q = parseOrThrow(ZStaffOrdersInput, raw ?? {});
  const { skip, take, sort, direction } = pageArgs(q, ORDER_SORTABLE, { id: "placedAt", desc: true });
  const where = await whereFor(ctx, q.filters);
  const [orders, total] = await Promise.all([
    ctx.db.order.findMany({
      where, skip, take, orderBy: [{ [sort.id]: direction }, { id: direction }],
      select: { id: true, number: true, status: true, channel: true, placedAt: true, deliveryDate: true, slotId: true, zoneId: true, customerUserId: true, totalMinor: true, currency: true, paymentMethod: true, _count: { select: { lines: true } } },
    }),
    ctx.db.order.count({ where }),
  ]);
  const [slots, zones, users] = await Promise.all([slotLabels(ctx.db, orders.map((o) => o.slotId)), zoneLabels(ctx.db, orders.map((o) => o.zoneId)), userLabels(ctx.db, orders.map((o) => o.customerUserId))]);
  return {
    total,
    rows: orders.map((o) => {
      const slot = o.slotId ? slots.get(o.slotId) : undefined;
      const user = o.customerUserId ? users.get(o.customerUserId) : undefined;
      return {
        id: o.id, number: o.number, status: o.status, channel: o.channel, placedAt: o.placedAt, deliveryDate: o.deliveryDate.toISOString().slice(0, 10),
        slotStartsAt: slot?.startsAt ?? null, slotEndsAt: slot?.endsAt ?? null, slotLabel: slot ? slotLabel(slot.startsAt, slot.endsAt, ctx.actor.hubTimeZone) : o.deliveryDate.toISOString().slice(0, 10), zoneCode: zones.get(o.zoneId)?.code ?? "",
        customerName: user?.name ?? null, customerEmail: user?.email ?? null, totalMinor: o.totalMinor, currency: o.currency, paymentMethod: o.paymentMethod, lineCount: o._count.lines,
      };
    }),
  };
}

async function whereFor(ctx: ServiceContext, filters: Record<string, string>): Promise<Prisma.OrderWhereInput> {
  const where: Prisma.OrderWhereInput = { hubId: ctx.actor.hubId };
  const status = ZOrderStatus.safeParse(filters.status);
  if (status.success) where.status = status.data;
  if ((CHANNELS as readonly string[]).includes(filters.channel ?? "")) where.channel = filters.channel as (typeof CHANNELS)[number];
  if (filters.zone) {
    const zone = await ctx.db.deliveryZone.findFirst({ where: { hubId: ctx.actor.hubId, code: filters.zone }, select: { id: true } });
    where.zoneId = zone?.id ?? "__none__";
  }
  const range: Prisma.DateTimeFilter = {};
  if (filters.from && DATE.test(filters.from)) range.gte = new Date(`${filters.from}T00:00:00Z`);
  if (filters.to && DATE.test(filters.to)) range.lte = new Date(`${filters.to}T00:00:00Z`);
  if (range.gte || range.lte) where.deliveryDate = range;
  const text = filters.q?.trim();
  if (text) {
    // Customers are users (no relation on Order): match e-mails first, then OR them with the number.
    const users = text.includes("@") || text.length >= 3
      ? await ctx.db.user.findMany({ where: { email: { contains: text, mode: "insensitive" } }, select: { id: true }, take: 200 })
      : [];
    where.OR = [{ number: { contains: text.toUpperCase() } }, ...(users.length ? [{ customerUserId: { in: users.map((u) => u.id) } }] : [])];
  }
  return where;
}
