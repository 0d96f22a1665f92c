import Link from "next/link";
import type { ReactNode } from "react";

/** Centered card layout for sign-in, sign-up and invitations. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-10">
      <Link href="/" className="mb-8 flex items-center gap-2 text-xl font-semibold text-furrow-800">
        <span aria-hidden className="inline-block h-7 w-7 rounded-md bg-furrow-700" />
        Furrow
      </Link>
      <main id="main" className="w-full max-w-sm rounded-xl border border-line bg-surface p-6 shadow-sm">
        {children}
      </main>
    </div>
  );
}
