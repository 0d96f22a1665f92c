import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { MySubstitutions } from "@/components/orders/my-substitutions";
import { OrderCustomerActions } from "@/components/orders/order-customer-actions";
import { OrderDetailBody } from "@/components/orders/order-detail";
import { OrderStatusBadge } from "@/components/orders/status";
import { PageHeader } from "@/components/ui";

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
      <MySubstitutions orderId={order.id} currency={order.currency} />
      <OrderDetailBody order={order} />
    </div>
  );
}
