import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/control-classes";
import type { CatalogFacets, FacetCount } from "@/server/catalog/storefront/schema";
import { hrefWith, type CatalogState } from "./catalog-state";

type Props = { state: CatalogState; facets: CatalogFacets };

function FacetLink({ href, label, count, selected, depth = 0 }: { href: string; label: string; count?: number; selected: boolean; depth?: number }) {
  const cls = "flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm";
  const indent = depth > 0 ? { paddingLeft: `${0.5 + depth * 0.875}rem` } : undefined;
  if (count === 0 && !selected) {
    return (
      <span className={cn(cls, "text-ink-subtle")} style={indent}>
        <span>{label}</span>
        <span className="text-xs tabular-nums">0</span>
      </span>
    );
  }
  return (
    <Link href={href} aria-current={selected ? "true" : undefined} className={cn(cls, selected ? "bg-furrow-50 font-semibold text-furrow-800" : "text-ink hover:bg-subtle")} style={indent}>
      <span>{label}</span>
      {count !== undefined && <span className={cn("text-xs tabular-nums", selected ? "text-furrow-700" : "text-ink-subtle")}>{count}</span>}
    </Link>
  );
}

function FacetGroup({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-line pt-4 first:border-t-0 first:pt-0">
      <h3 id={id} className="mb-2 text-xs font-semibold tracking-wide text-ink-subtle uppercase">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The filter sidebar: categories and certifications as links with counts, origin and stock as form fields. */
export function CatalogFilters({ state, facets }: Props) {
  const certs: FacetCount[] = facets.certifications.some((c) => c.value === state.certification) || !state.certification
    ? facets.certifications
    : [...facets.certifications, { value: state.certification, label: state.certification, count: 0 }];
  const clusters = facets.origins.filter((o) => o.kind === "CLUSTER");
  const selectedOriginKnown = !state.origin || facets.origins.some((o) => o.value === state.origin);
  return (
    <div className="flex flex-col gap-5">
      <FacetGroup title="Category" id="facet-category">
        <ul className="flex flex-col">
          <li>
            <FacetLink href={hrefWith(state, { category: undefined })} label="All produce" count={facets.categories.filter((c) => c.depth === 0).reduce((n, c) => n + c.count, 0)} selected={!state.category} />
          </li>
          {facets.categories.map((c) => (
            <li key={c.value}>
              <FacetLink href={hrefWith(state, { category: c.value })} label={c.label} count={c.count} selected={state.category === c.value} depth={c.depth} />
            </li>
          ))}
        </ul>
      </FacetGroup>

      <FacetGroup title="Certification" id="facet-certification">
        {certs.length === 0 ? (
          <p className="px-2 text-sm text-ink-subtle">No certified produce in this selection.</p>
        ) : (
          <ul className="flex flex-col">
            <li>
              <FacetLink href={hrefWith(state, { certification: undefined })} label="Any" selected={!state.certification} />
            </li>
            {certs.map((c) => (
              <li key={c.value}>
                <FacetLink href={hrefWith(state, { certification: c.value })} label={c.label} count={c.count} selected={state.certification === c.value} />
              </li>
            ))}
          </ul>
        )}
      </FacetGroup>

      <FacetGroup title="Grown by" id="facet-origin">
        <label htmlFor="filter-origin" className="sr-only">
          Farm or cluster
        </label>
        <select id="filter-origin" name="origin" defaultValue={state.origin ?? ""} className={cn(controlClasses, "h-9 px-2.5")}>
          <option value="">All farms and clusters</option>
          {!selectedOriginKnown && <option value={state.origin}>{state.origin}</option>}
          {clusters.map((cluster) => (
            <optgroup key={cluster.value} label={cluster.label}>
              <option value={cluster.value}>
                All of {cluster.label} ({cluster.count})
              </option>
              {facets.origins
                .filter((o) => o.kind === "FARM" && o.clusterCode === cluster.value)
                .map((farm) => (
                  <option key={farm.value} value={farm.value}>
                    {farm.label} ({farm.count})
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </FacetGroup>

      <FacetGroup title="Availability" id="facet-stock">
        <div className="flex items-center gap-2 px-1">
          <input id="filter-in-stock" type="checkbox" name="inStock" value="1" defaultChecked={state.inStock} className="size-4 rounded border-line-strong accent-furrow-700" />
          <label htmlFor="filter-in-stock" className="text-sm text-ink">
            In stock only <span className="text-xs text-ink-subtle tabular-nums">({facets.inStock})</span>
          </label>
        </div>
      </FacetGroup>
    </div>
  );
}
