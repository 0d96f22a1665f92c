import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { parseTableState } from "@/components/data-table/state";
import { StaffOrdersTable } from "@/components/orders/staff-orders-table";
import { STAFF_ORDER_TABLE_DEFAULTS } from "@/components/orders/table-defaults";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Orders" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Staff: every order of the hub, filterable by status, channel, zone, delivery date, number or e-mail. */
export default async function OrdersPage({ searchParams }: Props) {
  await requirePermission("orders:read");
  const state = parseTableState(await searchParams, STAFF_ORDER_TABLE_DEFAULTS);
  const data = await (await getCaller()).orders.staff.list(state);
  return (
    <div className="space-y-4">
      <PageHeader title="Orders" description="Every order with its status; open one for its timeline and lifecycle steps." />
      <StaffOrdersTable rows={data.rows} total={data.total} />
    </div>
  );
}
