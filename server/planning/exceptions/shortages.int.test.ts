// A shortage of a plan run becomes proposals (substitute by rule and spare supply, else credit),
// the planner approves them (one event per order), and a customer declines a substitute.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ServiceContext } from "../../context";
import { logMailer, notifyOrder } from "../../notifications";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { makeOrganisation } from "../../testing/factories";
import { contextAs } from "../../testing/inventory";
import { orderWorld, placeOrder } from "../../testing/orders";
import { approveProposals, declineSubstitution, dismissException, exceptionProposals, exceptionsForWeek, proposeForShortage, substitutionsOnMyOrder } from "./index";

let tdb: TestDatabase;
let db: Db;
beforeAll(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
}, 60_000);
afterAll(() => tdb.drop());

/** Three households order 2 of SKU 0; the plan is 4 short of it; SKU 1 has 3 spare units, SKU 2 none. */
async function shortageWorld() {
  const w = await orderWorld(db, { stock: 100 });
  const buyers: ServiceContext[] = [];
  const orders = [];
  for (let i = 0; i < 3; i++) {
    const ctx = await contextAs(db, w.hub.id, "CONSUMER", () => new Date(w.now.getTime() + i * 60_000));
    buyers.push(ctx);
    orders.push(await placeOrder(w, { ctx, customerUserId: ctx.actor.userId, lines: [{ skuId: w.skus[0]!.id, quantity: 2 }] }));
  }
  const isoWeek = (await db.order.findUniqueOrThrow({ where: { id: orders[0]!.orderId }, select: { isoWeek: true } })).isoWeek;
  const cluster = await makeOrganisation(db, w.hub.id, "CLUSTER");
  await db.substitutionRule.createMany({ data: [{ hubId: w.hub.id, skuId: w.skus[0]!.id, substituteSkuId: w.skus[1]!.id, rank: 1 }, { hubId: w.hub.id, skuId: w.skus[0]!.id, substituteSkuId: w.skus[2]!.id, rank: 2 }] });
  await db.capacitySnapshot.create({ data: { hubId: w.hub.id, clusterId: cluster.id, skuId: w.skus[1]!.id, isoWeek, units: 50 } });
  const run = await db.planRun.create({ data: { hubId: w.hub.id, isoWeek, kind: "WEEK", status: "SOLVED", trigger: "test" } });
  await db.allocation.create({ data: { planRunId: run.id, hubId: w.hub.id, isoWeek, skuId: w.skus[1]!.id, zoneId: w.zone.id, clusterId: cluster.id, units: 47, unitPriceMinor: 100, unitTransportMinor: 5 } });
  const exception = await db.planException.create({ data: { planRunId: run.id, hubId: w.hub.id, isoWeek, kind: "SHORTAGE", skuId: w.skus[0]!.id, zoneId: w.zone.id, units: 4 } });
  const planner = await contextAs(db, w.hub.id, "PLANNER", w.clock);
  return { w, buyers, orders, isoWeek, exception, planner };
}

const codeOf = async (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof DomainError ? e.code : String(e)));

