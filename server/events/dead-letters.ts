// Operating the outbox: health numbers, the dead-letter list and manual redelivery.
import type { DbOrTx } from "@/lib/db";
import { DomainError } from "@/lib/errors";

export type OutboxStats = {
  pending: number;
  /** Pending rows whose next attempt is due now (a growing number means the relay is not keeping up). */
  due: number;
  sent: number;
  dead: number;
  oldestPendingAt: Date | null;
  oldestPendingAgeMs: number | null;
};

/** Counts outbox rows by state plus the age of the oldest undelivered one. */
export async function outboxStats(db: DbOrTx, now: Date = new Date()): Promise<OutboxStats> {
  const [groups, due, oldest] = await Promise.all([
    db.outboxEvent.groupBy({ by: ["status"], _count: { _all: true } }),
    db.outboxEvent.count({ where: { status: "PENDING", nextAttemptAt: { lte: now } } }),
    db.outboxEvent.aggregate({ where: { status: "PENDING" }, _min: { createdAt: true } }),
  ]);
  const count = (status: "PENDING" | "SENT" | "DEAD") => groups.find((g) => g.status === status)?._count._all ?? 0;
  const oldestPendingAt = oldest._min.createdAt ?? null;
  return {
    pending: count("PENDING"),
    due,
    sent: count("SENT"),
    dead: count("DEAD"),
    oldestPendingAt,
    oldestPendingAgeMs: oldestPendingAt ? Math.max(0, now.getTime() - oldestPendingAt.getTime()) : null,
  };
}

export type DeadLetter = { id: string; hubId: string | null; name: string; attempts: number; lastError: string | null; createdAt: Date; payload: unknown };

export type DeadLetterFilter = { page: number; pageSize: number; hubIds?: (string | null)[] };

/** Dead-lettered events, newest first; `hubIds` limits them to those hubs (null = hub-less system events). */
export async function listDeadLetters(db: DbOrTx, filter: DeadLetterFilter): Promise<{ items: DeadLetter[]; total: number }> {
  const where = { status: "DEAD" as const, ...hubScope(filter.hubIds) };
  const [items, total] = await Promise.all([
    db.outboxEvent.findMany({
      where,
      select: { id: true, hubId: true, name: true, attempts: true, lastError: true, createdAt: true, payload: true },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
    }),
    db.outboxEvent.count({ where }),
  ]);
  return { items, total };
}

function hubScope(hubIds: (string | null)[] | undefined) {
  if (!hubIds) return {};
  const ids = hubIds.filter((h): h is string => h !== null);
  const or: ({ hubId: { in: string[] } } | { hubId: null })[] = [{ hubId: { in: ids } }];
  if (hubIds.includes(null)) or.push({ hubId: null });
  return { OR: or };
}

/** Puts a DEAD event back in the queue (attempts reset, due now); NOT_FOUND unless it is dead (within `hubIds`). */
export async function retryDeadLetter(db: DbOrTx, id: string, opts: { now?: Date; hubIds?: (string | null)[] } = {}): Promise<{ id: string; status: "PENDING" }> {
  const { count } = await db.outboxEvent.updateMany({
    where: { id, status: "DEAD", ...hubScope(opts.hubIds) },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: opts.now ?? new Date() },
  });
  if (count === 0) throw new DomainError("NOT_FOUND", "No dead-lettered event with this id.", { details: { id } });
  return { id, status: "PENDING" };
}
