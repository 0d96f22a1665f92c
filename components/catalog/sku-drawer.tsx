"use client";
// Add or edit a SKU (pack, logistics data, storage temperature band, low-stock threshold).
import { useMutation } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Drawer, Field, FormAlert, Input, Select, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { PackUnit } from "@/lib/units";
import type { SkuDetail } from "@/server/catalog/product-detail";
import { PACK_UNIT_OPTIONS } from "./labels";

type Props = { productId: string; sku: SkuDetail | null; open: boolean; onClose: () => void; onSaved: () => void };

const num = (data: FormData, key: string) => {
  const raw = String(data.get(key) ?? "").trim().replace(",", ".");
  return raw === "" ? Number.NaN : Number(raw);
};

function valuesFrom(form: HTMLFormElement) {
  const d = new FormData(form);
  return {
    code: String(d.get("code") ?? ""),
    name: String(d.get("name") ?? ""),
    packQuantity: num(d, "packQuantity"),
    packUnit: String(d.get("packUnit") ?? "") as PackUnit,
    packaging: String(d.get("packaging") ?? ""),
    grossWeightG: num(d, "grossWeightG"),
    volumeMl: num(d, "volumeMl"),
    shelfLifeDays: num(d, "shelfLifeDays"),
    storageTempMinC: num(d, "storageTempMinC"),
    storageTempMaxC: num(d, "storageTempMaxC"),
    lowStockThreshold: num(d, "lowStockThreshold"),
  };
}

export function SkuDrawer({ productId, sku, open, onClose, onSaved }: Props) {
  const trpc = useTRPC();
  const toast = useToast();
  const create = useMutation(trpc.catalog.skus.create.mutationOptions());
  const update = useMutation(trpc.catalog.skus.update.mutationOptions());
  const mutation = sku ? update : create;
  const errors = fieldErrorsOf(mutation.error);

  function close() {
    create.reset();
    update.reset();
    onClose();
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = valuesFrom(event.currentTarget);
    const done = { onSuccess: () => (toast.success(sku ? "SKU saved" : "SKU added"), onSaved(), close()) };
    if (sku) update.mutate({ id: sku.id, ...values }, done);
    else create.mutate({ productId, ...values }, done);
  }

  const v = sku ?? { code: "", name: "", packQuantity: "", packUnit: "G", packaging: "", grossWeightG: "", volumeMl: "", shelfLifeDays: "", storageTempMinC: "", storageTempMaxC: "", lowStockThreshold: 0 };
  return (
    <Drawer open={open} onClose={close} title={sku ? `Edit SKU ${sku.code}` : "Add a SKU"} description="A SKU is one sellable pack of this product." widthClassName="max-w-lg">
      <form key={sku?.id ?? "new"} onSubmit={onSubmit} noValidate className="space-y-4" aria-label="SKU">
        {mutation.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(mutation.error)}</FormAlert>}
        <div className="grid grid-cols-2 gap-3">
          <Field label="Code" required errors={errors.code} hint="Unique in the hub, e.g. TOM-CHERRY-250G">
            <Input name="code" defaultValue={v.code} className="font-mono uppercase" autoComplete="off" />
          </Field>
          <Field label="Name" required errors={errors.name} hint="e.g. 250 g punnet">
            <Input name="name" defaultValue={v.name} autoComplete="off" />
          </Field>
          <Field label="Pack quantity" required errors={errors.packQuantity}>
            <Input name="packQuantity" inputMode="numeric" defaultValue={String(v.packQuantity)} />
          </Field>
          <Field label="Unit" required errors={errors.packUnit}>
            <Select name="packUnit" defaultValue={v.packUnit} options={PACK_UNIT_OPTIONS} />
          </Field>
          <Field label="Packaging" required errors={errors.packaging} hint="punnet, box, bag, bunch…">
            <Input name="packaging" defaultValue={v.packaging} autoComplete="off" />
          </Field>
          <Field label="Shelf life (days)" required errors={errors.shelfLifeDays}>
            <Input name="shelfLifeDays" inputMode="numeric" defaultValue={String(v.shelfLifeDays)} />
          </Field>
          <Field label="Gross weight (g)" required errors={errors.grossWeightG}>
            <Input name="grossWeightG" inputMode="numeric" defaultValue={String(v.grossWeightG)} />
          </Field>
          <Field label="Volume (ml)" required errors={errors.volumeMl}>
            <Input name="volumeMl" inputMode="numeric" defaultValue={String(v.volumeMl)} />
          </Field>
          <Field label="Storage min (°C)" required errors={errors.storageTempMinC}>
            <Input name="storageTempMinC" inputMode="decimal" defaultValue={String(v.storageTempMinC)} />
          </Field>
          <Field label="Storage max (°C)" required errors={errors.storageTempMaxC}>
            <Input name="storageTempMaxC" inputMode="decimal" defaultValue={String(v.storageTempMaxC)} />
          </Field>
          <Field label="Low-stock threshold" errors={errors.lowStockThreshold} hint="Alert when available units fall below this." className="col-span-2">
            <Input name="lowStockThreshold" inputMode="numeric" defaultValue={String(v.lowStockThreshold)} />
          </Field>
        </div>
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {sku ? "Save SKU" : "Add SKU"}
          </Button>
        </div>
      </form>
    </Drawer>
  );
}
