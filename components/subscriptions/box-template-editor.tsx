"use client";
// Box template editor: code, name, description, price, visibility, and the items with the swaps
// each allows. Server field errors ("lines.2.skuId") show beside the item they concern.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Plus, Trash2 } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Checkbox, Field, FormAlert, Input, Select, Textarea, useToast } from "@/components/ui";
import { parseMoneyInput } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";

type Line = { key: number; skuId: string; quantity: string; swapSkuIds: string[] };
type Initial = {
  id: string; code: string; name: string; description: string; priceMinor: number; active: boolean; position: number;
  lines: { skuId: string; quantity: number; swaps: { skuId: string }[] }[];
} | null;

let nextKey = 1;
const toLine = (l: { skuId: string; quantity: number; swaps: { skuId: string }[] }): Line => ({ key: nextKey++, skuId: l.skuId, quantity: String(l.quantity), swapSkuIds: l.swaps.map((s) => s.skuId) });

export function BoxTemplateEditor({ initial, currency }: { initial: Initial; currency: string }) {
  const trpc = useTRPC();
  const toast = useToast();
  const router = useRouter();
  const skus = useQuery(trpc.subscriptions.templates.skuChoices.queryOptions({ q: "", limit: 500 }));
  const create = useMutation(trpc.subscriptions.templates.create.mutationOptions());
  const update = useMutation(trpc.subscriptions.templates.update.mutationOptions());
  const mutation = initial ? update : create;
  const [lines, setLines] = useState<Line[]>(initial ? initial.lines.map(toLine) : [{ key: nextKey++, skuId: "", quantity: "1", swapSkuIds: [] }]);
  const [priceError, setPriceError] = useState<string | null>(null);
  const errors = fieldErrorsOf(mutation.error);
  const options = (skus.data ?? []).map((s) => ({ value: s.skuId, label: `${s.productName} · ${s.pack}` }));
  const setLine = (key: number, patch: Partial<Line>) => setLines((ls) => ls.map((l) => (l.key === key ? { ...l, ...patch } : l)));

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const priceMinor = parseMoneyInput(String(d.get("price") ?? ""), currency);
    setPriceError(priceMinor === null ? "Enter a price such as 24.95" : null);
    if (priceMinor === null) return;
    const input = {
      code: String(d.get("code") ?? ""), name: String(d.get("name") ?? ""), description: String(d.get("description") ?? ""), priceMinor,
      active: d.get("active") === "on", position: Number(d.get("position") ?? 0),
      lines: lines.map((l) => ({ skuId: l.skuId, quantity: Number(l.quantity), swapSkuIds: l.swapSkuIds })),
    };
    const onSuccess = (r: { id: string }) => {
      toast.success(initial ? "Box saved" : "Box created");
      router.push(`/admin/cms/boxes/${r.id}`);
      router.refresh();
    };
    if (initial) update.mutate({ ...input, id: initial.id }, { onSuccess });
    else create.mutate(input, { onSuccess });
  }

  const generalError = mutation.isError && Object.keys(errors).length === 0;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={initial ? "Edit box" : "New box"} className="flex max-w-4xl flex-col gap-5">
      {generalError && <FormAlert>{messageOf(mutation.error)}</FormAlert>}
      <div className="grid gap-4 rounded-xl border border-line bg-surface p-4 sm:grid-cols-2">
        <Field label="Name" errors={errors.name} required>
          <Input name="name" defaultValue={initial?.name} maxLength={120} />
        </Field>
        <Field label="Code" hint="Shown in the box's web address, e.g. FAMILY-VEG" errors={errors.code} required>
          <Input name="code" defaultValue={initial?.code} maxLength={40} className="uppercase" />
        </Field>
        <Field label={`Price per delivery (${currency})`} errors={priceError ? [priceError] : errors.priceMinor} required>
          <Input name="price" inputMode="decimal" defaultValue={initial ? (initial.priceMinor / 100).toFixed(2) : ""} />
        </Field>
        <Field label="Position" hint="Lower numbers are listed first" errors={errors.position}>
          <Input name="position" type="number" min={0} defaultValue={initial?.position ?? 0} />
        </Field>
        <Field label="Description" errors={errors.description} className="sm:col-span-2">
          <Textarea name="description" rows={2} defaultValue={initial?.description} maxLength={2000} />
        </Field>
        <Checkbox name="active" defaultChecked={initial?.active ?? true} label="Active" description="Active boxes are listed in the shop and can be subscribed to." />
      </div>
      <fieldset className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4">
        <legend className="px-1 text-sm font-semibold text-ink">Items</legend>
        {errors.lines && <FormAlert>{errors.lines.join(" ")}</FormAlert>}
        {lines.map((line, i) => (
          <div key={line.key} className="grid items-start gap-3 border-b border-line pb-3 last:border-0 sm:grid-cols-[minmax(0,2fr)_6rem_minmax(0,2fr)_auto]">
            <Field label={`Item ${i + 1}`} errors={errors[`lines.${i}.skuId`]} required>
              <Select value={line.skuId} onChange={(e) => setLine(line.key, { skuId: e.target.value })} placeholder={skus.isPending ? "Loading…" : "Choose an item"} options={options} />
            </Field>
            <Field label="Quantity" errors={errors[`lines.${i}.quantity`]} required>
              <Input type="number" min={1} max={50} value={line.quantity} onChange={(e) => setLine(line.key, { quantity: e.target.value })} />
            </Field>
            <Field label="Allowed swaps" hint="Ctrl/Cmd-click to choose several" errors={errors[`lines.${i}.swapSkuIds`] ?? Object.entries(errors).find(([k]) => k.startsWith(`lines.${i}.swapSkuIds.`))?.[1]}>
              <select
                multiple
                size={3}
                value={line.swapSkuIds}
                onChange={(e) => setLine(line.key, { swapSkuIds: Array.from(e.target.selectedOptions, (o) => o.value) })}
                className="w-full rounded-md border border-line-strong bg-surface px-2 py-1 text-sm focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
              >
                {options.filter((o) => o.value !== line.skuId).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </Field>
            <Button variant="ghost" className="mt-6" icon={<Trash2 />} disabled={lines.length === 1} onClick={() => setLines((ls) => ls.filter((l) => l.key !== line.key))} aria-label={`Remove item ${i + 1}`}>
              <span className="sr-only sm:not-sr-only">Remove</span>
            </Button>
          </div>
        ))}
        <div>
          <Button variant="secondary" icon={<Plus />} onClick={() => setLines((ls) => [...ls, { key: nextKey++, skuId: "", quantity: "1", swapSkuIds: [] }])}>
            Add item
          </Button>
        </div>
      </fieldset>
      <div className="flex gap-2">
        <Button type="submit" loading={mutation.isPending}>
          {initial ? "Save box" : "Create box"}
        </Button>
        <Button variant="ghost" onClick={() => router.push("/admin/cms/boxes")}>
          Back to boxes
        </Button>
      </div>
    </form>
  );
}
