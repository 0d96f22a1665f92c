// The demo seed against a real database: counts match the spec, a rerun inserts nothing,
// growing from small to full only adds retailers, households and lots (with their stock and
// provenance, still consistent), and demo users can sign in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/password";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { hubDay } from "./build/time";
import {
  accountBalanceMismatches, addressesOutsideZones, balanceMismatches, discountUsageMismatches, impliedStockAlertKeys, openAlertKeys,
  orderTotalMismatches, paymentMismatches, renewalMismatches, reservationMismatches, slotBookingMismatches, timelineMismatches, unbalancedEntries,
} from "./consistency";
import { DEMO_COMMERCE } from "./demo-commerce";
import { SEED_REFERENCE_DATE } from "./demo-catalog";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { seed, type SeedResult } from "./index";
import { TABLES } from "./write";

let t: TestDatabase;
let first: SeedResult;

// Small scale with twelve weeks of orders: ~15 s on a quiet machine, several times that on a busy one.
beforeAll(async () => {
  t = await createTestDatabase();
  first = await seed(t.db, { scale: "small" });
}, 300_000);
afterAll(() => t.drop());

/** Every commerce invariant the seed promises, as lists of offending rows (all empty when consistent). */
const commerceProblems = async (hubId: string) => ({
  slots: await slotBookingMismatches(t.db),
  totals: await orderTotalMismatches(t.db),
  timelines: await timelineMismatches(t.db),
  discounts: await discountUsageMismatches(t.db),
  entries: await unbalancedEntries(t.db),
  balances: await accountBalanceMismatches(t.db),
  payments: await paymentMismatches(t.db),
  outsideZones: await addressesOutsideZones(t.db, hubId),
  reservations: await reservationMismatches(t.db),
  renewals: await renewalMismatches(t.db),
  stock: await balanceMismatches(t.db),
});
const NO_PROBLEMS = { slots: [], totals: [], timelines: [], discounts: [], entries: [], balances: [], payments: [], outsideZones: [], reservations: [], renewals: [], stock: [] };

const kindCounts = async () => {
  const rows = await t.db.organisation.groupBy({ by: ["kind"], _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [r.kind, r._count._all]));
};

