"use client";
// Add a price (channel, tier, validity) or schedule a price change from a date, for one SKU.
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Input, Select, useToast } from "@/components/ui";
import { parseMoneyInput } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import { CHANNEL_LABELS } from "./labels";

export type PriceDialogState =
  | { mode: "add"; skuId: string; skuCode: string }
  | { mode: "schedule"; skuId: string; skuCode: string; channel: "RETAIL" | "WHOLESALE"; minQuantity: number };

type Props = { state: PriceDialogState | null; currency: string; onClose: () => void; onSaved: () => void };

const CHANNEL_OPTIONS = (["RETAIL", "WHOLESALE"] as const).map((value) => ({ value, label: CHANNEL_LABELS[value] }));

export function PriceDialog({ state, currency, onClose, onSaved }: Props) {
  const trpc = useTRPC();
  const toast = useToast();
  const add = useMutation(trpc.catalog.prices.add.mutationOptions());
  const schedule = useMutation(trpc.catalog.prices.schedule.mutationOptions());
  const [amountError, setAmountError] = useState<string | null>(null);
  const [channel, setChannel] = useState<"RETAIL" | "WHOLESALE">("RETAIL");
  const mutation = state?.mode === "schedule" ? schedule : add;
  const errors = fieldErrorsOf(mutation.error);

  function close() {
    add.reset();
    schedule.reset();
    setAmountError(null);
    setChannel("RETAIL");
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!state) return;
    const d = new FormData(event.currentTarget);
    const amountMinor = parseMoneyInput(String(d.get("amount") ?? ""), currency);
    setAmountError(amountMinor === null ? "Enter a price such as 2.49" : null);
    if (amountMinor === null) return;
    const done = { onSuccess: () => (toast.success(state.mode === "add" ? "Price added" : "Price change scheduled"), onSaved(), close()) };
    if (state.mode === "schedule") {
      schedule.mutate({ skuId: state.skuId, channel: state.channel, minQuantity: state.minQuantity, amountMinor, from: String(d.get("from") ?? "") }, done);
    } else {
      const validTo = String(d.get("validTo") ?? "");
      add.mutate({ skuId: state.skuId, channel, minQuantity: Number(d.get("minQuantity") ?? 1), amountMinor, validFrom: String(d.get("validFrom") ?? ""), validTo: validTo || null }, done);
    }
  }

  const title = state?.mode === "schedule" ? `Schedule a price change · ${state.skuCode}` : `Add a price · ${state?.skuCode ?? ""}`;
  const description =
    state?.mode === "schedule"
      ? `${CHANNEL_LABELS[state.channel]}${state.channel === "WHOLESALE" ? `, ${state.minQuantity}+ units` : ""}: the current price ends when the new one starts (at midnight in the hub).`
      : "Dates are days in the hub's time zone; leave “valid to” empty for an open-ended price.";
  return (
    <Dialog open={state !== null} onClose={close} title={title} description={description} closeOnBackdrop={false}>
      <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={title}>
        {mutation.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(mutation.error)}</FormAlert>}
        {state?.mode === "add" && (
          <div className="grid grid-cols-2 gap-3">
            <Field label="Channel" required errors={errors.channel}>
              <Select name="channel" value={channel} onChange={(e) => setChannel(e.target.value as "RETAIL" | "WHOLESALE")} options={CHANNEL_OPTIONS} />
            </Field>
            <Field label="Minimum quantity" required errors={errors.minQuantity} hint={channel === "RETAIL" ? "Retail is per pack" : "Tier: price from this many units"}>
              <Input name="minQuantity" inputMode="numeric" defaultValue="1" readOnly={channel === "RETAIL"} key={channel} />
            </Field>
          </div>
        )}
        <Field label={`Price per pack (${currency})`} required errors={amountError ? [amountError] : errors.amountMinor}>
          <Input name="amount" inputMode="decimal" placeholder="2.49" autoComplete="off" />
        </Field>
        {state?.mode === "add" ? (
          <div className="grid grid-cols-2 gap-3">
            <Field label="Valid from" required errors={errors.validFrom}>
              <Input name="validFrom" type="date" />
            </Field>
            <Field label="Valid to" errors={errors.validTo} hint="Optional">
              <Input name="validTo" type="date" />
            </Field>
          </div>
        ) : (
          <Field label="New price from" required errors={errors.from}>
            <Input name="from" type="date" />
          </Field>
        )}
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {state?.mode === "schedule" ? "Schedule change" : "Add price"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
