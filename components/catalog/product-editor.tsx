"use client";
// The product editor: details, SKUs with prices and substitutes, and images, on one page.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Plus } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Card, CardBody, CardDescription, CardHeader, CardTitle, EmptyState, useToast } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";
import type { CategoryRow, TaxCategoryRow } from "@/server/catalog/categories";
import type { ProductDetail, SkuDetail } from "@/server/catalog/product-detail";
import { PriceDialog, type PriceDialogState } from "./price-dialog";
import { ProductForm } from "./product-form";
import { ProductImages } from "./product-images";
import { SkuCard } from "./sku-card";
import { SkuDrawer } from "./sku-drawer";
import { SubstitutionsDrawer } from "./substitutions-drawer";

type Props = { initial: ProductDetail; categories: CategoryRow[]; taxCategories: TaxCategoryRow[]; currency: string };

export function ProductEditor({ initial, categories, taxCategories, currency }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const queryOptions = trpc.catalog.products.get.queryOptions({ id: initial.id });
  const { data: product = initial } = useQuery({ ...queryOptions, initialData: initial });
  const [skuDrawer, setSkuDrawer] = useState<{ sku: SkuDetail | null } | null>(null);
  const [priceDialog, setPriceDialog] = useState<PriceDialogState | null>(null);
  const [substitutesFor, setSubstitutesFor] = useState<SkuDetail | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: queryOptions.queryKey });
    router.refresh();
  };
  const onError = { onError: (e: unknown) => toast.error(messageOf(e)) };
  const activate = useMutation(trpc.catalog.skus.activate.mutationOptions(onError));
  const deactivate = useMutation(trpc.catalog.skus.deactivate.mutationOptions(onError));

  function toggle(sku: SkuDetail) {
    const m = sku.active ? deactivate : activate;
    m.mutate({ id: sku.id }, { onSuccess: () => (toast.success(sku.active ? `${sku.code} deactivated` : `${sku.code} activated`), refresh()) });
  }

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>Details</CardTitle>
        </CardHeader>
        <CardBody>
          <ProductForm initial={{ ...product, slug: product.slug }} categories={categories} taxCategories={taxCategories} />
        </CardBody>
      </Card>

      <section aria-labelledby="skus-heading" className="space-y-3">
        <div className="flex items-center justify-between gap-2">
          <div>
            <h2 id="skus-heading" className="text-base font-semibold">
              SKUs
            </h2>
            <p className="text-[13px] text-ink-muted">Packs of this product, each with its prices and substitutes.</p>
          </div>
          <Button icon={<Plus aria-hidden />} onClick={() => setSkuDrawer({ sku: null })}>
            Add SKU
          </Button>
        </div>
        {product.skus.length === 0 ? (
          <Card>
            <EmptyState compact title="No SKUs yet" text="Add a pack (e.g. a 250 g punnet) to be able to price and sell this product." />
          </Card>
        ) : (
          product.skus.map((sku) => (
            <SkuCard
              key={sku.id}
              sku={sku}
              onEdit={() => setSkuDrawer({ sku })}
              onToggleActive={() => toggle(sku)}
              toggling={(activate.isPending && activate.variables?.id === sku.id) || (deactivate.isPending && deactivate.variables?.id === sku.id)}
              onPrice={setPriceDialog}
              onSubstitutes={() => setSubstitutesFor(sku)}
            />
          ))
        )}
      </section>

      <Card>
        <CardHeader>
          <CardTitle>Images</CardTitle>
          <CardDescription>Resized to thumbnail (160 px), card (480 px) and large (1200 px) WebP versions.</CardDescription>
        </CardHeader>
        <CardBody>
          <ProductImages productId={product.id} images={product.images} onChanged={refresh} />
        </CardBody>
      </Card>

      <SkuDrawer productId={product.id} sku={skuDrawer?.sku ?? null} open={skuDrawer !== null} onClose={() => setSkuDrawer(null)} onSaved={refresh} />
      <PriceDialog state={priceDialog} currency={currency} onClose={() => setPriceDialog(null)} onSaved={refresh} />
      <SubstitutionsDrawer sku={substitutesFor} onClose={() => setSubstitutesFor(null)} onSaved={refresh} />
    </div>
  );
}
