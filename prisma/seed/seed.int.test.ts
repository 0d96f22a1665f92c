// The demo seed against a real database: counts match the spec, a rerun inserts nothing,
// growing from small to full only adds retailers, households and lots (with their stock and
// provenance, still consistent), and demo users can sign in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/password";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { hubDay } from "./build/time";
import { balanceMismatches, impliedStockAlertKeys, openAlertKeys } from "./consistency";
import { SEED_REFERENCE_DATE } from "./demo-catalog";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-users";
import { seed, type SeedResult } from "./index";
import { TABLES } from "./write";

let t: TestDatabase;
let first: SeedResult;

beforeAll(async () => {
  t = await createTestDatabase();
  first = await seed(t.db, { scale: "small" });
});
afterAll(() => t.drop());

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
    });
    expect((await kindCounts()).BUYER).toBe(2000);
    expect(await t.db.lot.count()).toBe(3200);
    expect(await balanceMismatches(t.db)).toEqual([]);
    // Added stock may lift a location out of low stock: the seed resolves that alert like the service would.
    const implied = await impliedStockAlertKeys(t.db, hubDay(SEED_REFERENCE_DATE).toISOString().slice(0, 10));
    expect(await openAlertKeys(t.db, "LOW_STOCK")).toEqual(implied.low);
    expect(await openAlertKeys(t.db, "EXPIRY")).toEqual(implied.expiry);

    const again = await seed(t.db, { scale: "full" });
    for (const table of TABLES) expect(again.inserted[table], table).toBe(0);
  }, 300_000); // two full-scale runs: ~15 s on a quiet machine, far more on a busy CI runner
});
