import type { Metadata } from "next";
import Link from "next/link";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { MyOrdersTable } from "@/components/account/my-orders-table";
import { Card, CardBody, CardHeader, CardTitle, EmptyState, LinkButton, PageHeader } from "@/components/ui";
import { OrderStatusBadge } from "@/components/orders/status";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "My account" };

/** Account overview: the next delivery, open orders, and links to subscriptions, addresses and cards. */
export default async function AccountPage() {
  const actor = await requirePermission("account:own");
  const caller = await getCaller();
  const [open, inbox] = await Promise.all([caller.orders.mine.open(), caller.notifications.mine({ limit: 3 })]);
  const next = open[0];
  return (
    <div className="space-y-6">
      <PageHeader title={`Hello ${actor.name.split(" ")[0]}`} description="Your deliveries, orders and subscriptions." />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader><CardTitle>Next delivery</CardTitle></CardHeader>
          <CardBody>
            {next ? (
              <div className="flex flex-wrap items-center justify-between gap-3">
                <div>
                  <p className="text-lg font-semibold">{next.slotLabel}</p>
                  <p className="text-sm text-ink-muted">
                    <Link className="font-mono text-furrow-700 hover:underline" href={`/account/orders/${next.number}`}>{next.number}</Link> · {next.lineCount} items · {formatMoney(next.totalMinor, next.currency)}
                  </p>
                </div>
                <OrderStatusBadge status={next.status} />
              </div>
            ) : (
              <EmptyState compact title="No delivery planned" text="Fill a basket in the shop or subscribe to a weekly box." action={<LinkButton href="/shop">Go to the shop</LinkButton>} />
            )}
          </CardBody>
        </Card>
        <Card>
          <CardHeader><CardTitle>Your account</CardTitle></CardHeader>
          <CardBody>
            <ul className="space-y-2 text-sm">
              <li><Link className="text-furrow-700 hover:underline" href="/account/orders">All orders</Link></li>
              <li><Link className="text-furrow-700 hover:underline" href="/account/subscriptions">Subscriptions</Link></li>
              <li><Link className="text-furrow-700 hover:underline" href="/account/addresses">Addresses</Link></li>
              <li><Link className="text-furrow-700 hover:underline" href="/account/payment-methods">Payment methods</Link></li>
            </ul>
          </CardBody>
        </Card>
      </div>
      <section aria-labelledby="open-orders" className="space-y-2">
        <h2 id="open-orders" className="text-base font-semibold">Open orders</h2>
        {open.length > 0 ? <MyOrdersTable rows={open} total={open.length} page={0} pageSize={open.length} /> : <p className="text-sm text-ink-muted">No open orders.</p>}
      </section>
      {inbox.rows.length > 0 && (
        <section aria-labelledby="messages" className="space-y-2">
          <h2 id="messages" className="text-base font-semibold">Messages {inbox.unread > 0 && <span className="text-sm font-normal text-ink-muted">({inbox.unread} new)</span>}</h2>
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface text-sm">
            {inbox.rows.map((n) => (
              <li key={n.id} className="px-3 py-2"><span className="font-medium">{n.title}</span> <span className="text-ink-muted">{n.body}</span></li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
