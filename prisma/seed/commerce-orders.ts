// Writes the order history: orders in placement order (so their sequence numbers follow time), each
// batch with its lines, timeline, payments, receipts, redemptions and ledger entries in one
// transaction. An order that exists therefore has all of its rows, so a rerun (or a larger scale)
// only sends the orders not there yet.
import type { OrderPlan } from "./build/order-plan";
import { emptyOrderRows, orderRows, type Actors, type OrderRows } from "./build/order-rows";
import { HUB } from "./ids";
import { insertJson, type SeedCtx, type Table } from "./write";
import { inLongTransaction, insertWithChildren, ORDER_NUMBER_SQL } from "./write-commerce";

const BATCH = 4_000;

export async function writeOrders(ctx: SeedCtx, plans: OrderPlan[], actors: Actors): Promise<void> {
  plans.sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime() || (a.id < b.id ? -1 : 1));
  const accounts = new Map((await ctx.db.ledgerAccount.findMany({ where: { hubId: ctx.hubId }, select: { id: true, key: true } })).map((a) => [a.key, a.id]));
  const existing = new Set((await ctx.db.order.findMany({ where: { hubId: ctx.hubId, id: { startsWith: "ord_" } }, select: { id: true } })).map((o) => o.id));
  for (let i = 0; i < plans.length; i += BATCH) {
    const all = emptyOrderRows();
    for (const p of plans.slice(i, i + BATCH)) orderRows(all, p, ctx.hubId, actors, ctx.reference);
    countPlanned(ctx, all);
    const rows = onlyNew(all, existing);
    if (rows.orders.length === 0) continue;
    const postings = rows.postings.map(({ accountKey, ...p }) => ({ ...p, hubId: ctx.hubId, accountId: accounts.get(accountKey)!, currency: HUB.currency }));
    await inLongTransaction(ctx.db, async (tx) => {
      const add = (table: Table, n: number) => void (ctx.inserted[table] += n);
      const o = await insertWithChildren(tx,
        { table: "Order", rows: rows.orders, orderBy: `src."placedAt", src.id`, computed: { number: ORDER_NUMBER_SQL } },
        { table: "OrderTransition", rows: rows.transitions, foreignKey: "orderId" });
      add("order", o.parents);
      add("orderTransition", o.children);
      add("orderLine", (await insertJson(tx, "OrderLine", rows.lines)).count);
      add("payment", (await insertJson(tx, "Payment", rows.payments)).count);
      add("paymentReceipt", (await insertJson(tx, "PaymentReceipt", rows.receipts)).count);
      add("discountRedemption", (await insertJson(tx, "DiscountRedemption", rows.redemptions)).count);
      const e = await insertWithChildren(tx, { table: "JournalEntry", rows: rows.entries }, { table: "Posting", rows: postings, foreignKey: "entryId" });
      add("journalEntry", e.parents);
      add("posting", e.children);
    });
  }
}

function countPlanned(ctx: SeedCtx, rows: OrderRows): void {
  const p = ctx.planned;
  p.order += rows.orders.length;
  p.orderTransition += rows.transitions.length;
  p.orderLine += rows.lines.length;
  p.payment += rows.payments.length;
  p.paymentReceipt += rows.receipts.length;
  p.discountRedemption += rows.redemptions.length;
  p.journalEntry += rows.entries.length;
  p.posting += rows.postings.length;
}

/** The rows of the orders not stored yet. */
function onlyNew(rows: OrderRows, existing: ReadonlySet<string>): OrderRows {
  const isNew = (orderId: string | null | undefined) => !existing.has(orderId!);
  const payments = rows.payments.filter((p) => isNew(p.orderId));
  const paymentIds = new Set(payments.map((p) => p.id!));
  return {
    orders: rows.orders.filter((o) => isNew(o.id)),
    lines: rows.lines.filter((l) => isNew(l.orderId)),
    transitions: rows.transitions.filter((t) => isNew(t.orderId)),
    payments,
    receipts: rows.receipts.filter((r) => paymentIds.has(r.paymentId)),
    redemptions: rows.redemptions.filter((r) => isNew(r.orderId)),
    entries: rows.entries.filter((e) => isNew(e.orderId)),
    postings: rows.postings.filter((p) => isNew(p.orderId)),
  };
}
