"use client";
// Cancelling with a reason (required): the slot place, stock and payment hold are given back.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Textarea, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";

export function CancelOrderDialog({ orderId, number, scope, open, onClose }: { orderId: string; number: string; scope: "mine" | "staff"; open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [reason, setReason] = useState("");
  const api = scope === "mine" ? trpc.orders.mine : trpc.orders.staff;
  const cancel = useMutation(api.cancel.mutationOptions({ onSuccess: () => (toast.success(`Order ${number} cancelled`), onClose(), router.refresh()) }));
  const errors = fieldErrorsOf(cancel.error);
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Cancel order ${number}?`}
      description="Your delivery place and reserved items are released and you will not be charged."
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>Keep order</Button>
          <Button variant="danger" loading={cancel.isPending} onClick={() => cancel.mutate({ orderId, reason })}>Cancel order</Button>
        </>
      }
    >
      {cancel.error && !errors.reason && <FormAlert>{messageOf(cancel.error)}</FormAlert>}
      <Field label="Reason" required errors={errors.reason} hint="For example: away that week, ordered twice.">
        <Textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
    </Dialog>
  );
}
