// The ledger's guarantees as the database enforces them: balanced, immutable, posted once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/db";
import { makeHub } from "../testing/factories";
import { postEntry, reverseEntry, type EntryInput } from "./post-entry";

let tdb: TestDatabase;
beforeAll(async () => void (tdb = await createTestDatabase()), 60_000);
afterAll(async () => tdb.drop());

const sale = (hubId: string, key: string, amount = 1090): EntryInput => ({
  hubId, currency: "EUR", idempotencyKey: key, kind: "ORDER_DELIVERED", memo: "test sale", occurredAt: new Date("2026-11-22T10:00:00Z"),
  postings: [
    { account: "receivables", amountMinor: amount },
    { account: "revenue_storefront", amountMinor: -1000 },
    { account: "tax_payable", amountMinor: -(amount - 1000) },
  ],
});

async function balances(hubId: string) {
  const rows = await tdb.db.ledgerAccount.findMany({ where: { hubId }, select: { key: true, balanceMinor: true } });
  return Object.fromEntries(rows.map((r) => [r.key, Number(r.balanceMinor)]));
}

describe("postEntry", () => {
  it("posts a balanced entry once per idempotency key and keeps account balances", async () => {
    const hub = await makeHub(tdb.db);
    const first = await tdb.db.$transaction((tx) => postEntry(tx, sale(hub.id, "k1")));
    const again = await tdb.db.$transaction((tx) => postEntry(tx, sale(hub.id, "k1")));
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    const b = await balances(hub.id);
    expect(b).toMatchObject({ receivables: 1090, revenue_storefront: -1000, tax_payable: -90 });
    expect(Object.values(b).reduce((s, v) => s + v, 0)).toBe(0);
  });

  it("posts once when the same key races on several connections", async () => {
    const hub = await makeHub(tdb.db);
    const results = await Promise.all(Array.from({ length: 8 }, () => tdb.db.$transaction((tx) => postEntry(tx, sale(hub.id, "race")))));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect((await balances(hub.id)).receivables).toBe(1090);
  });

  it("refuses an unbalanced entry before writing, and the database refuses one written around the check", async () => {
    const hub = await makeHub(tdb.db);
    const bad = { ...sale(hub.id, "bad"), postings: [{ account: "receivables" as const, amountMinor: 100 }, { account: "revenue_storefront" as const, amountMinor: -99 }] };
    await expect(tdb.db.$transaction((tx) => postEntry(tx, bad))).rejects.toMatchObject({ code: "VALIDATION" });
    // Bypass the service: insert an entry with one-sided postings; the statement trigger rejects it.
    await postEntry(tdb.db as never, sale(hub.id, "seed-accounts")).catch(() => undefined);
    const account = await tdb.db.ledgerAccount.findFirstOrThrow({ where: { hubId: hub.id, key: "bank" } });
    await expect(tdb.db.$transaction(async (tx) => {
      const entry = await tx.journalEntry.create({ data: { hubId: hub.id, idempotencyKey: "raw", kind: "X", memo: "raw", occurredAt: new Date() } });
      await tx.posting.create({ data: { hubId: hub.id, entryId: entry.id, accountId: account.id, amountMinor: 5, currency: "EUR" } });
    })).rejects.toThrow(/does not balance/);
    expect(await tdb.db.journalEntry.count({ where: { hubId: hub.id, idempotencyKey: "raw" } })).toBe(0);
  });

  it("keeps entries and postings immutable; a reversal cancels an entry once", async () => {
    const hub = await makeHub(tdb.db);
    const { id } = await tdb.db.$transaction((tx) => postEntry(tx, sale(hub.id, "to-reverse")));
    await expect(tdb.db.posting.updateMany({ where: { entryId: id }, data: { amountMinor: 1 } })).rejects.toThrow();
    await expect(tdb.db.journalEntry.delete({ where: { id } })).rejects.toThrow();
    const at = new Date("2026-11-23T10:00:00Z");
    const rev = await tdb.db.$transaction((tx) => reverseEntry(tx, { hubId: hub.id, entryId: id, memo: "wrong customer", occurredAt: at }));
    const rev2 = await tdb.db.$transaction((tx) => reverseEntry(tx, { hubId: hub.id, entryId: id, memo: "again", occurredAt: at }));
    expect(rev.created).toBe(true);
    expect(rev2).toEqual({ id: rev.id, created: false });
    expect((await tdb.db.journalEntry.findUniqueOrThrow({ where: { id: rev.id } })).reversalOfId).toBe(id);
    const b = await balances(hub.id);
    expect(b.receivables).toBe(0);
    expect(b.revenue_storefront).toBe(0);
  });
});
