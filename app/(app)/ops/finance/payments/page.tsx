import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { PAYMENTS_TABLE_DEFAULTS } from "@/components/finance/labels";
import { PaymentsTable } from "@/components/finance/payments-table";
import { parseTableState } from "@/components/data-table/state";
import { PageHeader } from "@/components/ui";
import { can } from "@/lib/rbac";

export const metadata: Metadata = { title: "Payments" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every payment with its stage amounts; finance records receipts and refunds here. */
export default async function PaymentsPage({ searchParams }: Props) {
  const actor = await requirePermission("finance:read");
  const state = parseTableState(await searchParams, PAYMENTS_TABLE_DEFAULTS);
  const data = await (await getCaller()).finance.payments(state);
  return (
    <div className="space-y-4">
      <PageHeader title="Payments" description="Card holds and captures, pay-on-delivery and invoice receivables, receipts and refunds." breadcrumbs={[{ label: "Finance", href: "/ops/finance" }, { label: "Payments" }]} />
      <PaymentsTable rows={data.rows} total={data.total} canOperate={can(actor.role, "finance:operate")} />
    </div>
  );
}
