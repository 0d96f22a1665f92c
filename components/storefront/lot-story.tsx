import { FlaskConical, MapPin, Route } from "lucide-react";
import type { ProvenanceLot } from "@/server/catalog/storefront/schema";
import { daysAgo, formatCalendarDate, formatDay, GRADE_LABELS, isoDateTime } from "./format";
import { HandlingTimeline } from "./handling-timeline";
import { LabResultsTable } from "./lab-results-table";

/** One current lot: where and when it was harvested, its lab results and handling timeline. */
export function LotStory({ lot, band, timeZone, now, open }: { lot: ProvenanceLot; band: { min: number; max: number }; timeZone: string; now: Date; open: boolean }) {
  const headingId = `lot-${lot.code}`;
  return (
    <details open={open} className="group rounded-xl border border-line bg-surface shadow-xs [&_summary::-webkit-details-marker]:hidden">
      <summary className="flex cursor-pointer list-none flex-wrap items-center justify-between gap-2 rounded-xl px-5 py-4 hover:bg-subtle">
        <h3 id={headingId} className="flex items-center gap-2 text-base font-semibold text-ink">
          <MapPin aria-hidden className="size-4 text-furrow-700" />
          {lot.farm.name}
          <span className="font-normal text-ink-muted">· {lot.skuName}</span>
        </h3>
        <span className="text-sm text-ink-muted">
          Harvested <time dateTime={isoDateTime(lot.harvestedAt)}>{formatDay(lot.harvestedAt, timeZone)}</time> ({daysAgo(lot.harvestedAt, now, timeZone)})
        </span>
      </summary>
      <div className="flex flex-col gap-6 border-t border-line px-5 py-5">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <div><dt className="text-ink-muted">Farm</dt><dd className="font-medium text-ink">{lot.farm.name}</dd></div>
          <div><dt className="text-ink-muted">Cluster</dt><dd className="font-medium text-ink">{lot.cluster.name}</dd></div>
          <div><dt className="text-ink-muted">Harvest date</dt><dd className="font-medium text-ink">{formatDay(lot.harvestedAt, timeZone)}</dd></div>
          <div><dt className="text-ink-muted">Best before</dt><dd className="font-medium text-ink">{formatCalendarDate(lot.bestBefore)}</dd></div>
          <div><dt className="text-ink-muted">Quality grade</dt><dd className="font-medium text-ink">{GRADE_LABELS[lot.grade]}</dd></div>
          <div><dt className="text-ink-muted">Lot</dt><dd className="font-mono text-xs text-ink">{lot.code}</dd></div>
        </dl>
        <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
          <section aria-labelledby={`${headingId}-lab`} className="min-w-0">
            <h4 id={`${headingId}-lab`} className="mb-2 flex items-center gap-1.5 text-sm font-semibold text-ink">
              <FlaskConical aria-hidden className="size-4 text-furrow-700" /> Lab results
            </h4>
            <LabResultsTable results={lot.labResults} caption={`Lab results of lot ${lot.code}`} />
          </section>
          <section aria-labelledby={`${headingId}-handling`} className="min-w-0">
            <h4 id={`${headingId}-handling`} className="mb-3 flex items-center gap-1.5 text-sm font-semibold text-ink">
              <Route aria-hidden className="size-4 text-furrow-700" /> Handling timeline
            </h4>
            <HandlingTimeline checkpoints={lot.checkpoints} band={band} timeZone={timeZone} />
          </section>
        </div>
      </div>
    </details>
  );
}
