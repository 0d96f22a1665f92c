"use client";
// Build-your-own basket: pick items on sale with quantities, then subscribe to it like a box.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Plus, Trash2 } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Field, Input, Select, SkeletonText } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { SubscribeForm } from "./subscribe-form";

export function BasketBuilder({ currency }: { currency: string }) {
  const trpc = useTRPC();
  const choices = useQuery(trpc.subscriptions.mine.skuChoices.queryOptions({ q: "", limit: 500 }));
  const [lines, setLines] = useState<{ skuId: string; quantity: number }[]>([]);
  const [pick, setPick] = useState("");
  if (choices.isPending) return <SkeletonText lines={4} announce />;
  const bySku = new Map((choices.data ?? []).map((c) => [c.skuId, c]));
  const total = lines.reduce((sum, l) => sum + (bySku.get(l.skuId)?.priceMinor ?? 0) * l.quantity, 0);
  const setQty = (skuId: string, quantity: number) => setLines((ls) => ls.map((l) => (l.skuId === skuId ? { ...l, quantity } : l)));
  return (
    <div className="flex flex-col gap-5">
      <div className="flex items-end gap-2">
        <Field label="Add an item" className="flex-1">
          <Select value={pick} onChange={(e) => setPick(e.target.value)} placeholder="Choose produce" options={(choices.data ?? []).filter((c) => !lines.some((l) => l.skuId === c.skuId)).map((c) => ({ value: c.skuId, label: `${c.productName} · ${c.pack} · ${formatMoney(c.priceMinor, c.currency)}` }))} />
        </Field>
        <Button variant="secondary" icon={<Plus />} disabled={!pick} onClick={() => (setLines((ls) => [...ls, { skuId: pick, quantity: 1 }]), setPick(""))}>
          Add
        </Button>
      </div>
      {lines.length > 0 && (
        <ul aria-label="Your basket" className="divide-y divide-line rounded-lg border border-line">
          {lines.map((l) => {
            const c = bySku.get(l.skuId);
            return (
              <li key={l.skuId} className="flex items-center gap-3 px-3 py-2 text-sm">
                <span className="flex-1">
                  <span className="font-medium text-ink">{c?.productName}</span> <span className="text-ink-muted">{c?.pack}</span>
                </span>
                <Input type="number" min={1} max={50} value={l.quantity} onChange={(e) => setQty(l.skuId, Math.max(1, Number(e.target.value) || 1))} aria-label={`Quantity of ${c?.productName} ${c?.pack}`} className="w-20" />
                <Button variant="ghost" size="sm" icon={<Trash2 />} onClick={() => setLines((ls) => ls.filter((x) => x.skuId !== l.skuId))} aria-label={`Remove ${c?.productName} ${c?.pack}`} />
              </li>
            );
          })}
          <li className="flex justify-between px-3 py-2 text-sm font-medium">
            <span>At today&apos;s prices</span>
            <span>{formatMoney(total, currency)} per delivery</span>
          </li>
        </ul>
      )}
      {lines.length > 0 ? <SubscribeForm templateId={null} lines={lines} boxName="basket" priceMinor={total} currency={currency} /> : <p className="text-sm text-ink-muted">Add at least one item to choose your delivery day.</p>}
    </div>
  );
}
