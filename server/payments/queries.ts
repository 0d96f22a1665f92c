// Finance reads over payments (finance:read): the payments table and the overview figures.
import type { Prisma } from "@/generated/prisma/client";
import type { PaymentStatus } from "@/generated/prisma/enums";
import { pageArgs, type Page } from "@/lib/paging";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { ZPaymentsQuery } from "./schema";

export type PaymentRow = {
  id: string; orderId: string; orderNumber: string; channel: string; method: string; provider: string; status: PaymentStatus; currency: string;
  authorizedMinor: number; capturedMinor: number; refundedMinor: number; dueMinor: number; receivedMinor: number; outstandingMinor: number;
  refundableMinor: number; createdAt: Date; updatedAt: Date;
};

const SORTABLE = ["createdAt", "updatedAt", "status", "method", "authorizedMinor", "capturedMinor", "dueMinor", "receivedMinor", "refundedMinor"] as const;
const STATUSES: PaymentStatus[] = ["REQUIRES_PAYMENT", "AUTHORIZED", "CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED", "AWAITING_DELIVERY", "DUE", "PARTIALLY_PAID", "PAID", "CANCELLED", "FAILED"];

/** Payments of the hub, server-side sorted, filtered (status, method, order number) and paged. */
export async function listPayments(ctx: ServiceContext, raw: unknown): Promise<Page<PaymentRow>> {
  const q = parseOrThrow(ZPaymentsQuery, raw ?? {});
  const { skip, take, sort, direction } = pageArgs(q, SORTABLE, { id: "createdAt", desc: true });
  const where: Prisma.PaymentWhereInput = { hubId: ctx.actor.hubId };
  const f = q.filters;
  if (f.status && STATUSES.includes(f.status as PaymentStatus)) where.status = f.status as PaymentStatus;
  if (f.status === "OUTSTANDING") where.status = { in: ["DUE", "PARTIALLY_PAID"] };
  if (f.method === "CARD" || f.method === "PAY_ON_DELIVERY" || f.method === "INVOICE") where.method = f.method;
  if (f.orderNumber) where.order = { number: { contains: f.orderNumber.trim().toUpperCase() } };
  const [rows, total] = await Promise.all([
    ctx.db.payment.findMany({
      where, skip, take, orderBy: [{ [sort.id]: direction }, { id: direction }],
      select: {
        id: true, orderId: true, method: true, provider: true, status: true, currency: true, authorizedMinor: true, capturedMinor: true, refundedMinor: true,
        dueMinor: true, receivedMinor: true, createdAt: true, updatedAt: true, order: { select: { number: true, channel: true } },
      },
    }),
    ctx.db.payment.count({ where }),
  ]);
  return {
    total,
    rows: rows.map(({ order, ...p }) => ({
      ...p, orderNumber: order.number, channel: order.channel,
      outstandingMinor: Math.max(0, p.dueMinor - p.receivedMinor), refundableMinor: Math.max(0, p.capturedMinor + p.receivedMinor - p.refundedMinor),
    })),
  };
}

export type FinanceOverview = {
  currency: string;
  receivablesDueMinor: number; receivablesCount: number;
  capturedThisWeekMinor: number; receivedThisWeekMinor: number;
  authorizationsOutstandingMinor: number; authorizationsCount: number;
  refundsThisWeekMinor: number; refundsCount: number;
  daily: Array<{ day: string; recognisedMinor: number; cashInMinor: number; refundsMinor: number }>;
};

/** The overview KPIs: receivables due, cash captured and received in the last 7 days, card holds outstanding, refunds; and 28 days of daily figures. */
export async function financeOverview(ctx: ServiceContext): Promise<FinanceOverview> {
  const hubId = ctx.actor.hubId;
  const now = ctx.now();
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const since = new Date(now.getTime() - 28 * 86_400_000);
  const [due, holds, weekly, refunds, daily] = await Promise.all([
    ctx.db.$queryRaw<[{ s: bigint | null; n: bigint }]>`SELECT SUM("dueMinor" - "receivedMinor") AS s, COUNT(*) AS n FROM "Payment" WHERE "hubId" = ${hubId} AND "dueMinor" > "receivedMinor" AND status::text <> 'CANCELLED'`,
    ctx.db.$queryRaw<[{ s: bigint | null; n: bigint }]>`SELECT SUM("authorizedMinor") AS s, COUNT(*) AS n FROM "Payment" WHERE "hubId" = ${hubId} AND status = 'AUTHORIZED'`,
    ctx.db.$queryRaw<Array<{ kind: string; s: bigint | null }>>`
      SELECT e.kind, SUM(p."amountMinor") AS s FROM "JournalEntry" e JOIN "Posting" p ON p."entryId" = e.id JOIN "LedgerAccount" a ON a.id = p."accountId"
      WHERE e."hubId" = ${hubId} AND e."occurredAt" >= ${weekAgo} AND e.kind IN ('PAYMENT_CAPTURED', 'RECEIPT') AND a.key IN ('stripe_clearing', 'bank', 'cash_on_delivery')
      GROUP BY e.kind`,
    ctx.db.$queryRaw<[{ s: bigint | null; n: bigint }]>`SELECT SUM("amountMinor") AS s, COUNT(*) AS n FROM "Refund" WHERE "hubId" = ${hubId} AND status = 'SUCCEEDED' AND "updatedAt" >= ${weekAgo}`,
    ctx.db.$queryRaw<Array<{ day: Date; recognised: bigint | null; cash: bigint | null; refunds: bigint | null }>>`
      SELECT date_trunc('day', e."occurredAt") AS day,
             SUM(-p."amountMinor") FILTER (WHERE e.kind = 'ORDER_DELIVERED' AND a.type = 'REVENUE') AS recognised,
             SUM(p."amountMinor") FILTER (WHERE e.kind IN ('PAYMENT_CAPTURED', 'RECEIPT') AND a.key IN ('stripe_clearing', 'bank', 'cash_on_delivery')) AS cash,
             SUM(p."amountMinor") FILTER (WHERE e.kind = 'REFUND' AND a.key = 'refunds_and_credits') AS refunds
      FROM "JournalEntry" e JOIN "Posting" p ON p."entryId" = e.id JOIN "LedgerAccount" a ON a.id = p."accountId"
      WHERE e."hubId" = ${hubId} AND e."occurredAt" >= ${since}
      GROUP BY 1 ORDER BY 1`,
  ]);
  const kind = (k: string) => Number(weekly.find((w) => w.kind === k)?.s ?? 0);
  return {
    currency: ctx.actor.hubCurrency,
    receivablesDueMinor: Number(due[0].s ?? 0), receivablesCount: Number(due[0].n),
    capturedThisWeekMinor: kind("PAYMENT_CAPTURED"), receivedThisWeekMinor: kind("RECEIPT"),
    authorizationsOutstandingMinor: Number(holds[0].s ?? 0), authorizationsCount: Number(holds[0].n),
    refundsThisWeekMinor: Number(refunds[0].s ?? 0), refundsCount: Number(refunds[0].n),
    daily: daily.map((d) => ({ day: d.day.toISOString().slice(0, 10), recognisedMinor: Number(d.recognised ?? 0), cashInMinor: Number(d.cash ?? 0), refundsMinor: Number(d.refunds ?? 0) })),
  };
}
