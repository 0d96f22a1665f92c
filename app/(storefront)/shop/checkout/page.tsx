import type { Metadata } from "next";
import { getActor } from "@/app/_lib/session";
import { CheckoutForm } from "@/components/checkout/checkout-form";
import { EmptyState, LinkButton } from "@/components/ui";
import { can } from "@/lib/rbac";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };

/** Checkout for households; guests are asked to sign in or sign up first (their cart is kept). */
export default async function CheckoutPage() {
  const actor = await getActor();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
      <h1 className="mb-6 text-3xl font-semibold tracking-tight text-ink">Checkout</h1>
      {!actor ? (
        <EmptyState
          title="Sign in to place your order"
          text="Your cart is kept while you sign in or create a household account."
          action={
            <div className="flex gap-2">
              <LinkButton href="/login?callbackUrl=%2Fshop%2Fcheckout">Sign in</LinkButton>
              <LinkButton variant="secondary" href="/signup?callbackUrl=%2Fshop%2Fcheckout">Create an account</LinkButton>
            </div>
          }
        />
      ) : !can(actor.role, "account:own") ? (
        <EmptyState title="Checkout is for household accounts" text="Staff accounts cannot place shop orders. Sign in with a household account." />
      ) : (
        <CheckoutForm />
      )}
    </div>
  );
}
