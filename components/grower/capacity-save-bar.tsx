"use client";
// The bar under the capacity grid while edits are pending: how many, one reason for them all
// (required for revisions), save or discard.
import { useState } from "react";
import { Button, Field, FormAlert, Input } from "@/components/ui";

type Props = {
  count: number;
  revisions: number;
  pending: boolean;
  reasonError?: string;
  formError?: string;
  onSave: (reason: string) => void;
  onDiscard: () => void;
};

export function CapacitySaveBar({ count, revisions, pending, reasonError, formError, onSave, onDiscard }: Props) {
  const [reason, setReason] = useState("");
  if (count === 0) return null;
  return (
    <form
      aria-label="Unsaved capacity changes"
      className="sticky bottom-0 z-20 flex flex-wrap items-end gap-3 rounded-lg border border-info-line bg-info-soft px-4 py-3 shadow-md"
      onSubmit={(e) => (e.preventDefault(), onSave(reason))}
    >
      <p className="text-sm font-medium text-info-fg" aria-live="polite">
        {count === 1 ? "1 unsaved change" : `${count} unsaved changes`}
        {revisions > 0 && <span className="block text-xs font-normal">{revisions === 1 ? "1 revises" : `${revisions} revise`} declared capacity: say why.</span>}
      </p>
      <Field label="Reason" required={revisions > 0} errors={reasonError ? [reasonError] : undefined} className="min-w-72 flex-1">
        <Input dense value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} placeholder="e.g. Hail damage on the open field" />
      </Field>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" onClick={() => (setReason(""), onDiscard())}>Discard</Button>
        <Button size="sm" type="submit" loading={pending}>Save changes</Button>
      </div>
      {formError && <FormAlert className="w-full">{formError}</FormAlert>}
    </form>
  );
}
