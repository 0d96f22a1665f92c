import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/app/_lib/session";
import { SignupForm } from "@/components/auth/signup-form";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignupPage({ searchParams }: Props) {
  const raw = (await searchParams).callbackUrl;
  // Only paths on this site (never "//host"): the checkout sends guests here and back.
  const callbackUrl = typeof raw === "string" && raw.startsWith("/") && !raw.startsWith("//") ? raw : "/dashboard";
  if (await getActor()) redirect(callbackUrl);
  return <SignupForm callbackUrl={callbackUrl} />;
}
