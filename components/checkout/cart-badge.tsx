"use client";
// Header link to the cart with the number of packs in it (announced, not just shown).
import Link from "next/link";
import { ShoppingCart } from "lucide-react";
import { useCartCount } from "./use-cart-count";

export function CartBadge() {
  const { data } = useCartCount();
  const count = data?.count ?? 0;
  return (
    <Link
      href="/shop/cart"
      aria-label={count > 0 ? `Cart, ${count} ${count === 1 ? "item" : "items"}` : "Cart, empty"}
      className="relative flex items-center gap-1.5 rounded-full px-3 py-2 text-sm font-medium text-ink-muted hover:bg-subtle hover:text-ink"
    >
      <ShoppingCart aria-hidden className="size-4" />
      <span aria-hidden>Cart</span>
      {count > 0 && (
        <span aria-hidden data-testid="cart-count" className="min-w-5 rounded-full bg-furrow-700 px-1.5 text-center text-xs leading-5 font-semibold text-white">
          {count}
        </span>
      )}
    </Link>
  );
}
