// Inventory never oversells under concurrency: 500 reservations race for 100 units over many
// separate database connections; adjustments and transfers race against reservations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../context";
import { contextAs, makeFarm, makeLocation, makeSku, receive } from "../testing/inventory";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { makeHub } from "../testing/factories";
import { decideAdjustment, requestAdjustment } from "./service/adjustments";
import { findBalanceDrift } from "./service/rebuild";
import { reserveStock } from "./service/reserve";
import { cancelTransfer, createTransfer, receiveTransfer } from "./service/transfers";

let tdb: TestDatabase;
let pools: Db[] = [];
// 4 clients x 40 connections: up to 160 transactions truly in flight at once.
const POOLS = 4;
const CONNECTIONS_PER_POOL = 40;

beforeAll(async () => {
  tdb = await createTestDatabase();
  // 500 callers queue for 160 connections: let them wait as long as the test may take.
  pools = Array.from({ length: POOLS }, () => createDb(tdb.url, CONNECTIONS_PER_POOL, { maxWaitMs: 120_000 }));
}, 60_000);
afterAll(async () => {
  await Promise.all(pools.map((p) => p.$disconnect()));
  await tdb.drop();
});

/** The same actor on the i-th pool, so calls spread over separate connections. */
const onPool = (ctx: ServiceContext, i: number): ServiceContext => ({ ...ctx, db: pools[i % POOLS]! });

async function outcome<T>(p: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    return { ok: false, error };
  }
}

async function setup(lots: Array<[quantity: number, bestBeforeDays: number]>) {
  const hub = await makeHub(tdb.db);
  const ctx = await contextAs(tdb.db, hub.id, "WAREHOUSE");
  const [sku, farm, location] = await Promise.all([makeSku(tdb.db, hub.id), makeFarm(tdb.db, hub.id), makeLocation(tdb.db, hub.id)]);
  const received = [];
  for (const [quantity, days] of lots) received.push({ ...(await receive(ctx, { locationId: location.id, skuId: sku.id, farmId: farm.id }, quantity, days)), quantity, days });
  return { hub, ctx, sku, farm, location, lots: received };
}

describe("reservations under concurrency", () => {
  it("500 concurrent reservations at 100 units: exactly 100 reserved, FEFO, clear rejections", async () => {
    // 100 units in four lots with distinct best-before dates; one expired lot that must never be used.
    const { ctx, sku, location, lots, hub } = await setup([[30, 9], [10, 3], [25, 5], [35, 12], [40, -1]]);
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) => outcome(reserveStock(onPool(ctx, i), { locationId: location.id, skuId: sku.id, quantity: 1, reference: `order-${i}` }))),
    );
    const ok = results.filter((r) => r.ok);
    const rejected = results.filter((r) => !r.ok);
    expect(ok).toHaveLength(100);
    expect(rejected).toHaveLength(400);
    for (const r of rejected) {
      expect(r.error).toBeInstanceOf(DomainError);
      expect((r.error as DomainError).code).toBe("INSUFFICIENT_STOCK");
      expect((r.error as DomainError).message).toMatch(/Only 0 units available; 1 requested/);
    }
    const balances = await tdb.db.stockBalance.findMany({ where: { locationId: location.id }, include: { lot: true } });
    expect(balances.reduce((s, b) => s + b.reserved, 0)).toBe(100);
    for (const b of balances) {
      expect(b.reserved).toBeGreaterThanOrEqual(0);
      expect(b.onHand - b.reserved).toBeGreaterThanOrEqual(0);
    }
    const expired = lots.find((l) => l.days < 0)!;
    expect(balances.find((b) => b.lotId === expired.lotId)!.reserved).toBe(0);

    // FEFO in commit order: the sequence of lots reserved never goes back to an earlier best-before.
    const movements = await tdb.db.stockMovement.findMany({ where: { locationId: location.id, kind: "RESERVE" }, orderBy: { id: "asc" }, select: { lotId: true } });
    const daysOf = new Map(lots.map((l) => [l.lotId, l.days]));
    const sequence = movements.map((m) => daysOf.get(m.lotId)!);
    expect(sequence).toHaveLength(100);
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
    expect(sequence.slice(0, 10).every((d) => d === 3)).toBe(true);
    expect(await findBalanceDrift(tdb.db, hub.id)).toEqual([]);
  }, 120_000);

  it("mixed quantities: never more than on hand, every rejection explains what is left", async () => {
    const { ctx, sku, location, hub } = await setup([[40, 4], [60, 8]]);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => outcome(reserveStock(onPool(ctx, i), { locationId: location.id, skuId: sku.id, quantity: 1 + (i % 4), reference: `mix-${i}` }))),
    );
    const reserved = results.flatMap((r) => (r.ok ? r.value.reservations : [])).reduce((s, r) => s + r.quantity, 0);
    const balances = await tdb.db.stockBalance.findMany({ where: { locationId: location.id } });
    expect(balances.reduce((s, b) => s + b.reserved, 0)).toBe(reserved);
    expect(reserved).toBeLessThanOrEqual(100);
    // Stock only shrinks, so a request turned away for asking q means fewer than q are left now.
    const left = 100 - reserved;
    const rejectedSizes = results.flatMap((r, i) => (r.ok ? [] : [1 + (i % 4)]));
    for (const r of results) if (!r.ok) expect((r.error as DomainError).code).toBe("INSUFFICIENT_STOCK");
    expect(rejectedSizes.length).toBeGreaterThan(0);
    expect(left).toBeLessThan(Math.min(...rejectedSizes));
    expect(await findBalanceDrift(tdb.db, hub.id)).toEqual([]);
  }, 120_000);
});

