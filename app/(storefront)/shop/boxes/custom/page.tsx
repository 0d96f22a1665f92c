import type { Metadata } from "next";
import Link from "next/link";
import { getActor } from "@/app/_lib/session";
import { BasketBuilder } from "@/components/subscriptions/basket-builder";
import { LinkButton } from "@/components/ui";
import { can } from "@/lib/rbac";

export const metadata: Metadata = { title: "Build your own basket" };

/** A custom recurring basket: any produce on sale, priced at the prices of each delivery week. */
export default async function CustomBasketPage() {
  const actor = await getActor();
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8 sm:px-6">
      <nav aria-label="Breadcrumb" className="text-sm text-ink-muted">
        <Link href="/shop/boxes" className="hover:underline">
          Veg boxes
        </Link>
      </nav>
      <h1 className="text-3xl font-semibold tracking-tight text-ink">Build your own basket</h1>
      <p className="text-ink-muted">Choose exactly what arrives every week or every two weeks. Each delivery is charged at that week&apos;s shop prices; change items and quantities until each cutoff.</p>
      <section aria-label="Your basket" className="rounded-xl border border-line bg-surface p-5 shadow-xs">
        {actor && can(actor.role, "account:own") ? (
          <BasketBuilder currency={actor.hubCurrency} />
        ) : (
          <div className="flex flex-col gap-3 text-sm text-ink-muted">
            <p>Sign in with a household account to build your basket.</p>
            <div className="flex gap-2">
              <LinkButton href="/login?callbackUrl=%2Fshop%2Fboxes%2Fcustom">Sign in</LinkButton>
              <LinkButton href="/signup?callbackUrl=%2Fshop%2Fboxes%2Fcustom" variant="secondary">
                Create an account
              </LinkButton>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
