import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { parseTableState } from "@/components/data-table/state";
import { AdjustmentForm } from "@/components/inventory/adjustment-form";
import { AdjustmentsTable } from "@/components/inventory/adjustments-table";
import { ADJUSTMENT_TABLE_DEFAULTS } from "@/components/inventory/table-defaults";
import { Card, CardBody, CardDescription, CardHeader, CardTitle, PageHeader } from "@/components/ui";
import { can } from "@/lib/rbac";

export const metadata: Metadata = { title: "Adjustments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Request stock adjustments; approve or reject other people's requests above the threshold. */
export default async function AdjustmentsPage({ searchParams }: Props) {
  const actor = await requirePermission("inventory:read");
  const state = parseTableState(await searchParams, ADJUSTMENT_TABLE_DEFAULTS);
  const caller = await getCaller();
  const [adjustments, locations, settings] = await Promise.all([caller.inventory.adjustments(state), caller.inventory.locationOptions({ scope: "withStock" }), caller.inventory.settings()]);
  const canOperate = can(actor.role, "inventory:operate");
  return (
    <div className="space-y-5">
      <PageHeader
        title="Adjustments"
        description={`Count corrections and waste. Changes of more than ${settings.adjustmentApprovalThreshold} units wait until a second person with approval rights approves them.`}
        breadcrumbs={[{ label: "Warehouse", href: "/ops/warehouse" }, { label: "Adjustments" }]}
      />
      {canOperate && (
        <Card>
          <CardHeader>
            <CardTitle>Request an adjustment</CardTitle>
            <CardDescription>Pick the location and lot, then the change in units (negative to remove).</CardDescription>
          </CardHeader>
          <CardBody>
            <AdjustmentForm threshold={settings.adjustmentApprovalThreshold} />
          </CardBody>
        </Card>
      )}
      <AdjustmentsTable
        rows={adjustments.rows}
        total={adjustments.total}
        locations={locations.map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
        canApprove={can(actor.role, "inventory:approve")}
      />
    </div>
  );
}
