"use client";
// Saved cards (for subscriptions paid off-session): brand, last digits, expiry; remove.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CreditCard } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, EmptyState, SkeletonTable, useToast } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";

export function PaymentMethods() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const toast = useToast();
  const list = useQuery(trpc.paymentMethods.list.queryOptions());
  const remove = useMutation(trpc.paymentMethods.remove.mutationOptions({
    onSuccess: () => (toast.success("Card removed"), qc.invalidateQueries({ queryKey: trpc.paymentMethods.list.queryKey() })),
    onError: (e) => toast.error(messageOf(e)),
  }));
  if (list.isLoading) return <SkeletonTable rows={2} cols={3} announce="Loading payment methods…" />;
  const rows = list.data ?? [];
  if (rows.length === 0) return <EmptyState icon={<CreditCard className="size-6" aria-hidden />} title="No saved cards" text="A card is saved when you pay a subscription by card. You can always pay on delivery." />;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface" aria-label="Saved cards">
      {rows.map((c) => (
        <li key={c.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
          <div className="flex items-center gap-3">
            <CreditCard className="size-5 text-ink-muted" aria-hidden />
            <div>
              <p className="font-medium capitalize">{c.brand} •••• {c.last4} {c.isDefault && <Badge tone="success">Default</Badge>} {c.expired && <Badge tone="danger">Expired</Badge>}</p>
              <p className="text-xs text-ink-muted">Expires {String(c.expMonth).padStart(2, "0")}/{c.expYear}{c.usedBySubscriptions > 0 ? ` · pays ${c.usedBySubscriptions} subscription${c.usedBySubscriptions > 1 ? "s" : ""}` : ""}</p>
            </div>
          </div>
          <Button size="sm" variant="ghost" onClick={() => remove.mutate({ paymentMethodId: c.id })} disabled={c.usedBySubscriptions > 0} aria-label={`Remove ${c.brand} ending ${c.last4}`}>Remove</Button>
        </li>
      ))}
    </ul>
  );
}
