// Turns order plans into rows: the order and its lines, its timeline through the state machine, the
// payment (card captured; pay on delivery / invoice due or paid with a receipt), the discount
// redemption, and the ledger entries the payments context posts for the same facts.
import type { OrderStatus, Prisma } from "@/generated/prisma/client";
import { discountId, zoneId } from "../demo-commerce";
import { DEMO_LOCATIONS } from "../demo-catalog";
import { HUB } from "../ids";
import { rngFor, type Rng } from "../random";
import { localInstant } from "./delivery";
import { buildEntries, type EntryRow, type PostingRow } from "./order-ledger";
import { MS_DAY, MS_HOUR, type OrderPlan } from "./order-plan";
import { deliveredValue } from "./pricing";

export type Actors = { warehouse: string; dispatcher: string; driver: string; finance: string };

export type OrderRows = {
  /** Without `number`: the writer takes it from OrderNumberSeq as it inserts. */
  orders: Omit<Prisma.OrderCreateManyInput, "number">[];
  lines: Prisma.OrderLineCreateManyInput[];
  transitions: Prisma.OrderTransitionCreateManyInput[];
  payments: Prisma.PaymentCreateManyInput[];
  receipts: Prisma.PaymentReceiptCreateManyInput[];
  redemptions: Prisma.DiscountRedemptionCreateManyInput[];
  entries: EntryRow[];
  postings: PostingRow[];
};

export const emptyOrderRows = (): OrderRows => ({ orders: [], lines: [], transitions: [], payments: [], receipts: [], redemptions: [], entries: [], postings: [] });

const CANCEL_NOTES = ["Away that week", "Ordered by mistake", "Changed my mind", "Ordered twice"];
type Step = { to: OrderStatus; at: Date; kind: "customer" | "staff" | "system"; userId: string | null; note?: string };

/** The order's status changes, in order, from placement to where the plan says it ended. */
function timeline(p: OrderPlan, rng: Rng, actors: Actors, reference: Date): Step[] {
  const steps: Step[] = [{ to: "PLACED", at: p.placedAt, kind: p.placedBy.kind, userId: p.placedBy.userId }];
  const cutoff = p.slot.cutoffAt.getTime();
  if (p.fate === "CANCELLED") {
    const at = new Date(p.placedAt.getTime() + rng.float(0.1, 0.9) * (cutoff - p.placedAt.getTime()));
    steps.push({ to: "CANCELLED", at, kind: "customer", userId: p.customerUserId, note: rng.pick(CANCEL_NOTES) });
    return steps;
  }
  const dayAt = (time: string) => localInstant(p.slot.date, time);
  const picking = new Date(dayAt("05:00").getTime() + rng.int(0, 60) * 60_000);
  const packed = new Date(picking.getTime() + rng.int(40, 110) * 60_000);
  const dispatched = new Date(p.slot.startsAt.getTime() - rng.int(15, 45) * 60_000);
  const arrived = new Date(p.slot.startsAt.getTime() + rng.float(0.05, 0.95) * (p.slot.endsAt.getTime() - p.slot.startsAt.getTime()));
  steps.push(
    { to: "CONFIRMED", at: p.slot.cutoffAt, kind: "system", userId: null },
    { to: "ALLOCATED", at: new Date(cutoff + rng.int(60, 180) * 60_000), kind: "system", userId: null },
    { to: "PICKING", at: picking, kind: "staff", userId: actors.warehouse },
    { to: "PACKED", at: packed, kind: "staff", userId: actors.warehouse },
    { to: "DISPATCHED", at: dispatched, kind: "staff", userId: actors.dispatcher },
  );
  if (p.fate === "FAILED") steps.push({ to: "FAILED", at: arrived, kind: "staff", userId: actors.driver, note: "Nobody home; card left at the door" });
  else if (p.fate === "PARTIAL") steps.push({ to: "PARTIALLY_DELIVERED", at: arrived, kind: "staff", userId: actors.driver, note: "Some items were short" });
  else {
    steps.push({ to: "DELIVERED", at: arrived, kind: "staff", userId: actors.driver });
    const closed = new Date(dayAt("06:00").getTime() + MS_DAY + rng.int(0, 30) * 60_000);
    if (closed < reference) steps.push({ to: "CLOSED", at: closed, kind: "system", userId: null });
  }
  return steps;
}

