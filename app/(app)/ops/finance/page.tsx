import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { DailyChart } from "@/components/finance/daily-chart";
import { OrderLookup } from "@/components/finance/order-lookup";
import { Card, CardBody, CardHeader, CardTitle, KpiCard, LinkButton, PageHeader } from "@/components/ui";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Finance" };

/** Finance overview: receivables, cash in this week, card holds, refunds, and 28 days of daily money. */
export default async function FinanceOverviewPage() {
  await requirePermission("finance:read");
  const o = await (await getCaller()).finance.overview();
  const m = (minor: number) => formatMoney(minor, o.currency);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Finance"
        description="Payments, receivables and the double-entry ledger of this hub."
        actions={
          <div className="flex gap-2">
            <LinkButton href="/ops/finance/payments?f.status=OUTSTANDING" variant="secondary" size="sm">Outstanding payments</LinkButton>
            <LinkButton href="/ops/finance/journal" variant="secondary" size="sm">Journal</LinkButton>
            <LinkButton href="/ops/finance/accounts" variant="secondary" size="sm">Trial balance</LinkButton>
          </div>
        }
      />
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <KpiCard label="Receivables due" value={m(o.receivablesDueMinor)} unit={`${o.receivablesCount} payments`} />
        <KpiCard label="Captured, last 7 days" value={m(o.capturedThisWeekMinor)} unit={`+ ${m(o.receivedThisWeekMinor)} received`} />
        <KpiCard label="Card holds outstanding" value={m(o.authorizationsOutstandingMinor)} unit={`${o.authorizationsCount} orders`} />
        <KpiCard label="Refunds, last 7 days" value={m(o.refundsThisWeekMinor)} unit={`${o.refundsCount} refunds`} />
      </div>
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <Card>
          <CardHeader>
            <CardTitle>Last 28 days</CardTitle>
          </CardHeader>
          <CardBody>{o.daily.length ? <DailyChart days={o.daily} currency={o.currency} /> : <p className="text-sm text-ink-muted">No ledger activity in the last 28 days.</p>}</CardBody>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Money trail of an order</CardTitle>
          </CardHeader>
          <CardBody>
            <OrderLookup />
          </CardBody>
        </Card>
      </div>
    </div>
  );
}
