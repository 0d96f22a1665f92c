import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getActor } from "@/app/_lib/session";
import { BoxContents } from "@/components/subscriptions/box-card";
import { SubscribeForm } from "@/components/subscriptions/subscribe-form";
import { LinkButton } from "@/components/ui";
import { getDb } from "@/lib/db";
import { isDomainError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { can } from "@/lib/rbac";
import { resolveStorefrontHub } from "@/server/catalog/storefront";
import { getBox } from "@/server/commerce/subscriptions";

type Props = { params: Promise<{ code: string }> };

async function loadBox(code: string) {
  const db = getDb();
  const hub = await resolveStorefrontHub(db);
  if (!hub) return null;
  try {
    return await getBox(db, hub, code, new Date());
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const box = await loadBox((await params).code);
  return { title: box ? `Subscribe: ${box.name}` : "Box not found" };
}

/** One box and the subscribe flow (households signed in; others are sent to sign in or sign up). */
export default async function BoxPage({ params }: Props) {
  const { code } = await params;
  const box = await loadBox(code);
  if (!box) notFound();
  const actor = await getActor();
  const here = `/shop/boxes/${code}`;
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 sm:px-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)]">
      <section aria-labelledby="box-heading" className="flex flex-col gap-3">
        <nav aria-label="Breadcrumb" className="text-sm text-ink-muted">
          <Link href="/shop/boxes" className="hover:underline">
            Veg boxes
          </Link>
        </nav>
        <h1 id="box-heading" className="text-3xl font-semibold tracking-tight text-ink">
          {box.name}
        </h1>
        {box.description && <p className="text-ink-muted">{box.description}</p>}
        <p className="text-2xl font-semibold text-ink">
          {formatMoney(box.priceMinor, box.currency)} <span className="text-sm font-normal text-ink-muted">per delivery, delivery included in the box price</span>
        </p>
        <div className="rounded-xl border border-line bg-surface p-4">
          <h2 className="mb-1 text-sm font-semibold text-ink">In this box</h2>
          <BoxContents box={box} />
        </div>
      </section>
      <section aria-labelledby="subscribe-heading" className="rounded-xl border border-line bg-surface p-5 shadow-xs">
        <h2 id="subscribe-heading" className="mb-4 text-lg font-semibold text-ink">
          Subscribe
        </h2>
        {actor && can(actor.role, "account:own") ? (
          <SubscribeForm templateId={box.id} boxName={box.name} priceMinor={box.priceMinor} currency={box.currency} />
        ) : actor ? (
          <p className="text-sm text-ink-muted">Subscriptions are for household accounts. Sign in with your household account to subscribe.</p>
        ) : (
          <div className="flex flex-col gap-3 text-sm text-ink-muted">
            <p>Sign in or create a household account to choose your delivery day and subscribe.</p>
            <div className="flex gap-2">
              <LinkButton href={`/login?callbackUrl=${encodeURIComponent(here)}`}>Sign in</LinkButton>
              <LinkButton href={`/signup?callbackUrl=${encodeURIComponent(here)}`} variant="secondary">
                Create an account
              </LinkButton>
            </div>
          </div>
        )}
      </section>
    </div>
  );
}
