// Property: after a long random mix of every stock operation (four concurrent streams, 10,000
// operations), the stored balances equal the balances rebuilt from the movement ledger, nothing
// is negative, and every reserved unit belongs to an open reservation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { contextAs, makeFarm, makeLocation, makeSku } from "../testing/inventory";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { makeHub } from "../testing/factories";
import { decideAdjustment, requestAdjustment } from "./service/adjustments";
import { confirmPick, deliverReservations, returnStock, shipReservations } from "./service/fulfil";
import { findBalanceDrift } from "./service/rebuild";
import { receiveLot } from "./service/receive";
import { releaseReservations, reserveStock } from "./service/reserve";
import { cancelTransfer, createTransfer, receiveTransfer } from "./service/transfers";

const OPERATIONS = 10_000;
const STREAMS = 4;
const SEED = Number(process.env.PROPERTY_SEED ?? 20261122);
// Outcomes a random operation may legitimately meet; anything else fails the test.
const EXPECTED = new Set(["INSUFFICIENT_STOCK", "INVALID_STATE", "VALIDATION", "FORBIDDEN"]);

function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let tdb: TestDatabase;
let pools: Db[];
beforeAll(async () => {
  tdb = await createTestDatabase();
  pools = Array.from({ length: STREAMS }, () => createDb(tdb.url, 2, { maxWaitMs: 60_000 }));
}, 60_000);
afterAll(async () => {
  await Promise.all(pools.map((p) => p.$disconnect()));
  await tdb.drop();
});

