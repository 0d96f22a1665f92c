// Finance corrections: an entry is never edited; a reversal posts its mirror image with a reason.
import { inTransaction } from "@/lib/db";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../context";
import { recordAudit } from "../identity/audit";
import { reverseEntry } from "./post-entry";
import { ZReverseEntryInput } from "./schema";

/** Reverses a journal entry (finance:operate), once, with the reason as memo. */
export async function reverseJournalEntry(ctx: ServiceContext, raw: unknown): Promise<{ reversalId: string; created: boolean }> {
  const input = parseOrThrow(ZReverseEntryInput, raw);
  return inTransaction(ctx.db, async (tx) => {
    const posted = await reverseEntry(tx, { hubId: ctx.actor.hubId, entryId: input.entryId, memo: `Reversal: ${input.reason}`, occurredAt: ctx.now(), actorUserId: ctx.actor.userId });
    if (posted.created) {
      await recordAudit(tx, { hubId: ctx.actor.hubId, actorUserId: ctx.actor.userId, action: "ledger.reverse", targetType: "JournalEntry", targetId: input.entryId, data: { reversalId: posted.id, reason: input.reason } });
    }
    return { reversalId: posted.id, created: posted.created };
  });
}
