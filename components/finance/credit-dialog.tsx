"use client";
// Issue store credit to an order's customer (shortage, goodwill); posted to the ledger at once.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Input, Textarea, useToast } from "@/components/ui";
import { parseMoneyInput } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";

export function CreditButton({ userId, orderId, orderNumber, currency }: { userId: string; orderId: string; orderNumber: string; currency: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [amountError, setAmountError] = useState<string | null>(null);
  const credit = useMutation(trpc.finance.issueCredit.mutationOptions());
  const errors = fieldErrorsOf(credit.error);
  const close = () => (credit.reset(), setAmountError(null), setRequestId(crypto.randomUUID()), setOpen(false));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const amountMinor = parseMoneyInput(String(form.get("amount") ?? ""), currency);
    if (amountMinor === null) return setAmountError("Enter an amount like 5.00");
    setAmountError(null);
    credit.mutate({ userId, orderId, amountMinor, reason: String(form.get("reason") ?? ""), requestId }, { onSuccess: () => (toast.success("Credit issued"), router.refresh(), close()) });
  }

  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Issue credit
      </Button>
      <Dialog open={open} onClose={close} title="Issue customer credit" description={`For order ${orderNumber}; the customer can spend it on a later order.`} closeOnBackdrop={false}>
        <form onSubmit={onSubmit} className="space-y-3" noValidate>
          {credit.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(credit.error)}</FormAlert>}
          <Field label="Amount" required errors={amountError ? [amountError] : errors.amountMinor}>
            <Input name="amount" inputMode="decimal" autoFocus />
          </Field>
          <Field label="Reason" required errors={errors.reason}>
            <Textarea name="reason" rows={2} />
          </Field>
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={credit.isPending}>
              Issue credit
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
