import Link from "next/link";
import { Suspense } from "react";
import { ShoppingBasket, UserRound } from "lucide-react";
import { CartBadge } from "@/components/checkout/cart-badge";
import { HeaderSearch, SearchForm } from "./header-search";

/** Public header: brand, search and the way in for customers and staff. */
export function StorefrontHeader({ signedIn }: { signedIn: boolean }) {
  return (
    <header className="sticky top-0 z-30 border-b border-line bg-surface/95 backdrop-blur">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:text-sm focus:shadow">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-furrow-800">
          <span aria-hidden className="inline-block size-7 rounded-lg bg-furrow-700" />
          Furrow
        </Link>
        <nav aria-label="Shop" className="order-3 flex items-center gap-4 text-sm font-medium text-ink-muted sm:order-none">
          <Link href="/shop" className="flex items-center gap-1.5 hover:text-ink">
            <ShoppingBasket aria-hidden className="size-4" /> All produce
          </Link>
          <Link href="/shop?inStock=1&sort=freshest" className="hover:text-ink">
            Just harvested
          </Link>
          <Link href="/shop/boxes" className="hover:text-ink">
            Veg boxes
          </Link>
        </nav>
        <div className="order-4 w-full sm:order-none sm:max-w-md sm:flex-1">
          <Suspense fallback={<SearchForm />}>
            <HeaderSearch />
          </Suspense>
        </div>
        <div className="ml-auto flex items-center gap-1">
          <CartBadge />
          <Link href={signedIn ? "/dashboard" : "/login"} className="flex items-center gap-1.5 rounded-full px-3 py-2 text-sm font-medium text-ink-muted hover:bg-subtle hover:text-ink">
            <UserRound aria-hidden className="size-4" />
            {signedIn ? "My account" : "Sign in"}
          </Link>
        </div>
      </div>
    </header>
  );
}
