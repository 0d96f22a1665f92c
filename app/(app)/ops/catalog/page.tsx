import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { ProductsTable } from "@/components/catalog/products-table";
import { PRODUCT_TABLE_DEFAULTS } from "@/components/catalog/table-defaults";
import { parseTableState } from "@/components/data-table/state";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Products & SKUs" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Planner/admin: every product of the hub with its category, SKU count and current retail price range. */
export default async function CatalogPage({ searchParams }: Props) {
  await requirePermission("catalog:manage");
  const state = parseTableState(await searchParams, PRODUCT_TABLE_DEFAULTS);
  const caller = await getCaller();
  const [data, categories] = await Promise.all([caller.catalog.products.list(state), caller.catalog.categories.list()]);
  return (
    <div className="space-y-4">
      <PageHeader title="Products & SKUs" description="Products, their packs (SKUs), prices per channel, images and substitutions." />
      <ProductsTable rows={data.rows} total={data.total} categories={categories.map((c) => ({ id: c.id, name: c.name }))} />
    </div>
  );
}
