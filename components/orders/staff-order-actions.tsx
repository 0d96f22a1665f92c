"use client";
// Staff controls on an order: the next lifecycle steps the state machine allows, recording
// delivered quantities once dispatched, and edit/cancel on the customer's behalf.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Card, CardBody, CardHeader, CardTitle, Field, FormAlert, Input, useToast } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { OrderDetail } from "@/server/commerce/orders/queries/detail";
import { ORDER_STATUS_LABELS } from "@/server/commerce/orders/state-machine";
import type { OrderStatus } from "@/generated/prisma/enums";
import { CancelOrderDialog } from "./cancel-order-dialog";

const OUTCOMES: OrderStatus[] = ["DELIVERED", "PARTIALLY_DELIVERED", "FAILED", "CANCELLED"];

export function StaffOrderActions({ order, canFulfil, canManage }: { order: OrderDetail; canFulfil: boolean; canManage: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [cancelling, setCancelling] = useState(false);
  const advance = useMutation(trpc.orders.staff.advance.mutationOptions({ onSuccess: (r) => (toast.success(`Order is now ${ORDER_STATUS_LABELS[r.to as OrderStatus].toLowerCase()}`), router.refresh()), onError: (e) => toast.error(messageOf(e)) }));
  const steps = order.nextStatuses.filter((s) => !OUTCOMES.includes(s));
  const cancellable = canManage && order.nextStatuses.includes("CANCELLED");
  return (
    <Card>
      <CardHeader><CardTitle>Lifecycle</CardTitle></CardHeader>
      <CardBody className="space-y-4">
        <div className="flex flex-wrap gap-2">
          {canFulfil && steps.map((to) => (
            <Button key={to} variant="secondary" loading={advance.isPending && advance.variables?.to === to} onClick={() => advance.mutate({ orderId: order.id, to })}>
              Mark {ORDER_STATUS_LABELS[to].toLowerCase()}
            </Button>
          ))}
          {cancellable && <Button variant="danger" onClick={() => setCancelling(true)}>Cancel order</Button>}
          {steps.length === 0 && !cancellable && order.status !== "DISPATCHED" && <p className="text-sm text-ink-muted">No further steps for this order.</p>}
        </div>
        {canFulfil && order.status === "DISPATCHED" && <DeliveryForm order={order} />}
      </CardBody>
      <CancelOrderDialog orderId={order.id} number={order.number} scope="staff" open={cancelling} onClose={() => setCancelling(false)} />
    </Card>
  );
}

function DeliveryForm({ order }: { order: OrderDetail }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [qty, setQty] = useState<Record<string, string>>(() => Object.fromEntries(order.lines.map((l) => [l.id, String(l.quantity)])));
  const record = useMutation(trpc.orders.staff.recordDelivery.mutationOptions({
    onSuccess: (r) => (toast.success(`${ORDER_STATUS_LABELS[r.status]}: ${formatMoney(r.deliveredTotalMinor, order.currency)}`), router.refresh()),
  }));
  const errors = fieldErrorsOf(record.error);
  function submit(e: FormEvent) {
    e.preventDefault();
    record.mutate({ orderId: order.id, lines: order.lines.map((l) => ({ lineId: l.id, deliveredQuantity: Number(qty[l.id] ?? 0) })) });
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-2" aria-label="Record delivered quantities">
      <h3 className="text-sm font-medium">Record delivery</h3>
      {record.error && <FormAlert>{messageOf(record.error)}</FormAlert>}
      {order.lines.map((l) => (
        <div key={l.id} className="grid grid-cols-[1fr_6rem] items-start gap-3 text-sm">
          <span className="pt-2">{l.productName} <span className="text-ink-muted">({l.quantity} ordered)</span></span>
          <Field label={`Delivered ${l.productName}`} hideLabel errors={errors[`lines.${l.id}.deliveredQuantity`]}>
            <Input type="number" min={0} max={l.quantity} inputMode="numeric" value={qty[l.id] ?? ""} onChange={(e) => setQty((q) => ({ ...q, [l.id]: e.target.value }))} />
          </Field>
        </div>
      ))}
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={() => setQty(Object.fromEntries(order.lines.map((l) => [l.id, "0"])))}>Nothing delivered</Button>
        <Button type="submit" loading={record.isPending}>Record delivery</Button>
      </div>
    </form>
  );
}
