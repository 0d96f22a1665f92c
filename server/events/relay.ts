// Outbox relay: moves committed outbox rows to the job engine (pg-boss locally, Inngest in
// production). Delivery is at-least-once: a row is claimed with a lease, published with its
// deterministic id, then marked SENT. A relay that dies in between leaves the row PENDING; once the
// lease lapses it is published again with the same id and consumers dedupe on it (onceForEvent).
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";
import { backoffMs, type BackoffOptions } from "./backoff";

/** An outbox event as handed to a publisher. */
export type PublishedEvent = {
  id: string;
  name: string;
  hubId: string | null;
  payload: Record<string, unknown>;
};

export type RelayedEvent = PublishedEvent & { createdAt: Date; attempt: number };

/** Hands events to the engine; must be idempotent per event id. Throws when any event was not accepted. */
export type PublishFn = (events: RelayedEvent[]) => Promise<void>;

export type RelayOptions = {
  /** Rows claimed per batch (default 100). */
  batchSize?: number;
  /** Batches per call, so one cron tick drains a backlog without running forever (default 20). */
  maxBatches?: number;
  /** Failed deliveries before a row becomes DEAD (default 8). */
  maxAttempts?: number;
  /** How long a claim hides a row from other relays; a crashed relay's rows reappear after it (default 2 min). */
  leaseMs?: number;
  backoff?: BackoffOptions;
  now?: () => Date;
  random?: () => number;
};

export type RelayResult = { batches: number; claimed: number; sent: number; retrying: number; dead: number };

export const RELAY_DEFAULTS = { batchSize: 100, maxBatches: 20, maxAttempts: 8, leaseMs: 2 * 60_000 } as const;

type ClaimedRow = { id: string; name: string; hubId: string | null; payload: unknown; attempts: number; createdAt: Date };

/** A timestamp(3) value (stored as UTC wall time) from epoch ms, independent of the session time zone. */
function utc(ms: number): Prisma.Sql {
  return Prisma.sql`(to_timestamp(${ms}::double precision / 1000) AT TIME ZONE 'UTC')`;
}

/** Claims due PENDING rows; SKIP LOCKED plus the lease keep concurrent relays off each other's rows. */
async function claimDue(db: DbOrTx, nowMs: number, limit: number, leaseMs: number): Promise<RelayedEvent[]> {
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxEvent" o
    SET "nextAttemptAt" = ${utc(nowMs + leaseMs)}, "attempts" = o."attempts" + 1
    FROM (
      SELECT "id" FROM "OutboxEvent"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${utc(nowMs)}
      ORDER BY "nextAttemptAt", "createdAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    ) due
    WHERE o."id" = due."id"
    RETURNING o."id", o."name", o."hubId", o."payload", o."attempts", o."createdAt"`;
  return rows
    .map((r) => ({ id: r.id, name: r.name, hubId: r.hubId, payload: (r.payload ?? {}) as Record<string, unknown>, createdAt: r.createdAt, attempt: r.attempts }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}

/**
 * Rows whose last claim used up their attempts but were never marked (the relay died each time,
 * e.g. an event that crashes the process) would otherwise loop forever: bury them.
 */
async function buryExhausted(db: DbOrTx, nowMs: number, maxAttempts: number): Promise<number> {
  return db.$executeRaw`
    UPDATE "OutboxEvent"
    SET "status" = 'DEAD', "lastError" = left(concat('Relay never confirmed delivery after ', "attempts", ' attempts. ', "lastError"), 2000)
    WHERE "status" = 'PENDING' AND "attempts" >= ${maxAttempts} AND "nextAttemptAt" <= ${utc(nowMs)}`;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}

/** Publishes a batch; when the batch fails, retries event by event so one poison row cannot block the rest. */
async function publishIsolated(publish: PublishFn, events: RelayedEvent[]): Promise<Map<string, string>> {
  const failures = new Map<string, string>();
  try {
    await publish(events);
    return failures;
  } catch (error) {
    if (events.length === 1) return failures.set(events[0]!.id, errorText(error));
  }
  for (const event of events) {
    try {
      await publish([event]);
    } catch (error) {
      failures.set(event.id, errorText(error));
    }
  }
  return failures;
}

/** Relays due outbox rows through `publish`, batch by batch; returns what happened. */
export async function relayOutbox(db: DbOrTx, publish: PublishFn, opts: RelayOptions = {}): Promise<RelayResult> {
  const batchSize = opts.batchSize ?? RELAY_DEFAULTS.batchSize;
  const maxBatches = opts.maxBatches ?? RELAY_DEFAULTS.maxBatches;
  const maxAttempts = opts.maxAttempts ?? RELAY_DEFAULTS.maxAttempts;
  const leaseMs = opts.leaseMs ?? RELAY_DEFAULTS.leaseMs;
  const now = opts.now ?? (() => new Date());
  const result: RelayResult = { batches: 0, claimed: 0, sent: 0, retrying: 0, dead: 0 };

  result.dead += await buryExhausted(db, now().getTime(), maxAttempts);
  while (result.batches < maxBatches) {
    const claimed = await claimDue(db, now().getTime(), batchSize, leaseMs);
    if (claimed.length === 0) break;
    result.batches++;
    result.claimed += claimed.length;

    const failures = await publishIsolated(publish, claimed);
    const sentIds = claimed.filter((e) => !failures.has(e.id)).map((e) => e.id);
    if (sentIds.length > 0) {
      const { count } = await db.outboxEvent.updateMany({
        where: { id: { in: sentIds }, status: "PENDING" },
        data: { status: "SENT", sentAt: now(), lastError: null },
      });
      result.sent += count;
    }
    for (const event of claimed) {
      const error = failures.get(event.id);
      if (error === undefined) continue;
      // attempts was incremented by the claim, so event.attempt counts this failure.
      const dead = event.attempt >= maxAttempts;
      const nextAttemptAt = new Date(now().getTime() + backoffMs(event.attempt, opts.backoff, opts.random));
      await db.outboxEvent.updateMany({
        where: { id: event.id, status: "PENDING" },
        data: dead ? { status: "DEAD", lastError: error } : { nextAttemptAt, lastError: error },
      });
      if (dead) result.dead++;
      else result.retrying++;
    }
    if (claimed.length < batchSize) break;
  }
  return result;
}
