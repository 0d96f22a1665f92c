"use client";
// Household self sign-up: field-level errors from the server, then straight into the account.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { NewPasswordFields } from "./new-password-fields";
import { Button, Field, FormAlert, Input } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";

/** `callbackUrl`: where to go once signed in (e.g. back to checkout with the cart kept). */
export function SignupForm({ callbackUrl = "/dashboard" }: { callbackUrl?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.identity.signUp.mutationOptions());
  const [signingIn, setSigningIn] = useState(false);
  const errors = fieldErrorsOf(signUp.error);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const input = { name: form.name ?? "", email: form.email ?? "", password: form.password ?? "", confirmPassword: form.confirmPassword ?? "" };
    signUp.mutate(input, {
      onSuccess: async () => {
        setSigningIn(true);
        await signIn("credentials", { email: input.email, password: input.password, redirect: false });
        router.push(callbackUrl);
        router.refresh();
      },
    });
  }

  const general = signUp.error && Object.keys(errors).length === 0 ? messageOf(signUp.error) : null;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <div>
        <h1 className="text-lg font-semibold">Create your household account</h1>
        <p className="text-sm text-ink-muted">Order fresh produce from family farms near you.</p>
      </div>
      {general && (
        <FormAlert>{general}</FormAlert>
      )}
      <Field label="Full name" required errors={errors.name}>
        <Input name="name" autoComplete="name" required />
      </Field>
      <Field label="Email" required errors={errors.email}>
        <Input name="email" type="email" autoComplete="email" required />
      </Field>
      <NewPasswordFields errors={errors} />
      <Button type="submit" loading={signUp.isPending || signingIn} className="w-full">
        Create account
      </Button>
      <p className="text-center text-sm text-ink-muted">
        Already have an account?{" "}
        <Link className="font-medium text-furrow-700 hover:underline" href="/login">
          Sign in
        </Link>
      </p>
    </form>
  );
}
