import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { AuditTable } from "@/components/admin/audit-table";
import { AUDIT_TABLE_DEFAULTS } from "@/components/admin/user-table-defaults";
import { parseTableState } from "@/components/data-table/state";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The hub's append-only audit trail: sign-ins, invitations, role grants and revocations. */
export default async function AuditPage({ searchParams }: Props) {
  await requirePermission("audit:read");
  const state = parseTableState(await searchParams, AUDIT_TABLE_DEFAULTS);
  const data = await (await getCaller()).identity.audit.list(state);
  return (
    <div className="space-y-4">
      <PageHeader title="Audit log" description="Append-only: entries can be read, never changed or removed." />
      <AuditTable rows={data.rows} total={data.total} />
    </div>
  );
}
