// Table state <-> query string, shared by the client hook and by server pages that read searchParams.
// Pure functions, no React or Next imports, so server components and tests can use them directly.

export type SortState = { id: string; desc: boolean };

export type DataTableState = {
  /** 0-based page index (the URL shows it 1-based). */
  page: number;
  pageSize: number;
  sort: SortState | null;
  /** Filter id -> value; empty values are never stored. */
  filters: Record<string, string>;
};

export type StateChangeMeta = {
  /** The change came from typing in a text filter: wait for a pause before touching the URL. */
  debounce?: boolean;
};

export type TableStateDefaults = {
  pageSize?: number;
  sort?: SortState | null;
  filters?: Record<string, string>;
  /** Allowed page sizes; a requested size snaps to the nearest one. */
  pageSizes?: readonly number[];
  /** When given, a sort on any other column id falls back to the default sort. */
  sortable?: readonly string[];
  /** When given, filters with other ids are dropped. */
  filterable?: readonly string[];
};

type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

export const PAGE_SIZES = [25, 50, 100] as const;
export const FILTER_PREFIX = "f.";
const MAX_PAGE = 100_000;
const MAX_FILTER_LENGTH = 200;
const ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/;

/** True for the query keys this module owns (page, size, sort, f.*). */
export function isTableStateKey(key: string): boolean {
  return key === "page" || key === "size" || key === "sort" || key.startsWith(FILTER_PREFIX);
}

function entriesOf(params: SearchParamsLike): [string, string][] {
  if (params instanceof URLSearchParams) return [...params.entries()];
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(params)) {
    // Repeated keys: the first value wins, as URLSearchParams.get() would do.
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out.push([key, first]);
  }
  return out;
}

function getParam(entries: [string, string][], key: string): string | undefined {
  return entries.find(([k]) => k === key)?.[1];
}

function resolvedDefaults(defaults: TableStateDefaults) {
  const pageSizes = defaults.pageSizes?.length ? [...defaults.pageSizes].sort((a, b) => a - b) : [...PAGE_SIZES];
  const pageSize = snapPageSize(defaults.pageSize ?? pageSizes[0]!, pageSizes);
  return { pageSizes, pageSize, sort: defaults.sort ?? null, filters: defaults.filters ?? {} };
}

/** The allowed size nearest to `requested` (ties go to the smaller one). */
export function snapPageSize(requested: number, pageSizes: readonly number[] = PAGE_SIZES): number {
  let best = pageSizes[0]!;
  for (const size of pageSizes) {
    if (Math.abs(size - requested) < Math.abs(best - requested)) best = size;
  }
  return best;
}

function parseIntStrict(raw: string | undefined): number | undefined {
  if (raw === undefined || !/^-?\d{1,9}$/.test(raw.trim())) return undefined;
  return Number.parseInt(raw, 10);
}

/** "createdAt.desc" -> { id: "createdAt", desc: true }; anything malformed -> undefined. */
export function parseSort(raw: string): SortState | undefined {
  const dot = raw.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const id = raw.slice(0, dot);
  const direction = raw.slice(dot + 1);
  if (!ID_PATTERN.test(id) || (direction !== "asc" && direction !== "desc")) return undefined;
  return { id, desc: direction === "desc" };
}

function formatSort(sort: SortState): string {
  return `${sort.id}.${sort.desc ? "desc" : "asc"}`;
}

/**
 * Reads table state from a query string (URLSearchParams or Next's searchParams object).
 * Missing or invalid values fall back to the defaults: page is clamped to >= 0, size snaps to an
 * allowed page size, unknown sort/filter ids are ignored when whitelists are given.
 * An explicitly empty `sort=` or `f.x=` means "none", overriding a default sort or filter.
 */
export function parseTableState(params: SearchParamsLike, defaults: TableStateDefaults = {}): DataTableState {
  const d = resolvedDefaults(defaults);
  const entries = entriesOf(params);

  const pageParam = parseIntStrict(getParam(entries, "page"));
  const page = pageParam === undefined ? 0 : Math.min(Math.max(pageParam - 1, 0), MAX_PAGE);

  const sizeParam = parseIntStrict(getParam(entries, "size"));
  const pageSize = sizeParam === undefined ? d.pageSize : snapPageSize(sizeParam, d.pageSizes);

  let sort = d.sort;
  const sortParam = getParam(entries, "sort");
  if (sortParam === "") sort = null;
  else if (sortParam !== undefined) {
    const parsed = parseSort(sortParam);
    if (parsed && (!defaults.sortable || defaults.sortable.includes(parsed.id))) sort = parsed;
  }

  const filters: Record<string, string> = { ...d.filters };
  for (const [key, value] of entries) {
    if (!key.startsWith(FILTER_PREFIX)) continue;
    const id = key.slice(FILTER_PREFIX.length);
    if (!ID_PATTERN.test(id) || (defaults.filterable && !defaults.filterable.includes(id))) continue;
    if (value === "") delete filters[id];
    else filters[id] = value.slice(0, MAX_FILTER_LENGTH);
  }

  return { page, pageSize, sort: sort ? { ...sort } : null, filters };
}

/**
 * Writes table state as query params, leaving out anything equal to the defaults, so
 * parseTableState(serializeTableState(s, d), d) gives back s. Keys come out in a stable order.
 */
export function serializeTableState(state: DataTableState, defaults: TableStateDefaults = {}): URLSearchParams {
  const d = resolvedDefaults(defaults);
  const params = new URLSearchParams();

  if (state.page > 0) params.set("page", String(state.page + 1));
  if (state.pageSize !== d.pageSize) params.set("size", String(state.pageSize));

  const sort = state.sort ? formatSort(state.sort) : "";
  const defaultSort = d.sort ? formatSort(d.sort) : "";
  if (sort !== defaultSort) params.set("sort", sort);

  const ids = new Set([...Object.keys(state.filters), ...Object.keys(d.filters)]);
  for (const id of [...ids].sort()) {
    const value = state.filters[id] ?? "";
    if (value !== (d.filters[id] ?? "")) params.set(FILTER_PREFIX + id, value);
  }
  return params;
}

function filterKey(state: DataTableState): string {
  const entries = Object.entries(state.filters).filter(([, value]) => value !== "");
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `next`, with the page set back to 0 if the sort or the filters differ from `prev` (the rows being paged changed). */
export function resetPageOnChange(prev: DataTableState, next: DataTableState): DataTableState {
  const sortChanged = prev.sort?.id !== next.sort?.id || prev.sort?.desc !== next.sort?.desc;
  return sortChanged || filterKey(prev) !== filterKey(next) ? { ...next, page: 0 } : next;
}

/** Two states are equal when they serialize the same (filter key order and empty values ignored). */
export function sameTableState(a: DataTableState, b: DataTableState): boolean {
  return serializeTableState(a).toString() === serializeTableState(b).toString();
}
