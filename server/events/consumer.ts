// Consumer-side deduplication. Delivery is at-least-once (a relay may die after publishing and
// before marking sent), so every consumer records the event id in the same transaction as its effect.
import type { Tx } from "@/lib/db";

/**
 * Claims (consumer, eventId) inside the caller's transaction; false when the event was already
 * processed. A concurrent duplicate blocks on the primary key until the first commits or rolls back.
 */
export async function onceForEvent(tx: Tx, consumer: string, eventId: string): Promise<boolean> {
  const { count } = await tx.processedEvent.createMany({ data: [{ consumer, eventId }], skipDuplicates: true });
  return count === 1;
}
