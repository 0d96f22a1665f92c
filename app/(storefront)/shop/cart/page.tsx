import type { Metadata } from "next";
import { getClaims } from "@/app/_lib/session";
import { CartView } from "@/components/checkout/cart-view";

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

/** The shopper's cart (guest or signed in). */
export default async function CartPage() {
  const claims = await getClaims();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight text-ink">Your cart</h1>
      <CartView signedIn={Boolean(claims)} />
    </div>
  );
}
