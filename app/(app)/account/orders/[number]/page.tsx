import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { OrderCustomerActions } from "@/components/orders/order-customer-actions";
import { OrderLines } from "@/components/orders/order-lines";
import { OrderStatusBadge } from "@/components/orders/status";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline } from "@/components/orders/timeline";
import { Card, CardBody, CardHeader, CardTitle, PageHeader } from "@/components/ui";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Order ${decodeURIComponent((await params).number)}` };
}

/** One of the customer's orders: lines, totals, slot, address, status timeline, and changes while open. */
export default async function MyOrderPage({ params }: Props) {
  await requirePermission("account:own");
  const number = decodeURIComponent((await params).number);
  const order = await (await getCaller()).orders.mine.detail({ number }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
  return (
    <div className="space-y-4">
      <PageHeader
        title={<span className="flex items-center gap-3">Order <span className="font-mono">{order.number}</span> <OrderStatusBadge status={order.status} /></span>}
        breadcrumbs={[{ label: "My account", href: "/account" }, { label: "Orders", href: "/account/orders" }, { label: order.number }]}
      />
      <OrderCustomerActions order={order} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-4">
          <Card>
            <CardBody><OrderSummary order={order} /></CardBody>
          </Card>
          <Card>
            <CardHeader><CardTitle>Items</CardTitle></CardHeader>
            <CardBody><OrderLines order={order} /></CardBody>
          </Card>
          {order.cancelReason && <p className="text-sm text-ink-muted">Cancelled: {order.cancelReason}</p>}
        </div>
        <Card>
          <CardHeader><CardTitle>Timeline</CardTitle></CardHeader>
          <CardBody><OrderTimeline entries={order.timeline} /></CardBody>
        </Card>
      </div>
    </div>
  );
}
