import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { parseTableState } from "@/components/data-table/state";
import { AlertsTable } from "@/components/inventory/alerts-table";
import { ALERT_TABLE_DEFAULTS } from "@/components/inventory/table-defaults";
import { PageHeader } from "@/components/ui";
import { can } from "@/lib/rbac";

export const metadata: Metadata = { title: "Inventory alerts" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Low-stock, cold-chain and expiry alerts; acknowledge what you have seen, resolve what is dealt with. */
export default async function AlertsPage({ searchParams }: Props) {
  const actor = await requirePermission("inventory:read");
  const state = parseTableState(await searchParams, ALERT_TABLE_DEFAULTS);
  const caller = await getCaller();
  const [alerts, locations] = await Promise.all([caller.inventory.alerts(state), caller.inventory.locationOptions({ scope: "withStock" })]);
  return (
    <div className="space-y-5">
      <PageHeader
        title="Alerts"
        description="Low stock resolves itself when stock recovers; cold-chain and expiry alerts are resolved by hand once dealt with."
        breadcrumbs={[{ label: "Warehouse", href: "/ops/warehouse" }, { label: "Alerts" }]}
      />
      <AlertsTable rows={alerts.rows} total={alerts.total} locations={locations.map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))} canOperate={can(actor.role, "inventory:operate")} />
    </div>
  );
}
