"use client";
// Reverse a journal entry (a correction is a new mirror entry; nothing is edited). A reason is required.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, FormAlert, Textarea, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { JournalRow } from "@/server/ledger/queries";
import { PostingList } from "./posting-list";

export function ReverseDialog({ entry, onClose }: { entry: JournalRow | null; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const reverse = useMutation(trpc.finance.reverseEntry.mutationOptions());
  const errors = fieldErrorsOf(reverse.error);
  const close = () => (reverse.reset(), onClose());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!entry) return;
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    reverse.mutate({ entryId: entry.id, reason }, { onSuccess: () => (toast.success("Entry reversed"), router.refresh(), close()) });
  }

  return (
    <Dialog open={entry !== null} onClose={close} title="Reverse entry" description="Posts the mirror image of this entry. The original stays in the journal." closeOnBackdrop={false}>
      {entry && (
        <form onSubmit={onSubmit} className="space-y-3" noValidate>
          {reverse.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(reverse.error)}</FormAlert>}
          <div className="rounded-md border border-line bg-subtle p-3">
            <p className="mb-2 text-sm font-medium">{entry.memo}</p>
            <PostingList row={entry} />
          </div>
          <Field label="Reason" required errors={errors.reason}>
            <Textarea name="reason" rows={2} autoFocus />
          </Field>
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" loading={reverse.isPending}>
              Reverse entry
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
