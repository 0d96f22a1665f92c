"use client";
// Receive a lot: where it arrived, which SKU from which farm, harvest and best-before, grade, units.
// The lot is created with its first stock; best-before defaults to harvest + the SKU's shelf life.
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useDeferredValue, useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Field, FormAlert, Input, Select, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import { formatCount, GRADE_LABELS } from "./labels";
import { useInventorySettings, useLocationOptions } from "./use-options";

type Received = { lotId: string; code: string; quantity: number; location: string };

/** A calendar date typed in the form, as the instant the service expects (midday UTC keeps the day in European hubs). */
const dayValue = (isoDate: string, hour: "00" | "12") => new Date(`${isoDate}T${hour}:00:00Z`);

export function ReceiveForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const settings = useInventorySettings();
  const locations = useLocationOptions();
  const farms = useQuery(trpc.inventory.farmOptions.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const [skuSearch, setSkuSearch] = useState("");
  const deferredSearch = useDeferredValue(skuSearch.trim());
  const skus = useQuery(trpc.inventory.skuOptions.queryOptions({ q: deferredSearch, limit: 50 }, { placeholderData: (prev) => prev }));
  const [form, setForm] = useState({ locationId: "", skuId: "", farmId: "", harvestedAt: "", bestBefore: "", grade: "CLASS_I", quantity: "", lotCode: "" });
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const [received, setReceived] = useState<Received | null>(null);
  const receive = useMutation(trpc.inventory.receive.mutationOptions());
  const errors = { ...fieldErrorsOf(receive.error), ...localErrors };
  // A field's own error goes away as soon as it is changed.
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => {
    setForm((f) => ({ ...f, [key]: e.target.value }));
    setLocalErrors(({ [key]: _, ...rest }) => rest);
  };
  const harvestedAt = form.harvestedAt || settings?.today || "";
  const sku = skus.data?.find((s) => s.id === form.skuId);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string[]> = {};
    if (!form.locationId) problems.locationId = ["Choose where the goods arrived"];
    if (!form.skuId) problems.skuId = ["Choose the SKU"];
    if (!form.farmId) problems.farmId = ["Choose the farm"];
    if (!harvestedAt) problems.harvestedAt = ["Enter the harvest date"];
    if (!/^\d+$/.test(form.quantity.trim()) || Number(form.quantity) <= 0) problems.quantity = ["Enter a whole number of units above zero"];
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    const location = locations.options.find((o) => o.value === form.locationId)?.label ?? "";
    receive.mutate(
      {
        locationId: form.locationId,
        skuId: form.skuId,
        farmId: form.farmId,
        harvestedAt: dayValue(harvestedAt, "00"),
        bestBefore: form.bestBefore ? dayValue(form.bestBefore, "12") : undefined,
        grade: form.grade as "EXTRA" | "CLASS_I" | "CLASS_II",
        quantity: Number(form.quantity),
        lotCode: form.lotCode.trim() ? form.lotCode.trim().toUpperCase() : undefined,
      },
      {
        onSuccess: (r) => {
          setReceived({ lotId: r.lotId, code: r.code, quantity: Number(form.quantity), location });
          toast.success(`Lot ${r.code} received`);
          setForm((f) => ({ ...f, quantity: "", lotCode: "", bestBefore: "" }));
          router.refresh();
        },
      },
    );
  }

  const generalError = receive.error && Object.keys(fieldErrorsOf(receive.error)).length === 0 ? messageOf(receive.error) : null;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Receive a lot">
      {generalError && <FormAlert>{generalError}</FormAlert>}
      {received && (
        <p role="status" className="rounded-md bg-success-soft px-3 py-2 text-sm text-success-fg">
          Received {formatCount(received.quantity)} units as lot{" "}
          <Link href={`/ops/warehouse/inventory/lots/${received.lotId}`} className="font-mono font-semibold underline">
            {received.code}
          </Link>{" "}
          at {received.location}.
        </p>
      )}
      <div className="grid gap-3 md:grid-cols-3">
        <Field label="Location" required errors={errors.locationId}>
          <Select value={form.locationId} onChange={set("locationId")} placeholder="Where it arrived" options={locations.options} />
        </Field>
        <Field label="Find SKU" hint="Type part of a product name or code.">
          <Input type="search" value={skuSearch} onChange={(e) => setSkuSearch(e.target.value)} placeholder="e.g. tomato" />
        </Field>
        <Field label="SKU" required errors={errors.skuId} hint={sku ? `Shelf life ${sku.shelfLifeDays} days` : undefined}>
          <Select value={form.skuId} onChange={set("skuId")} placeholder={skus.isLoading ? "Loading…" : `Choose a SKU (${skus.data?.length ?? 0} shown)`} options={(skus.data ?? []).map((s) => ({ value: s.id, label: `${s.code} · ${s.productName} ${s.name}` }))} />
        </Field>
        <Field label="Farm" required errors={errors.farmId}>
          <Select value={form.farmId} onChange={set("farmId")} placeholder="Choose the farm" options={(farms.data ?? []).map((f) => ({ value: f.id, label: f.clusterName ? `${f.name} (${f.clusterName})` : f.name }))} />
        </Field>
        <Field label="Harvested" required errors={errors.harvestedAt}>
          <Input type="date" value={harvestedAt} max={settings?.today} onChange={set("harvestedAt")} />
        </Field>
        <Field label="Best before" errors={errors.bestBefore} hint={sku ? `Empty: harvest + ${sku.shelfLifeDays} days.` : "Empty: harvest + the SKU's shelf life."}>
          <Input type="date" value={form.bestBefore} min={harvestedAt || undefined} onChange={set("bestBefore")} />
        </Field>
        <Field label="Grade" required errors={errors.grade}>
          <Select value={form.grade} onChange={set("grade")} options={Object.entries(GRADE_LABELS).map(([value, label]) => ({ value, label }))} />
        </Field>
        <Field label="Quantity (units)" required errors={errors.quantity}>
          <Input type="number" inputMode="numeric" min={1} step={1} value={form.quantity} onChange={set("quantity")} />
        </Field>
        <Field label="Lot code" errors={errors.lotCode} hint="Optional; generated when empty.">
          <Input value={form.lotCode} onChange={set("lotCode")} placeholder="L261122-0001" autoComplete="off" />
        </Field>
      </div>
      <div className="flex justify-end">
        <Button type="submit" loading={receive.isPending}>
          Receive lot
        </Button>
      </div>
    </form>
  );
}