describe("adjustments and transfers racing reservations", () => {
  it("never take reserved units away: on hand stays >= reserved whatever wins", async () => {
    const { ctx, sku, location, lots, hub } = await setup([[60, 5]]);
    const lotId = lots[0]!.lotId;
    const other = await makeLocation(tdb.db, hub.id);
    // 60 units: 80 one-unit reservations, 20 removals of 2 (count corrections) and 20 transfers of 2 race.
    const tasks: Promise<{ kind: string; ok: boolean; error?: unknown; units: number }>[] = [];
    for (let i = 0; i < 80; i++) tasks.push(outcome(reserveStock(onPool(ctx, i), { locationId: location.id, skuId: sku.id, quantity: 1, reference: `r-${i}` })).then((r) => ({ kind: "reserve", ok: r.ok, error: r.ok ? undefined : r.error, units: 1 })));
    for (let i = 0; i < 20; i++) tasks.push(outcome(requestAdjustment(onPool(ctx, i + 1), { locationId: location.id, lotId, delta: -2, reason: "COUNT_CORRECTION" })).then((r) => ({ kind: "adjust", ok: r.ok, error: r.ok ? undefined : r.error, units: 2 })));
    for (let i = 0; i < 20; i++) tasks.push(outcome(createTransfer(onPool(ctx, i + 2), { fromLocationId: location.id, toLocationId: other.id, lines: [{ lotId, quantity: 2 }] })).then((r) => ({ kind: "transfer", ok: r.ok, error: r.ok ? undefined : r.error, units: 2 })));
    const results = await Promise.all(tasks);
    for (const r of results.filter((x) => !x.ok)) expect((r.error as DomainError).code).toBe("INSUFFICIENT_STOCK");

    const used = results.filter((r) => r.ok).reduce((s, r) => s + r.units, 0);
    const source = await tdb.db.stockBalance.findUniqueOrThrow({ where: { locationId_lotId: { locationId: location.id, lotId } } });
    const reservedOk = results.filter((r) => r.ok && r.kind === "reserve").length;
    const removed = results.filter((r) => r.ok && r.kind !== "reserve").reduce((s, r) => s + r.units, 0);
    expect(source.reserved).toBe(reservedOk);
    expect(source.onHand).toBe(60 - removed);
    expect(source.onHand).toBeGreaterThanOrEqual(source.reserved);
    expect(used).toBeLessThanOrEqual(60);
    // Every unit is accounted for: reserved here, removed by count, or in transit.
    const inTransit = await tdb.db.stockTransferLine.aggregate({ _sum: { quantity: true }, where: { transfer: { hubId: hub.id, status: "IN_TRANSIT" } } });
    const adjusted = await tdb.db.stockAdjustment.aggregate({ _sum: { delta: true }, where: { hubId: hub.id, status: "APPLIED" } });
    expect(source.onHand + (inTransit._sum.quantity ?? 0) - (adjusted._sum.delta ?? 0)).toBe(60);
    // Failed transfers left no half-written rows behind.
    const transfers = await tdb.db.stockTransfer.count({ where: { hubId: hub.id } });
    expect(transfers).toBe(results.filter((r) => r.ok && r.kind === "transfer").length);
    expect(await findBalanceDrift(tdb.db, hub.id)).toEqual([]);
  }, 120_000);
});

describe("decisions race each other", () => {
  it("an adjustment approved by ten people at once is applied once; a transfer received and cancelled at once ends one way", async () => {
    const { ctx, location, lots, hub } = await setup([[100, 6]]);
    const lotId = lots[0]!.lotId;
    const pending = await requestAdjustment(ctx, { locationId: location.id, lotId, delta: -40, reason: "COUNT_CORRECTION" });
    const approvers = await Promise.all(Array.from({ length: 10 }, () => contextAs(tdb.db, hub.id, "ADMIN")));
    const decisions = await Promise.all(approvers.map((a, i) => outcome(decideAdjustment(onPool(a, i), { adjustmentId: pending.adjustmentId, decision: "APPROVE" }))));
    expect(decisions.every((d) => d.ok)).toBe(true);
    expect(await tdb.db.stockMovement.count({ where: { adjustmentId: pending.adjustmentId } })).toBe(1);

    const other = await makeLocation(tdb.db, hub.id);
    const t = await createTransfer(ctx, { fromLocationId: location.id, toLocationId: other.id, lines: [{ lotId, quantity: 20 }] });
    const line = await tdb.db.stockTransferLine.findFirstOrThrow({ where: { transferId: t.transferId } });
    const racing = await Promise.all(Array.from({ length: 10 }, (_, i) =>
      outcome<unknown>(i % 2 ? cancelTransfer(onPool(ctx, i), { transferId: t.transferId }) : receiveTransfer(onPool(ctx, i), { transferId: t.transferId, lines: [{ lineId: line.id, receivedQuantity: 20 }] })),
    ));
    const final = await tdb.db.stockTransfer.findUniqueOrThrow({ where: { id: t.transferId } });
    // Whichever came first wins; the other kind is refused as INVALID_STATE, repeats of the winner are no-ops.
    for (const r of racing) if (!r.ok) expect((r.error as DomainError).code).toBe("INVALID_STATE");
    expect(await tdb.db.stockMovement.count({ where: { transferId: t.transferId, kind: "TRANSFER_IN" } })).toBe(1);
    const at = final.status === "RECEIVED" ? other.id : location.id;
    expect((await tdb.db.stockBalance.findUniqueOrThrow({ where: { locationId_lotId: { locationId: at, lotId } } })).onHand).toBe(final.status === "RECEIVED" ? 20 : 60);
    expect(await findBalanceDrift(tdb.db, hub.id)).toEqual([]);
  }, 120_000);
});
