import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { OrderCustomerActions } from "@/components/orders/order-customer-actions";
import { OrderDetailBody } from "@/components/orders/order-detail";
import { OrderStatusBadge } from "@/components/orders/status";
import { StaffOrderActions } from "@/components/orders/staff-order-actions";
import { PageHeader } from "@/components/ui";
import { can } from "@/lib/rbac";

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Order ${decodeURIComponent((await params).number)}` };
}

/** Staff: one order with its timeline, lifecycle buttons and delivered quantities. */
export default async function StaffOrderPage({ params }: Props) {
  const actor = await requirePermission("orders:read");
  const number = decodeURIComponent((await params).number);
  const order = await (await getCaller()).orders.staff.detail({ number }).catch((error: unknown) => {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  });
  const canManage = can(actor.role, "orders:manage");
  return (
    <div className="space-y-4">
      <PageHeader
        title={<span className="flex items-center gap-3">Order <span className="font-mono">{order.number}</span> <OrderStatusBadge status={order.status} /></span>}
        breadcrumbs={[{ label: "Orders", href: "/ops/orders" }, { label: order.number }]}
        description={order.customer ? `${order.customer.name} · ${order.customer.email} · ${order.channel.toLowerCase()}` : order.channel.toLowerCase()}
      />
      <OrderDetailBody
        order={order}
        linesTitle="Lines"
        showReserved
        actions={
          <>
            <StaffOrderActions order={order} canFulfil={can(actor.role, "orders:fulfil")} canManage={canManage} />
            {canManage && order.editable && <OrderCustomerActions order={order} scope="staff" />}
          </>
        }
      />
    </div>
  );
}
