"use client";
// Sets the password of an invited account (one-time link from the administrator).
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { NewPasswordFields } from "./new-password-fields";
import { Button, FormAlert } from "@/components/ui";
import { fieldErrorsOf } from "@/lib/trpc-errors";

export function AcceptInviteForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.identity.acceptInvite.mutationOptions());
  const errors = fieldErrorsOf(accept.error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    accept.mutate(
      { token, password, confirmPassword: String(form.get("confirmPassword") ?? "") },
      {
        onSuccess: async ({ email }) => {
          await signIn("credentials", { email, password, redirect: false });
          router.push("/dashboard");
          router.refresh();
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <h1 className="text-lg font-semibold">Set your password</h1>
      {errors.token && (
        <FormAlert>This invitation link is invalid or has expired. Ask your administrator for a new one.</FormAlert>
      )}
      <NewPasswordFields errors={errors} />
      <Button type="submit" loading={accept.isPending} className="w-full">
        Activate account
      </Button>
    </form>
  );
}
