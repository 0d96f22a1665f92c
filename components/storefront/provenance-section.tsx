import Link from "next/link";
import type { ProductProvenance } from "@/server/catalog/storefront/schema";
import { LotStory } from "./lot-story";
import { LotTable } from "./lot-table";

/** Lots told in full by default; the rest are listed in brief until the shopper asks for all (?lots=all). */
export const DETAILED_LOTS = 3;
/** Rows of the brief list before it says "and N more". */
const LISTED_LOTS = 12;

/** "Where it comes from": the current lots with farm, harvest, lab results and handling timeline. */
export function ProvenanceSection({ product, timeZone, now, showAll }: { product: ProductProvenance; timeZone: string; now: Date; showAll: boolean }) {
  const band = new Map(product.skus.map((s) => [s.code, { min: s.storageTempMinC, max: s.storageTempMaxC }]));
  const lots = product.lots;
  return (
    <section aria-labelledby="provenance-heading" className="flex flex-col gap-4">
      <div>
        <h2 id="provenance-heading" className="text-2xl font-semibold tracking-tight text-ink">Where it comes from</h2>
        <p className="mt-1 text-sm text-ink-muted">
          {lots.length === 0
            ? "No lot of this product is in stock right now."
            : `${lots.length} ${lots.length === 1 ? "lot is" : "lots are"} in stock, freshest first: farm, harvest, lab tests and every temperature reading on the way.`}
        </p>
      </div>
      {(showAll ? lots : lots.slice(0, DETAILED_LOTS)).map((lot, i) => (
        <LotStory key={lot.code} lot={lot} band={band.get(lot.skuCode) ?? { min: 0, max: 0 }} timeZone={timeZone} now={now} open={i === 0} />
      ))}
      {!showAll && lots.length > DETAILED_LOTS && (
        <>
          <LotTable lots={lots.slice(DETAILED_LOTS, DETAILED_LOTS + LISTED_LOTS)} timeZone={timeZone} caption="Further lots in stock" />
          {lots.length > DETAILED_LOTS + LISTED_LOTS && <p className="text-sm text-ink-muted">… and {lots.length - DETAILED_LOTS - LISTED_LOTS} more lots.</p>}
          <Link href={`/shop/${product.slug}?lots=all#provenance-heading`} className="w-fit text-sm font-medium text-furrow-700 hover:underline">
            Lab results and handling of all {lots.length} lots
          </Link>
        </>
      )}
    </section>
  );
}
