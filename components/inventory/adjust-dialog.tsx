"use client";
// The adjustment form in a dialog, opened from a balance row or the lot page.
import { Dialog } from "@/components/ui";
import { AdjustmentForm, type AdjustTarget } from "./adjustment-form";

export function AdjustDialog({ target, onClose }: { target: AdjustTarget | null; onClose: () => void }) {
  return (
    <Dialog open={target !== null} onClose={onClose} title="Adjust stock" description="Correct a count or book waste for this lot at this location." closeOnBackdrop={false}>
      {target && <AdjustmentForm key={`${target.locationId}:${target.lotId}`} target={target} onCancel={onClose} onDone={(r) => r.status === "APPLIED" && onClose()} />}
    </Dialog>
  );
}
