"use client";
// Edit and cancel, shown only while the order is editable; otherwise why it can no longer change.
import { Lock } from "lucide-react";
import { useState } from "react";
import { Button, Card, CardBody, CardHeader, CardTitle } from "@/components/ui";
import type { OrderDetail } from "@/server/commerce/orders/queries/detail";
import { CancelOrderDialog } from "./cancel-order-dialog";
import { EditOrderForm } from "./edit-order-form";

export function OrderCustomerActions({ order, scope = "mine" }: { order: OrderDetail; scope?: "mine" | "staff" }) {
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  if (!order.editable) {
    if (!order.editClosedMessage) return null;
    return (
      <p role="status" className="flex items-start gap-2 rounded-md border border-line bg-subtle p-3 text-sm text-ink-muted" data-testid="edit-closed" data-order-id={order.id} data-version={order.version}>
        <Lock className="mt-0.5 size-4 shrink-0" aria-hidden />
        {order.editClosedMessage}
      </p>
    );
  }
  return (
    <Card>
      <CardHeader
        actions={!editing && (
          <div className="flex gap-2">
            <Button variant="secondary" onClick={() => setEditing(true)}>Change order</Button>
            <Button variant="ghost" onClick={() => setCancelling(true)}>Cancel order</Button>
          </div>
        )}
      >
        <CardTitle>Change or cancel</CardTitle>
        <p className="text-sm text-ink-muted">Possible until {order.cutoffLabel}.</p>
      </CardHeader>
      {editing && (
        <CardBody>
          <EditOrderForm order={order} scope={scope} onDone={() => setEditing(false)} />
        </CardBody>
      )}
      <CancelOrderDialog orderId={order.id} number={order.number} scope={scope} open={cancelling} onClose={() => setCancelling(false)} />
    </Card>
  );
}
