"use client";
// On the customer's order: items short this week, their substitute or credit, and "Decline" for a
// substitute the customer does not want (the item is then credited instead).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Replace } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Card, CardBody, CardDescription, CardHeader, CardTitle, useToast } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { messageOf } from "@/lib/trpc-errors";

export function MySubstitutions({ orderId, currency }: { orderId: string; currency: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const q = useQuery(trpc.shortages.mine.queryOptions({ orderId }));
  const decline = useMutation(trpc.shortages.decline.mutationOptions({
    onSuccess: (r) => (toast.success(`Substitute declined; you will not pay ${formatMoney(r.creditMinor, currency)} for it`), queryClient.invalidateQueries({ queryKey: trpc.shortages.mine.queryKey({ orderId }) })),
    onError: (e) => toast.error(messageOf(e)),
  }));
  if (!q.data || q.data.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2"><Replace className="size-4" aria-hidden /> Short this week</CardTitle>
        <CardDescription>Our farms harvested less than planned. This is what changes in your order.</CardDescription>
      </CardHeader>
      <CardBody>
        <ul className="divide-y divide-line text-sm">
          {q.data.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {s.units} × {s.skuName}{" "}
                {s.status === "DECLINED" || !s.substituteName
                  ? <span className="text-ink-muted">— not delivered; you will not pay {formatMoney(s.creditMinor, currency)} for it.</span>
                  : <span className="text-ink-muted">— replaced by {s.units} × {s.substituteName}, at no extra cost.</span>}
              </span>
              {s.declinable && (
                <Button size="sm" variant="secondary" loading={decline.isPending && decline.variables?.proposalId === s.id} onClick={() => decline.mutate({ proposalId: s.id })} aria-label={`Decline the substitute for ${s.skuName}`}>
                  Decline substitute
                </Button>
              )}
            </li>
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}
