"use client";
// Tax categories: code, name and rate (entered as a percentage, stored in basis points).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Pencil, Plus } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Card, CardDescription, CardHeader, CardTitle, Dialog, EmptyState, Field, FormAlert, Input, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { TaxCategoryRow } from "@/server/catalog/categories";
import { formatRate } from "./labels";

function TaxDialog({ tax, open, onClose, onSaved }: { tax: TaxCategoryRow | null; open: boolean; onClose: () => void; onSaved: () => void }) {
  const trpc = useTRPC();
  const toast = useToast();
  const create = useMutation(trpc.catalog.taxCategories.create.mutationOptions());
  const update = useMutation(trpc.catalog.taxCategories.update.mutationOptions());
  const mutation = tax ? update : create;
  const errors = fieldErrorsOf(mutation.error);
  const close = () => (create.reset(), update.reset(), onClose());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const d = new FormData(event.currentTarget);
    const percent = String(d.get("rate") ?? "").trim().replace(",", ".");
    const rateBasisPoints = percent === "" ? Number.NaN : Math.round(Number(percent) * 100);
    const values = { code: String(d.get("code") ?? ""), name: String(d.get("name") ?? ""), rateBasisPoints };
    const done = { onSuccess: () => (toast.success(tax ? "Tax category saved" : "Tax category created"), onSaved(), close()) };
    if (tax) update.mutate({ id: tax.id, ...values }, done);
    else create.mutate(values, done);
  }

  return (
    <Dialog open={open} onClose={close} title={tax ? `Edit ${tax.name}` : "New tax category"} size="sm" closeOnBackdrop={false}>
      <form key={tax?.id ?? "new"} onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Tax category">
        {mutation.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(mutation.error)}</FormAlert>}
        <Field label="Code" required errors={errors.code}>
          <Input name="code" defaultValue={tax?.code ?? ""} className="font-mono uppercase" autoComplete="off" />
        </Field>
        <Field label="Name" required errors={errors.name}>
          <Input name="name" defaultValue={tax?.name ?? ""} autoComplete="off" />
        </Field>
        <Field label="Rate (%)" required errors={errors.rateBasisPoints} hint="e.g. 9 for the reduced Dutch VAT rate">
          <Input name="rate" inputMode="decimal" defaultValue={tax ? String(tax.rateBasisPoints / 100) : ""} />
        </Field>
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {tax ? "Save" : "Create"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function TaxCategoriesManager({ taxCategories }: { taxCategories: TaxCategoryRow[] }) {
  const router = useRouter();
  const [dialog, setDialog] = useState<{ tax: TaxCategoryRow | null } | null>(null);
  return (
    <Card>
      <CardHeader actions={<Button size="sm" icon={<Plus aria-hidden />} onClick={() => setDialog({ tax: null })}>New tax category</Button>}>
        <CardTitle>Tax categories</CardTitle>
        <CardDescription>Every product carries one; prices include this tax.</CardDescription>
      </CardHeader>
      {taxCategories.length === 0 ? (
        <EmptyState compact title="No tax categories yet" />
      ) : (
        <table className="w-full text-[13px]">
          <caption className="sr-only">Tax categories</caption>
          <thead className="bg-subtle text-left text-xs text-ink-muted">
            <tr>
              <th className="px-4 py-2 font-medium">Code</th>
              <th className="px-4 py-2 font-medium">Name</th>
              <th className="px-4 py-2 text-right font-medium">Rate</th>
              <th className="px-4 py-2 text-right font-medium">Products</th>
              <th className="px-4 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {taxCategories.map((t) => (
              <tr key={t.id}>
                <td className="px-4 py-2 font-mono text-xs">{t.code}</td>
                <td className="px-4 py-2">{t.name}</td>
                <td className="px-4 py-2 text-right tabular-nums">{formatRate(t.rateBasisPoints)}</td>
                <td className="px-4 py-2 text-right tabular-nums">{t.productCount}</td>
                <td className="px-4 py-2 text-right">
                  <Button size="sm" variant="ghost" icon={<Pencil aria-hidden />} aria-label={`Edit ${t.name}`} onClick={() => setDialog({ tax: t })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TaxDialog tax={dialog?.tax ?? null} open={dialog !== null} onClose={() => setDialog(null)} onSaved={() => router.refresh()} />
    </Card>
  );
}
