import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { ProductEditor } from "@/components/catalog/product-editor";
import { Badge, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Edit product" };

type Props = { params: Promise<{ id: string }> };

/** The product editor: details, SKUs, prices, substitutes, images. */
export default async function ProductPage({ params }: Props) {
  const actor = await requirePermission("catalog:manage");
  const { id } = await params;
  const caller = await getCaller();
  const product = await caller.catalog.products.get({ id }).catch((error: { code?: string }) => {
    if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") notFound();
    throw error;
  });
  const [categories, taxCategories] = await Promise.all([caller.catalog.categories.list(), caller.catalog.taxCategories.list()]);
  const crumbs = [{ label: "Products & SKUs", href: "/ops/catalog" }, { label: product.name }];
  return (
    <div className="max-w-5xl">
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            {product.name} {!product.active && <Badge>Inactive</Badge>}
          </span>
        }
        breadcrumbs={crumbs}
        description={`/${product.slug} · ${product.skus.length} SKU${product.skus.length === 1 ? "" : "s"}`}
      />
      <ProductEditor initial={product} categories={categories} taxCategories={taxCategories} currency={actor.hubCurrency} />
    </div>
  );
}
