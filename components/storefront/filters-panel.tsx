"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { SlidersHorizontal } from "lucide-react";

/**
 * The filter sidebar as a disclosure: rendered open (a sidebar on wide screens, usable without
 * JavaScript everywhere), folded away on narrow screens once JavaScript runs so results come first.
 */
export function FiltersPanel({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(max-width: 1023px)").matches) ref.current.open = false;
  }, []);
  return (
    <details ref={ref} open className="group rounded-xl border border-line bg-surface p-4 lg:border-0 lg:bg-transparent lg:p-0 [&_summary::-webkit-details-marker]:hidden">
      <summary className="flex list-none items-center justify-between gap-2 lg:pointer-events-none lg:mb-3">
        <h2 id="filters-heading" className="flex items-center gap-2 text-sm font-semibold text-ink">
          <SlidersHorizontal aria-hidden className="size-4 lg:hidden" />
          Filters
          {activeCount > 0 && <span className="rounded-full bg-furrow-700 px-1.5 text-xs text-white lg:hidden">{activeCount}</span>}
        </h2>
        <span aria-hidden className="text-xs text-ink-muted group-open:hidden lg:hidden">Show</span>
        <span aria-hidden className="hidden text-xs text-ink-muted group-open:inline lg:!hidden">Hide</span>
      </summary>
      <div className="mt-4 lg:mt-0">{children}</div>
    </details>
  );
}
