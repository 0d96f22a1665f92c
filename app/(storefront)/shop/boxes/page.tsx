import type { Metadata } from "next";
import { Package } from "lucide-react";
import { BoxCard } from "@/components/subscriptions/box-card";
import { EmptyState, LinkButton } from "@/components/ui";
import { getDb } from "@/lib/db";
import { resolveStorefrontHub } from "@/server/catalog/storefront";
import { listBoxes } from "@/server/commerce/subscriptions";

export const metadata: Metadata = { title: "Veg boxes", description: "Seasonal boxes from family farms, delivered every week or every two weeks. Skip, pause or swap items any time before the cutoff." };

/** The shop's boxes: contents, price per delivery and where the produce comes from. */
export default async function BoxesPage() {
  const db = getDb();
  const hub = await resolveStorefrontHub(db);
  const boxes = hub ? await listBoxes(db, hub, new Date()) : [];
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <div className="mb-6 flex flex-col gap-1">
        <h1 className="text-3xl font-semibold tracking-tight text-ink">Veg boxes</h1>
        <p className="text-sm text-ink-muted">Seasonal produce from {hub?.name ?? "our farms"}, delivered every week or every two weeks. Skip a week, pause or swap items until the order cutoff.</p>
      </div>
      {boxes.length === 0 ? (
        <EmptyState icon={<Package />} title="No boxes yet" text="Our boxes are being packed. Browse the shop in the meantime." />
      ) : (
        <ul className="grid grid-cols-1 gap-5 md:grid-cols-2 xl:grid-cols-3">
          {boxes.map((box) => (
            <li key={box.id} className="flex">
              <BoxCard box={box} />
            </li>
          ))}
          <li className="flex">
            <article aria-labelledby="box-custom" className="flex w-full flex-col justify-between gap-3 rounded-xl border border-dashed border-line-strong bg-surface p-5">
              <div>
                <h2 id="box-custom" className="text-lg font-semibold text-ink">
                  Build your own basket
                </h2>
                <p className="mt-1 text-sm text-ink-muted">Choose any produce and quantities; each delivery is charged at that week&apos;s shop prices.</p>
              </div>
              <LinkButton href="/shop/boxes/custom" variant="secondary">
                Build a basket
              </LinkButton>
            </article>
          </li>
        </ul>
      )}
    </div>
  );
}
