import { TriangleAlert } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { ProvenanceCheckpoint } from "@/server/catalog/storefront/schema";
import { CHECKPOINT_LABELS, formatDayTime, formatTemperature, isoDateTime } from "./format";

/** A lot's handling checkpoints as a vertical timeline with temperatures; out-of-band readings flagged. */
export function HandlingTimeline({ checkpoints, band, timeZone }: { checkpoints: ProvenanceCheckpoint[]; band: { min: number; max: number }; timeZone: string }) {
  if (checkpoints.length === 0) return <p className="text-sm text-ink-muted">No handling records yet.</p>;
  return (
    <ol className="relative ml-2 border-l-2 border-furrow-100">
      {checkpoints.map((c, i) => (
        <li key={`${c.kind}-${i}`} className="relative pb-5 pl-6 last:pb-0">
          <span aria-hidden className={cn("absolute top-1 -left-[7px] size-3 rounded-full ring-4 ring-surface", c.outOfBand ? "bg-warning" : "bg-furrow-600")} />
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
            <p className="font-medium text-ink">{CHECKPOINT_LABELS[c.kind]}</p>
            <time dateTime={isoDateTime(c.recordedAt)} className="text-xs text-ink-muted">
              {formatDayTime(c.recordedAt, timeZone)}
            </time>
          </div>
          {(c.locationName || c.temperatureC !== null) && (
            <p className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-ink-muted">
              {c.locationName && <span>{c.locationName}</span>}
              {c.temperatureC !== null && (
                <span className={cn("inline-flex items-center gap-1 rounded-full px-2 text-xs font-medium ring-1 ring-inset", c.outOfBand ? "bg-warning-soft text-warning-fg ring-warning-line" : "bg-info-soft text-info-fg ring-info-line")}>
                  {c.outOfBand && <TriangleAlert aria-hidden className="size-3" />}
                  {formatTemperature(c.temperatureC)}
                  {c.outOfBand && <span>· outside {formatTemperature(band.min)}–{formatTemperature(band.max)}</span>}
                </span>
              )}
            </p>
          )}
          {c.note && <p className="mt-0.5 text-sm text-ink-muted">{c.note}</p>}
        </li>
      ))}
    </ol>
  );
}
