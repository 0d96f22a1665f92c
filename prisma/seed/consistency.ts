// SQL checks that the seeded stock obeys the inventory contract: every balance is the sum of its
// movements (both directions), and open alerts match the state they describe. Used by the seed's
// integration tests; handy from a psql prompt too.
import type { DbOrTx } from "@/lib/db";
import { EXPIRY_WINDOW_DAYS, LOW_STOCK_KINDS } from "./build/alerts";

export type Mismatch = { locationId: string; lotId: string; onHand: number | null; reserved: number | null; sumOnHand: number | null; sumReserved: number | null };

/** (location, lot) pairs whose balance differs from its movements, or that exist on one side only. */
export function balanceMismatches(db: DbOrTx): Promise<Mismatch[]> {
  return db.$queryRaw<Mismatch[]>`
    WITH sums AS (
      SELECT "locationId", "lotId", SUM("onHandDelta")::int AS "sumOnHand", SUM("reservedDelta")::int AS "sumReserved"
      FROM "StockMovement" GROUP BY "locationId", "lotId"
    )
    SELECT COALESCE(b."locationId", s."locationId") AS "locationId", COALESCE(b."lotId", s."lotId") AS "lotId",
           b."onHand", b.reserved, s."sumOnHand", s."sumReserved"
    FROM "StockBalance" b
    FULL OUTER JOIN sums s ON s."locationId" = b."locationId" AND s."lotId" = b."lotId"
    WHERE b.id IS NULL OR s."lotId" IS NULL OR b."onHand" <> s."sumOnHand" OR b.reserved <> s."sumReserved"`;
}

/** Open-alert keys the stock implies: LOW_STOCK (unexpired availability under threshold) and EXPIRY. */
export async function impliedStockAlertKeys(db: DbOrTx, today: string): Promise<{ low: string[]; expiry: string[] }> {
  const low = await db.$queryRaw<{ key: string }[]>`
    SELECT 'LOW_STOCK:' || b."locationId" || ':' || b."skuId" AS key
    FROM "StockBalance" b
    JOIN "Lot" l ON l.id = b."lotId" JOIN "Sku" s ON s.id = b."skuId" JOIN "Location" loc ON loc.id = b."locationId"
    WHERE loc.kind::text = ANY(${[...LOW_STOCK_KINDS]}) AND s."lowStockThreshold" > 0
    GROUP BY b."locationId", b."skuId", s."lowStockThreshold"
    HAVING COALESCE(SUM(b."onHand" - b.reserved) FILTER (WHERE l."bestBefore" >= ${today}::date), 0) < s."lowStockThreshold"`;
  const expiry = await db.$queryRaw<{ key: string }[]>`
    SELECT 'EXPIRY:' || b."locationId" || ':' || b."lotId" AS key
    FROM "StockBalance" b JOIN "Lot" l ON l.id = b."lotId"
    WHERE b."onHand" > 0 AND l."bestBefore" <= ${today}::date + ${EXPIRY_WINDOW_DAYS}::int`;
  return { low: low.map((r) => r.key).sort(), expiry: expiry.map((r) => r.key).sort() };
}

/** Open-alert keys actually stored, per kind. */
export async function openAlertKeys(db: DbOrTx, kind: "LOW_STOCK" | "EXPIRY" | "COLD_CHAIN"): Promise<string[]> {
  const rows = await db.inventoryAlert.findMany({ where: { kind, status: { not: "RESOLVED" } }, select: { openKey: true } });
  return rows.map((r) => r.openKey ?? "").sort();
}

// ─── commerce ───────────────────────────────────────────────────────────────
// Checks that seeded (and live) orders, slots, codes, payments and the ledger agree with each other.
// Each returns the offending rows; an empty list means consistent.

