import Link from "next/link";
import { getActor } from "@/app/_lib/session";
import { LinkButton } from "@/components/ui";

/** Landing page: what Furrow is, and the way into the shop (/shop) and the workspaces. */
export default async function HomePage() {
  const actor = await getActor();
  return (
    <div className="min-h-dvh">
      <header className="flex items-center justify-between border-b border-line bg-surface px-6 py-3">
        <span className="flex items-center gap-2 text-lg font-semibold text-furrow-800">
          <span aria-hidden className="inline-block h-6 w-6 rounded-md bg-furrow-700" /> Furrow
        </span>
        <nav aria-label="Account" className="flex gap-2">
          <LinkButton href="/shop" variant="ghost">Shop</LinkButton>
          {actor ? (
            <LinkButton href="/dashboard">Open my workspace</LinkButton>
          ) : (
            <>
              <LinkButton href="/login" variant="ghost">Sign in</LinkButton>
              <LinkButton href="/signup">Create account</LinkButton>
            </>
          )}
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-6 py-20">
        <h1 className="text-4xl font-semibold tracking-tight text-ink">Fresh from family farms, planned together.</h1>
        <p className="mt-4 text-lg text-ink-muted">
          Furrow pools what households, shops and kitchens order each week and plans it with clusters of small family farms —
          so growers know what to grow, produce travels less, and every box traces back to the field it came from.
        </p>
        <div className="mt-8 flex flex-wrap items-center gap-3">
          <LinkButton href="/shop">Browse fresh produce</LinkButton>
          <LinkButton href="/shop?inStock=1&sort=freshest" variant="secondary">Just harvested</LinkButton>
        </div>
        <p className="mt-8 text-sm text-ink-subtle">
          Already a customer, grower or part of the team? <Link className="font-medium text-furrow-700 hover:underline" href="/login">Sign in</Link>.
        </p>
      </main>
    </div>
  );
}
