import type { Metadata } from "next";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { ProductForm } from "@/components/catalog/product-form";
import { Card, CardBody, EmptyState, LinkButton, PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "New product" };

/** Create a product; its SKUs, prices and images are added in the editor that opens next. */
export default async function NewProductPage() {
  await requirePermission("catalog:manage");
  const caller = await getCaller();
  const [categories, taxCategories] = await Promise.all([caller.catalog.categories.list(), caller.catalog.taxCategories.list()]);
  const crumbs = [{ label: "Products & SKUs", href: "/ops/catalog" }, { label: "New product" }];
  return (
    <div className="max-w-4xl">
      <PageHeader title="New product" breadcrumbs={crumbs} description="Name it and place it in a category; SKUs, prices and images follow." />
      <Card>
        <CardBody>
          {categories.length === 0 || taxCategories.length === 0 ? (
            <EmptyState
              title="Set up categories first"
              text="A product needs a category and a tax category."
              action={<LinkButton href="/ops/catalog/categories">Categories &amp; tax</LinkButton>}
            />
          ) : (
            <ProductForm initial={{ name: "", slug: "", description: "", keywords: "", categoryId: "", taxCategoryId: "", active: true }} categories={categories} taxCategories={taxCategories} />
          )}
        </CardBody>
      </Card>
    </div>
  );
}
