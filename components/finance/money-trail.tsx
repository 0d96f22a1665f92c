// One order's money: what was ordered and delivered, each payment with its receipts and refunds,
// credits, and every journal entry with its postings, oldest first.
import { Badge, Card, CardBody, CardHeader, CardTitle, StatusBadge } from "@/components/ui";
import type { MoneyTrail } from "@/server/ledger/queries";
import { ENTRY_KIND_LABELS, METHOD_LABELS, PAYMENT_STATUS_TONES } from "./labels";
import { Money } from "./money";
import { PostingList } from "./posting-list";

const fmt = (d: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(d);

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-4 py-1">
      <dt className="text-ink-muted">{label}</dt>
      <dd className="text-right">{children}</dd>
    </div>
  );
}

export function MoneyTrailView({ trail, timeZone }: { trail: MoneyTrail; timeZone: string }) {
  const { order, payments, credits, entries } = trail;
  const c = order.currency;
  return (
    <div className="grid gap-4 lg:grid-cols-[20rem_1fr]">
      <div className="space-y-4">
        <Card>
          <CardHeader actions={<StatusBadge status={order.status} />}>
            <CardTitle>Order</CardTitle>
          </CardHeader>
          <CardBody>
            <dl className="divide-y divide-line text-sm">
              <Row label="Channel">{order.channel.toLowerCase()}</Row>
              <Row label="Customer">{order.customerName ?? "—"}</Row>
              <Row label="Placed">{fmt(order.placedAt, timeZone)}</Row>
              <Row label="Subtotal"><Money minor={order.subtotalMinor} currency={c} /></Row>
              <Row label="Discount"><Money minor={order.discountMinor ? -order.discountMinor : 0} currency={c} /></Row>
              <Row label="Delivery fee"><Money minor={order.deliveryFeeMinor} currency={c} /></Row>
              <Row label="VAT included"><Money minor={order.taxMinor} currency={c} /></Row>
              <Row label="Total ordered"><Money minor={order.totalMinor} currency={c} className="font-semibold" /></Row>
              <Row label="Delivered value">{order.deliveredTotalMinor === null ? <span className="text-ink-muted">not delivered</span> : <Money minor={order.deliveredTotalMinor} currency={c} className="font-semibold" />}</Row>
            </dl>
          </CardBody>
        </Card>
        {payments.map((p) => (
          <Card key={p.id}>
            <CardHeader actions={<StatusBadge status={p.status} map={PAYMENT_STATUS_TONES} />}>
              <CardTitle as="h3">{METHOD_LABELS[p.method] ?? p.method} payment</CardTitle>
            </CardHeader>
            <CardBody>
              <dl className="divide-y divide-line text-sm">
                {p.method === "CARD" && <Row label="Authorized"><Money minor={p.authorizedMinor} currency={c} /></Row>}
                {p.method === "CARD" && <Row label="Captured"><Money minor={p.capturedMinor} currency={c} /></Row>}
                {p.dueMinor > 0 && <Row label="Due"><Money minor={p.dueMinor} currency={c} /></Row>}
                {p.dueMinor > 0 && <Row label="Received"><Money minor={p.receivedMinor} currency={c} /></Row>}
                <Row label="Refunded"><Money minor={p.refundedMinor} currency={c} /></Row>
                {p.failureMessage && <Row label="Failure"><span className="text-danger-fg">{p.failureMessage}</span></Row>}
                {p.stripePaymentIntentId && <Row label="Stripe"><span className="font-mono text-xs">{p.stripePaymentIntentId}</span></Row>}
              </dl>
              {p.receipts.length > 0 && (
                <ul className="mt-3 space-y-1 text-xs" aria-label="Receipts">
                  {p.receipts.map((r) => (
                    <li key={r.id} className="flex justify-between gap-2">
                      <span>Receipt {r.method.replace("_", " ").toLowerCase()} · {r.reference}</span>
                      <Money minor={r.amountMinor} currency={c} />
                    </li>
                  ))}
                </ul>
              )}
              {p.refunds.length > 0 && (
                <ul className="mt-3 space-y-1 text-xs" aria-label="Refunds">
                  {p.refunds.map((r) => (
                    <li key={r.id} className="flex justify-between gap-2">
                      <span>Refund · {r.reason} <Badge tone={r.status === "SUCCEEDED" ? "success" : r.status === "FAILED" ? "danger" : "warning"}>{r.status.toLowerCase()}</Badge></span>
                      <Money minor={r.amountMinor} currency={c} />
                    </li>
                  ))}
                </ul>
              )}
            </CardBody>
          </Card>
        ))}
        {credits.length > 0 && (
          <Card>
            <CardHeader>
              <CardTitle as="h3">Customer credits</CardTitle>
            </CardHeader>
            <CardBody>
              <ul className="space-y-1 text-sm">
                {credits.map((cr) => (
                  <li key={cr.id} className="flex justify-between gap-2">
                    <span>{cr.reason}</span>
                    <Money minor={cr.amountMinor} currency={c} />
                  </li>
                ))}
              </ul>
            </CardBody>
          </Card>
        )}
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Journal entries ({entries.length})</CardTitle>
        </CardHeader>
        <CardBody className="p-0">
          {entries.length === 0 ? (
            <p className="p-4 text-sm text-ink-muted">Nothing posted yet: entries appear when a card is authorized or the order is delivered.</p>
          ) : (
            <ol className="divide-y divide-line">
              {entries.map((e) => (
                <li key={e.id} className="grid gap-2 px-4 py-3 sm:grid-cols-[11rem_1fr]">
                  <div className="space-y-1">
                    <Badge tone={e.kind === "REVERSAL" ? "warning" : "info"}>{ENTRY_KIND_LABELS[e.kind] ?? e.kind}</Badge>
                    <p className="text-xs text-ink-muted">{fmt(e.occurredAt, timeZone)}</p>
                    <p className="text-xs">{e.memo}</p>
                    {e.reversedById && <p className="text-xs text-warning-fg">Reversed</p>}
                  </div>
                  <PostingList row={e} />
                </li>
              ))}
            </ol>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
