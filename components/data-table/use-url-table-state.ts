"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { isTableStateKey, parseTableState, resetPageOnChange, serializeTableState, type DataTableState, type StateChangeMeta, type TableStateDefaults } from "./state";

export type UrlTableState = {
  /** What the table should show now (optimistic: ahead of the URL while a change is in flight). */
  state: DataTableState;
  onStateChange: (next: DataTableState, meta?: StateChangeMeta) => void;
  /** True while the router is fetching the page for the new URL. */
  isLoading: boolean;
};

/**
 * Keeps DataTable state in the URL (page, size, sort, f.<id>) via router.replace without scrolling,
 * so server components re-render with the new searchParams and links/back restore the view.
 * Text filter changes are debounced; other params in the URL are preserved.
 * Pages using it need a Suspense boundary or dynamic rendering (useSearchParams).
 */
export function useUrlTableState(defaults: TableStateDefaults = {}, { debounceMs = 300 }: { debounceMs?: number } = {}): UrlTableState {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isPending, startTransition] = useTransition();
  const timer = useRef<number | undefined>(undefined);

  const urlState = parseTableState(new URLSearchParams(searchParams.toString()), defaults);
  const urlQuery = serializeTableState(urlState, defaults).toString();

  // Local state that is ahead of the URL (typing before the debounce fires, or a navigation in flight).
  const [draft, setDraft] = useState<{ state: DataTableState; query: string } | null>(null);
  // Once the URL has caught up the draft is dropped, so later back/forward navigation wins.
  if (draft && draft.query === urlQuery) setDraft(null);
  const state = draft && draft.query !== urlQuery ? draft.state : urlState;

  useEffect(() => () => window.clearTimeout(timer.current), []);

  function push(next: DataTableState) {
    const params = new URLSearchParams(searchParams.toString());
    for (const key of [...params.keys()]) if (isTableStateKey(key)) params.delete(key);
    for (const [key, value] of serializeTableState(next, defaults)) params.append(key, value);
    const query = params.toString();
    if (query === searchParams.toString()) return; // e.g. a search typed and erased within the debounce
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  }

  function onStateChange(requested: DataTableState, meta: StateChangeMeta = {}) {
    const next = resetPageOnChange(state, requested);
    setDraft({ state: next, query: serializeTableState(next, defaults).toString() });
    window.clearTimeout(timer.current);
    if (meta.debounce) timer.current = window.setTimeout(() => push(next), debounceMs);
    else push(next);
  }

  // Exactly the props DataTable takes for its state, so a table spreads it: <DataTable {...table} />.
  return { state, onStateChange, isLoading: isPending };
}
