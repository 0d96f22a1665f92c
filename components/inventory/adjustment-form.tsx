"use client";
// Request a stock adjustment (count correction, found, waste...). Small changes apply at once;
// above the hub's threshold the request waits for a second person, and the form says so up front.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Field, FormAlert, Input, Select, Textarea, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import { ADJUSTMENT_REASONS, formatCount } from "./labels";
import { useInventorySettings, useLocationOptions, useLotOptions } from "./use-options";

export type AdjustTarget = { locationId: string; lotId: string; label: string; onHand: number; available: number };

type Props = {
  /** A fixed balance (from a table row or the lot page); without it the user picks location and lot. */
  target?: AdjustTarget | null;
  onDone?: (result: { status: "APPLIED" | "PENDING_APPROVAL" }) => void;
  onCancel?: () => void;
  /** The hub's approval threshold when the page already has it (else fetched). */
  threshold?: number;
};

export function AdjustmentForm({ target, onDone, onCancel, threshold: knownThreshold }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const settings = useInventorySettings();
  const [locationId, setLocationId] = useState(target?.locationId ?? "");
  const [lotId, setLotId] = useState(target?.lotId ?? "");
  const [delta, setDelta] = useState("");
  const [reason, setReason] = useState("");
  const [note, setNote] = useState("");
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const [pendingNotice, setPendingNotice] = useState<string | null>(null);
  const locations = useLocationOptions();
  const lots = useLotOptions(target ? "" : locationId, false);
  const request = useMutation(trpc.inventory.requestAdjustment.mutationOptions());
  const errors = { ...fieldErrorsOf(request.error), ...localErrors };
  const threshold = knownThreshold ?? settings?.adjustmentApprovalThreshold;
  const amount = Number(delta);
  const needsApproval = threshold !== undefined && delta !== "" && Number.isFinite(amount) && Math.abs(amount) > threshold;
  const chosen = target ?? lots.lots.find((l) => l.lotId === lotId);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string[]> = {};
    if (!locationId) problems.locationId = ["Choose a location"];
    if (!lotId) problems.lotId = ["Choose a lot"];
    if (delta.trim() === "" || !Number.isFinite(amount)) problems.delta = ["Enter the change in units, e.g. -3 or 5"];
    if (!reason) problems.reason = ["Choose a reason"];
    setLocalErrors(problems);
    setPendingNotice(null);
    if (Object.keys(problems).length > 0) return;
    request.mutate(
      { locationId, lotId, delta: amount, reason: reason as (typeof ADJUSTMENT_REASONS)[number]["value"], note },
      {
        onSuccess: (result) => {
          router.refresh();
          if (result.status === "PENDING_APPROVAL") {
            const message = `Waiting for approval: a change of ${formatCount(Math.abs(amount))} units is above the threshold of ${formatCount(result.threshold)}. A second person with approval rights must approve it before stock changes.`;
            setPendingNotice(message);
            toast.info("Adjustment sent for approval");
          } else {
            toast.success("Adjustment applied", { description: "The balance has been updated." });
          }
          setDelta("");
          setNote("");
          onDone?.({ status: result.status });
        },
      },
    );
  }

  const generalError = request.error && Object.keys(fieldErrorsOf(request.error)).length === 0 ? messageOf(request.error) : null;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Request an adjustment">
      {generalError && <FormAlert>{generalError}</FormAlert>}
      {pendingNotice && (
        <p role="status" className="rounded-md bg-warning-soft px-3 py-2 text-sm text-warning-fg">
          {pendingNotice}
        </p>
      )}
      {target ? (
        <div className="rounded-md bg-subtle px-3 py-2 text-sm">
          <p className="font-medium text-ink">{target.label}</p>
          <p className="text-ink-muted">
            {formatCount(target.onHand)} on hand · {formatCount(target.available)} available
          </p>
        </div>
      ) : (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Location" required errors={errors.locationId}>
            <Select value={locationId} onChange={(e) => (setLocationId(e.target.value), setLotId(""))} placeholder={locations.isLoading ? "Loading…" : "Choose a location"} options={locations.options} />
          </Field>
          <Field label="Lot" required errors={errors.lotId} hint={locationId && !lots.isLoading && lots.options.length === 0 ? "No stock at this location." : undefined}>
            <Select value={lotId} onChange={(e) => setLotId(e.target.value)} disabled={!locationId} placeholder={lots.isLoading ? "Loading lots…" : "Choose a lot"} options={lots.options} />
          </Field>
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          label="Change (units)"
          required
          errors={errors.delta}
          hint={threshold !== undefined ? `Use a minus sign to remove units. More than ${formatCount(threshold)} units needs a second person's approval.` : "Use a minus sign to remove units."}
        >
          <Input type="number" inputMode="numeric" step={1} value={delta} onChange={(e) => (request.reset(), setDelta(e.target.value))} placeholder="-3" />
        </Field>
        <Field label="Reason" required errors={errors.reason}>
          <Select value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Choose a reason" options={ADJUSTMENT_REASONS.map((r) => ({ value: r.value, label: r.label }))} />
        </Field>
      </div>
      {needsApproval && (
        <p role="note" className="rounded-md border border-warning-line bg-warning-soft px-3 py-2 text-sm text-warning-fg">
          Above the approval threshold ({formatCount(threshold)} units): this request will wait for approval by a second person.
        </p>
      )}
      {chosen && Number.isFinite(amount) && amount < 0 && -amount > chosen.available && (
        <p className="text-sm text-danger-fg">Only {formatCount(chosen.available)} units are available (the rest is reserved).</p>
      )}
      <Field label="Note" errors={errors.note}>
        <Textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} placeholder="What happened (optional)" />
      </Field>
      <div className="flex justify-end gap-2">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
        <Button type="submit" loading={request.isPending}>
          {needsApproval ? "Request approval" : "Apply adjustment"}
        </Button>
      </div>
    </form>
  );
}