describe("shortage handling", () => {
  let s: Awaited<ReturnType<typeof shortageWorld>>;
  beforeAll(async () => {
    s = await shortageWorld();
  }, 60_000);

  it("proposes a substitute for the latest order and a credit for the next when the substitute runs out", async () => {
    const result = await proposeForShortage(s.planner, { exceptionId: s.exception.id });
    expect(result).toMatchObject({ proposals: 2, substitutes: 1, credits: 1, unitsCovered: 4 });
    const rows = await db.substitutionProposal.findMany({ where: { exceptionId: s.exception.id }, orderBy: { orderId: "asc" } });
    const byOrder = new Map(rows.map((r) => [r.orderId, r]));
    // Latest order (third buyer) shorted first: it gets the substitute; the second buyer's gets the credit.
    expect(byOrder.get(s.orders[2]!.orderId)).toMatchObject({ substituteSkuId: s.w.skus[1]!.id, units: 2, creditMinor: 0 });
    expect(byOrder.get(s.orders[1]!.orderId)).toMatchObject({ substituteSkuId: null, units: 2, creditMinor: 600 });
    expect(byOrder.has(s.orders[0]!.orderId)).toBe(false);
    expect((await db.planException.findUniqueOrThrow({ where: { id: s.exception.id } })).status).toBe("PROPOSED");
    // Proposing again replaces, never duplicates.
    await proposeForShortage(s.planner, { exceptionId: s.exception.id });
    expect(await db.substitutionProposal.count({ where: { exceptionId: s.exception.id } })).toBe(2);
    const list = await exceptionsForWeek(s.planner, { isoWeek: s.isoWeek });
    expect(list).toEqual([expect.objectContaining({ id: s.exception.id, kind: "SHORTAGE", status: "PROPOSED", proposals: 2, substitutes: 1, credits: 1 })]);
    expect((await exceptionProposals(s.planner, { exceptionId: s.exception.id })).map((p) => p.units)).toEqual([2, 2]);
  });

  it("approval resolves the exception and writes one SubstitutionApplied event per order; twice is refused", async () => {
    expect(await approveProposals(s.planner, { exceptionId: s.exception.id })).toEqual({ approved: 2, orders: 2 });
    const ex = await db.planException.findUniqueOrThrow({ where: { id: s.exception.id } });
    expect(ex).toMatchObject({ status: "RESOLVED", resolution: "SUBSTITUTION", resolvedById: s.planner.actor.userId });
    expect(await db.outboxEvent.count({ where: { name: "planning/substitution.applied", hubId: s.w.hub.id } })).toBe(2);
    expect(await codeOf(approveProposals(s.planner, { exceptionId: s.exception.id }))).toBe("INVALID_STATE");
    expect(await db.outboxEvent.count({ where: { name: "planning/substitution.applied", hubId: s.w.hub.id } })).toBe(2);

    // The customer is told by e-mail (the notification job's service), once per event.
    const dir = await mkdtemp(path.join(tmpdir(), "furrow-subst-"));
    const event = await db.outboxEvent.findFirstOrThrow({ where: { name: "planning/substitution.applied", hubId: s.w.hub.id, payload: { path: ["orderId"], equals: s.orders[2]!.orderId } } });
    const send = () => notifyOrder(db, logMailer(dir), { eventId: event.id, orderId: s.orders[2]!.orderId, template: "order-substitution" });
    expect(await send()).toMatchObject({ sent: true });
    expect(await send()).toMatchObject({ sent: false, reason: "already-sent" });
    const files = await readdir(dir);
    expect(files).toHaveLength(1);
    expect(await readFile(path.join(dir, files[0]!), "utf8")).toContain("Subject: A change to your Furrow order");
    // The text as stored (the .eml carries it quoted-printable).
    const row = await db.notification.findFirstOrThrow({ where: { eventId: event.id, channel: "EMAIL" } });
    expect(row.body).toMatch(/2 × Veg 1, 250 g punnet will be replaced by 2 × Veg 2, 250 g punnet, at no extra cost/);
    expect(row.body).toContain("decline it on your order page");
  });

  it("the customer sees the substitute on their order and may decline it (credited instead); others cannot", async () => {
    const mine = await substitutionsOnMyOrder(s.buyers[2]!, { orderId: s.orders[2]!.orderId });
    expect(mine).toEqual([expect.objectContaining({ status: "APPROVED", units: 2, declinable: true })]);
    expect(await codeOf(declineSubstitution(s.buyers[0]!, { proposalId: mine[0]!.id }))).toBe("NOT_FOUND");
    expect(await declineSubstitution(s.buyers[2]!, { proposalId: mine[0]!.id })).toEqual({ proposalId: mine[0]!.id, creditMinor: 600 });
    expect(await codeOf(declineSubstitution(s.buyers[2]!, { proposalId: mine[0]!.id }))).toBe("INVALID_STATE");
    expect((await substitutionsOnMyOrder(s.buyers[2]!, { orderId: s.orders[2]!.orderId }))[0]).toMatchObject({ status: "DECLINED", creditMinor: 600, declinable: false });
    // The credited line of the other buyer has nothing to decline.
    const credit = await substitutionsOnMyOrder(s.buyers[1]!, { orderId: s.orders[1]!.orderId });
    expect(credit).toEqual([expect.objectContaining({ substituteName: null, declinable: false })]);
  });
});

describe("dismissing and refusing", () => {
  it("dismissal needs a note, changes nothing without one, and closes the exception with it", async () => {
    const s = await shortageWorld();
    expect(await codeOf(dismissException(s.planner, { exceptionId: s.exception.id, note: " " }))).toBe("VALIDATION");
    expect((await db.planException.findUniqueOrThrow({ where: { id: s.exception.id } })).status).toBe("OPEN");
    await dismissException(s.planner, { exceptionId: s.exception.id, note: "Bought in from the wholesale market" });
    expect(await db.planException.findUniqueOrThrow({ where: { id: s.exception.id } })).toMatchObject({ status: "DISMISSED", resolution: "ACCEPTED", detail: "Bought in from the wholesale market" });
    expect(await codeOf(proposeForShortage(s.planner, { exceptionId: s.exception.id }))).toBe("INVALID_STATE");
    // Another hub's planner cannot see it.
    const stranger = await contextAs(db, (await orderWorld(db)).hub.id, "PLANNER");
    expect(await codeOf(proposeForShortage(stranger, { exceptionId: s.exception.id }))).toBe("NOT_FOUND");
  }, 60_000);

  it("credit-all turns substitutes into credits", async () => {
    const s = await shortageWorld();
    await proposeForShortage(s.planner, { exceptionId: s.exception.id });
    await approveProposals(s.planner, { exceptionId: s.exception.id, creditAll: true });
    const rows = await db.substitutionProposal.findMany({ where: { exceptionId: s.exception.id } });
    expect(rows.every((r) => r.substituteSkuId === null && r.creditMinor === 600 && r.status === "APPROVED")).toBe(true);
    expect((await db.planException.findUniqueOrThrow({ where: { id: s.exception.id } })).resolution).toBe("CREDIT");
  }, 60_000);
});
