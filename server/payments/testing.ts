// Test helpers for payments: the fake Stripe wired into lib/env, signed webhook requests, delivery
// shortcuts and ledger checks. Orders come from the real createOrder (server/testing/orders.ts).
import Stripe from "stripe";
import type { Db } from "@/lib/db";
import { env } from "@/lib/env";
import { FakeStripe } from "../testing/fake-stripe";
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

/** Records delivered quantities straight on the lines (delivered = ordered unless given) and runs the payments delivery hook. */
export async function deliver(db: Db, orderId: string, delivered: Record<string, number> = {}, now = new Date()) {
  return db.$transaction(async (tx) => {
    const lines = await tx.orderLine.findMany({ where: { orderId }, select: { id: true, skuId: true, quantity: true } });
    for (const l of lines) await tx.orderLine.update({ where: { id: l.id }, data: { deliveredQuantity: delivered[l.skuId] ?? l.quantity } });
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
