"use client";
// Create a transfer: from one location to another, one line per lot with the units to send.
// Stock leaves the source at once (in transit) and arrives when the destination receives it.
import { useMutation } from "@tanstack/react-query";
import { Plus, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Input, Select, Textarea, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import { formatCount } from "./labels";
import { useLocationOptions, useLotOptions } from "./use-options";

export type TransferPrefill = { fromLocationId?: string; lotId?: string };
type Line = { key: number; lotId: string; quantity: string };

let nextKey = 1;
const newLine = (lotId = ""): Line => ({ key: nextKey++, lotId, quantity: "" });

export function TransferDialog({ prefill, onClose }: { prefill: TransferPrefill | null; onClose: () => void }) {
  return (
    <Dialog open={prefill !== null} onClose={onClose} title="New transfer" description="Units leave the source now and are in transit until the destination receives them." size="lg" closeOnBackdrop={false}>
      {prefill && <TransferForm prefill={prefill} onDone={onClose} onCancel={onClose} />}
    </Dialog>
  );
}

function TransferForm({ prefill, onDone, onCancel }: { prefill: TransferPrefill; onDone: () => void; onCancel: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [from, setFrom] = useState(prefill.fromLocationId ?? "");
  const [to, setTo] = useState("");
  const [note, setNote] = useState("");
  const [lines, setLines] = useState<Line[]>(() => [newLine(prefill.lotId)]);
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const locations = useLocationOptions();
  const lots = useLotOptions(from, true);
  const create = useMutation(trpc.inventory.createTransfer.mutationOptions());
  const errors = { ...fieldErrorsOf(create.error), ...localErrors };
  // Editing a line makes the last server answer stale.
  const setLine = (key: number, patch: Partial<Line>) => (create.reset(), setLines((all) => all.map((l) => (l.key === key ? { ...l, ...patch } : l))));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string[]> = {};
    if (!from) problems.fromLocationId = ["Choose where the goods leave from"];
    if (!to) problems.toLocationId = ["Choose the destination"];
    lines.forEach((l, i) => {
      if (!l.lotId) problems[`lines.${i}.lotId`] = ["Choose a lot"];
      if (!/^\d+$/.test(l.quantity.trim()) || Number(l.quantity) <= 0) problems[`lines.${i}.quantity`] = ["Enter a whole number above zero"];
    });
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    create.mutate(
      { fromLocationId: from, toLocationId: to, note, lines: lines.map((l) => ({ lotId: l.lotId, quantity: Number(l.quantity) })) },
      {
        onSuccess: (result) => {
          toast.success(`Transfer ${result.code} dispatched`, { description: "Receive it at the destination when it arrives." });
          router.refresh();
          onDone();
        },
      },
    );
  }

  const serverFieldErrors = fieldErrorsOf(create.error);
  const generalError = create.error ? (serverFieldErrors.lines?.[0] ?? (Object.keys(serverFieldErrors).length === 0 ? messageOf(create.error) : null)) : null;
  const destinations = locations.options.map((o) => ({ ...o, disabled: o.value === from }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="New transfer">
      {(generalError || errors.lines) && <FormAlert>{generalError ?? errors.lines?.[0]}</FormAlert>}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="From" required errors={errors.fromLocationId}>
          <Select value={from} onChange={(e) => (setFrom(e.target.value), setLines([newLine()]))} placeholder="Choose the source" options={locations.options} />
        </Field>
        <Field label="To" required errors={errors.toLocationId}>
          <Select value={to} onChange={(e) => setTo(e.target.value)} placeholder="Choose the destination" options={destinations} />
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium text-ink">Lines</legend>
        {lines.map((line, i) => {
          const lot = lots.lots.find((l) => l.lotId === line.lotId);
          return (
            <div key={line.key} className="grid grid-cols-[1fr_7rem_auto] items-start gap-2">
              <Field label={`Lot, line ${i + 1}`} hideLabel errors={errors[`lines.${i}.lotId`]} hint={lot ? `${formatCount(lot.available)} available of ${formatCount(lot.onHand)} on hand` : undefined}>
                <Select value={line.lotId} onChange={(e) => setLine(line.key, { lotId: e.target.value })} disabled={!from} placeholder={!from ? "Choose the source first" : lots.isLoading ? "Loading lots…" : "Choose a lot"} options={lots.options} />
              </Field>
              <Field label={`Quantity, line ${i + 1}`} hideLabel errors={errors[`lines.${i}.quantity`]}>
                <Input type="number" inputMode="numeric" min={1} max={lot?.available} step={1} value={line.quantity} onChange={(e) => setLine(line.key, { quantity: e.target.value })} placeholder="Units" />
              </Field>
              <Button variant="ghost" size="sm" className="mt-0.5" aria-label={`Remove line ${i + 1}`} disabled={lines.length === 1} onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))} icon={<Trash2 aria-hidden />} />
            </div>
          );
        })}
        <Button variant="secondary" size="sm" onClick={() => setLines((all) => [...all, newLine()])} icon={<Plus aria-hidden />} disabled={lines.length >= 50}>
          Add line
        </Button>
      </fieldset>
      <Field label="Note" errors={errors.note}>
        <Textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} rows={2} placeholder="Vehicle, seal number… (optional)" />
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending}>
          Dispatch transfer
        </Button>
      </div>
    </form>
  );
}
