"use client";
// Record money received for a due payment (bank transfer, cash on delivery, card terminal).
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Input, Select, useToast } from "@/components/ui";
import { formatMoney, parseMoneyInput } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";

export type ReceiptTarget = { paymentId: string; orderNumber: string; outstandingMinor: number; currency: string };

const METHODS = [
  { value: "BANK_TRANSFER", label: "Bank transfer" },
  { value: "CASH", label: "Cash on delivery" },
  { value: "CARD_TERMINAL", label: "Card terminal" },
];

export function ReceiptDialog({ target, onClose }: { target: ReceiptTarget | null; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const record = useMutation(trpc.finance.recordReceipt.mutationOptions());
  const [amountError, setAmountError] = useState<string | null>(null);
  const errors = fieldErrorsOf(record.error);
  const close = () => (record.reset(), setAmountError(null), onClose());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!target) return;
    const form = new FormData(event.currentTarget);
    const amountMinor = parseMoneyInput(String(form.get("amount") ?? ""), target.currency);
    if (amountMinor === null) return setAmountError("Enter an amount like 12.50");
    setAmountError(null);
    record.mutate(
      { paymentId: target.paymentId, amountMinor, method: String(form.get("method")) as "BANK_TRANSFER", reference: String(form.get("reference") ?? ""), receivedAt: new Date(String(form.get("receivedAt") || new Date().toISOString().slice(0, 10))) },
      { onSuccess: (r) => (toast.success(r.created ? `Receipt recorded: ${r.status.toLowerCase().replace("_", " ")}` : "Already recorded"), router.refresh(), close()) },
    );
  }

  return (
    <Dialog open={target !== null} onClose={close} title="Record receipt" description={target ? `Order ${target.orderNumber} · outstanding ${formatMoney(target.outstandingMinor, target.currency)}` : undefined} closeOnBackdrop={false}>
      {target && (
        <form onSubmit={onSubmit} className="space-y-3" noValidate>
          {record.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(record.error)}</FormAlert>}
          <Field label="Amount" required errors={amountError ? [amountError] : errors.amountMinor} hint={`Up to ${formatMoney(target.outstandingMinor, target.currency)}`}>
            <Input name="amount" inputMode="decimal" defaultValue={(target.outstandingMinor / 100).toFixed(2)} autoFocus />
          </Field>
          <Field label="Method" required errors={errors.method}>
            <Select name="method" options={METHODS} defaultValue="BANK_TRANSFER" />
          </Field>
          <Field label="Reference" required errors={errors.reference} hint="Bank statement line or receipt number; recording the same reference twice records it once.">
            <Input name="reference" autoComplete="off" />
          </Field>
          <Field label="Received on" required errors={errors.receivedAt}>
            <Input name="receivedAt" type="date" defaultValue={new Date().toISOString().slice(0, 10)} />
          </Field>
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending}>
              Record receipt
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
