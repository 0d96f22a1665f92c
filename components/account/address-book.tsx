"use client";
// The address book: list, add/edit in a dialog with field errors, make default, remove.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, Checkbox, Dialog, EmptyState, Field, FormAlert, Input, SkeletonTable, useToast } from "@/components/ui";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { AddressRow } from "@/server/commerce/addresses/service";

type Draft = { label: string; line1: string; line2: string; city: string; postcode: string; isDefault: boolean };
const EMPTY: Draft = { label: "", line1: "", line2: "", city: "", postcode: "", isDefault: false };

export function AddressBook() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const toast = useToast();
  const list = useQuery(trpc.addresses.list.queryOptions());
  const [editing, setEditing] = useState<{ id: string | null; draft: Draft } | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.addresses.list.queryKey() });
  const onError = (e: unknown) => toast.error(messageOf(e));
  const setDefault = useMutation(trpc.addresses.setDefault.mutationOptions({ onSuccess: () => (toast.success("Default address changed"), refresh()), onError }));
  const remove = useMutation(trpc.addresses.remove.mutationOptions({ onSuccess: () => (toast.success("Address removed"), refresh()), onError }));

  if (list.isLoading) return <SkeletonTable rows={3} cols={3} announce="Loading addresses…" />;
  const rows = list.data ?? [];
  return (
    <div className="space-y-3">
      <div className="flex justify-end"><Button onClick={() => setEditing({ id: null, draft: EMPTY })}>Add address</Button></div>
      {rows.length === 0 ? (
        <EmptyState title="No addresses yet" text="Add the address we should deliver to." />
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-surface" aria-label="Your addresses">
          {rows.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
              <div className="text-sm">
                <p className="font-medium">{a.label || a.line1} {a.isDefault && <Badge tone="success">Default</Badge>}</p>
                <p className="text-ink-muted">{a.line1}{a.line2 ? `, ${a.line2}` : ""}, {a.postcode} {a.city}</p>
                <p className="text-xs text-ink-muted">{a.zoneName ? `Delivered in ${a.zoneName}` : "We no longer deliver here"}</p>
              </div>
              <div className="flex gap-1">
                {!a.isDefault && <Button size="sm" variant="ghost" onClick={() => setDefault.mutate({ addressId: a.id })} aria-label={`Make ${a.line1} the default address`}>Make default</Button>}
                <Button size="sm" variant="secondary" onClick={() => setEditing({ id: a.id, draft: toDraft(a) })} aria-label={`Edit ${a.line1}`}>Edit</Button>
                <Button size="sm" variant="ghost" onClick={() => remove.mutate({ addressId: a.id })} aria-label={`Remove ${a.line1}`}>Remove</Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && <AddressDialog key={editing.id ?? "new"} id={editing.id} initial={editing.draft} onClose={() => setEditing(null)} onSaved={() => (setEditing(null), refresh())} />}
    </div>
  );
}

const toDraft = (a: AddressRow): Draft => ({ label: a.label, line1: a.line1, line2: a.line2, city: a.city, postcode: a.postcode, isDefault: a.isDefault });

function AddressDialog({ id, initial, onClose, onSaved }: { id: string | null; initial: Draft; onClose: () => void; onSaved: () => void }) {
  const trpc = useTRPC();
  const toast = useToast();
  const [d, setD] = useState(initial);
  const opts = { onSuccess: () => (toast.success(id ? "Address saved" : "Address added"), onSaved()) };
  const add = useMutation(trpc.addresses.add.mutationOptions(opts));
  const update = useMutation(trpc.addresses.update.mutationOptions(opts));
  const m = id ? update : add;
  const errors = fieldErrorsOf(m.error);
  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setD((x) => ({ ...x, [k]: e.target.value }));
  function submit(e: FormEvent) {
    e.preventDefault();
    const input = { ...d, country: "NL" as const };
    if (id) update.mutate({ ...input, addressId: id });
    else add.mutate(input);
  }
  return (
    <Dialog open onClose={onClose} title={id ? "Edit address" : "Add address"}>
      <form onSubmit={submit} noValidate className="space-y-3">
        {m.error && Object.keys(errors).length === 0 && <FormAlert>{messageOf(m.error)}</FormAlert>}
        <Field label="Label" hint="Optional, e.g. Home or Work" errors={errors.label}><Input value={d.label} onChange={set("label")} /></Field>
        <Field label="Street and house number" required errors={errors.line1}><Input value={d.line1} onChange={set("line1")} autoComplete="address-line1" /></Field>
        <Field label="Additional line" errors={errors.line2}><Input value={d.line2} onChange={set("line2")} autoComplete="address-line2" /></Field>
        <div className="grid grid-cols-[8rem_1fr] gap-3">
          <Field label="Postcode" required errors={errors.postcode} hint="1234 AB"><Input value={d.postcode} onChange={set("postcode")} autoComplete="postal-code" /></Field>
          <Field label="Town or city" required errors={errors.city}><Input value={d.city} onChange={set("city")} autoComplete="address-level2" /></Field>
        </div>
        <Checkbox label="Use as my default delivery address" checked={d.isDefault} onChange={(e) => setD((x) => ({ ...x, isDefault: e.target.checked }))} />
        <div className="flex justify-end gap-2 pt-2">
          <Button variant="ghost" onClick={onClose}>Cancel</Button>
          <Button type="submit" loading={m.isPending}>{id ? "Save address" : "Add address"}</Button>
        </div>
      </form>
    </Dialog>
  );
}
