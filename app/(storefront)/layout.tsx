import type { ReactNode } from "react";
import { getClaims } from "@/app/_lib/session";
import { StorefrontFooter } from "@/components/storefront/storefront-footer";
import { StorefrontHeader } from "@/components/storefront/storefront-header";
import { ToastProvider } from "@/components/ui/toast";

/** The public shop's frame: its own header and footer, not the staff AppShell. */
export default async function StorefrontLayout({ children }: { children: ReactNode }) {
  const claims = await getClaims();
  return (
    // Toasts confirm cart changes ("Added to your cart").
    <ToastProvider>
      <div className="flex min-h-dvh flex-col bg-canvas">
        <StorefrontHeader signedIn={Boolean(claims)} />
        <main id="main" tabIndex={-1} className="flex-1">
          {children}
        </main>
        <StorefrontFooter />
      </div>
    </ToastProvider>
  );
}
