// Finance reads (finance:read): the journal with filters, account balances, the trial balance and
// an order's money trail. Every query is scoped to the caller's hub; amounts are minor units.
import type { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { ZJournalQuery, ZMoneyTrailQuery, ZTrialBalanceQuery } from "./schema";

export type JournalPosting = { accountKey: string; accountCode: string; accountName: string; amountMinor: number };
export type JournalRow = {
  id: string; occurredAt: Date; kind: string; memo: string; idempotencyKey: string; currency: string;
  orderId: string | null; orderNumber: string | null; reversalOfId: string | null; reversedById: string | null;
  amountMinor: number; postings: JournalPosting[];
};

const entrySelect = {
  id: true, occurredAt: true, kind: true, memo: true, idempotencyKey: true, orderId: true, reversalOfId: true,
  postings: { select: { amountMinor: true, currency: true, account: { select: { key: true, code: true, name: true } } }, orderBy: { id: "asc" } },
} satisfies Prisma.JournalEntrySelect;

type EntryRow = Prisma.JournalEntryGetPayload<{ select: typeof entrySelect }>;

async function toRows(ctx: ServiceContext, entries: EntryRow[]): Promise<JournalRow[]> {
  const orderIds = [...new Set(entries.map((e) => e.orderId).filter((x): x is string => !!x))];
  const orders = orderIds.length ? await ctx.db.order.findMany({ where: { id: { in: orderIds }, hubId: ctx.actor.hubId }, select: { id: true, number: true } }) : [];
  const numbers = new Map(orders.map((o) => [o.id, o.number]));
  const reversals = await ctx.db.journalEntry.findMany({ where: { hubId: ctx.actor.hubId, reversalOfId: { in: entries.map((e) => e.id) } }, select: { id: true, reversalOfId: true } });
  const reversedBy = new Map(reversals.map((r) => [r.reversalOfId!, r.id]));
  return entries.map((e) => ({
    id: e.id, occurredAt: e.occurredAt, kind: e.kind, memo: e.memo, idempotencyKey: e.idempotencyKey, currency: e.postings[0]?.currency ?? ctx.actor.hubCurrency,
    orderId: e.orderId, orderNumber: e.orderId ? (numbers.get(e.orderId) ?? null) : null, reversalOfId: e.reversalOfId, reversedById: reversedBy.get(e.id) ?? null,
    amountMinor: e.postings.reduce((s, p) => s + Math.max(0, p.amountMinor), 0),
    postings: e.postings.map((p) => ({ accountKey: p.account.key, accountCode: p.account.code, accountName: p.account.name, amountMinor: p.amountMinor })),
  }));
}

/** Hub-local midnight is close enough for filters; dates are taken as UTC days. */
const dayStart = (d: string) => new Date(`${d}T00:00:00.000Z`);
const nextDay = (d: string) => new Date(dayStart(d).getTime() + 86_400_000);

/** Journal entries, newest first by default, filtered by date range, kind, account and order number; paged server-side. */
export async function listJournal(ctx: ServiceContext, raw: unknown): Promise<{ rows: JournalRow[]; total: number }> {
  const q = parseOrThrow(ZJournalQuery, raw ?? {});
  const where: Prisma.JournalEntryWhereInput = { hubId: ctx.actor.hubId };
  if (q.from || q.to) where.occurredAt = { ...(q.from ? { gte: dayStart(q.from) } : {}), ...(q.to ? { lt: nextDay(q.to) } : {}) };
  if (q.kind) where.kind = q.kind;
  if (q.accountKey) where.postings = { some: { account: { key: q.accountKey } } };
  if (q.orderNumber) {
    const order = await ctx.db.order.findFirst({ where: { hubId: ctx.actor.hubId, number: q.orderNumber.toUpperCase() }, select: { id: true } });
    if (!order) return { rows: [], total: 0 };
    where.orderId = order.id;
  }
  const dir = q.sortDesc ? "desc" : "asc";
  const [entries, total] = await Promise.all([
    ctx.db.journalEntry.findMany({ where, select: entrySelect, orderBy: [{ occurredAt: dir }, { createdAt: dir }, { id: dir }], skip: q.page * q.pageSize, take: q.pageSize }),
    ctx.db.journalEntry.count({ where }),
  ]);
  return { rows: await toRows(ctx, entries), total };
}

export type AccountBalance = { key: string; code: string; name: string; type: string; currency: string; balanceMinor: number; postingsMinor: number; postingCount: number };

/** Every account of the hub with its kept balance and the sum of its postings (they must agree). */
export async function accountBalances(ctx: ServiceContext, asOf?: Date): Promise<AccountBalance[]> {
  const rows = await ctx.db.$queryRaw<Array<{ key: string; code: string; name: string; type: string; currency: string; balance: bigint; sum: bigint | null; n: bigint }>>`
    SELECT a.key, a.code, a.name, a.type::text AS type, a.currency, a."balanceMinor" AS balance,
           COALESCE(SUM(p."amountMinor") FILTER (WHERE ${asOf ?? null}::timestamptz IS NULL OR e."occurredAt" < ${asOf ?? null}::timestamptz), 0)::bigint AS sum,
           COUNT(p.id) FILTER (WHERE ${asOf ?? null}::timestamptz IS NULL OR e."occurredAt" < ${asOf ?? null}::timestamptz) AS n
    FROM "LedgerAccount" a
    LEFT JOIN "Posting" p ON p."accountId" = a.id
    LEFT JOIN "JournalEntry" e ON e.id = p."entryId"
    WHERE a."hubId" = ${ctx.actor.hubId}
    GROUP BY a.id
    ORDER BY a.code`;
  return rows.map((r) => ({ key: r.key, code: r.code, name: r.name, type: r.type, currency: r.currency, balanceMinor: Number(r.balance), postingsMinor: Number(r.sum ?? 0), postingCount: Number(r.n) }));
}

export type TrialBalance = {
  asOf: string | null;
  rows: Array<{ key: string; code: string; name: string; type: string; debitMinor: number; creditMinor: number; balanceMinor: number }>;
  totalDebitMinor: number; totalCreditMinor: number; sumMinor: number; balanced: boolean;
  /** Accounts whose kept balance differs from the sum of their postings (should be none). */
  drift: Array<{ code: string; balanceMinor: number; postingsMinor: number }>;
};

/** Debits and credits per account (as of the end of a day, or now); totals equal and the balances sum to zero. */
export async function trialBalance(ctx: ServiceContext, raw: unknown): Promise<TrialBalance> {
  const q = parseOrThrow(ZTrialBalanceQuery, raw ?? {});
  const asOf = q.asOf ? nextDay(q.asOf) : undefined;
  const accounts = await accountBalances(ctx, asOf);
  const rows = accounts.map((a) => ({ key: a.key, code: a.code, name: a.name, type: a.type, debitMinor: Math.max(0, a.postingsMinor), creditMinor: Math.max(0, -a.postingsMinor), balanceMinor: a.postingsMinor }));
  const totalDebitMinor = rows.reduce((s, r) => s + r.debitMinor, 0);
  const totalCreditMinor = rows.reduce((s, r) => s + r.creditMinor, 0);
  const drift = asOf ? [] : accounts.filter((a) => a.balanceMinor !== a.postingsMinor).map((a) => ({ code: a.code, balanceMinor: a.balanceMinor, postingsMinor: a.postingsMinor }));
  return { asOf: q.asOf ?? null, rows, totalDebitMinor, totalCreditMinor, sumMinor: totalDebitMinor - totalCreditMinor, balanced: totalDebitMinor === totalCreditMinor && drift.length === 0, drift };
}

/** Everything money about one order: its payments with receipts and refunds, credits, and the journal entries with postings. */
export async function moneyTrail(ctx: ServiceContext, raw: unknown) {
  const q = parseOrThrow(ZMoneyTrailQuery, raw);
  const order = await ctx.db.order.findFirst({
    where: { hubId: ctx.actor.hubId, number: q.number.toUpperCase() },
    select: {
      id: true, number: true, channel: true, status: true, currency: true, paymentMethod: true, customerUserId: true, placedAt: true, deliveryDate: true,
      subtotalMinor: true, discountMinor: true, deliveryFeeMinor: true, taxMinor: true, totalMinor: true, deliveredTotalMinor: true,
      payments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true, provider: true, method: true, status: true, authorizedMinor: true, capturedMinor: true, refundedMinor: true, dueMinor: true, receivedMinor: true,
          stripePaymentIntentId: true, failureMessage: true, createdAt: true, updatedAt: true,
          receipts: { orderBy: { receivedAt: "asc" }, select: { id: true, amountMinor: true, method: true, reference: true, receivedAt: true } },
          refunds: { orderBy: { createdAt: "asc" }, select: { id: true, amountMinor: true, reason: true, status: true, createdAt: true } },
        },
      },
    },
  });
  if (!order) throw new DomainError("NOT_FOUND", `No order ${q.number} in this hub.`);
  const [entries, credits, customer] = await Promise.all([
    ctx.db.journalEntry.findMany({ where: { hubId: ctx.actor.hubId, orderId: order.id }, select: entrySelect, orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }] }),
    ctx.db.customerCredit.findMany({ where: { hubId: ctx.actor.hubId, orderId: order.id }, select: { id: true, amountMinor: true, reason: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    order.customerUserId ? ctx.db.user.findUnique({ where: { id: order.customerUserId }, select: { name: true } }) : null,
  ]);
  const { payments, customerUserId, ...summary } = order;
  return { order: { ...summary, customerName: customer?.name ?? null }, customerUserId, payments, credits, entries: await toRows(ctx, entries) };
}
export type MoneyTrail = Awaited<ReturnType<typeof moneyTrail>>;
