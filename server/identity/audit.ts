// Append-only audit trail (the table rejects UPDATE/DELETE at the database level).
import type { DbOrTx } from "@/lib/db";

export type AuditEntry = {
  hubId?: string | null;
  actorUserId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  data?: Record<string, unknown>;
  ip?: string | null;
};

/** Writes one audit row; call it inside the transaction of the change it records. */
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      hubId: entry.hubId ?? null,
      actorUserId: entry.actorUserId ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      data: (entry.data ?? {}) as object,
      ip: entry.ip ?? null,
    },
  });
}
