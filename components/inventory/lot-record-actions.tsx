"use client";
// Provenance recorded on the lot page: a handling checkpoint (with a temperature reading, checked
// against the SKU's band on the server) and a lab result (pass/fail against the legal limit).
import { useMutation } from "@tanstack/react-query";
import { FlaskConical, Thermometer } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Input, Select, Textarea, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import { useLocationOptions } from "./use-options";

const CHECKPOINTS = [
  { value: "GRADED", label: "Graded" },
  { value: "COLD_STORE_IN", label: "Into cold store" },
  { value: "COLD_STORE_OUT", label: "Out of cold store" },
  { value: "LOADED", label: "Loaded" },
  { value: "DELIVERED", label: "Delivered" },
  { value: "RECEIVED", label: "Received" },
] as const;
type CheckpointKind = (typeof CHECKPOINTS)[number]["value"];

type Props = { lotId: string; band: { minC: number; maxC: number } };

/** Buttons opening the two record dialogs (shown to roles with lots:record). */
export function LotRecordActions({ lotId, band }: Props) {
  const [open, setOpen] = useState<"checkpoint" | "lab" | null>(null);
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="secondary" size="sm" icon={<Thermometer aria-hidden />} onClick={() => setOpen("checkpoint")}>
        Record checkpoint
      </Button>
      <Button variant="secondary" size="sm" icon={<FlaskConical aria-hidden />} onClick={() => setOpen("lab")}>
        Add lab result
      </Button>
      <Dialog open={open === "checkpoint"} onClose={() => setOpen(null)} title="Record a handling checkpoint" description={`Storage band for this SKU: ${band.minC}–${band.maxC} °C. A reading outside it raises a cold-chain alert.`} closeOnBackdrop={false}>
        {open === "checkpoint" && <CheckpointForm lotId={lotId} band={band} onDone={() => setOpen(null)} />}
      </Dialog>
      <Dialog open={open === "lab"} onClose={() => setOpen(null)} title="Add a lab result" description="The result passes when the measured value is within the limit." closeOnBackdrop={false}>
        {open === "lab" && <LabResultForm lotId={lotId} onDone={() => setOpen(null)} />}
      </Dialog>
    </div>
  );
}

function CheckpointForm({ lotId, band, onDone }: Props & { onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const locations = useLocationOptions();
  const [kind, setKind] = useState<CheckpointKind>("COLD_STORE_IN");
  const [locationId, setLocationId] = useState("");
  const [temperature, setTemperature] = useState("");
  const [note, setNote] = useState("");
  const record = useMutation(trpc.inventory.recordCheckpoint.mutationOptions());
  const reading = temperature.trim() === "" ? undefined : Number(temperature.replace(",", "."));
  const outside = reading !== undefined && Number.isFinite(reading) && (reading < band.minC || reading > band.maxC);
  const errors = fieldErrorsOf(record.error);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    record.mutate(
      { lotId, kind, locationId: locationId || undefined, temperatureC: reading, note: note || undefined },
      {
        onSuccess: (result) => {
          router.refresh();
          if (result.withinBand === false) toast.error("Cold-chain alert raised", { description: `${reading} °C is outside ${band.minC}–${band.maxC} °C.` });
          else toast.success("Checkpoint recorded");
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Record a handling checkpoint">
      {record.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(record.error)}</FormAlert>}
      <Field label="Checkpoint" required errors={errors.kind}>
        <Select value={kind} onChange={(e) => setKind(e.target.value as CheckpointKind)} options={[...CHECKPOINTS]} />
      </Field>
      <Field label="Location" errors={errors.locationId}>
        <Select value={locationId} onChange={(e) => setLocationId(e.target.value)} placeholder="Not at a stocking location" options={locations.options} />
      </Field>
      <Field label="Temperature (°C)" hint={outside ? "Outside the band: saving raises a cold-chain alert." : "Optional; probe reading of the product."} errors={errors.temperatureC}>
        <Input inputMode="decimal" value={temperature} onChange={(e) => setTemperature(e.target.value)} aria-invalid={outside || undefined} />
      </Field>
      <Field label="Note" errors={errors.note}>
        <Textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={record.isPending}>
          Record
        </Button>
      </div>
    </form>
  );
}

function LabResultForm({ lotId, onDone }: { lotId: string; onDone: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [form, setForm] = useState({ analyte: "", value: "", unit: "mg/kg", limitValue: "", laboratory: "", sampledAt: new Date().toISOString().slice(0, 10) });
  const record = useMutation(trpc.inventory.recordLabResult.mutationOptions());
  const errors = fieldErrorsOf(record.error);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: e.target.value }));
  const num = (s: string) => (s.trim() === "" ? Number.NaN : Number(s.replace(",", ".")));

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    record.mutate(
      { lotId, analyte: form.analyte, value: num(form.value), unit: form.unit, limitValue: num(form.limitValue), laboratory: form.laboratory, sampledAt: new Date(`${form.sampledAt}T12:00:00Z`) },
      {
        onSuccess: (result) => {
          router.refresh();
          if (result.passed) toast.success("Lab result recorded: pass");
          else toast.error("Lab result recorded: above the limit", { description: "The lot is flagged for the quality team." });
          onDone();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2" aria-label="Add a lab result">
      {record.error && Object.keys(errors).length === 0 && <FormAlert className="sm:col-span-2">{messageOf(record.error)}</FormAlert>}
      <Field label="Analyte" required errors={errors.analyte} className="sm:col-span-2">
        <Input value={form.analyte} onChange={set("analyte")} placeholder="e.g. Nitrate" />
      </Field>
      <Field label="Measured value" required errors={errors.value}>
        <Input inputMode="decimal" value={form.value} onChange={set("value")} />
      </Field>
      <Field label="Unit" required errors={errors.unit}>
        <Input value={form.unit} onChange={set("unit")} />
      </Field>
      <Field label="Legal limit" required errors={errors.limitValue}>
        <Input inputMode="decimal" value={form.limitValue} onChange={set("limitValue")} />
      </Field>
      <Field label="Sampled on" required errors={errors.sampledAt}>
        <Input type="date" value={form.sampledAt} onChange={set("sampledAt")} />
      </Field>
      <Field label="Laboratory" required errors={errors.laboratory} className="sm:col-span-2">
        <Input value={form.laboratory} onChange={set("laboratory")} placeholder="e.g. Eurofins Agro, Wageningen" />
      </Field>
      <div className="flex justify-end gap-2 sm:col-span-2">
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={record.isPending}>
          Save result
        </Button>
      </div>
    </form>
  );
}
