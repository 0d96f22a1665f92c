import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { parseTableState } from "@/components/data-table/state";
import { DiscountTable } from "@/components/promotions/discount-table";
import { PROMOTION_TABLE_DEFAULTS } from "@/components/promotions/promotion-table-defaults";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Discount codes" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Marketing: discount codes with their limits and how often they were used. */
export default async function PromotionsPage({ searchParams }: Props) {
  const actor = await requirePermission("promotions:manage");
  const state = parseTableState(await searchParams, PROMOTION_TABLE_DEFAULTS);
  const data = await (await getCaller()).promotions.list(state);
  return (
    <div className="space-y-4">
      <PageHeader title="Discount codes" description="Percentage, amount or free-delivery codes with validity, minimum basket and usage limits. Cancelled orders give their use back." />
      <DiscountTable rows={data.rows} total={data.total} currency={actor.hubCurrency} timeZone={actor.hubTimeZone} />
    </div>
  );
}
