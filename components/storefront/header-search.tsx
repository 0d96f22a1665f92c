"use client";

import Form from "next/form";
import { usePathname, useSearchParams } from "next/navigation";
import { Search } from "lucide-react";

/** The shop's search box: a GET form to /shop (client-side navigation when JavaScript runs). */
export function HeaderSearch() {
  const pathname = usePathname();
  const params = useSearchParams();
  const q = pathname === "/shop" ? (params.get("q") ?? "") : "";
  return <SearchForm key={q} defaultValue={q} />;
}

/** The same form without reading the URL (Suspense fallback, pages outside the catalog). */
export function SearchForm({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <Form action="/shop" role="search" aria-label="Products" className="relative w-full">
      <label htmlFor="shop-search" className="sr-only">
        Search produce
      </label>
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-ink-subtle" />
      <input
        id="shop-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search tomatoes, kale, eggs…"
        autoComplete="off"
        enterKeyHint="search"
        className="h-10 w-full rounded-full border border-line-strong bg-surface pr-24 pl-9 text-sm text-ink shadow-xs placeholder:text-ink-subtle hover:border-ink-subtle focus-visible:border-furrow-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring"
      />
      <button type="submit" className="absolute top-1 right-1 h-8 rounded-full bg-furrow-700 px-4 text-sm font-medium text-white hover:bg-furrow-800">
        Search
      </button>
    </Form>
  );
}
