"use client";
// Create or edit a category (name, slug, parent, description).
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Input, Select, Textarea, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { CategoryRow } from "@/server/catalog/categories";

type Props = { open: boolean; category: CategoryRow | null; categories: CategoryRow[]; onClose: () => void; onSaved: () => void };

export function CategoryDialog({ open, category, categories, onClose, onSaved }: Props) {
  const trpc = useTRPC();
  const toast = useToast();
  const create = useMutation(trpc.catalog.categories.create.mutationOptions());
  const update = useMutation(trpc.catalog.categories.update.mutationOptions());
  const mutation = category ? update : create;
  const errors = fieldErrorsOf(mutation.error);
  // A category cannot move under itself; the server also refuses its descendants.
  const parents = categories.filter((c) => c.id !== category?.id).map((c) => ({ value: c.id, label: c.name }));

  function close() {
    create.reset();
    update.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const values = { name: String(d.get("name") ?? ""), slug: String(d.get("slug") ?? ""), parentId: String(d.get("parentId") ?? "") || null, description: String(d.get("description") ?? "") };
    const done = { onSuccess: () => (toast.success(category ? "Category saved" : "Category created"), onSaved(), close()) };
    if (category) update.mutate({ id: category.id, ...values }, done);
    else create.mutate(values, done);
  }

  return (
    <Dialog open={open} onClose={close} title={category ? `Edit ${category.name}` : "New category"} closeOnBackdrop={false}>
      <form key={category?.id ?? "new"} onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Category">
        {mutation.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(mutation.error)}</FormAlert>}
        <Field label="Name" required errors={errors.name}>
          <Input name="name" defaultValue={category?.name ?? ""} autoComplete="off" />
        </Field>
        <Field label="Slug" hint="Derived from the name when empty." errors={errors.slug}>
          <Input name="slug" defaultValue={category?.slug ?? ""} className="font-mono" autoComplete="off" />
        </Field>
        <Field label="Parent category" errors={errors.parentId}>
          <Select name="parentId" defaultValue={category?.parentId ?? ""} placeholder="None (top level)" options={parents} />
        </Field>
        <Field label="Description" errors={errors.description}>
          <Textarea name="description" defaultValue={category?.description ?? ""} />
        </Field>
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {category ? "Save category" : "Create category"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
