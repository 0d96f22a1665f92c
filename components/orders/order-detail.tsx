// The body of an order page, shared by the customer's and the staff's views: summary and lines on the
// left, the status timeline on the right. Each view puts its own actions above the summary.
import type { ReactNode } from "react";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui";
import type { OrderDetail } from "@/server/commerce/orders/queries/detail";
import { OrderLines } from "./order-lines";
import { OrderSummary } from "./order-summary";
import { OrderTimeline } from "./timeline";

type Props = { order: OrderDetail; actions?: ReactNode; linesTitle?: string; showReserved?: boolean };

export function OrderDetailBody({ order, actions, linesTitle = "Items", showReserved = false }: Props) {
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div className="space-y-4">
        {actions}
        <Card>
          <CardBody><OrderSummary order={order} /></CardBody>
        </Card>
        <Card>
          <CardHeader><CardTitle>{linesTitle}</CardTitle></CardHeader>
          <CardBody><OrderLines order={order} showReserved={showReserved} /></CardBody>
        </Card>
        {order.cancelReason && <p className="text-sm text-ink-muted">Cancelled: {order.cancelReason}</p>}
      </div>
      <Card>
        <CardHeader><CardTitle>Timeline</CardTitle></CardHeader>
        <CardBody><OrderTimeline entries={order.timeline} /></CardBody>
      </Card>
    </div>
  );
}
