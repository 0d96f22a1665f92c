import type { Metadata } from "next";
import Link from "next/link";
import { Package, Plus } from "lucide-react";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { Badge, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Subscription boxes" };

/** Box templates: contents, price, active subscribers; create and edit. */
export default async function BoxTemplatesPage() {
  await requirePermission("boxes:manage");
  const rows = await (await getCaller()).subscriptions.templates.list();
  return (
    <div className="space-y-4">
      <PageHeader
        title="Subscription boxes"
        description="The boxes households subscribe to: their items, the swaps each item allows, and the price per delivery. Edits apply to new subscribers; existing ones keep their items."
        actions={<LinkButton href="/admin/cms/boxes/new" icon={<Plus />}>New box</LinkButton>}
      />
      {rows.length === 0 ? (
        <EmptyState icon={<Package />} title="No boxes yet" text="Create the first box households can subscribe to." />
      ) : (
        <div className="overflow-x-auto rounded-xl border border-line bg-surface">
          <table className="w-full text-sm">
            <caption className="sr-only">Box templates</caption>
            <thead className="border-b border-line bg-subtle text-left text-xs text-ink-muted">
              <tr>
                {["Code", "Name", "Price", "Shop value", "Items", "Subscribers", "Status"].map((h) => (
                  <th key={h} scope="col" className={`px-3 py-2 font-medium ${["Price", "Shop value", "Items", "Subscribers"].includes(h) ? "text-right" : ""}`}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rows.map((r) => (
                <tr key={r.id} className="hover:bg-subtle">
                  <td className="px-3 py-2 font-mono text-xs">{r.code}</td>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={`/admin/cms/boxes/${r.id}`} className="text-furrow-700 hover:underline">
                      {r.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{formatMoney(r.priceMinor, r.currency)}</td>
                  <td className="px-3 py-2 text-right tabular-nums text-ink-muted">{formatMoney(r.retailValueMinor, r.currency)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.lineCount}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.subscriberCount}</td>
                  <td className="px-3 py-2">
                    <Badge tone={r.active ? "success" : "neutral"} dot>
                      {r.active ? "Active" : "Hidden"}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