/** Slots whose booked count differs from the orders (not cancelled) in them. */
export function slotBookingMismatches(db: DbOrTx): Promise<{ id: string; booked: number; orders: number }[]> {
  return db.$queryRaw`
    SELECT s.id, s.booked, COUNT(o.id)::int AS orders
    FROM "DeliverySlot" s LEFT JOIN "Order" o ON o."slotId" = s.id AND o.status <> 'CANCELLED'
    GROUP BY s.id HAVING s.booked <> COUNT(o.id) OR s.booked > s.capacity`;
}

/** Orders whose money does not add up: subtotal = Σ qty × unit, discount = Σ line discounts, line totals,
 *  total = Σ line totals + fee (+ tax when prices exclude it), tax at least the lines' tax. */
export function orderTotalMismatches(db: DbOrTx): Promise<{ id: string }[]> {
  return db.$queryRaw`
    SELECT o.id FROM "Order" o JOIN (
      SELECT "orderId", SUM(quantity * "unitPriceMinor")::bigint AS gross, SUM("discountMinor")::bigint AS discount,
             SUM("lineTotalMinor")::bigint AS lines, SUM("taxMinor")::bigint AS tax,
             BOOL_AND("lineTotalMinor" = quantity * "unitPriceMinor" - "discountMinor") AS lines_ok
      FROM "OrderLine" GROUP BY "orderId") l ON l."orderId" = o.id
    WHERE o."subtotalMinor" <> l.gross OR o."discountMinor" <> l.discount OR NOT l.lines_ok OR o."taxMinor" < l.tax
       OR o."totalMinor" <> l.lines + o."deliveryFeeMinor" + CASE WHEN o."pricesIncludeTax" THEN 0 ELSE o."taxMinor" END
    UNION ALL
    SELECT o.id FROM "Order" o WHERE NOT EXISTS (SELECT 1 FROM "OrderLine" l WHERE l."orderId" = o.id)`;
}

/** Orders whose timeline does not end in their status, or does not start with PLACED. */
export function timelineMismatches(db: DbOrTx): Promise<{ id: string }[]> {
  return db.$queryRaw`
    SELECT o.id FROM "Order" o
    LEFT JOIN LATERAL (SELECT "toStatus" FROM "OrderTransition" t WHERE t."orderId" = o.id ORDER BY t.at DESC, t.id DESC LIMIT 1) last ON true
    LEFT JOIN LATERAL (SELECT "toStatus", "fromStatus" FROM "OrderTransition" t WHERE t."orderId" = o.id ORDER BY t.at, t.id LIMIT 1) first ON true
    WHERE last."toStatus" IS DISTINCT FROM o.status OR first."toStatus" IS DISTINCT FROM 'PLACED' OR first."fromStatus" IS NOT NULL`;
}

/** Discount codes whose timesUsed differs from their unreleased redemptions. */
export function discountUsageMismatches(db: DbOrTx): Promise<{ id: string; timesUsed: number; redemptions: number }[]> {
  return db.$queryRaw`
    SELECT d.id, d."timesUsed", COUNT(r.id)::int AS redemptions
    FROM "DiscountCode" d LEFT JOIN "DiscountRedemption" r ON r."discountCodeId" = d.id AND r."releasedAt" IS NULL
    GROUP BY d.id HAVING d."timesUsed" <> COUNT(r.id)`;
}

/** Journal entries whose postings do not sum to zero or that have fewer than two postings. */
export function unbalancedEntries(db: DbOrTx): Promise<{ id: string; total: number; postings: number }[]> {
  return db.$queryRaw`
    SELECT e.id, COALESCE(SUM(p."amountMinor"), 0)::int AS total, COUNT(p.id)::int AS postings
    FROM "JournalEntry" e LEFT JOIN "Posting" p ON p."entryId" = e.id
    GROUP BY e.id HAVING COALESCE(SUM(p."amountMinor"), 0) <> 0 OR COUNT(p.id) < 2`;
}

