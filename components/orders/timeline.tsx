"use client";
// The order's history as an ordered list: what happened, who did it, when (hub-local).
import { CircleDot, CreditCard, PencilLine } from "lucide-react";
import { useHubDateTime } from "@/components/providers/hub-time";
import type { TimelineEntry } from "@/server/commerce/orders/queries/timeline";
import { OrderStatusBadge } from "./status";

const ICONS = { status: CircleDot, edit: PencilLine, payment: CreditCard } as const;

export function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  const dateTime = useHubDateTime();
  if (entries.length === 0) return <p className="text-sm text-ink-muted">Nothing has happened yet.</p>;
  return (
    <ol className="relative space-y-4 border-l border-line pl-5" aria-label="Order timeline">
      {entries.map((e) => {
        const Icon = ICONS[e.kind];
        return (
          <li key={e.id} className="relative">
            <span className="absolute -left-[29px] top-0.5 flex size-4 items-center justify-center rounded-full bg-surface text-ink-muted" aria-hidden>
              <Icon className="size-4" />
            </span>
            <div className="flex flex-wrap items-center gap-2">
              <span className="text-sm font-medium text-ink">{e.title}</span>
              {e.status && <OrderStatusBadge status={e.status} />}
            </div>
            <p className="text-xs text-ink-muted">
              <time dateTime={new Date(e.at).toISOString()}>{dateTime(new Date(e.at))}</time> · by {e.actor.name}
            </p>
            {e.detail && <p className="mt-1 text-sm text-ink-muted">{e.detail}</p>}
          </li>
        );
      })}
    </ol>
  );
}
