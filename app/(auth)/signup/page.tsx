import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getActor } from "@/app/_lib/session";
import { SignupForm } from "@/components/auth/signup-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignupPage() {
  if (await getActor()) redirect("/dashboard");
  return <SignupForm />;
}