/** Accounts whose balance differs from the sum of their postings. */
export function accountBalanceMismatches(db: DbOrTx): Promise<{ key: string; balance: string; postings: string }[]> {
  return db.$queryRaw`
    SELECT a.key, a."balanceMinor"::text AS balance, COALESCE(SUM(p."amountMinor"), 0)::text AS postings
    FROM "LedgerAccount" a LEFT JOIN "Posting" p ON p."accountId" = a.id
    GROUP BY a.id HAVING a."balanceMinor" <> COALESCE(SUM(p."amountMinor"), 0)`;
}

/** Payments that disagree with their order: card captures and invoiced amounts equal the delivered
 *  value; PAID means received = due = the receipts. */
export function paymentMismatches(db: DbOrTx): Promise<{ id: string }[]> {
  return db.$queryRaw`
    SELECT p.id FROM "Payment" p JOIN "Order" o ON o.id = p."orderId"
    LEFT JOIN (SELECT "paymentId", SUM("amountMinor")::int AS received FROM "PaymentReceipt" GROUP BY "paymentId") r ON r."paymentId" = p.id
    WHERE (p.status = 'CAPTURED' AND p."capturedMinor" <> o."deliveredTotalMinor")
       OR (p.status IN ('DUE', 'PAID') AND p."dueMinor" <> o."deliveredTotalMinor")
       OR (p.status = 'PAID' AND (p."receivedMinor" <> p."dueMinor" OR COALESCE(r.received, 0) <> p."receivedMinor"))
       OR (p.status = 'DUE' AND COALESCE(r.received, 0) <> p."receivedMinor")`;
}

/** Addresses of a hub outside every active delivery zone (by postcode prefix). */
export function addressesOutsideZones(db: DbOrTx, hubId: string): Promise<{ id: string; postcode: string }[]> {
  return db.$queryRaw`
    SELECT a.id, a.postcode FROM "Address" a
    WHERE a."hubId" = ${hubId} AND NOT EXISTS (
      SELECT 1 FROM "DeliveryZone" z, unnest(z."postcodePrefixes") AS prefix
      WHERE z."hubId" = a."hubId" AND z.active AND replace(a.postcode, ' ', '') LIKE prefix || '%')`;
}

/** Stock held for orders: each balance's reserved = its active reservations, and each order line's
 *  reservedQuantity = the active reservations of `order-line:<lineId>`. */
export function reservationMismatches(db: DbOrTx): Promise<{ key: string; expected: number; actual: number }[]> {
  return db.$queryRaw`
    SELECT 'balance:' || b.id AS key, b.reserved AS expected, COALESCE(SUM(r.quantity), 0)::int AS actual
    FROM "StockBalance" b LEFT JOIN "Reservation" r ON r."locationId" = b."locationId" AND r."lotId" = b."lotId" AND r.status = 'ACTIVE'
    GROUP BY b.id HAVING b.reserved <> COALESCE(SUM(r.quantity), 0)
    UNION ALL
    SELECT 'line:' || l.id, l."reservedQuantity", COALESCE(SUM(r.quantity), 0)::int
    FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId" AND o.status NOT IN ('CANCELLED', 'DELIVERED', 'PARTIALLY_DELIVERED', 'FAILED', 'CLOSED')
    LEFT JOIN "Reservation" r ON r.reference = 'order-line:' || l.id AND r.status = 'ACTIVE'
    GROUP BY l.id HAVING l."reservedQuantity" <> COALESCE(SUM(r.quantity), 0)`;
}

/** Renewals that created an order point at that subscription's order of that week. */
export function renewalMismatches(db: DbOrTx): Promise<{ id: string }[]> {
  return db.$queryRaw`
    SELECT r.id FROM "SubscriptionRenewal" r LEFT JOIN "Order" o ON o.id = r."orderId"
    WHERE (r.outcome = 'CREATED') <> (r."orderId" IS NOT NULL)
       OR (r."orderId" IS NOT NULL AND (o.id IS NULL OR o."subscriptionId" <> r."subscriptionId" OR o."isoWeek" <> r."isoWeek"))`;
}
