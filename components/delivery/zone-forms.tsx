"use client";
// Dialog forms of the zone configuration: a zone, a weekly window, the fee ladder.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Checkbox, Field, FormAlert, Input, Select, Textarea, useToast } from "@/components/ui";
import { parseMoneyInput } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export type ZoneData = {
  id: string; code: string; name: string; postcodePrefixes: string[]; polygon: Array<[number, number]> | null; priority: number; fulfilmentLocationId: string;
  cutoffDaysBefore: number; cutoffTime: string; minimumOrderMinor: number; active: boolean;
  windows: Array<{ id: string; weekday: number; startTime: string; endTime: string; capacity: number; feeAdjustMinor: number; active: boolean }>;
  feeRules: Array<{ minSubtotalMinor: number; feeMinor: number }>;
};
const euros = (minor: number) => (minor / 100).toFixed(2);

function useSaved(message: string, onDone: () => void) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const toast = useToast();
  return { onSuccess: () => (toast.success(message), void client.invalidateQueries({ queryKey: trpc.delivery.zones.pathKey() }), onDone()) };
}

function Actions({ pending, onCancel }: { pending: boolean; onCancel: () => void }) {
  return (
    <div className="flex justify-end gap-2 sm:col-span-2">
      <Button variant="secondary" onClick={onCancel}>Cancel</Button>
      <Button type="submit" loading={pending}>Save</Button>
    </div>
  );
}

export function ZoneForm({ zone, locations, currency, onDone }: { zone: ZoneData | null; locations: Array<{ id: string; code: string; name: string }>; currency: string; onDone: () => void }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.delivery.saveZone.mutationOptions(useSaved("Zone saved", onDone)));
  const errors = fieldErrorsOf(save.error);
  const [polygonError, setPolygonError] = useState<string | null>(null);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    let polygon: Array<[number, number]> | null = null;
    if (f.polygon?.trim()) {
      try {
        polygon = JSON.parse(f.polygon);
      } catch {
        setPolygonError("Not valid JSON: use [[lng, lat], ...]");
        return;
      }
    }
    setPolygonError(null);
    save.mutate({
      id: zone?.id, code: f.code ?? "", name: f.name ?? "", postcodePrefixes: (f.prefixes ?? "").split(/[\s,]+/).filter(Boolean), polygon, priority: Number(f.priority || 0),
      fulfilmentLocationId: f.location ?? "", cutoffDaysBefore: Number(f.cutoffDays || 0), cutoffTime: f.cutoffTime ?? "", minimumOrderMinor: parseMoneyInput(f.minimum || "0", currency) ?? -1, active: f.active === "on",
    });
  }
  const general = save.error && Object.keys(errors).length === 0 ? messageOf(save.error) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 p-5 sm:grid-cols-2">
      {general && <FormAlert className="sm:col-span-2">{general}</FormAlert>}
      <Field label="Code" required errors={errors.code}><Input name="code" defaultValue={zone?.code} className="font-mono uppercase" /></Field>
      <Field label="Name" required errors={errors.name}><Input name="name" defaultValue={zone?.name} /></Field>
      <Field label="Postcode prefixes" errors={errors.postcodePrefixes ?? errors["postcodePrefixes.0"]} hint="Separated by spaces or commas, e.g. 3511 3512 352" className="sm:col-span-2">
        <Textarea name="prefixes" rows={2} defaultValue={zone?.postcodePrefixes.join(" ")} />
      </Field>
      <Field label="Polygon (optional)" errors={polygonError ? [polygonError] : errors.polygon} hint="A ring of [longitude, latitude] points; addresses inside belong to this zone." className="sm:col-span-2">
        <Textarea name="polygon" rows={2} className="font-mono text-xs" defaultValue={zone?.polygon ? JSON.stringify(zone.polygon) : ""} />
      </Field>
      <Field label="Fulfilled from" required errors={errors.fulfilmentLocationId}>
        <Select name="location" defaultValue={zone?.fulfilmentLocationId} placeholder="Choose a location…" options={locations.map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))} />
      </Field>
      <Field label="Priority" errors={errors.priority} hint="Higher wins where zones overlap."><Input name="priority" type="number" defaultValue={zone?.priority ?? 0} /></Field>
      <Field label="Order cutoff: days before" required errors={errors.cutoffDaysBefore}><Input name="cutoffDays" type="number" min={0} defaultValue={zone?.cutoffDaysBefore ?? 2} /></Field>
      <Field label="Order cutoff: time (hub time)" required errors={errors.cutoffTime}><Input name="cutoffTime" type="time" defaultValue={zone?.cutoffTime ?? "18:00"} /></Field>
      <Field label={`Minimum order (${currency})`} errors={errors.minimumOrderMinor}><Input name="minimum" inputMode="decimal" defaultValue={euros(zone?.minimumOrderMinor ?? 0)} /></Field>
      <div className="flex items-end"><Checkbox name="active" label="Active" defaultChecked={zone?.active ?? true} /></div>
      <Actions pending={save.isPending} onCancel={onDone} />
    </form>
  );
}

