// Transactional outbox: producers write the event row in their own transaction, so an event
// exists if and only if the change that caused it was committed.
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";

export type OutboxInput = {
  /** Event name, `domain/noun.verb-past`, e.g. "identity/membership.granted". */
  name: string;
  hubId?: string | null;
  /** The producer's idempotency key (e.g. the membership id + action); same key -> same event id. */
  key: string;
  payload: Record<string, unknown>;
};

/** Deterministic event id: uuid-shaped SHA-256 of name + key. */
export function eventIdFor(name: string, key: string): string {
  const h = createHash("sha256").update(`${name}\u0000${key}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Writes an outbox row inside the caller's transaction; a repeated key is a no-op. Returns the event id. */
export async function emitEvent(tx: Tx, event: OutboxInput): Promise<string> {
  const id = eventIdFor(event.name, event.key);
  await tx.outboxEvent.createMany({
    data: [{ id, name: event.name, hubId: event.hubId ?? null, payload: event.payload as object }],
    skipDuplicates: true,
  });
  return id;
}
