"use client";
// A product's own fields; creates a product (then opens its editor) or saves changes to one.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Checkbox, Field, FormAlert, Input, Select, Textarea, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { CategoryRow, TaxCategoryRow } from "@/server/catalog/categories";
import { formatRate } from "./labels";

export type ProductFormValues = { id?: string; name: string; slug: string; description: string; keywords: string; categoryId: string; taxCategoryId: string; active: boolean };

type Props = { initial: ProductFormValues; categories: CategoryRow[]; taxCategories: TaxCategoryRow[] };

function valuesFrom(form: HTMLFormElement) {
  const data = new FormData(form);
  const s = (k: string) => String(data.get(k) ?? "");
  return { name: s("name"), slug: s("slug"), description: s("description"), keywords: s("keywords"), categoryId: s("categoryId"), taxCategoryId: s("taxCategoryId"), active: data.get("active") === "on" };
}

export function ProductForm({ initial, categories, taxCategories }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.catalog.products.create.mutationOptions());
  const update = useMutation(trpc.catalog.products.update.mutationOptions());
  const mutation = initial.id ? update : create;
  const errors = fieldErrorsOf(mutation.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = valuesFrom(event.currentTarget);
    if (initial.id) {
      update.mutate(
        { id: initial.id, ...values },
        {
          onSuccess: () => {
            toast.success("Product saved");
            void queryClient.invalidateQueries({ queryKey: trpc.catalog.products.get.queryKey({ id: initial.id! }) });
            router.refresh();
          },
        },
      );
    } else {
      create.mutate(values, {
        onSuccess: (product) => {
          toast.success("Product created", { description: "Now add its SKUs, prices and images." });
          router.push(`/ops/catalog/products/${product.id}`);
        },
      });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Product details">
      {mutation.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(mutation.error)}</FormAlert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" required errors={errors.name}>
          <Input name="name" defaultValue={initial.name} autoComplete="off" />
        </Field>
        <Field label="Slug" hint="The address on the storefront; derived from the name when empty." errors={errors.slug}>
          <Input name="slug" defaultValue={initial.slug} autoComplete="off" className="font-mono" />
        </Field>
        <Field label="Category" required errors={errors.categoryId}>
          <Select name="categoryId" defaultValue={initial.categoryId} placeholder="Choose a category…" options={categories.map((c) => ({ value: c.id, label: c.name }))} />
        </Field>
        <Field label="Tax category" required errors={errors.taxCategoryId}>
          <Select name="taxCategoryId" defaultValue={initial.taxCategoryId} placeholder="Choose a tax category…" options={taxCategories.map((t) => ({ value: t.id, label: t.name.includes("%") ? t.name : `${t.name} (${formatRate(t.rateBasisPoints)})` }))} />
        </Field>
      </div>
      <Field label="Description" errors={errors.description}>
        <Textarea name="description" defaultValue={initial.description} rows={4} />
      </Field>
      <Field label="Search keywords" hint="Other words shoppers use, e.g. “cherry toms, vine”." errors={errors.keywords}>
        <Input name="keywords" defaultValue={initial.keywords} autoComplete="off" />
      </Field>
      <Checkbox name="active" defaultChecked={initial.active} label="Active" description="Inactive products are hidden from the storefront." />
      <div className="flex justify-end gap-2">
        {!initial.id && (
          <Button variant="secondary" onClick={() => router.push("/ops/catalog")}>
            Cancel
          </Button>
        )}
        <Button type="submit" loading={mutation.isPending}>
          {initial.id ? "Save product" : "Create product"}
        </Button>
      </div>
    </form>
  );
}
