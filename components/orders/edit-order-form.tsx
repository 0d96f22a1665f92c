"use client";
// Changing an open order: quantities (0 removes an item) and the delivery slot. The server
// re-checks stock, slot capacity and cutoff; its field errors appear beside the line they concern.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Field, FormAlert, Input, Select, useToast } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { OrderDetail } from "@/server/commerce/orders/queries/detail";

type Props = { order: OrderDetail; scope: "mine" | "staff"; onDone: () => void };

export function EditOrderForm({ order, scope, onDone }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const api = scope === "mine" ? trpc.orders.mine : trpc.orders.staff;
  const [quantities, setQuantities] = useState<Record<string, string>>(() => Object.fromEntries(order.lines.map((l) => [l.skuId, String(l.quantity)])));
  const [slotId, setSlotId] = useState(order.slot?.id ?? "");
  const slots = useQuery(api.slots.queryOptions({ orderId: order.id }));
  const edit = useMutation(
    api.edit.mutationOptions({
      onSuccess: (r) => {
        toast.success(r.totalAfterMinor === r.totalBeforeMinor ? "Order updated" : `Order updated: new total ${formatMoney(r.totalAfterMinor, order.currency)}`);
        onDone();
        router.refresh();
      },
    }),
  );
  const errors = fieldErrorsOf(edit.error);
  const [localError, setLocalError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setLocalError(null);
    const lines = order.lines.map((l) => ({ skuId: l.skuId, quantity: Number(quantities[l.skuId] ?? 0) }));
    if (lines.some((l) => !Number.isInteger(l.quantity) || l.quantity < 0 || l.quantity > 99)) return setLocalError("Quantities are whole numbers from 0 to 99.");
    const kept = lines.filter((l) => l.quantity > 0);
    if (kept.length === 0) return setLocalError("Keep at least one item, or cancel the order instead.");
    const linesChanged = order.lines.some((l) => Number(quantities[l.skuId]) !== l.quantity);
    const slotChanged = slotId !== "" && slotId !== order.slot?.id;
    if (!linesChanged && !slotChanged) return setLocalError("Nothing changed yet.");
    edit.mutate({ orderId: order.id, version: order.version, ...(linesChanged ? { lines: kept } : {}), ...(slotChanged ? { slotId } : {}) });
  }

  const slotOptions = (slots.data ?? []).map((s) => ({
    value: s.id,
    label: `${s.label}${s.current ? " (current)" : s.full ? " — full" : ` — ${s.placesLeft} left`}`,
    disabled: s.full && !s.current,
  }));

  return (
    <form onSubmit={submit} noValidate aria-label={`Change order ${order.number}`} className="space-y-4">
      {(edit.error || localError) && <FormAlert>{localError ?? messageOf(edit.error)}{errors.lines ? ` ${errors.lines.join(" ")}` : ""}</FormAlert>}
      <fieldset className="space-y-2">
        <legend className="mb-1 text-sm font-medium">Items <span className="font-normal text-ink-muted">(set 0 to remove)</span></legend>
        {order.lines.map((l) => (
          <div key={l.skuId} className="grid grid-cols-[1fr_6rem] items-start gap-3">
            <div className="pt-2 text-sm">
              <span className="font-medium">{l.productName}</span> <span className="text-ink-muted">{l.pack} · {formatMoney(l.unitPriceMinor, order.currency)}</span>
            </div>
            <Field label={`Quantity of ${l.productName}`} hideLabel errors={errors[`lines.${l.skuId}`] ?? errors[`lines.${l.skuId}.quantity`]}>
              <Input type="number" inputMode="numeric" min={0} max={99} value={quantities[l.skuId] ?? ""} onChange={(e) => setQuantities((q) => ({ ...q, [l.skuId]: e.target.value }))} />
            </Field>
          </div>
        ))}
      </fieldset>
      <Field label="Delivery slot" errors={errors.slotId} hint={slots.isLoading ? "Loading slots…" : "Moving to another slot releases your current place."}>
        <Select value={slotId} onChange={(e) => setSlotId(e.target.value)} options={slotOptions.length ? slotOptions : order.slot ? [{ value: order.slot.id, label: `${order.slot.label} (current)` }] : []} />
      </Field>
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onDone}>Keep as is</Button>
        <Button type="submit" loading={edit.isPending}>Save changes</Button>
      </div>
    </form>
  );
}

