import type { Metadata } from "next";
import Link from "next/link";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { ReceiveForm } from "@/components/inventory/receive-form";
import { LocationKpis } from "@/components/inventory/stock-kpis";
import { formatCount } from "@/components/inventory/labels";
import { Card, CardBody, CardDescription, CardHeader, CardTitle, KpiCard, PageHeader } from "@/components/ui";
import { can } from "@/lib/rbac";

export const metadata: Metadata = { title: "Receiving" };

/** Warehouse home: what needs attention, stock per location, and receiving a lot. */
export default async function ReceivingPage() {
  const actor = await requirePermission("warehouse:portal");
  const summary = await (await getCaller()).inventory.stockSummary({});
  const t = summary.totals;
  return (
    <div className="space-y-6">
      <PageHeader title="Receiving" description="Receive lots into a packhouse or warehouse, and see where stock stands." breadcrumbs={[{ label: "Warehouse" }, { label: "Receiving" }]} />
      <section aria-label="Needs attention" className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Link href="/ops/warehouse/inventory?f.status=EXPIRES_SOON" className="rounded-lg">
          <KpiCard label="Lots expiring ≤ 2 days" value={formatCount(t.expiringSoon)} unit={t.expired ? `+ ${formatCount(t.expired)} expired` : undefined} className="h-full hover:border-furrow-300" />
        </Link>
        <Link href="/ops/warehouse/alerts" className="rounded-lg">
          <KpiCard label="Open alerts" value={formatCount(t.openAlerts)} className="h-full hover:border-furrow-300" />
        </Link>
        <Link href="/ops/warehouse/adjustments?f.status=PENDING_APPROVAL" className="rounded-lg">
          <KpiCard label="Adjustments awaiting approval" value={formatCount(t.pendingAdjustments)} className="h-full hover:border-furrow-300" />
        </Link>
        <Link href="/ops/warehouse/transfers?f.status=IN_TRANSIT" className="rounded-lg">
          <KpiCard label="Transfers in transit" value={formatCount(t.inTransit)} className="h-full hover:border-furrow-300" />
        </Link>
      </section>
      {can(actor.role, "inventory:operate") && (
        <Card>
          <CardHeader>
            <CardTitle>Receive a lot</CardTitle>
            <CardDescription>Creates the lot with its farm, harvest and best-before, and books the units on hand.</CardDescription>
          </CardHeader>
          <CardBody>
            <ReceiveForm />
          </CardBody>
        </Card>
      )}
      <section aria-labelledby="per-location" className="space-y-3">
        <h2 id="per-location" className="text-sm font-semibold text-ink">
          Stock per packhouse and warehouse
        </h2>
        <LocationKpis locations={summary.locations.filter((l) => l.kind === "WAREHOUSE" || l.kind === "PACKHOUSE")} />
      </section>
    </div>
  );
}