describe("demo seed", () => {
  it("creates the spec's rows at small scale", async () => {
    expect(first.inserted).toEqual(first.planned);
    const kinds = await kindCounts();
    expect(kinds).toMatchObject({ OPERATOR: 1, CLUSTER: 3, VENDOR: 30, BUYER: 200, CARRIER: 2 });
    expect(kinds.FARM).toBeGreaterThanOrEqual(90);
    expect(kinds.FARM).toBeLessThanOrEqual(120);
    expect(await t.db.location.count({ where: { kind: { in: ["PACKHOUSE", "WAREHOUSE", "DEPOT"] } } })).toBe(20);
    expect(await t.db.vehicle.count()).toBe(100);
    // 100 fleet drivers plus the demo driver
    expect(await t.db.driver.count()).toBe(101);
    expect(await t.db.membership.count({ where: { role: "CONSUMER", organisationId: null } })).toBe(301);
    const hub = await t.db.hub.findUniqueOrThrow({ where: { slug: "valley" } });
    expect(hub).toMatchObject({ name: "Furrow Valley Hub", timeZone: "Europe/Amsterdam", currency: "EUR", country: "NL" });
  });

  it("inserts nothing on a second run", async () => {
    const again = await seed(t.db, { scale: "small" });
    expect(again.planned).toEqual(first.planned);
    for (const table of TABLES) expect(again.inserted[table], table).toBe(0);
  }, 300_000);

  it("seeds commerce that adds up: slots, orders, codes, payments, ledger, reservations", async () => {
    expect(first.planned).toMatchObject({ deliveryZone: 5, deliveryFeeRule: 15, deliveryWindow: 39, deliverySlot: 663, discountCode: 3, boxTemplate: 4 });
    expect(await commerceProblems(first.hubId)).toEqual(NO_PROBLEMS);
    const byChannel = await t.db.order.groupBy({ by: ["channel"], _count: { _all: true } });
    expect(byChannel.map((c) => c.channel).sort()).toEqual(["B2B", "STOREFRONT", "SUBSCRIPTION"]);
    const byStatus = Object.fromEntries((await t.db.order.groupBy({ by: ["status"], _count: { _all: true } })).map((g) => [g.status, g._count._all]));
    for (const status of ["CLOSED", "DELIVERED", "PARTIALLY_DELIVERED", "FAILED", "CANCELLED", "PLACED", "CONFIRMED"]) expect(byStatus[status], status).toBeGreaterThan(0);
    // Business buyers: wholesale excl. VAT, invoiced, the buying organisation set.
    expect(await t.db.order.count({ where: { channel: "B2B", OR: [{ pricesIncludeTax: true }, { paymentMethod: { not: "INVOICE" } }, { buyerOrganisationId: null }] } })).toBe(0);
    // About 40 % of households subscribe.
    const subscribers = await t.db.subscription.count({ where: { userId: { startsWith: "usr_household_" } } });
    expect(subscribers / 300).toBeGreaterThan(0.3);
    expect(subscribers / 300).toBeLessThan(0.5);
    expect(await t.db.subscription.count({ where: { status: "CANCELLED", cancelReason: null } })).toBe(0);
  });

  it("gives the demo consumer a Family veg box, an editable order and one past its cutoff, holding stock", async () => {
    const consumer = await t.db.user.findUniqueOrThrow({ where: { email: "consumer@furrow.demo" }, select: { id: true } });
    const subs = await t.db.subscription.findMany({ where: { userId: consumer.id }, include: { template: true, renewals: true } });
    expect(subs.map((s) => [s.id, s.status, s.template?.name])).toEqual([[DEMO_COMMERCE.subscriptionId, "ACTIVE", "Family veg box"]]);
    expect(subs[0]!.renewals.length).toBeGreaterThan(5);
    const now = SEED_REFERENCE_DATE.getTime();
    const editable = await t.db.order.findUniqueOrThrow({ where: { id: DEMO_COMMERCE.editableOrderId }, include: { lines: true } });
    expect(editable.status).toBe("PLACED");
    expect(editable.cutoffAt.getTime()).toBeGreaterThan(now + 2 * 86_400_000);
    const confirmed = await t.db.order.findUniqueOrThrow({ where: { id: DEMO_COMMERCE.pastCutoffOrderId }, include: { lines: true } });
    expect(confirmed.status).toBe("CONFIRMED");
    expect(confirmed.cutoffAt.getTime()).toBeLessThan(now);
    expect(confirmed.deliveryDate.getTime()).toBeGreaterThanOrEqual(hubDay(SEED_REFERENCE_DATE).getTime());
    for (const line of [...editable.lines, ...confirmed.lines]) {
      expect(line.reservedQuantity).toBe(line.quantity);
      const held = await t.db.reservation.aggregate({ where: { reference: `order-line:${line.id}`, status: "ACTIVE" }, _sum: { quantity: true } });
      expect(held._sum.quantity).toBe(line.quantity);
    }
  });

  it("seeds supply: 13 weeks of capacity for the 3 clusters, season contracts, 15 transport lanes, farms' SKUs", async () => {
    const weeks = await t.db.capacitySnapshot.groupBy({ by: ["isoWeek"], _count: { _all: true } });
    expect(weeks).toHaveLength(13);
    expect(new Set((await t.db.capacitySnapshot.findMany({ select: { clusterId: true }, distinct: ["clusterId"] })).map((c) => c.clusterId)).size).toBe(3);
    expect(first.planned.capacityChange).toBeGreaterThan(first.planned.capacitySnapshot);
    expect(first.planned.growerContract).toBeGreaterThan(50);
    expect(first.planned.transportCost).toBe(15);
    const farms = await t.db.organisation.findMany({ where: { kind: "FARM" }, select: { attributes: true } });
    expect(farms.every((f) => ((f.attributes as { growsSkuIds?: string[] }).growsSkuIds ?? []).length > 0)).toBe(true);
  });

  it("gives every demo user the shared password and the right scope", async () => {
    for (const demo of DEMO_USERS) {
      const user = await t.db.user.findUniqueOrThrow({
        where: { email: demo.email },
        select: { passwordHash: true, memberships: { select: { role: true, organisation: { select: { code: true } } } } },
      });
      expect(user.memberships.map((m) => [m.role, m.organisation?.code ?? null])).toContainEqual([demo.role, demo.organisationCode]);
      expect(user.passwordHash).toBeTruthy();
    }
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "admin@furrow.demo" }, include: { memberships: true } });
    expect(admin.memberships.map((m) => m.role).sort()).toEqual(["ADMIN", "DEVELOPER"]);
    expect(await verifyPassword(admin.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await t.db.user.count({ where: { passwordHash: { not: null } } })).toBe(DEMO_USERS.length);
  });

  it("grows to full scale by adding only retailers, households and lots, keeping stock consistent", async () => {
    const full = await seed(t.db, { scale: "full" });
    expect(full.inserted).toMatchObject({
      organisation: 1800, user: 2700, membership: 2700, address: 4500, facility: 0, vehicle: 0, driver: 0,
      taxCategory: 0, category: 0, product: 0, sku: 0, price: 0, substitutionRule: 0, certification: 0, lot: 2880,
      deliveryZone: 0, deliveryWindow: 0, deliverySlot: 0, discountCode: 0, boxTemplate: 0, reservation: 0,
    });
    expect((await kindCounts()).BUYER).toBe(2000);
    expect(await t.db.lot.count()).toBe(3200);
    expect(await commerceProblems(full.hubId)).toEqual(NO_PROBLEMS);
    expect(await t.db.order.count({ where: { channel: "B2B" } })).toBeGreaterThan(30_000);
    // Added stock may lift a location out of low stock: the seed resolves that alert like the service would.
    const implied = await impliedStockAlertKeys(t.db, hubDay(SEED_REFERENCE_DATE).toISOString().slice(0, 10));
    expect(await openAlertKeys(t.db, "LOW_STOCK")).toEqual(implied.low);
    expect(await openAlertKeys(t.db, "EXPIRY")).toEqual(implied.expiry);

    const again = await seed(t.db, { scale: "full" });
    for (const table of TABLES) expect(again.inserted[table], table).toBe(0);
  }, 900_000); // two full-scale runs with 12 weeks of orders: minutes, more on a busy CI runner
});
