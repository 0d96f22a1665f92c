"use client";
// Sets the password of an invited account (one-time link from the administrator).
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Field, Input } from "@/components/ui";
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
        <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger-fg">
          This invitation link is invalid or has expired. Ask your administrator for a new one.
        </p>
      )}
      <Field label="Password" required errors={errors.password} hint="At least 12 characters, with a letter and a digit.">
        <Input name="password" type="password" autoComplete="new-password" required />
      </Field>
      <Field label="Repeat password" required errors={errors.confirmPassword}>
        <Input name="confirmPassword" type="password" autoComplete="new-password" required />
      </Field>
      <Button type="submit" loading={accept.isPending} className="w-full">
        Activate account
      </Button>
    </form>
  );
}
