import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { parseTableState } from "@/components/data-table/state";
import { TRANSFER_TABLE_DEFAULTS } from "@/components/inventory/table-defaults";
import { TransfersTable } from "@/components/inventory/transfers-table";
import { PageHeader } from "@/components/ui";
import { can } from "@/lib/rbac";

export const metadata: Metadata = { title: "Transfers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Transfers between locations (UC8): create, receive at the destination (with shortfall), cancel. */
export default async function TransfersPage({ searchParams }: Props) {
  const actor = await requirePermission("inventory:read");
  const params = await searchParams;
  const state = parseTableState(params, TRANSFER_TABLE_DEFAULTS);
  const caller = await getCaller();
  const [transfers, locations] = await Promise.all([caller.inventory.transfers(state), caller.inventory.locationOptions({ scope: "withStock" })]);
  const canOperate = can(actor.role, "inventory:operate");
  // ?new=1&from=<location>&lot=<lot> opens the create dialog pre-filled (links from elsewhere).
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const prefill = canOperate && first(params.new) ? { fromLocationId: first(params.from), lotId: first(params.lot) } : null;
  return (
    <div className="space-y-5">
      <PageHeader
        title="Transfers"
        description="Stock leaves the source when a transfer is dispatched and is in transit until the destination receives it."
        breadcrumbs={[{ label: "Warehouse", href: "/ops/warehouse" }, { label: "Transfers" }]}
      />
      <TransfersTable rows={transfers.rows} total={transfers.total} locations={locations.map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))} canOperate={canOperate} prefill={prefill} />
    </div>
  );
}