describe("movement ledger", () => {
  it(`rebuilds exactly the stored balances after ${OPERATIONS} random operations (seed ${SEED})`, async () => {
    const hub = await makeHub(tdb.db);
    await tdb.db.hub.update({ where: { id: hub.id }, data: { adjustmentApprovalThreshold: 15 } });
    const operator = await contextAs(tdb.db, hub.id, "WAREHOUSE");
    const approver = await contextAs(tdb.db, hub.id, "ADMIN");
    const skus = await Promise.all([0, 1, 2].map(() => makeSku(tdb.db, hub.id, { lowStockThreshold: 20 })));
    const farm = await makeFarm(tdb.db, hub.id);
    const locations = await Promise.all([makeLocation(tdb.db, hub.id, "WAREHOUSE"), makeLocation(tdb.db, hub.id, "PACKHOUSE"), makeLocation(tdb.db, hub.id, "VENDOR_SHOP")]);
    const counts: Record<string, number> = {};

    async function stream(index: number) {
      const rand = mulberry32(SEED + index);
      const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
      const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
      const as = (ctx: ServiceContext): ServiceContext => ({ ...ctx, db: pools[index]! });
      const ctx = as(operator);
      const refs: string[] = [];
      const someLot = async () => {
        const lots = await tdb.db.lot.findMany({ where: { hubId: hub.id }, select: { id: true } });
        return lots.length ? pick(lots).id : null;
      };

      const ops: Array<[weight: number, name: string, run: () => Promise<unknown>]> = [
        [8, "receive", () => receiveLot(ctx, { locationId: pick(locations.slice(0, 2)).id, skuId: pick(skus).id, farmId: farm.id, quantity: int(5, 60), grade: "CLASS_I", harvestedAt: new Date(Date.now() - 86_400_000), bestBefore: new Date(Date.now() + int(-1, 9) * 86_400_000) })],
        [25, "reserve", async () => { const ref = `s${index}-${refs.length}`; refs.push(ref); return reserveStock(ctx, { locationId: pick(locations).id, skuId: pick(skus).id, quantity: int(1, 12), reference: ref, allowPartial: rand() < 0.3 }); }],
        [8, "release", () => releaseReservations(ctx, { reference: pick(refs.length ? refs : ["none"]) })],
        [12, "pick", async () => { const r = await tdb.db.reservation.findFirst({ where: { hubId: hub.id, status: "ACTIVE", reference: { startsWith: `s${index}-` } }, skip: int(0, 5), select: { id: true, quantity: true } }); return r ? confirmPick(ctx, { reservationId: r.id, quantity: Math.max(0, r.quantity - int(0, 2)) + (rand() < 0.05 ? 5 : 0) }) : null; }],
        [8, "ship", () => shipReservations(ctx, { reference: pick(refs.length ? refs : ["none"]) })],
        [5, "deliver", () => deliverReservations(ctx, { reference: pick(refs.length ? refs : ["none"]), destinationLocationId: rand() < 0.5 ? locations[2]!.id : undefined })],
        [3, "return", async () => { const lotId = await someLot(); return lotId ? returnStock(ctx, { locationId: pick(locations).id, lotId, quantity: int(1, 5), reference: `ret-${index}` }) : null; }],
        [10, "adjust", async () => { const lotId = await someLot(); return lotId ? requestAdjustment(ctx, { locationId: pick(locations).id, lotId, delta: rand() < 0.5 ? -int(1, 25) : int(1, 25), reason: pick(["COUNT_CORRECTION", "DAMAGED", "FOUND", "SPOILED"] as const) }) : null; }],
        [4, "decide", async () => { const a = await tdb.db.stockAdjustment.findFirst({ where: { hubId: hub.id, status: "PENDING_APPROVAL" }, skip: int(0, 3), select: { id: true } }); return a ? decideAdjustment(as(approver), { adjustmentId: a.id, decision: rand() < 0.7 ? "APPROVE" : "REJECT" }) : null; }],
        [8, "transfer", async () => { const b = await tdb.db.stockBalance.findFirst({ where: { hubId: hub.id, onHand: { gt: 0 } }, skip: int(0, 10), select: { locationId: true, lotId: true } }); const to = pick(locations.filter((l) => l.id !== b?.locationId)); return b ? createTransfer(ctx, { fromLocationId: b.locationId, toLocationId: to.id, lines: [{ lotId: b.lotId, quantity: int(1, 15) }] }) : null; }],
        [6, "receiveTransfer", async () => { const t = await tdb.db.stockTransfer.findFirst({ where: { hubId: hub.id, status: "IN_TRANSIT" }, skip: int(0, 3), select: { id: true, lines: { select: { id: true, quantity: true } } } }); return t ? receiveTransfer(ctx, { transferId: t.id, lines: t.lines.map((l) => ({ lineId: l.id, receivedQuantity: Math.max(0, l.quantity - int(0, 2)) })) }) : null; }],
        [3, "cancelTransfer", async () => { const t = await tdb.db.stockTransfer.findFirst({ where: { hubId: hub.id, status: "IN_TRANSIT" }, select: { id: true } }); return t ? cancelTransfer(ctx, { transferId: t.id }) : null; }],
      ];
      const total = ops.reduce((s, [w]) => s + w, 0);
      for (let i = 0; i < OPERATIONS / STREAMS; i++) {
        let roll = rand() * total;
        const [, name, run] = ops.find(([w]) => (roll -= w) < 0) ?? ops[0]!;
        try {
          await run();
          counts[name] = (counts[name] ?? 0) + 1;
        } catch (error) {
          if (!(error instanceof DomainError) || !EXPECTED.has(error.code)) throw new Error(`${name} (stream ${index}, op ${i}): ${String(error)}`);
          counts[`${name}:${error.code}`] = (counts[`${name}:${error.code}`] ?? 0) + 1;
        }
      }
    }
    await Promise.all(Array.from({ length: STREAMS }, (_, i) => stream(i)));

    // The operations really happened: every kind succeeded many times, and some were refused.
    for (const name of ["receive", "reserve", "release", "pick", "ship", "deliver", "adjust", "decide", "transfer", "receiveTransfer"]) expect(counts[name] ?? 0).toBeGreaterThan(20);
    expect(counts["reserve:INSUFFICIENT_STOCK"] ?? 0).toBeGreaterThan(0);
    const movements = await tdb.db.stockMovement.count({ where: { hubId: hub.id } });
    expect(movements).toBeGreaterThan(5_000);

    expect(await findBalanceDrift(tdb.db, hub.id)).toEqual([]);
    const negative = await tdb.db.$queryRaw<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM "StockBalance" WHERE "onHand" < 0 OR reserved < 0 OR reserved > "onHand"`;
    expect(negative[0]!.n).toBe(0);
    // Reserved on every balance = units of its open reservations (active, or picked and not shipped).
    const orphans = await tdb.db.$queryRaw<unknown[]>`
      SELECT b.id FROM "StockBalance" b
      LEFT JOIN (SELECT "locationId", "lotId", SUM(CASE WHEN status = 'ACTIVE' THEN quantity ELSE "pickedQuantity" END)::int AS held
                 FROM "Reservation" WHERE status IN ('ACTIVE', 'PICKED') GROUP BY 1, 2) r
        ON r."locationId" = b."locationId" AND r."lotId" = b."lotId"
      WHERE b."hubId" = ${hub.id} AND b.reserved <> COALESCE(r.held, 0)`;
    expect(orphans).toEqual([]);
  }, 600_000);
});
