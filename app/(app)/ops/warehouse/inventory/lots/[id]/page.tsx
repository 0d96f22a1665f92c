import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { parseTableState } from "@/components/data-table/state";
import { LotRecordActions } from "@/components/inventory/lot-record-actions";
import { LotBalances, LotFacts, LotLabResults, LotReservations, LotTimeline } from "@/components/inventory/lot-view";
import { MovementsTable } from "@/components/inventory/movements-table";
import { MOVEMENT_TABLE_DEFAULTS } from "@/components/inventory/table-defaults";
import { Card, CardHeader, CardTitle, PageHeader } from "@/components/ui";
import { can } from "@/lib/rbac";

export const metadata: Metadata = { title: "Lot" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

/** One lot: where it is, its movements, reservations, lab results and handling timeline. */
export default async function LotPage({ params, searchParams }: Props) {
  const actor = await requirePermission("inventory:read");
  const { id } = await params;
  const state = parseTableState(await searchParams, MOVEMENT_TABLE_DEFAULTS);
  const caller = await getCaller();
  const detail = await orNotFound(caller.inventory.lot({ lotId: id }));
  const movements = await caller.inventory.movements({ ...state, filters: { ...state.filters, lot: detail.lot.id } });
  return (
    <div className="space-y-5">
      <PageHeader
        title={`Lot ${detail.lot.code}`}
        description={`${detail.product.name} · ${detail.sku.name} (${detail.sku.code}) from ${detail.farm.name}`}
        breadcrumbs={[{ label: "Warehouse", href: "/ops/warehouse" }, { label: "Inventory", href: "/ops/warehouse/inventory" }, { label: `Lot ${detail.lot.code}` }]}
        actions={can(actor.role, "lots:record") ? <LotRecordActions lotId={detail.lot.id} band={{ minC: detail.sku.storageTempMinC, maxC: detail.sku.storageTempMaxC }} /> : undefined}
      />
      <LotFacts detail={detail} />
      <div className="grid gap-5 xl:grid-cols-2">
        <LotBalances detail={detail} canOperate={can(actor.role, "inventory:operate")} />
        <LotReservations detail={detail} />
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Movements</CardTitle>
        </CardHeader>
        <div className="p-3">
          <MovementsTable rows={movements.rows} total={movements.total} />
        </div>
      </Card>
      <div className="grid gap-5 xl:grid-cols-2">
        <LotLabResults detail={detail} />
        <LotTimeline detail={detail} />
      </div>
    </div>
  );
}
