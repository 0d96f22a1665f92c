import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { parseTableState } from "@/components/data-table/state";
import { BalancesTable } from "@/components/inventory/balances-table";
import { StockKpis } from "@/components/inventory/stock-kpis";
import { BALANCE_TABLE_DEFAULTS } from "@/components/inventory/table-defaults";
import { PageHeader } from "@/components/ui";
import { can } from "@/lib/rbac";

export const metadata: Metadata = { title: "Inventory" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Balances by location x SKU x lot with expiry and status; adjust, transfer or open a lot from a row. */
export default async function InventoryPage({ searchParams }: Props) {
  const actor = await requirePermission("inventory:read");
  const state = parseTableState(await searchParams, BALANCE_TABLE_DEFAULTS);
  const caller = await getCaller();
  const [balances, summary, locations, categories] = await Promise.all([
    caller.inventory.balances(state),
    caller.inventory.stockSummary({ locationId: state.filters.location }),
    caller.inventory.locationOptions({ scope: "withStock" }),
    caller.inventory.categoryOptions(),
  ]);
  const location = state.filters.location ? locations.find((l) => l.id === state.filters.location) : undefined;
  return (
    <div className="space-y-5">
      <PageHeader
        title="Inventory"
        description={location ? `Stock at ${location.name}. Available = on hand − reserved; expiry in the hub's calendar.` : "Stock by location, SKU and lot. Available = on hand − reserved; expiry in the hub's calendar."}
        breadcrumbs={[{ label: "Warehouse", href: "/ops/warehouse" }, { label: "Inventory" }]}
      />
      <StockKpis summary={summary} />
      <BalancesTable
        rows={balances.rows}
        total={balances.total}
        locations={locations.map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
        categories={categories.map((c) => ({ value: c.id, label: `${"\u2003".repeat(c.depth)}${c.name}` }))}
        canOperate={can(actor.role, "inventory:operate")}
      />
    </div>
  );
}
