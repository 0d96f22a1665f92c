// The customer's orders as a plain, paged table (server-rendered; links carry the page).
import Link from "next/link";
import { LinkButton, TableHead } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import type { MyOrderRow } from "@/server/commerce/orders/queries/my-orders";
import { OrderStatusBadge } from "../orders/status";

export function MyOrdersTable({ rows, total, page, pageSize }: { rows: MyOrderRow[]; total: number; page: number; pageSize: number }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Your orders, newest first</caption>
        <TableHead columns={["Order", "Delivery", "Status", { label: "Items", numeric: true }, { label: "Total", numeric: true }]} />
        <tbody>
          {rows.map((o) => (
            <tr key={o.id} className="border-t border-line hover:bg-subtle/60">
              <td className="px-3 py-2">
                <Link href={`/account/orders/${o.number}`} className="font-mono font-medium text-furrow-700 hover:underline">{o.number}</Link>
                {o.channel === "SUBSCRIPTION" && <span className="ml-2 text-xs text-ink-muted">box</span>}
              </td>
              <td className="px-3 py-2">{o.slotLabel}{o.editable && <span className="block text-xs text-ink-muted">can still be changed</span>}</td>
              <td className="px-3 py-2"><OrderStatusBadge status={o.status} /></td>
              <td className="px-3 py-2 text-right tabular-nums">{o.lineCount}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatMoney(o.totalMinor, o.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between border-t border-line px-3 py-2 text-sm">
          <span className="text-ink-muted">Page {page + 1} of {pages} · {total} orders</span>
          <span className="flex gap-2">
            {page > 0 && <LinkButton size="sm" variant="secondary" href={`/account/orders?page=${page - 1}`}>Newer</LinkButton>}
            {page + 1 < pages && <LinkButton size="sm" variant="secondary" href={`/account/orders?page=${page + 1}`}>Older</LinkButton>}
          </span>
        </nav>
      )}
    </div>
  );
}