/** Appends the rows of one planned order to `out`. */
export function orderRows(out: OrderRows, p: OrderPlan, hubId: string, actors: Actors, reference: Date): void {
  const rng = rngFor("order", p.id);
  const steps = timeline(p, rng, actors, reference);
  const last = steps[steps.length - 1]!;
  const { priced } = p;
  const delivered = p.fate === "DELIVERED" ? priced.lines.map((l) => l.quantity) : p.fate === "PARTIAL" ? p.delivered! : null;
  const value = delivered ? deliveredValue(p.basis, priced, delivered) : null;
  out.orders.push({
    id: p.id, hubId, channel: p.channel, status: last.to, customerUserId: p.customerUserId, buyerOrganisationId: p.buyerOrganisationId,
    subscriptionId: p.subscriptionId, zoneId: zoneId(p.slot.window.zoneCode), slotId: p.slot.id, fulfilmentLocationId: DEMO_LOCATIONS.warehouse.id,
    deliveryDate: p.slot.date, isoWeek: p.slot.isoWeek, cutoffAt: p.slot.cutoffAt, addressId: p.addressId, shipTo: p.shipTo, currency: HUB.currency,
    pricesIncludeTax: p.basis === "RETAIL", paymentMethod: p.paymentMethod, subtotalMinor: priced.subtotalMinor, discountMinor: priced.discountMinor,
    deliveryFeeMinor: priced.deliveryFeeMinor, taxMinor: priced.taxMinor, totalMinor: priced.totalMinor, deliveredTotalMinor: value?.deliveredMinor ?? null,
    discountCodeId: p.discount ? discountId(p.discount.code) : null, notes: p.subscriptionId ? `Subscription renewal ${p.slot.isoWeek}` : "",
    placedAt: p.placedAt, updatedAt: last.at,
    cancelledAt: p.fate === "CANCELLED" ? last.at : null, cancelReason: p.fate === "CANCELLED" ? (last.note ?? null) : null,
  });
  priced.lines.forEach((l, i) => {
    out.lines.push({
      id: `${p.id}__${i + 1}`, hubId, orderId: p.id, skuId: l.skuId, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor,
      taxRateBasisPoints: l.taxRateBasisPoints, discountMinor: l.discountMinor, lineTotalMinor: l.lineTotalMinor, taxMinor: l.taxMinor,
      reservedQuantity: 0, deliveredQuantity: delivered ? delivered[i]! : p.fate === "FAILED" ? 0 : null, createdAt: p.placedAt,
    });
  });
  let from: OrderStatus | null = null;
  for (const s of steps) {
    out.transitions.push({ hubId, orderId: p.id, fromStatus: from, toStatus: s.to, actorUserId: s.userId, actorKind: s.kind, note: s.note ?? null, at: s.at });
    from = s.to;
  }
  if (p.discount) {
    out.redemptions.push({
      id: `red_${p.id.slice(4)}`, hubId, discountCodeId: discountId(p.discount.code), orderId: p.id, userId: p.customerUserId,
      amountMinor: priced.codeAmountMinor, createdAt: p.placedAt, releasedAt: p.fate === "CANCELLED" ? last.at : null,
    });
  }
  paymentRows(out, p, rng, hubId, actors, reference, steps, value);
}

function paymentRows(out: OrderRows, p: OrderPlan, rng: Rng, hubId: string, actors: Actors, reference: Date, steps: Step[], value: ReturnType<typeof deliveredValue> | null): void {
  const id = `pay_${p.id.slice(4)}`;
  const last = steps[steps.length - 1]!;
  const arrived = steps.find((s) => s.to === "DELIVERED" || s.to === "PARTIALLY_DELIVERED" || s.to === "FAILED")?.at ?? last.at;
  const total = p.priced.totalMinor;
  // Every row carries every amount: the bulk insert sets a column left out of some rows to NULL, not its default.
  const base = { id, hubId, orderId: p.id, method: p.paymentMethod, currency: HUB.currency, createdAt: p.placedAt, authorizedMinor: 0, capturedMinor: 0, refundedMinor: 0, dueMinor: 0, receivedMinor: 0 };
  const facts = { id, plan: p, value, authorizedAt: new Date(p.placedAt.getTime() + 60_000), deliveredAt: arrived, endedAt: last.at };
  if (p.paymentMethod === "CARD") {
    const capturedAt = new Date(arrived.getTime() + rng.int(20, 60) * 60_000);
    out.payments.push({
      ...base, provider: "STRIPE", status: value ? "CAPTURED" : "CANCELLED", authorizedMinor: total, capturedMinor: value?.deliveredMinor ?? 0,
      stripePaymentIntentId: `pi_seed_${p.id.slice(4)}`, updatedAt: value ? capturedAt : last.at, providerUpdatedAt: value ? capturedAt : last.at,
    });
    buildEntries(out, hubId, { ...facts, capturedAt, receipt: null });
    return;
  }
  if (!value) {
    out.payments.push({ ...base, provider: "MANUAL", status: "CANCELLED", updatedAt: last.at });
    return;
  }
  const receipt = receiptOf(p, rng, arrived, reference);
  out.payments.push({
    ...base, provider: "MANUAL", status: receipt ? "PAID" : "DUE", dueMinor: value.deliveredMinor, receivedMinor: receipt ? value.deliveredMinor : 0,
    updatedAt: receipt?.at ?? arrived,
  });
  if (receipt) {
    out.receipts.push({
      id: `rcp_${p.id.slice(4)}`, hubId, paymentId: id, amountMinor: value.deliveredMinor, method: receipt.method,
      reference: receipt.method === "BANK_TRANSFER" ? `NL-TRF-${rng.int(10_000_000, 99_999_999)}` : `${receipt.method === "CASH" ? "CASH" : "TERM"}-${p.id.slice(4)}`,
      receivedAt: receipt.at, recordedById: actors.finance, createdAt: receipt.at,
    });
  }
  buildEntries(out, hubId, { ...facts, capturedAt: null, receipt: receipt ? { id: `rcp_${p.id.slice(4)}`, ...receipt } : null });
}

/** Pay on delivery: mostly settled at the door; invoices by transfer 10-30 days later (a few stay unpaid). */
function receiptOf(p: OrderPlan, rng: Rng, deliveredAt: Date, reference: Date): { method: string; at: Date } | null {
  let receipt: { method: string; at: Date } | null;
  if (p.paymentMethod === "PAY_ON_DELIVERY") {
    receipt = rng.chance(0.85)
      ? { method: rng.chance(0.6) ? "CARD_TERMINAL" : "CASH", at: deliveredAt }
      : { method: "BANK_TRANSFER", at: new Date(deliveredAt.getTime() + rng.int(2, 10) * MS_DAY + rng.int(0, 8) * MS_HOUR) };
  } else {
    receipt = rng.chance(0.97) ? { method: "BANK_TRANSFER", at: new Date(deliveredAt.getTime() + rng.int(10, 30) * MS_DAY + rng.int(0, 8) * MS_HOUR) } : null;
  }
  return receipt && receipt.at < reference ? receipt : null;
}
