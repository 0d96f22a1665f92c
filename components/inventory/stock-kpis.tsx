// KPI cards over the stock summary: hub (or one location) totals, and one card per location.
import Link from "next/link";
import { KpiCard } from "@/components/ui";
import type { LocationStock, StockSummary } from "@/server/inventory/queries";
import { formatCount } from "./labels";

/** Headline numbers for the inventory page (all locations, or the filtered one). */
export function StockKpis({ summary }: { summary: StockSummary }) {
  const t = summary.totals;
  return (
    <section aria-label="Stock at a glance" className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      <KpiCard label="Units on hand" value={formatCount(t.onHand)} />
      <KpiCard label="Available" value={formatCount(t.available)}>
        <p className="text-xs text-ink-muted">{formatCount(t.reserved)} reserved</p>
      </KpiCard>
      <KpiCard label="SKUs in stock" value={formatCount(t.skus)} />
      <KpiCard label="Lots expiring ≤ 2 days" value={formatCount(t.expiringSoon)} className={t.expiringSoon ? "border-warning-line" : undefined} />
      <KpiCard label="Lots past best-before" value={formatCount(t.expired)} className={t.expired ? "border-danger-line" : undefined} />
      <KpiCard label="Low-stock SKUs" value={formatCount(t.lowStock)} className={t.lowStock ? "border-warning-line" : undefined} />
    </section>
  );
}

/** One card per stocking location, linking to its filtered inventory. */
export function LocationKpis({ locations }: { locations: LocationStock[] }) {
  return (
    <ul aria-label="Stock per location" className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
      {locations.map((l) => (
        <li key={l.locationId}>
          <Link href={`/ops/warehouse/inventory?f.location=${encodeURIComponent(l.locationId)}`} className="block rounded-lg focus-visible:outline-2 focus-visible:outline-furrow-600" aria-label={`${l.name}: ${formatCount(l.available)} units available`}>
            <KpiCard label={`${l.code} · ${l.name}`} value={formatCount(l.available)} unit="available" className="h-full hover:border-furrow-300">
              <p className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-ink-muted">
                <span>{formatCount(l.onHand)} on hand</span>
                <span>{formatCount(l.skus)} SKUs</span>
                <span className={l.expiringSoon ? "font-medium text-warning-fg" : undefined}>{formatCount(l.expiringSoon)} expiring</span>
                {l.expired > 0 && <span className="font-medium text-danger-fg">{formatCount(l.expired)} expired</span>}
                <span className={l.lowStock ? "font-medium text-warning-fg" : undefined}>{formatCount(l.lowStock)} low</span>
              </p>
            </KpiCard>
          </Link>
        </li>
      ))}
    </ul>
  );
}
