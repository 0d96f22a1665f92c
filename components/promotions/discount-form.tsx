"use client";
// Create or edit a discount code: kind and amount, validity, minimum basket and usage limits.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Checkbox, Dialog, Field, FormAlert, Input, Select, Textarea, useToast } from "@/components/ui";
import { parseMoneyInput } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { DiscountRow } from "@/server/commerce/promotions/service";

const day = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 10) : "");
const money = (minor: number | null) => (minor === null ? "" : (minor / 100).toFixed(2));

export function DiscountFormDialog({ open, editing, onClose, currency }: { open: boolean; editing: DiscountRow | null; onClose: () => void; currency: string }) {
  return (
    <Dialog open={open} onClose={onClose} title={editing ? `Edit ${editing.code}` : "New discount code"} size="lg">
      {open && <DiscountForm key={editing?.id ?? "new"} editing={editing} onDone={onClose} currency={currency} />}
    </Dialog>
  );
}

function DiscountForm({ editing, onDone, currency }: { editing: DiscountRow | null; onDone: () => void; currency: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [kind, setKind] = useState(editing?.kind ?? "PERCENT");
  const save = useMutation(trpc.promotions.save.mutationOptions());
  const errors = fieldErrorsOf(save.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const f = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const int = (v: string | undefined) => (v && v.trim() !== "" ? Number(v) : null);
    save.mutate(
      {
        id: editing?.id, code: f.code ?? "", description: f.description ?? "", kind,
        percentBasisPoints: kind === "PERCENT" && f.percent ? Math.round(Number(f.percent.replace(",", ".")) * 100) : null,
        amountMinor: kind === "FIXED" ? parseMoneyInput(f.amount ?? "", currency) : null,
        minimumSubtotalMinor: parseMoneyInput(f.minimum || "0", currency) ?? 0,
        validFrom: new Date(`${f.validFrom}T00:00:00`), validTo: f.validTo ? new Date(`${f.validTo}T23:59:59`) : null,
        usageLimit: int(f.usageLimit), perCustomerLimit: int(f.perCustomerLimit), firstOrderOnly: f.firstOrderOnly === "on", active: f.active === "on",
      },
      { onSuccess: () => (toast.success(editing ? "Discount code saved" : "Discount code created"), router.refresh(), onDone()) },
    );
  }

  const general = save.error && Object.keys(errors).length === 0 ? messageOf(save.error) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 p-5 sm:grid-cols-2">
      {general && <FormAlert className="sm:col-span-2">{general}</FormAlert>}
      <Field label="Code" required errors={errors.code} hint="Shoppers type it in any case.">
        <Input name="code" defaultValue={editing?.code} className="font-mono uppercase" />
      </Field>
      <Field label="Kind" required errors={errors.kind}>
        <Select name="kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} options={[{ value: "PERCENT", label: "Percentage off" }, { value: "FIXED", label: "Amount off" }, { value: "FREE_DELIVERY", label: "Free delivery" }]} />
      </Field>
      {kind === "PERCENT" && (
        <Field label="Percentage" required errors={errors.percentBasisPoints} hint="e.g. 10 for 10 %">
          <Input name="percent" inputMode="decimal" defaultValue={editing?.percentBasisPoints ? String(editing.percentBasisPoints / 100) : ""} />
        </Field>
      )}
      {kind === "FIXED" && (
        <Field label={`Amount (${currency})`} required errors={errors.amountMinor}>
          <Input name="amount" inputMode="decimal" defaultValue={money(editing?.amountMinor ?? null)} />
        </Field>
      )}
      <Field label={`Minimum basket (${currency})`} errors={errors.minimumSubtotalMinor}>
        <Input name="minimum" inputMode="decimal" defaultValue={money(editing?.minimumSubtotalMinor ?? 0)} />
      </Field>
      <Field label="Valid from" required errors={errors.validFrom}>
        <Input name="validFrom" type="date" defaultValue={day(editing?.validFrom ?? new Date())} />
      </Field>
      <Field label="Valid to" errors={errors.validTo} hint="Empty: no end date.">
        <Input name="validTo" type="date" defaultValue={day(editing?.validTo ?? null)} />
      </Field>
      <Field label="Total uses" errors={errors.usageLimit} hint="Empty: unlimited.">
        <Input name="usageLimit" type="number" min={1} defaultValue={editing?.usageLimit ?? ""} />
      </Field>
      <Field label="Uses per customer" errors={errors.perCustomerLimit} hint="Empty: unlimited.">
        <Input name="perCustomerLimit" type="number" min={1} defaultValue={editing ? (editing.perCustomerLimit ?? "") : 1} />
      </Field>
      <Field label="Description" errors={errors.description} className="sm:col-span-2">
        <Textarea name="description" rows={2} defaultValue={editing?.description} />
      </Field>
      <div className="flex flex-wrap gap-6 sm:col-span-2">
        <Checkbox name="firstOrderOnly" label="First order only" defaultChecked={editing?.firstOrderOnly ?? false} />
        <Checkbox name="active" label="Active" defaultChecked={editing?.active ?? true} />
      </div>
      <div className="flex justify-end gap-2 sm:col-span-2">
        <Button variant="secondary" onClick={onDone}>Cancel</Button>
        <Button type="submit" loading={save.isPending}>Save</Button>
      </div>
    </form>
  );
}
