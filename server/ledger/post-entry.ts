// Posting journal entries. Every money movement lands here: one entry per business fact, keyed by an
// idempotency key so a retried producer posts once; the database rejects unbalanced entries at commit
// and any change to a posted row.
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { ensureChartOfAccounts, type AccountKey } from "./chart";

export type PostingInput = { account: AccountKey; amountMinor: number };

export type EntryInput = {
  hubId: string;
  currency: string;
  /** Unique per hub, e.g. `order-delivered:<orderId>`; a repeat returns the first entry. */
  idempotencyKey: string;
  kind: string;
  memo: string;
  occurredAt: Date;
  orderId?: string | null;
  paymentId?: string | null;
  actorUserId?: string | null;
  /** Set only by reverseEntry: the entry this one cancels out (unique, so a reversal happens once). */
  reversalOfId?: string | null;
  /** Debits positive, credits negative; must sum to zero. Zero amounts are dropped. */
  postings: PostingInput[];
};

export type PostedEntry = { id: string; created: boolean };

/** Checks an entry balances in integer minor units; throws VALIDATION otherwise. */
export function assertBalanced(postings: PostingInput[]): PostingInput[] {
  const kept = postings.filter((p) => p.amountMinor !== 0);
  for (const p of kept) {
    if (!Number.isSafeInteger(p.amountMinor)) throw new DomainError("VALIDATION", `Posting to ${p.account} is not a whole number of minor units.`);
  }
  const sum = kept.reduce((s, p) => s + p.amountMinor, 0);
  if (sum !== 0) throw new DomainError("VALIDATION", `Journal entry does not balance: postings sum to ${sum}.`);
  if (kept.length < 2) throw new DomainError("VALIDATION", "A journal entry needs at least two non-zero postings.");
  return kept;
}

/**
 * Posts a balanced entry inside the caller's transaction, once per (hub, idempotencyKey).
 * Returns { created: false } with the existing entry when the key was already posted, or when every
 * posting is zero (nothing moved; no entry is written and id is "").
 */
export async function postEntry(tx: Tx, input: EntryInput): Promise<PostedEntry> {
  if (input.postings.every((p) => p.amountMinor === 0)) return { id: "", created: false };
  const postings = assertBalanced(input.postings);
  // ON CONFLICT DO NOTHING: a repeat (or a concurrent poster of the same key) writes nothing and
  // reads the first entry back; no separate existence check, so a new entry costs three statements.
  const inserted = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "JournalEntry" (id, "hubId", "idempotencyKey", kind, memo, "orderId", "paymentId", "actorUserId", "reversalOfId", "occurredAt")
    VALUES (gen_random_uuid()::text, ${input.hubId}, ${input.idempotencyKey}, ${input.kind}, ${input.memo}, ${input.orderId ?? null},
            ${input.paymentId ?? null}, ${input.actorUserId ?? null}, ${input.reversalOfId ?? null}, ${input.occurredAt})
    ON CONFLICT ("hubId", "idempotencyKey") DO NOTHING
    RETURNING id`;
  const [row] = inserted;
  if (!row) {
    const winner = await tx.journalEntry.findUniqueOrThrow({ where: { hubId_idempotencyKey: { hubId: input.hubId, idempotencyKey: input.idempotencyKey } }, select: { id: true } });
    return { id: winner.id, created: false };
  }
  const entryId = row.id;
  const accounts = await lockAccounts(tx, input.hubId, input.currency, postings.map((p) => p.account));
  await tx.posting.createMany({
    data: postings.map((p) => ({ hubId: input.hubId, entryId, accountId: accounts.get(p.account)!, amountMinor: p.amountMinor, currency: input.currency, orderId: input.orderId ?? null })),
  });
  return { id: entryId, created: true };
}

/** Posts the mirror image of an entry (each posting negated), once. */
export async function reverseEntry(tx: Tx, input: { hubId: string; entryId: string; memo: string; occurredAt: Date; actorUserId?: string | null }): Promise<PostedEntry> {
  const entry = await tx.journalEntry.findFirst({
    where: { id: input.entryId, hubId: input.hubId },
    select: { id: true, kind: true, orderId: true, paymentId: true, reversalOfId: true, postings: { select: { amountMinor: true, currency: true, account: { select: { key: true } } } } },
  });
  if (!entry) throw new DomainError("NOT_FOUND", "Journal entry not found.");
  if (entry.reversalOfId) throw new DomainError("INVALID_STATE", "A reversal cannot itself be reversed; post a new entry instead.");
  const posted = await postEntry(tx, {
    hubId: input.hubId,
    currency: entry.postings[0]?.currency ?? "EUR",
    idempotencyKey: `reversal:${entry.id}`,
    kind: "REVERSAL",
    memo: input.memo,
    occurredAt: input.occurredAt,
    orderId: entry.orderId,
    paymentId: entry.paymentId,
    actorUserId: input.actorUserId,
    reversalOfId: entry.id,
    postings: entry.postings.map((p) => ({ account: p.account.key as AccountKey, amountMinor: -p.amountMinor })),
  });
  return posted;
}

/**
 * Resolves and locks the entry's accounts in one statement, in id order. Locking before the postings
 * are inserted matters: their foreign-key checks take KEY SHARE locks that conflict with the
 * balance trigger's FOR UPDATE, so two entries on the same accounts would otherwise each hold
 * KEY SHARE and wait for the other (a deadlock under concurrent posting).
 */
async function lockAccounts(tx: Tx, hubId: string, currency: string, keys: AccountKey[]): Promise<Map<AccountKey, string>> {
  const wanted = [...new Set(keys)];
  const lock = () => tx.$queryRaw<Array<{ id: string; key: string }>>`
    SELECT id, key FROM "LedgerAccount" WHERE "hubId" = ${hubId} AND key = ANY(${wanted}::text[]) ORDER BY id FOR UPDATE`;
  let rows = await lock();
  if (rows.length < wanted.length) {
    await ensureChartOfAccounts(tx, hubId, currency);
    rows = await lock();
  }
  return new Map(rows.map((r) => [r.key as AccountKey, r.id]));
}
