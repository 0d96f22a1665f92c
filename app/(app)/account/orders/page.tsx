import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { MyOrdersTable } from "@/components/account/my-orders-table";
import { EmptyState, LinkButton, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "My orders" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const PAGE_SIZE = 20;

/** The customer's orders, newest first. */
export default async function MyOrdersPage({ searchParams }: Props) {
  await requirePermission("account:own");
  const raw = (await searchParams).page;
  const page = Math.max(0, Math.min(10_000, Number.parseInt(typeof raw === "string" ? raw : "0", 10) || 0));
  const data = await (await getCaller()).orders.mine.list({ page, pageSize: PAGE_SIZE });
  return (
    <div className="space-y-4">
      <PageHeader title="My orders" breadcrumbs={[{ label: "My account", href: "/account" }, { label: "Orders" }]} description="Open an order to see its timeline, or to change or cancel it before cutoff." />
      {data.total === 0 ? <EmptyState title="No orders yet" text="Your orders will appear here." action={<LinkButton href="/shop">Go to the shop</LinkButton>} /> : <MyOrdersTable rows={data.rows} total={data.total} page={page} pageSize={PAGE_SIZE} />}
    </div>
  );
}
