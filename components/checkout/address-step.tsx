"use client";
// Where to deliver: one of the household's saved addresses, or a new one (saved for next time).
import { Field, Input } from "@/components/ui";
import type { FieldErrors } from "@/lib/errors";

export type NewAddress = { name: string; line1: string; line2: string; postcode: string; city: string };
export type SavedAddress = { id: string; label: string | null; line1: string; line2: string | null; city: string; postcode: string };

export function AddressStep(props: {
  saved: SavedAddress[];
  addressId: string | null;
  onChoose: (id: string | null) => void;
  draft: NewAddress;
  onDraft: (draft: NewAddress) => void;
  errors: FieldErrors;
}) {
  const { saved, addressId, draft, errors } = props;
  const set = (key: keyof NewAddress) => (e: React.ChangeEvent<HTMLInputElement>) => props.onDraft({ ...draft, [key]: e.target.value });
  return (
    <div className="flex flex-col gap-4">
      {saved.length > 0 && (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Deliver to</legend>
          {saved.map((a) => (
            <label key={a.id} className="flex items-start gap-2 text-sm">
              <input type="radio" name="address" checked={addressId === a.id} onChange={() => props.onChoose(a.id)} className="mt-1 accent-furrow-700" />
              <span>
                {a.label && <span className="font-medium">{a.label}: </span>}
                {a.line1}
                {a.line2 ? `, ${a.line2}` : ""}, {a.postcode} {a.city}
              </span>
            </label>
          ))}
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="address" checked={addressId === null} onChange={() => props.onChoose(null)} className="accent-furrow-700" />
            A new address
          </label>
          {errors.addressId && <p role="alert" className="text-xs font-medium text-danger-fg">{errors.addressId.join(" ")}</p>}
        </fieldset>
      )}
      {addressId === null && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Name on the door" required errors={errors["address.name"]} className="sm:col-span-2">
            <Input autoComplete="name" value={draft.name} onChange={set("name")} />
          </Field>
          <Field label="Street and number" required errors={errors["address.line1"]} className="sm:col-span-2">
            <Input autoComplete="address-line1" value={draft.line1} onChange={set("line1")} />
          </Field>
          <Field label="Apartment, floor (optional)" errors={errors["address.line2"]} className="sm:col-span-2">
            <Input autoComplete="address-line2" value={draft.line2} onChange={set("line2")} />
          </Field>
          <Field label="Postcode" required errors={errors["address.postcode"]} hint="We show the delivery slots for your postcode.">
            <Input autoComplete="postal-code" value={draft.postcode} onChange={set("postcode")} />
          </Field>
          <Field label="Town or city" required errors={errors["address.city"]}>
            <Input autoComplete="address-level2" value={draft.city} onChange={set("city")} />
          </Field>
        </div>
      )}
    </div>
  );
}
