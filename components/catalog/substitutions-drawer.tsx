"use client";
// Ranked alternatives for a SKU: search active SKUs, add, move up/down, remove, save all at once.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Drawer, Field, FormAlert, Input, Skeleton, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { SkuDetail } from "@/server/catalog/product-detail";

type Item = { skuId: string; code: string; name: string; productName: string };
type Props = { sku: SkuDetail | null; onClose: () => void; onSaved: () => void };

export function SubstitutionsDrawer({ sku, onClose, onSaved }: Props) {
  const trpc = useTRPC();
  const toast = useToast();
  const [items, setItems] = useState<Item[]>([]);
  const [shownFor, setShownFor] = useState<string | null>(null);
  const [q, setQ] = useState("");
  if (sku && shownFor !== sku.id) {
    setShownFor(sku.id);
    setItems(sku.substitutes.map((s) => ({ skuId: s.skuId, code: s.code, name: s.name, productName: s.productName })));
    setQ("");
  }
  const options = useQuery({ ...trpc.catalog.skus.options.queryOptions({ q, excludeSkuId: sku?.id }), enabled: sku !== null });
  const save = useMutation(trpc.catalog.substitutions.set.mutationOptions());
  const errors = fieldErrorsOf(save.error);
  const chosen = new Set(items.map((i) => i.skuId));
  const available = options.data?.filter((o) => !chosen.has(o.id));

  function move(index: number, by: -1 | 1) {
    setItems((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  }

  function close() {
    save.reset();
    setShownFor(null);
    onClose();
  }

  function onSave() {
    if (!sku) return;
    save.mutate({ skuId: sku.id, substituteSkuIds: items.map((i) => i.skuId) }, { onSuccess: () => (toast.success("Substitutes saved"), onSaved(), close()) });
  }

  const listErrors = [...(errors.substituteSkuIds ?? [])];
  return (
    <Drawer
      open={sku !== null}
      onClose={close}
      title={sku ? `Substitutes for ${sku.code}` : "Substitutes"}
      description="Offered in this order when the SKU is short. Only active SKUs of this hub."
      widthClassName="max-w-lg"
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button onClick={onSave} loading={save.isPending}>
            Save substitutes
          </Button>
        </>
      }
    >
      {save.error && listErrors.length === 0 && <FormAlert className="mb-3">{messageOf(save.error)}</FormAlert>}
      {listErrors.length > 0 && <FormAlert className="mb-3">{listErrors.join(" ")}</FormAlert>}
      <h3 className="mb-2 text-sm font-semibold">Ranked substitutes</h3>
      {items.length === 0 ? (
        <p className="mb-4 text-sm text-ink-muted">None yet: the SKU is never substituted.</p>
      ) : (
        <ol className="mb-4 divide-y divide-line rounded-lg border border-line" aria-label="Ranked substitutes">
          {items.map((item, i) => (
            <li key={item.skuId} className="flex items-center gap-2 px-3 py-2">
              <span className="w-5 text-right text-xs font-semibold text-ink-muted tabular-nums">{i + 1}</span>
              <span className="min-w-0 flex-1">
                <span className="font-mono text-xs">{item.code}</span> <span className="text-ink-muted">· {item.productName}, {item.name}</span>
              </span>
              <Button size="sm" variant="ghost" aria-label={`Move ${item.code} up`} disabled={i === 0} onClick={() => move(i, -1)} icon={<ArrowUp aria-hidden />} />
              <Button size="sm" variant="ghost" aria-label={`Move ${item.code} down`} disabled={i === items.length - 1} onClick={() => move(i, 1)} icon={<ArrowDown aria-hidden />} />
              <Button size="sm" variant="ghost" aria-label={`Remove ${item.code}`} onClick={() => setItems((l) => l.filter((x) => x.skuId !== item.skuId))} icon={<Trash2 aria-hidden />} />
            </li>
          ))}
        </ol>
      )}
      <Field label="Find a SKU to add">
        <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Code or product name" autoComplete="off" />
      </Field>
      <ul className="mt-2 max-h-72 divide-y divide-line overflow-y-auto rounded-lg border border-line" aria-label="Matching SKUs" aria-busy={options.isFetching || undefined}>
        {options.isPending &&
          Array.from({ length: 4 }, (_, i) => (
            <li key={i} className="px-3 py-2.5">
              <Skeleton className="h-3.5 w-2/3" />
            </li>
          ))}
        {available?.map((o) => (
          <li key={o.id} className="flex items-center gap-2 px-3 py-1.5">
            <span className="min-w-0 flex-1 truncate">
              <span className="font-mono text-xs">{o.code}</span> <span className="text-ink-muted">· {o.productName}, {o.name}</span>
            </span>
            <Button size="sm" variant="secondary" aria-label={`Add ${o.code}`} onClick={() => setItems((l) => [...l, { skuId: o.id, code: o.code, name: o.name, productName: o.productName }])}>
              Add
            </Button>
          </li>
        ))}
        {available && available.length === 0 && <li className="px-3 py-2 text-ink-muted">{options.data!.length ? "Every match is already in the list." : "No active SKU matches."}</li>}
      </ul>
    </Drawer>
  );
}
