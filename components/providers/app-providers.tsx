"use client";
// Everything a client component may rely on: session and tRPC/queries (toasts live in the AppShell).
import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";
import { TrpcProviders } from "./trpc";

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus={false}>
      <TrpcProviders>
        {children}
      </TrpcProviders>
    </SessionProvider>
  );
}
