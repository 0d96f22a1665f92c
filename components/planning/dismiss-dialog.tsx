"use client";
// Close an exception without proposals, saying how it is covered (bought in, accepted short...).
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Textarea, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";

export function DismissDialog({ exceptionId, onClose, onDone }: { exceptionId: string | null; onClose: () => void; onDone: () => void }) {
  const trpc = useTRPC();
  const toast = useToast();
  const [note, setNote] = useState("");
  const dismiss = useMutation(trpc.shortages.dismiss.mutationOptions({
    onSuccess: () => (toast.success("Exception dismissed"), setNote(""), onDone(), onClose()),
  }));
  const errors = fieldErrorsOf(dismiss.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (exceptionId) dismiss.mutate({ exceptionId, note });
  };
  return (
    <Dialog
      open={exceptionId !== null}
      onClose={() => (dismiss.reset(), onClose())}
      title="Dismiss this exception"
      description="Nobody's order changes. Say how the gap is covered, for the record."
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>Cancel</Button>
          <Button type="submit" form="dismiss-exception" loading={dismiss.isPending}>Dismiss</Button>
        </>
      }
    >
      <form id="dismiss-exception" onSubmit={submit} className="space-y-3">
        {dismiss.error && !errors.note && <FormAlert>{messageOf(dismiss.error)}</FormAlert>}
        <Field label="How is it covered?" errors={errors.note}>
          <Textarea name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Bought in from the wholesale market" />
        </Field>
      </form>
    </Dialog>
  );
}
