"use client";
// Email + password sign-in through next-auth; explains lockouts instead of a generic failure.
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button, Field, FormAlert, Input } from "@/components/ui";

const MESSAGES: Record<string, string> = {
  RATE_LIMITED: "Too many failed attempts. For your safety, sign-in is paused for 15 minutes.",
  INVALID_CREDENTIALS: "Email or password is incorrect.",
  CredentialsSignin: "Email or password is incorrect.",
};

/** Only same-site paths: never bounce a user to another origin after sign-in. */
function safeCallback(raw: string | null): string {
  return raw && raw.startsWith("/") && !raw.startsWith("//") ? raw : "/dashboard";
}

export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(params.get("error") ? (MESSAGES[params.get("error")!] ?? "Sign-in failed.") : null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setPending(false);
    if (!result || result.error) return setError(MESSAGES[result?.error ?? ""] ?? "Sign-in failed. Please try again.");
    router.push(safeCallback(params.get("callbackUrl")));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-describedby={error ? "login-error" : undefined}>
      <h1 className="text-lg font-semibold">Sign in</h1>
      {error && (
        <FormAlert id="login-error">{error}</FormAlert>
      )}
      <Field label="Email" required>
        <Input name="email" type="email" autoComplete="email" required autoFocus />
      </Field>
      <Field label="Password" required>
        <Input name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" loading={pending} className="w-full">
        Sign in
      </Button>
      <p className="text-center text-sm text-ink-muted">
        New here?{" "}
        <Link className="font-medium text-furrow-700 underline-offset-2 hover:underline" href="/signup">
          Create a household account
        </Link>
      </p>
    </form>
  );
}
