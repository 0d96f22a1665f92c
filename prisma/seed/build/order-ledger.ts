// The journal entries of a seeded order, as the payments context posts them (commerce contract):
// card authorized -> delivered (revenue recognised) -> captured (rest released), or authorized ->
// released (cancelled or failed); pay on delivery / invoice: delivered (receivable) -> receipt. Every entry balances.
import type { AccountKey } from "@/server/ledger";
import { REVENUE_ACCOUNT_BY_CHANNEL } from "@/server/ledger";
import { HUB } from "../ids";
import type { OrderPlan } from "./order-plan";
import type { deliveredValue } from "./pricing";

export type EntryRow = {
  id: string; hubId: string; idempotencyKey: string; kind: string; memo: string; orderId: string; paymentId: string | null;
  actorUserId: string | null; occurredAt: Date; createdAt: Date;
};
/** accountKey is resolved to the hub's account id by the writer. */
export type PostingRow = { entryId: string; accountKey: AccountKey; amountMinor: number; orderId: string; createdAt: Date };

type Facts = {
  id: string; plan: OrderPlan; value: ReturnType<typeof deliveredValue> | null;
  authorizedAt: Date; deliveredAt: Date; endedAt: Date; capturedAt: Date | null;
  receipt: { id: string; method: string; at: Date } | null;
};

const euro = (minor: number) => `€${(minor / 100).toFixed(2)}`;

export function buildEntries(out: { entries: EntryRow[]; postings: PostingRow[] }, hubId: string, f: Facts): void {
  const p = f.plan;
  const post = (key: string, kind: string, memo: string, at: Date, paymentId: string | null, postings: [AccountKey, number][]) => {
    const kept = postings.filter(([, a]) => a !== 0);
    if (kept.length < 2) return;
    if (kept.reduce((s, [, a]) => s + a, 0) !== 0) throw new Error(`seed ledger: ${key} does not balance`);
    const id = `jrn_${key.replace(/[^a-z0-9]+/gi, "_")}`;
    out.entries.push({ id, hubId, idempotencyKey: key, kind, memo, orderId: p.id, paymentId, actorUserId: null, occurredAt: at, createdAt: at });
    for (const [accountKey, amountMinor] of kept) out.postings.push({ entryId: id, accountKey, amountMinor, orderId: p.id, createdAt: at });
  };
  const when = p.slot.date.toISOString().slice(0, 10);
  const A = p.priced.totalMinor;
  const card = p.paymentMethod === "CARD";
  if (card) {
    post(`payment-authorized:${f.id}`, "PAYMENT_AUTHORIZED", `Card authorized ${euro(A)} for the ${when} delivery`, f.authorizedAt, f.id,
      [["card_authorizations", A], ["deferred_revenue", -A]]);
  }
  const v = f.value;
  if (!v) {
    if (card) post(`authorization-released:${f.id}`, "AUTHORIZATION_RELEASED", `Card hold released: order ${p.fate === "FAILED" ? "not delivered" : "cancelled"}`,
      new Date(f.endedAt.getTime() + 60_000), f.id, [["deferred_revenue", A], ["card_authorizations", -A]]);
    return;
  }
  const D = v.deliveredMinor;
  const revenue = D - v.taxMinor - v.feeNetMinor;
  post(`order-delivered:${p.id}`, "ORDER_DELIVERED", `Delivered ${euro(D)} (${p.channel.toLowerCase()}) on ${when}`, f.deliveredAt, f.id, [
    [card ? "deferred_revenue" : "receivables", D],
    [REVENUE_ACCOUNT_BY_CHANNEL[p.channel], -revenue],
    ["revenue_delivery_fees", -v.feeNetMinor],
    ["tax_payable", -v.taxMinor],
  ]);
  if (card && f.capturedAt) {
    post(`payment-captured:${f.id}`, "PAYMENT_CAPTURED", `Captured ${euro(D)} of ${euro(A)} authorized`, f.capturedAt, f.id, [
      ["stripe_clearing", D], ["deferred_revenue", A - D], ["card_authorizations", -A],
    ]);
  }
  if (f.receipt) {
    post(`receipt:${f.receipt.id}`, "RECEIPT", `${f.receipt.method.replaceAll("_", " ").toLowerCase()} received ${euro(D)}`, f.receipt.at, f.id, [
      [f.receipt.method === "CASH" ? "cash_on_delivery" : "bank", D], ["receivables", -D],
    ]);
  }
}

export const LEDGER_CURRENCY = HUB.currency;
