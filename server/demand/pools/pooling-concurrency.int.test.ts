// Acceptance: many concurrent order edits before cutoff (the real editOrder, checkouts and
// cancellations, plus raw increments on the hottest pools) from several Prisma clients, i.e. real
// separate connections, leave every pool exactly equal to the recomputation from the orders.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import type { ServiceContext } from "../../context";
import { cancelOrder, editOrder } from "../../commerce/orders";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { placeOrder } from "../../testing/orders";
import { knownMismatches, poolWorld, prng, recomputeKnown, type PoolWorld } from "./testing";

const CLIENTS = 4;
let t: TestDatabase;
let clients: Db[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  clients = Array.from({ length: CLIENTS }, () => createDb(t.url, 8, { maxWaitMs: 120_000, timeoutMs: 60_000 }));
}, 60_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  await t.drop();
});

type Outcome = "ok" | string;
async function attempt(p: Promise<unknown>): Promise<Outcome> {
  try {
    await p;
    return "ok";
  } catch (error) {
    return String(error).includes("deadlock detected") ? "deadlock" : `${(error as { code?: string }).code}: ${String(error)}`;
  }
}

function lines(r: ReturnType<typeof prng>, w: PoolWorld) {
  return [...w.skus].sort(() => r.next() - 0.5).slice(0, r.int(1, w.skus.length)).map((s) => ({ skuId: s.id, quantity: r.int(1, 8) }));
}

describe("demand pools under concurrent order edits", () => {
  it("edits, slot moves, checkouts, cancellations and raw increments at once from 4 clients: pools exact", async () => {
    const w = await poolWorld(t.db, { stock: 100_000 });
    const open = w.slots.slice(1); // cutoff still ahead at the world's clock, across two ISO weeks
    const seed = prng(7);
    const orders: string[] = [];
    for (let i = 0; i < 32; i++) orders.push((await placeOrder(w, { slotId: seed.pick(open).id, lines: lines(seed, w), channel: seed.pick(["STOREFRONT", "B2B", "SUBSCRIPTION"] as const) })).orderId);
    const on = (i: number): ServiceContext => ({ ...w.customer, db: clients[i % CLIENTS]! });

    // One worker per order editing it 4 times (so versions never clash), all orders sharing the same SKUs, zone and weeks.
    const editors = orders.slice(0, 24).map(async (orderId, i) => {
      const r = prng(100 + i);
      const out: Outcome[] = [];
      for (let k = 0; k < 4; k++) {
        const { version } = await clients[i % CLIENTS]!.order.findUniqueOrThrow({ where: { id: orderId }, select: { version: true } });
        const move = r.chance(0.4);
        out.push(await attempt(editOrder(on(i), { orderId, version, ...(move ? { slotId: r.pick(open).id } : {}), ...(!move || r.chance(0.5) ? { lines: lines(r, w) } : {}) })));
      }
      return out;
    });
    const shoppers = Array.from({ length: 12 }, (_, i) => attempt(placeOrder({ ...w, db: clients[i % CLIENTS]! }, { ctx: on(i), slotId: prng(200 + i).pick(open).id, lines: lines(prng(300 + i), w) })));
    const cancellers = orders.slice(24).map((orderId, i) => attempt(cancelOrder(on(i), { orderId, reason: "Plans changed" })));
    // Raw single-line increments on the hottest pools, each its own transaction.
    const hot = await t.db.orderLine.findMany({ where: { orderId: { in: orders.slice(24) }, skuId: w.skus[0]!.id }, select: { id: true } });
    const bumpers = Array.from({ length: 8 }, (_, i) => (async () => {
      const out: Outcome[] = [];
      for (let k = 0; k < 15 && hot.length > 0; k++) {
        const line = hot[(i + k) % hot.length]!;
        out.push(await attempt(clients[i % CLIENTS]!.$transaction((tx) => tx.$executeRaw`UPDATE "OrderLine" SET quantity = quantity + 1 WHERE id = ${line.id}`)));
      }
      return out;
    })());

    const results = [...(await Promise.all(editors)).flat(), ...(await Promise.all(shoppers)), ...(await Promise.all(cancellers)), ...(await Promise.all(bumpers)).flat()];
    const ok = results.filter((o) => o === "ok").length;
    const tally = JSON.stringify(results.reduce<Record<string, number>>((m, o) => ((m[o.slice(0, 120)] = (m[o.slice(0, 120)] ?? 0) + 1), m), {}));
    // At this contention (every writer on the same 5 SKUs and 2 weeks, basket lines in random order) commerce's
    // own lock order loses a deadlock now and then, also without the pool triggers (about 6 % of these writes
    // when measured); a lost transaction rolls back whole. Most must succeed, and whatever committed is counted exactly.
    expect(ok / results.length, tally).toBeGreaterThan(0.7);
    expect(await knownMismatches(t.db, w.hub.id)).toEqual([]);
    const known = [...(await recomputeKnown(t.db, w.hub.id)).values()];
    expect(known.reduce((n, k) => n + k.ordered + k.subscribed + k.b2b, 0)).toBeGreaterThan(100);
    expect(await t.db.order.count({ where: { hubId: w.hub.id, version: { gt: 1 } } })).toBeGreaterThan(15);
  }, 240_000);
});
