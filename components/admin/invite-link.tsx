"use client";
// Shows a one-time invitation link once, with copy-to-clipboard.
import { Button, Input, useToast } from "@/components/ui";

export function inviteUrl(token: string): string {
  return `${window.location.origin}/invite/${token}`;
}

export function InviteLink({ link, onDone }: { link: string; onDone: () => void }) {
  const toast = useToast();
  return (
    <div className="space-y-3">
      <p className="text-sm">Send this one-time link (valid for 7 days); it is shown only now and replaces earlier links.</p>
      <Input readOnly value={link} onFocus={(e) => e.currentTarget.select()} aria-label="Invitation link" />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={() => navigator.clipboard?.writeText(link).then(() => toast.success("Link copied"))}>
          Copy link
        </Button>
        <Button onClick={onDone}>Done</Button>
      </div>
    </div>
  );
}
