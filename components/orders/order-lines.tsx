// The order's lines and money, as a compact table with totals underneath.
import { TableHead } from "@/components/ui";
import Link from "next/link";
import { formatMoney } from "@/lib/money";
import type { OrderDetail } from "@/server/commerce/orders/queries/detail";

export function OrderLines({ order, showReserved = false }: { order: OrderDetail; showReserved?: boolean }) {
  const m = (n: number) => formatMoney(n, order.currency);
  const delivered = order.lines.some((l) => l.deliveredQuantity !== null);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Items in order {order.number}</caption>
        <TableHead
          look="ruled"
          cellClassName="py-2 pr-3"
          columns={[
            "Item",
            { label: "Qty", numeric: true },
            showReserved && { label: "Reserved", numeric: true },
            delivered && { label: "Delivered", numeric: true },
            { label: "Price", numeric: true },
            { label: "Total", numeric: true, className: "pr-0" },
          ]}
        />
        <tbody>
          {order.lines.map((l) => (
            <tr key={l.id} className="border-b border-line/60">
              <td className="py-2 pr-3">
                {l.productSlug ? <Link href={`/shop/${l.productSlug}`} className="font-medium text-ink hover:underline">{l.productName}</Link> : <span className="font-medium">{l.productName}</span>}
                <span className="block text-xs text-ink-muted">{l.pack}{showReserved && l.skuCode ? ` · ${l.skuCode}` : ""}</span>
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{l.quantity}</td>
              {showReserved && <td className="py-2 pr-3 text-right tabular-nums">{l.reservedQuantity}</td>}
              {delivered && <td className="py-2 pr-3 text-right tabular-nums">{l.deliveredQuantity ?? "—"}</td>}
              <td className="py-2 pr-3 text-right tabular-nums">{m(l.unitPriceMinor)}</td>
              <td className="py-2 text-right tabular-nums">
                {m(l.lineTotalMinor)}
                {l.discountMinor > 0 && <span className="block text-xs text-success-fg">−{m(l.discountMinor)} discount</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="ml-auto mt-3 grid max-w-xs grid-cols-2 gap-x-4 gap-y-1 text-sm">
        <dt className="text-ink-muted">Subtotal</dt><dd className="text-right tabular-nums">{m(order.subtotalMinor)}</dd>
        {order.discountMinor > 0 && (<><dt className="text-ink-muted">Discount</dt><dd className="text-right tabular-nums">−{m(order.discountMinor)}</dd></>)}
        <dt className="text-ink-muted">Delivery</dt><dd className="text-right tabular-nums">{order.deliveryFeeMinor > 0 ? m(order.deliveryFeeMinor) : "Free"}</dd>
        <dt className="font-medium">Total{order.pricesIncludeTax ? " (incl. VAT)" : ""}</dt><dd className="text-right font-semibold tabular-nums">{m(order.totalMinor)}</dd>
        <dt className="text-xs text-ink-muted">{order.pricesIncludeTax ? "of which VAT" : "VAT"}</dt><dd className="text-right text-xs tabular-nums text-ink-muted">{m(order.taxMinor)}</dd>
        {order.deliveredTotalMinor !== null && (<><dt className="font-medium">Delivered value</dt><dd className="text-right font-semibold tabular-nums">{m(order.deliveredTotalMinor)}</dd></>)}
      </dl>
    </div>
  );
}
