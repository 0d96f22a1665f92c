"use client";
// Invite a person with a role; new accounts get a one-time link to set their password.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Dialog, Field, Input, Select, useToast } from "@/components/ui";
import type { Role } from "@/lib/rbac";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import { InviteLink, inviteUrl } from "./invite-link";
import { OrganisationPicker } from "./organisation-picker";
import { organisationKindFor, ROLE_OPTIONS } from "./role-options";

export function InviteUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const [role, setRole] = useState<Role>("PLANNER");
  const [organisationId, setOrganisationId] = useState("");
  const [link, setLink] = useState<string | null>(null);
  const invite = useMutation(trpc.identity.users.invite.mutationOptions());
  const errors = fieldErrorsOf(invite.error);
  const kind = organisationKindFor(role);

  function close() {
    invite.reset();
    setLink(null);
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    invite.mutate(
      { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), role, organisationId: kind ? organisationId || null : null },
      {
        onSuccess: (result) => {
          router.refresh();
          if (result.inviteToken) setLink(inviteUrl(result.inviteToken));
          else {
            toast.success("Existing account: role granted");
            close();
          }
        },
      },
    );
  }

  return (
    <Dialog open={open} onClose={close} title="Invite user" description="They receive the role in this hub.">
      {link ? (
        <InviteLink link={link} onDone={close} />
      ) : (
        <form onSubmit={onSubmit} className="space-y-3" noValidate>
          {invite.error && Object.keys(errors).length === 0 && (
            <p role="alert" className="text-sm text-danger-fg">
              {messageOf(invite.error)}
            </p>
          )}
          <Field label="Full name" required errors={errors.name}>
            <Input name="name" required autoComplete="off" />
          </Field>
          <Field label="Email" required errors={errors.email}>
            <Input name="email" type="email" required autoComplete="off" />
          </Field>
          <Field label="Role" required errors={errors.role}>
            <Select value={role} onChange={(e) => setRole(e.target.value as Role)} options={ROLE_OPTIONS} />
          </Field>
          {kind && <OrganisationPicker kind={kind} value={organisationId} onChange={setOrganisationId} errors={errors.organisationId} />}
          <div className="flex justify-end gap-2 pt-2">
            <Button variant="secondary" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={invite.isPending}>
              Send invitation
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
