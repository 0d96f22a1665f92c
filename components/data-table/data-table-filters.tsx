"use client";

import type { ReactNode } from "react";
import { Search, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select, type SelectOption } from "@/components/ui/select";

export type FilterDef = {
  /** Key in DataTableState.filters and the URL (`f.<id>`). */
  id: string;
  /** Accessible name; also used in the placeholder ("Status: all"). */
  label: string;
  type: "text" | "select";
  /** Choices for a select filter; the empty "all" choice is added automatically. */
  options?: SelectOption[];
  placeholder?: string;
};

export type DataTableFiltersProps = {
  filters: FilterDef[];
  values: Record<string, string>;
  /** `debounce` is true for keystrokes in text filters. */
  onFilterChange: (id: string, value: string, debounce: boolean) => void;
  onClear: () => void;
  /** Extra controls (buttons, exports) placed at the right end of the bar. */
  toolbar?: ReactNode;
};

/** The bar above a DataTable: search box, select filters, "Clear" and a free toolbar slot. */
export function DataTableFilters({ filters, values, onFilterChange, onClear, toolbar }: DataTableFiltersProps) {
  const active = filters.some((f) => (values[f.id] ?? "") !== "");

  return (
    <div className="flex flex-wrap items-center gap-2">
      {filters.length > 0 && (
        <div role="search" aria-label="Filter the table" className="flex flex-1 flex-wrap items-center gap-2">
          {filters.map((filter) =>
            filter.type === "text" ? (
              <div key={filter.id} className="relative w-full sm:w-64">
                <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-ink-subtle" />
                <Input
                  dense
                  type="search"
                  aria-label={filter.label}
                  placeholder={filter.placeholder ?? `${filter.label}…`}
                  value={values[filter.id] ?? ""}
                  onChange={(e) => onFilterChange(filter.id, e.target.value, true)}
                  className="pl-8"
                />
              </div>
            ) : (
              <Select
                key={filter.id}
                dense
                aria-label={filter.label}
                placeholder={filter.placeholder ?? `${filter.label}: all`}
                options={filter.options ?? []}
                value={values[filter.id] ?? ""}
                onChange={(e) => onFilterChange(filter.id, e.target.value, false)}
                className="w-full sm:w-auto sm:min-w-40"
              />
            ),
          )}
          {active && (
            <Button variant="ghost" size="sm" onClick={onClear} icon={<X aria-hidden />}>
              Clear filters
            </Button>
          )}
        </div>
      )}
      {toolbar && <div className="ml-auto flex flex-wrap items-center gap-2">{toolbar}</div>}
    </div>
  );
}
