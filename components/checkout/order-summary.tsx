// The review block of checkout: lines, subtotal, discount, delivery, tax contained, total.
import { formatMoney } from "@/lib/money";

export type SummaryData = {
  lines: Array<{ skuId: string; productName: string; skuName: string; quantity: number; lineTotalMinor: number }>;
  totals: { subtotalMinor: number; discountMinor: number; deliveryFeeMinor: number; taxMinor: number; totalMinor: number; currency: string };
  discount: { code: string; kind: string; amountMinor: number } | null;
};

export function OrderSummary({ data, lineErrors, slotChosen }: { data: SummaryData; lineErrors: Record<string, string[]>; slotChosen: boolean }) {
  const { totals: t } = data;
  const money = (n: number) => formatMoney(n, t.currency);
  return (
    <div className="flex flex-col gap-3 text-sm">
      <ul className="flex flex-col gap-2">
        {data.lines.map((l) => (
          <li key={l.skuId} className="flex justify-between gap-3">
            <span>
              {l.quantity} × {l.productName} <span className="text-ink-muted">({l.skuName})</span>
              {lineErrors[`lines.${l.skuId}`] && <span className="block text-xs font-medium text-danger-fg">{lineErrors[`lines.${l.skuId}`]!.join(", ")}</span>}
            </span>
            <span className="tabular-nums">{money(l.lineTotalMinor)}</span>
          </li>
        ))}
      </ul>
      <dl className="flex flex-col gap-1 border-t border-line pt-3">
        <Row label="Subtotal" value={money(t.subtotalMinor)} />
        {t.discountMinor > 0 && <Row label={`Discount${data.discount ? ` (${data.discount.code})` : ""}`} value={`−${money(t.discountMinor)}`} />}
        <Row label="Delivery" value={!slotChosen ? "Choose a slot" : t.deliveryFeeMinor === 0 ? "Free" : money(t.deliveryFeeMinor)} />
        {data.discount?.kind === "FREE_DELIVERY" && <p className="text-xs text-success-fg">{data.discount.code}: free delivery</p>}
        <div className="flex justify-between border-t border-line pt-2 text-base font-semibold">
          <dt>Total</dt>
          <dd className="tabular-nums" data-testid="checkout-total">{money(t.totalMinor)}</dd>
        </div>
        <Row label="Includes VAT" value={money(t.taxMinor)} muted />
      </dl>
    </div>
  );
}

function Row({ label, value, muted }: { label: string; value: string; muted?: boolean }) {
  return (
    <div className={muted ? "flex justify-between text-xs text-ink-muted" : "flex justify-between"}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}
