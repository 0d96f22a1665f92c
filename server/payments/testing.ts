// Test helpers for payments: the fake Stripe wired into lib/env, signed webhook requests, delivery
// shortcuts and ledger checks. Orders come from the real createOrder (server/testing/orders.ts).
import Stripe from "stripe";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { FakeStripe } from "../testing/fake-stripe";
import { taxIncluded } from "@/lib/money";
import { openPayment } from "./service/open-payment";
import { onOrderDelivered } from "./service/order-hooks";

export const WEBHOOK_SECRET = "whsec_test_furrow_payments";

/** Starts the fake Stripe and points lib/env at it (secret key, webhook secret, API base). */
export async function startFakeStripe(): Promise<FakeStripe> {
  const fake = new FakeStripe();
  const url = await fake.start();
  Object.assign(env, { STRIPE_SECRET_KEY: "sk_test_fake", STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, STRIPE_API_BASE: url });
  return fake;
}

const signer = new Stripe("sk_test_unused");

/** A webhook body and its valid Stripe-Signature header. */
export function signedEvent(event: object, secret = WEBHOOK_SECRET): { body: string; signature: string } {
  const body = JSON.stringify(event);
  return { body, signature: signer.webhooks.generateTestHeaderString({ payload: body, secret }) };
}

/** Records delivered quantities straight on the lines (delivered = ordered unless given, by SKU) and runs the payments delivery hook. */
export async function deliver(db: Db, orderId: string, delivered: Record<string, number> = {}, now = new Date()) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`UPDATE "OrderLine" SET "deliveredQuantity" = LEAST(quantity, COALESCE((${JSON.stringify(delivered)}::jsonb ->> "skuId")::int, quantity)) WHERE "orderId" = ${orderId}`;
    return onOrderDelivered(tx, { orderId, now, actorUserId: null });
  });
}

/** Balance per account key of a hub (debits positive). */
export async function balances(db: Db, hubId: string): Promise<Record<string, number>> {
  const rows = await db.ledgerAccount.findMany({ where: { hubId }, select: { key: true, balanceMinor: true } });
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.balanceMinor)]));
}

/** The ledger's invariants for a hub: every entry sums to zero, balances equal posting sums, the trial balance sums to zero. */
export async function ledgerInvariants(db: Db, hubId: string) {
  const unbalanced = await db.$queryRaw<Array<{ entryId: string }>>`
    SELECT p."entryId" FROM "Posting" p JOIN "JournalEntry" e ON e.id = p."entryId" WHERE e."hubId" = ${hubId} GROUP BY p."entryId" HAVING SUM(p."amountMinor") <> 0`;
  const drift = await db.$queryRaw<Array<{ key: string }>>`
    SELECT a.key FROM "LedgerAccount" a LEFT JOIN "Posting" p ON p."accountId" = a.id WHERE a."hubId" = ${hubId}
    GROUP BY a.id HAVING a."balanceMinor" <> COALESCE(SUM(p."amountMinor"), 0)`;
  const [total] = await db.$queryRaw<[{ s: bigint | null }]>`SELECT SUM("balanceMinor")::bigint AS s FROM "LedgerAccount" WHERE "hubId" = ${hubId}`;
  return { unbalanced: unbalanced.length, drift: drift.map((d) => d.key), trialSum: Number(total.s ?? 0) };
}

let quickSeq = 0;

/**
 * A minimal order (retail prices incl. VAT, a delivery fee) with its payment opened through openPayment:
 * for volume tests where createOrder's slot, stock and pricing work is not what is being tested.
 */
export async function quickOrder(db: Db, input: { hubId: string; customerUserId: string; method: "CARD" | "PAY_ON_DELIVERY"; channel?: "STOREFRONT" | "SUBSCRIPTION"; lines: Array<{ skuId: string; quantity: number; unitPriceMinor?: number }>; now?: Date }) {
  const now = input.now ?? new Date();
  const lines = input.lines.map((l) => {
    const total = l.quantity * (l.unitPriceMinor ?? 300);
    return { hubId: input.hubId, skuId: l.skuId, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor ?? 300, taxRateBasisPoints: 900, lineTotalMinor: total, taxMinor: taxIncluded(total, 900), reservedQuantity: l.quantity };
  });
  const subtotal = lines.reduce((s, l) => s + l.lineTotalMinor, 0);
  const fee = subtotal >= 5000 ? 0 : 495;
  const tax = lines.reduce((s, l) => s + l.taxMinor, 0) + taxIncluded(fee, 2100);
  return db.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        hubId: input.hubId, number: `QO-${process.pid}-${++quickSeq}`, channel: input.channel ?? "STOREFRONT", customerUserId: input.customerUserId, zoneId: "zone", fulfilmentLocationId: "loc",
        deliveryDate: now, isoWeek: "2026-W48", cutoffAt: new Date(now.getTime() + 86_400_000), shipTo: {}, currency: "EUR", paymentMethod: input.method,
        subtotalMinor: subtotal, deliveryFeeMinor: fee, taxMinor: tax, totalMinor: subtotal + fee, lines: { create: lines },
      },
      select: { id: true, totalMinor: true },
    });
    const { paymentId } = await openPayment(tx, { hubId: input.hubId, orderId: order.id, method: input.method, amountMinor: order.totalMinor, currency: "EUR", customerUserId: input.customerUserId, now });
    return { orderId: order.id, paymentId, totalMinor: order.totalMinor };
  });
}
