// The account pages' reads: the caller's subscriptions and one subscription with its upcoming weeks.
import type { DbOrTx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isoDateOf, isoWeekAt } from "@/lib/iso-week";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { retailPrices, skuLabels } from "./access";
import { upcomingDeliveries, UPCOMING_WEEKS } from "./rules";
import { ZRef } from "./schema";

type SubRow = { templateId: string | null; template: { priceMinor: number } | null; lines: { skuId: string; quantity: number }[] };

/** Price of one delivery: the box price, or the basket's current retail value. */
async function pricePerDelivery(db: DbOrTx, hubId: string, subs: SubRow[], now: Date) {
  const prices = await retailPrices(db, hubId, subs.flatMap((s) => s.lines.map((l) => l.skuId)), now);
  return (s: SubRow) => s.template?.priceMinor ?? s.lines.reduce((sum, l) => sum + (prices.get(l.skuId) ?? 0) * l.quantity, 0);
}

const windowOf = (db: DbOrTx, ids: string[]) =>
  db.deliveryWindow.findMany({ where: { id: { in: ids } }, select: { id: true, zoneId: true, weekday: true, startTime: true, endTime: true, active: true, zone: { select: { name: true, cutoffDaysBefore: true, cutoffTime: true } } } });

/** The caller's subscriptions, newest first, with the next delivery of each. */
export async function mySubscriptions(ctx: ServiceContext) {
  const { hubId, userId, hubTimeZone } = ctx.actor;
  const now = ctx.now();
  const subs = await ctx.db.subscription.findMany({
    where: { hubId, userId },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    include: { template: { select: { priceMinor: true } }, lines: { select: { skuId: true, quantity: true } }, skips: { select: { isoWeek: true } }, renewals: { select: { isoWeek: true, outcome: true, orderId: true } } },
  });
  const windows = new Map((await windowOf(ctx.db, subs.map((s) => s.windowId))).map((w) => [w.id, w]));
  const price = await pricePerDelivery(ctx.db, hubId, subs, now);
  const thisWeek = isoWeekAt(now, hubTimeZone);
  return subs.map((s) => {
    const w = windows.get(s.windowId)!;
    const weeks = upcomingDeliveries(
      { ...s, window: w, zone: w.zone, skips: new Set(s.skips.map((k) => k.isoWeek)), renewals: new Map(s.renewals.map((r) => [r.isoWeek, r])) },
      thisWeek, UPCOMING_WEEKS * 2, now, hubTimeZone,
    );
    const next = weeks.find((wk) => wk.state === "SCHEDULED" || wk.state === "RENEWED");
    return {
      id: s.id, name: s.name, status: s.status, cadence: s.cadence, isBox: s.templateId !== null, itemCount: s.lines.length,
      priceMinor: price(s), currency: ctx.actor.hubCurrency,
      window: { weekday: w.weekday, startTime: w.startTime, endTime: w.endTime },
      pausedUntil: s.pausedUntil ? isoDateOf(s.pausedUntil) : null,
      nextDeliveryDate: next?.deliveryDate ?? null,
    };
  });
}

/** One of the caller's subscriptions: lines with their swaps, the zone's windows, and the next six weeks. */
export async function subscriptionDetail(ctx: ServiceContext, raw: unknown) {
  const { id } = parseOrThrow(ZRef, raw);
  const { hubId, userId, hubTimeZone } = ctx.actor;
  const now = ctx.now();
  const s = await ctx.db.subscription.findFirst({
    where: { id, hubId, userId },
    include: {
      template: { select: { name: true, priceMinor: true, lines: { select: { id: true, skuId: true, swaps: { select: { skuId: true } } } } } },
      lines: { orderBy: { id: "asc" } }, skips: { select: { isoWeek: true } }, renewals: { select: { isoWeek: true, outcome: true, orderId: true } },
    },
  });
  if (!s) throw new DomainError("NOT_FOUND", "Subscription not found.");
  const [window] = await windowOf(ctx.db, [s.windowId]);
  if (!window) throw new DomainError("NOT_FOUND", "Subscription not found.");
  const zoneWindows = await ctx.db.deliveryWindow.findMany({ where: { zoneId: s.zoneId, active: true }, orderBy: [{ weekday: "asc" }, { startTime: "asc" }], select: { id: true, weekday: true, startTime: true, endTime: true } });
  const templateLines = new Map((s.template?.lines ?? []).map((l) => [l.id, l]));
  const optionIds = (l: { skuId: string; templateLineId: string | null }) => {
    const t = l.templateLineId ? templateLines.get(l.templateLineId) : undefined;
    return t ? [t.skuId, ...t.swaps.map((x) => x.skuId)].filter((skuId) => skuId !== l.skuId) : [];
  };
  const labels = await skuLabels(ctx.db, hubId, s.lines.flatMap((l) => [l.skuId, ...optionIds(l)]));
  const price = await pricePerDelivery(ctx.db, hubId, [s], now);
  const weeks = upcomingDeliveries(
    { ...s, window, zone: window.zone, skips: new Set(s.skips.map((k) => k.isoWeek)), renewals: new Map(s.renewals.map((r) => [r.isoWeek, r])) },
    isoWeekAt(now, hubTimeZone), UPCOMING_WEEKS, now, hubTimeZone,
  );
  const orderIds = weeks.flatMap((w) => (w.orderId ? [w.orderId] : []));
  const orders = new Map((await ctx.db.order.findMany({ where: { id: { in: orderIds }, hubId }, select: { id: true, number: true } })).map((o) => [o.id, o.number]));
  const address = await ctx.db.address.findFirst({ where: { id: s.addressId, hubId }, select: { label: true, line1: true, city: true, postcode: true } });
  return {
    id: s.id, name: s.name, status: s.status, cadence: s.cadence, isBox: s.templateId !== null, boxName: s.template?.name ?? null,
    priceMinor: price(s), currency: ctx.actor.hubCurrency, paymentMethod: s.paymentMethod, anchorWeek: s.anchorWeek,
    pausedUntil: s.pausedUntil ? isoDateOf(s.pausedUntil) : null, cancelledAt: s.cancelledAt, cancelReason: s.cancelReason,
    address, zoneName: window.zone.name,
    window: { id: window.id, weekday: window.weekday, startTime: window.startTime, endTime: window.endTime },
    zoneWindows,
    lines: s.lines.map((l) => ({
      id: l.id, skuId: l.skuId, quantity: l.quantity, productName: labels.get(l.skuId)?.productName ?? "Unknown item", pack: labels.get(l.skuId)?.pack ?? "",
      swapOptions: optionIds(l).flatMap((skuId) => {
        const alt = labels.get(skuId);
        return alt && alt.active ? [{ skuId, productName: alt.productName, pack: alt.pack }] : [];
      }),
    })),
    weeks: weeks.map((w) => ({ ...w, orderNumber: w.orderId ? (orders.get(w.orderId) ?? null) : null })),
  };
}
