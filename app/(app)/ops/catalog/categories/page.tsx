import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { CategoriesManager } from "@/components/catalog/categories-manager";
import { TaxCategoriesManager } from "@/components/catalog/tax-categories-manager";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Categories & tax" };

/** Category tree and tax categories of the hub. */
export default async function CategoriesPage() {
  await requirePermission("catalog:manage");
  const caller = await getCaller();
  const [categories, taxCategories] = await Promise.all([caller.catalog.categories.list(), caller.catalog.taxCategories.list()]);
  return (
    <div className="max-w-5xl space-y-6">
      <PageHeader title="Categories & tax" description="How products are grouped on the storefront, and the tax each carries." />
      <CategoriesManager categories={categories} />
      <TaxCategoriesManager taxCategories={taxCategories} />
    </div>
  );
}