export function WindowForm({ zoneId, window, currency, onDone }: { zoneId: string; window: ZoneData["windows"][number] | null; currency: string; onDone: () => void }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.delivery.saveWindow.mutationOptions(useSaved("Window saved", onDone)));
  const errors = fieldErrorsOf(save.error);
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    const adjust = (f.adjust ?? "0").trim();
    const negative = adjust.startsWith("-");
    const minor = parseMoneyInput(adjust.replace(/^-/, "") || "0", currency) ?? 0;
    save.mutate({ id: window?.id, zoneId, weekday: Number(f.weekday), startTime: f.startTime ?? "", endTime: f.endTime ?? "", capacity: Number(f.capacity || 0), feeAdjustMinor: negative ? -minor : minor, active: f.active === "on" });
  }
  const general = save.error && Object.keys(errors).length === 0 ? messageOf(save.error) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 p-5 sm:grid-cols-2">
      {general && <FormAlert className="sm:col-span-2">{general}</FormAlert>}
      <Field label="Day" required errors={errors.weekday} className="sm:col-span-2">
        <Select name="weekday" defaultValue={String(window?.weekday ?? 2)} options={WEEKDAYS.map((d, i) => ({ value: String(i + 1), label: d }))} />
      </Field>
      <Field label="From" required errors={errors.startTime}><Input name="startTime" type="time" defaultValue={window?.startTime ?? "08:00"} /></Field>
      <Field label="Until" required errors={errors.endTime}><Input name="endTime" type="time" defaultValue={window?.endTime ?? "12:00"} /></Field>
      <Field label="Places per slot" required errors={errors.capacity}><Input name="capacity" type="number" min={0} defaultValue={window?.capacity ?? 40} /></Field>
      <Field label={`Fee adjustment (${currency})`} errors={errors.feeAdjustMinor} hint="Added to the zone fee; negative for a discount."><Input name="adjust" defaultValue={euros(window?.feeAdjustMinor ?? 0)} /></Field>
      <div className="sm:col-span-2"><Checkbox name="active" label="Active" defaultChecked={window?.active ?? true} /></div>
      <Actions pending={save.isPending} onCancel={onDone} />
    </form>
  );
}

export function FeeRulesForm({ zone, currency, onDone }: { zone: ZoneData; currency: string; onDone: () => void }) {
  const trpc = useTRPC();
  const save = useMutation(trpc.delivery.saveFeeRules.mutationOptions(useSaved("Delivery fees saved", onDone)));
  const errors = fieldErrorsOf(save.error);
  const [rows, setRows] = useState(zone.feeRules.length ? zone.feeRules.map((r) => ({ min: euros(r.minSubtotalMinor), fee: euros(r.feeMinor) })) : [{ min: "0.00", fee: "4.95" }]);
  const set = (i: number, key: "min" | "fee", value: string) => setRows(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    save.mutate({ zoneId: zone.id, rules: rows.map((r) => ({ minSubtotalMinor: parseMoneyInput(r.min, currency) ?? -1, feeMinor: parseMoneyInput(r.fee, currency) ?? -1 })) });
  }
  const general = save.error ? (errors.rules?.join(" ") ?? (Object.keys(errors).length ? "Enter amounts like 4.95" : messageOf(save.error))) : null;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 p-5">
      <p className="text-sm text-ink-muted">The fee of the row with the highest basket minimum not above the basket applies.</p>
      {general && <FormAlert>{general}</FormAlert>}
      {rows.map((r, i) => (
        <div key={i} className="flex items-end gap-2">
          <Field label={`From basket (${currency})`} className="flex-1"><Input value={r.min} inputMode="decimal" onChange={(e) => set(i, "min", e.target.value)} /></Field>
          <Field label={`Fee (${currency})`} className="flex-1"><Input value={r.fee} inputMode="decimal" onChange={(e) => set(i, "fee", e.target.value)} /></Field>
          <Button variant="ghost" aria-label={`Remove row ${i + 1}`} onClick={() => setRows(rows.filter((_, j) => j !== i))}>Remove</Button>
        </div>
      ))}
      <Button variant="secondary" className="self-start" onClick={() => setRows([...rows, { min: "", fee: "" }])}>Add row</Button>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>Cancel</Button>
        <Button type="submit" loading={save.isPending}>Save</Button>
      </div>
    </form>
  );
}
