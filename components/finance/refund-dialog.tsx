"use client";
// Refund part or all of what a payment took; the request id makes a double submit refund once.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Input, Textarea, useToast } from "@/components/ui";
import { formatMoney, parseMoneyInput } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";

export type RefundTarget = { paymentId: string; orderNumber: string; refundableMinor: number; currency: string; method: string };

export function RefundDialog({ target, onClose }: { target: RefundTarget | null; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const refund = useMutation(trpc.finance.refund.mutationOptions());
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [amountError, setAmountError] = useState<string | null>(null);
  const errors = fieldErrorsOf(refund.error);
  const close = () => (refund.reset(), setAmountError(null), setRequestId(crypto.randomUUID()), onClose());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!target) return;
    const form = new FormData(event.currentTarget);
    const amountMinor = parseMoneyInput(String(form.get("amount") ?? ""), target.currency);
    if (amountMinor === null) return setAmountError("Enter an amount like 12.50");
    setAmountError(null);
    refund.mutate(
      { paymentId: target.paymentId, amountMinor, reason: String(form.get("reason") ?? ""), requestId },
      { onSuccess: (r) => (toast.success(r.status === "SUCCEEDED" ? "Refund sent" : `Refund ${r.status.toLowerCase()}`), router.refresh(), close()) },
    );
  }

  return (
    <Dialog open={target !== null} onClose={close} title="Refund" description={target ? `Order ${target.orderNumber} · up to ${formatMoney(target.refundableMinor, target.currency)}${target.method === "CARD" ? " back to the card" : " by bank transfer"}` : undefined} closeOnBackdrop={false}>
      {target && (
        <form onSubmit={onSubmit} className="space-y-3" noValidate>
          {refund.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(refund.error)}</FormAlert>}
          <Field label="Amount" required errors={amountError ? [amountError] : errors.amountMinor}>
            <Input name="amount" inputMode="decimal" autoFocus />
          </Field>
          <Field label="Reason" required errors={errors.reason} hint="Shown in the journal and the audit log.">
            <Textarea name="reason" rows={2} />
          </Field>
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" loading={refund.isPending}>
              Refund
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
