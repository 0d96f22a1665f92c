import Link from "next/link";
import { MapPin, Repeat } from "lucide-react";
import { formatMoney } from "@/lib/money";
import type { listBoxes } from "@/server/commerce/subscriptions";

export type BoxView = Awaited<ReturnType<typeof listBoxes>>[number];

/** What is in a box: each line with its pack, where it comes from and how many swaps it allows. */
export function BoxContents({ box }: { box: BoxView }) {
  return (
    <ul aria-label={`Contents of ${box.name}`} className="divide-y divide-line text-sm">
      {box.lines.map((line) => (
        <li key={line.id} className="flex flex-col gap-0.5 py-2">
          <span className="flex items-baseline justify-between gap-2">
            <span className="font-medium text-ink">
              {line.quantity} × {line.productName}
            </span>
            <span className="shrink-0 text-ink-muted">{line.pack}</span>
          </span>
          {line.provenance && (
            <span className="flex items-center gap-1 text-xs text-ink-muted">
              <MapPin aria-hidden className="size-3" />
              {line.provenance.farmName} · {line.provenance.clusterName}
            </span>
          )}
          {line.swaps.length > 0 && (
            <span className="flex items-center gap-1 text-xs text-ink-subtle">
              <Repeat aria-hidden className="size-3" />
              Swap for {line.swaps.map((s) => (s.productName === line.productName ? `${s.productName} (${s.pack})` : s.productName)).join(" or ")}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A box in the shop: name, price per delivery, contents, and the way to subscribe. */
export function BoxCard({ box }: { box: BoxView }) {
  const saving = box.retailValueMinor - box.priceMinor;
  return (
    <article aria-labelledby={`box-${box.code}`} className="flex w-full flex-col rounded-xl border border-line bg-surface p-5 shadow-xs">
      <h2 id={`box-${box.code}`} className="text-lg font-semibold text-ink">
        {box.name}
      </h2>
      {box.description && <p className="mt-1 text-sm text-ink-muted">{box.description}</p>}
      <p className="mt-3 text-2xl font-semibold text-ink">
        {formatMoney(box.priceMinor, box.currency)} <span className="text-sm font-normal text-ink-muted">per delivery</span>
      </p>
      {saving > 0 && <p className="text-xs text-success-fg">Worth {formatMoney(box.retailValueMinor, box.currency)} at shop prices</p>}
      <div className="mt-3 flex-1">
        <BoxContents box={box} />
      </div>
      <Link href={`/shop/boxes/${box.code.toLowerCase()}`} className="mt-4 inline-flex h-10 items-center justify-center rounded-md bg-furrow-700 px-4 text-sm font-medium text-white hover:bg-furrow-800 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none" aria-label={`Subscribe to ${box.name}`}>
        Subscribe
      </Link>
    </article>
  );
}
