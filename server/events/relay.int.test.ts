import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, inTransaction, type Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "@/server/testing/db";
import { emitEvent, onceForEvent, outboxStats, relayOutbox, retryDeadLetter, type PublishFn, type RelayedEvent } from "./index";

let t: TestDatabase;
let db: Db;

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
});
afterAll(async () => t?.drop());
beforeEach(async () => {
  await db.outboxEvent.deleteMany();
  await db.processedEvent.deleteMany();
});

async function emit(n: number, name = "test/thing.happened", prefix = "k") {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await inTransaction(db, (tx) => emitEvent(tx, { name, key: `${prefix}${i}`, payload: { i } })));
  return ids;
}

/** A consumer that applies its effect (an audit row) once per event id, in one transaction with its dedupe row. */
async function consume(event: RelayedEvent): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    if (!(await onceForEvent(tx, "test.counter", event.id))) return false;
    await tx.auditLog.create({ data: { action: "test.consumed", targetId: event.id } });
    return true;
  });
}

const later = (ms: number) => () => new Date(Date.now() + ms);

describe("relayOutbox", () => {
  it("publishes pending events once, with their deterministic ids, and marks them sent", async () => {
    const ids = await emit(5);
    const published: string[] = [];
    const result = await relayOutbox(db, async (events) => void published.push(...events.map((e) => e.id)));
    expect(result).toMatchObject({ claimed: 5, sent: 5, retrying: 0, dead: 0 });
    expect(published).toEqual(ids);
    const rows = await db.outboxEvent.findMany();
    expect(rows.every((r) => r.status === "SENT" && r.sentAt !== null && r.attempts === 1)).toBe(true);
    // Nothing left to do: a second pass publishes nothing.
    expect((await relayOutbox(db, async (events) => void published.push(...events.map((e) => e.id)))).claimed).toBe(0);
    expect(published).toHaveLength(5);
  });

  it("re-publishes with the same ids after a relay dies between publishing and marking sent; the consumer applies its effect once", async () => {
    const ids = await emit(4);
    const published: string[] = [];
    // Relay #1 on its own connection: it delivers, then "crashes" (never returns, connection gone).
    const doomed = createDb(t.url, 2);
    let delivered!: () => void;
    const deliveredAll = new Promise<void>((resolve) => (delivered = resolve));
    void relayOutbox(doomed, async (events) => {
      for (const e of events) {
        published.push(e.id);
        await consume(e);
      }
      delivered();
      await new Promise(() => {}); // the process dies here: SENT is never written
    });
    await deliveredAll;
    await doomed.$disconnect();
    expect(await db.outboxEvent.count({ where: { status: "PENDING" } })).toBe(4);

    // Inside the lease nobody touches the rows; once it lapses, relay #2 publishes them again.
    expect((await relayOutbox(db, async () => {})).claimed).toBe(0);
    const result = await relayOutbox(db, async (events) => {
      for (const e of events) {
        published.push(e.id);
        await consume(e);
      }
    }, { now: later(3 * 60_000) });
    expect(result.sent).toBe(4);
    expect(published).toEqual([...ids, ...ids]);
    expect(await db.auditLog.count({ where: { action: "test.consumed" } })).toBe(4);
    expect((await db.auditLog.findMany({ where: { action: "test.consumed" } })).map((a) => a.targetId).sort()).toEqual([...ids].sort());
  });

  it("dead-letters a poison event after maxAttempts while the others are sent, with growing backoff", async () => {
    const ids = await emit(3);
    const poison = ids[1]!;
    const publish: PublishFn = async (events) => {
      if (events.some((e) => e.id === poison)) throw new Error("broker rejected the event");
    };
    const first = await relayOutbox(db, publish, { maxAttempts: 4, random: () => 0.5 });
    expect(first).toMatchObject({ claimed: 3, sent: 2, retrying: 1, dead: 0 });

    const delays: number[] = [];
    let clock = Date.now();
    for (let attempt = 2; attempt <= 4; attempt++) {
      const row = await db.outboxEvent.findUniqueOrThrow({ where: { id: poison } });
      delays.push(row.nextAttemptAt.getTime() - clock);
      // Before it is due nothing happens; at its due time it is tried again.
      expect((await relayOutbox(db, publish, { now: () => new Date(row.nextAttemptAt.getTime() - 1000) })).claimed).toBe(0);
      clock = row.nextAttemptAt.getTime();
      await relayOutbox(db, publish, { maxAttempts: 4, random: () => 0.5, now: () => new Date(clock) });
    }
    expect(delays[0]).toBeGreaterThan(0);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThan(delays[i - 1]!);

    const rows = await db.outboxEvent.findMany({ orderBy: { createdAt: "asc" } });
    const dead = rows.find((r) => r.id === poison)!;
    expect(dead).toMatchObject({ status: "DEAD", attempts: 4 });
    expect(dead.lastError).toContain("broker rejected the event");
    expect(rows.filter((r) => r.id !== poison).every((r) => r.status === "SENT")).toBe(true);
    expect(await outboxStats(db)).toMatchObject({ pending: 0, sent: 2, dead: 1 });

    // Redelivery: back to PENDING with a fresh attempt budget, then delivered.
    await retryDeadLetter(db, poison);
    expect(await db.outboxEvent.findUniqueOrThrow({ where: { id: poison } })).toMatchObject({ status: "PENDING", attempts: 0 });
    expect((await relayOutbox(db, async () => {})).sent).toBe(1);
    await expect(retryDeadLetter(db, poison)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("buries an event whose relay died on every attempt", async () => {
    const [id] = await emit(1);
    await db.outboxEvent.update({ where: { id }, data: { attempts: 3 } });
    const published: string[] = [];
    const result = await relayOutbox(db, async (events) => void published.push(...events.map((e) => e.id)), { maxAttempts: 3 });
    expect(result.dead).toBe(1);
    expect(published).toEqual([]);
    expect((await db.outboxEvent.findUniqueOrThrow({ where: { id } })).status).toBe("DEAD");
  });

  it("never lets two concurrent relays publish the same row", async () => {
    const ids = await emit(60);
    const dbA = createDb(t.url, 3);
    const dbB = createDb(t.url, 3);
    const seen: string[] = [];
    const slowPublish: PublishFn = async (events) => {
      seen.push(...events.map((e) => e.id));
      await new Promise((r) => setTimeout(r, 15));
    };
    try {
      const results = await Promise.all([
        relayOutbox(dbA, slowPublish, { batchSize: 5 }),
        relayOutbox(dbB, slowPublish, { batchSize: 5 }),
        relayOutbox(dbA, slowPublish, { batchSize: 5 }),
      ]);
      expect(results.reduce((n, r) => n + r.sent, 0)).toBe(60);
      // Both clients did real work, and no id was published twice.
      expect(results.filter((r) => r.sent > 0).length).toBeGreaterThan(1);
    } finally {
      await Promise.all([dbA.$disconnect(), dbB.$disconnect()]);
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect([...seen].sort()).toEqual([...ids].sort());
    expect(await db.outboxEvent.count({ where: { status: "SENT" } })).toBe(60);
  });
});

describe("onceForEvent", () => {
  it("is true once per (consumer, event) and false after, but independent per consumer", async () => {
    expect(await inTransaction(db, (tx) => onceForEvent(tx, "a", "e1"))).toBe(true);
    expect(await inTransaction(db, (tx) => onceForEvent(tx, "a", "e1"))).toBe(false);
    expect(await inTransaction(db, (tx) => onceForEvent(tx, "b", "e1"))).toBe(true);
  });

  it("rolls back with the consumer's transaction, so a failed effect is retried", async () => {
    await expect(
      inTransaction(db, async (tx) => {
        await onceForEvent(tx, "c", "e2");
        throw new Error("effect failed");
      }),
    ).rejects.toThrow("effect failed");
    expect(await inTransaction(db, (tx) => onceForEvent(tx, "c", "e2"))).toBe(true);
  });
});
