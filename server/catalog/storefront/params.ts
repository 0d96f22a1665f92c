// Catalog state lives in the URL (shareable, works without JavaScript): ?q=&category=&certification=
// &origin=&inStock=1&sort=&page=. Pages read it forgivingly; the REST API strictly.
import { CATALOG_SORTS, CERTIFICATION_SCHEMES, type TCatalogSearchInput } from "./schema";

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function getter(params: Params) {
  return (key: string): string | undefined => {
    const v = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
    return Array.isArray(v) ? v[0] : v;
  };
}

const TRUTHY = new Set(["1", "true", "on", "yes"]);

/**
 * Search input from URL parameters. Forgiving (default): unknown or malformed values are dropped,
 * so an edited or stale link still shows a catalog. Strict: values pass through for validation.
 */
export function parseCatalogParams(params: Params, opts: { strict?: boolean } = {}): TCatalogSearchInput {
  const get = getter(params);
  const strict = opts.strict ?? false;
  const text = (key: string, max: number) => {
    const v = get(key)?.trim();
    if (!v) return undefined;
    return strict ? v : v.slice(0, max);
  };
  const certification = get("certification") || undefined;
  const sort = get("sort") || undefined;
  const page = get("page");
  const pageSize = get("pageSize");
  const pageNumber = page === undefined || page === "" ? undefined : Number(page);
  const pageSizeNumber = pageSize === undefined || pageSize === "" ? undefined : Number(pageSize);
  const input: TCatalogSearchInput = {
    q: text("q", 200),
    category: text("category", 100),
    origin: text("origin", 100),
    inStock: TRUTHY.has((get("inStock") ?? "").toLowerCase()),
  };
  if (strict) {
    return { ...input, certification: certification as TCatalogSearchInput["certification"], sort: sort as TCatalogSearchInput["sort"], page: pageNumber, pageSize: pageSizeNumber };
  }
  if (certification && (CERTIFICATION_SCHEMES as readonly string[]).includes(certification)) input.certification = certification as TCatalogSearchInput["certification"];
  if (sort && (CATALOG_SORTS as readonly string[]).includes(sort)) input.sort = sort as TCatalogSearchInput["sort"];
  if (pageNumber !== undefined && Number.isInteger(pageNumber) && pageNumber >= 1) input.page = Math.min(pageNumber, 10_000);
  return input;
}

/** The URL query string for a catalog state (defaults left out), e.g. "?q=tomato&inStock=1". */
export function catalogHref(state: Partial<Record<"q" | "category" | "certification" | "origin" | "sort", string | undefined>> & { inStock?: boolean; page?: number }, base = "/shop"): string {
  const sp = new URLSearchParams();
  for (const key of ["q", "category", "certification", "origin", "sort"] as const) {
    const v = state[key];
    if (v) sp.set(key, v);
  }
  if (state.inStock) sp.set("inStock", "1");
  if (state.page && state.page > 1) sp.set("page", String(state.page));
  const qs = sp.toString();
  return qs ? `${base}?${qs}` : base;
}
