import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { getActor } from "@/app/_lib/session";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage() {
  if (await getActor()) redirect("/dashboard");
  return (
    <Suspense>
      <LoginForm />
    </Suspense>
  );
}
