// Delivery, address and payment facts of an order, side by side.
import type { OrderDetail } from "@/server/commerce/orders/queries/detail";
import { humanizeStatus } from "@/components/ui";

const METHOD: Record<string, string> = { CARD: "Card", PAY_ON_DELIVERY: "Pay on delivery", INVOICE: "Invoice" };

export function OrderSummary({ order }: { order: OrderDetail }) {
  const s = order.shipTo;
  return (
    <dl className="grid gap-4 text-sm sm:grid-cols-3">
      <div>
        <dt className="text-xs font-medium text-ink-muted">Delivery</dt>
        <dd className="mt-1 font-medium">{order.slot?.label ?? order.deliveryDate}</dd>
        <dd className="text-xs text-ink-muted">{order.zone.name}{order.status === "PLACED" ? ` · changes until ${order.cutoffLabel}` : ""}</dd>
      </div>
      <div>
        <dt className="text-xs font-medium text-ink-muted">Address</dt>
        <dd className="mt-1">
          {s.name && <span className="block">{s.name}</span>}
          <span className="block">{s.line1}{s.line2 ? `, ${s.line2}` : ""}</span>
          <span className="block">{s.postcode} {s.city}</span>
        </dd>
      </div>
      <div>
        <dt className="text-xs font-medium text-ink-muted">Payment</dt>
        <dd className="mt-1">{METHOD[order.paymentMethod] ?? order.paymentMethod}</dd>
        {order.payments.at(-1) && <dd className="text-xs text-ink-muted">{humanizeStatus(order.payments.at(-1)!.status)}</dd>}
      </div>
    </dl>
  );
}
