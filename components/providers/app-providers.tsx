"use client";
// Everything a client component may rely on: session, tRPC/queries, toasts.
import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";
import { ToastProvider } from "@/components/ui/toast";
import { TrpcProviders } from "./trpc";

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <TrpcProviders>
        <ToastProvider>{children}</ToastProvider>
      </TrpcProviders>
    </SessionProvider>
  );
}
