"use client";
// Checkout: address -> zone, slot, payment method, discount code, review and place the order.
// Every server refusal lands on the field it concerns; the review re-prices as choices change.
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useDeferredValue, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, Card, CardBody, Field, FormAlert, Input, LinkButton, Skeleton, SkeletonText } from "@/components/ui";
import { SlotPicker } from "@/components/delivery/slot-picker";
import { formatMoney } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import { AddressStep, type NewAddress } from "./address-step";
import { OrderSummary } from "./order-summary";
import { useInvalidateCart } from "./use-cart-count";

const EMPTY: NewAddress = { name: "", line1: "", line2: "", postcode: "", city: "" };

export function CheckoutForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const invalidate = useInvalidateCart();
  const options = useQuery(trpc.checkout.options.queryOptions());
  const [addressChoice, setAddressChoice] = useState<string | null | undefined>(undefined);
  const [draft, setDraft] = useState<NewAddress>(EMPTY);
  const [slotId, setSlotId] = useState<string | null>(null);
  const [paymentMethod, setPaymentMethod] = useState<"PAY_ON_DELIVERY" | "CARD">("PAY_ON_DELIVERY");
  const [codeInput, setCodeInput] = useState("");
  const [appliedCode, setAppliedCode] = useState<string | null>(null);

  const saved = options.data?.addresses ?? [];
  // Until the shopper chooses, the default (or newest) saved address is used.
  const addressId = addressChoice === undefined ? (saved[0]?.id ?? null) : addressChoice;
  const typedPostcode = useDeferredValue(draft.postcode.replace(/\s+/g, ""));
  const postcode = addressId ? (saved.find((a) => a.id === addressId)?.postcode ?? null) : typedPostcode.length >= 4 ? typedPostcode : null;

  const preview = useQuery({ ...trpc.checkout.preview.queryOptions({ postcode, addressId, slotId, discountCode: appliedCode }), placeholderData: keepPreviousData });
  const slots = useQuery({ ...trpc.delivery.slotsForAddress.queryOptions({ postcode: postcode ?? "", subtotalMinor: preview.data?.totals.subtotalMinor }), enabled: Boolean(postcode), placeholderData: keepPreviousData });
  const place = useMutation(trpc.checkout.place.mutationOptions());
  const errors = fieldErrorsOf(place.error);

  if (options.isPending || preview.isPending) return <CheckoutSkeleton />;
  if (options.isError) return <FormAlert>{messageOf(options.error)}</FormAlert>;
  if (preview.isError) return <FormAlert>{messageOf(preview.error)}</FormAlert>;
  const p = preview.data;
  if (p.cart.lines.length === 0) {
    return <div className="flex flex-col items-start gap-3"><p>Your cart is empty.</p><LinkButton href="/shop">Browse produce</LinkButton></div>;
  }
  const zoneMissing = Boolean(postcode) && slots.data && !slots.data.zone;

  function submit() {
    place.mutate(
      {
        slotId: slotId ?? "", addressId, paymentMethod, discountCode: appliedCode,
        address: addressId ? null : { name: draft.name, line1: draft.line1, line2: draft.line2 || null, postcode: draft.postcode, city: draft.city, country: "NL", save: true },
      },
      {
        onSuccess: (result) => {
          void invalidate();
          if (result.redirectUrl) window.location.assign(result.redirectUrl);
          else router.push(`/shop/checkout/confirmation/${result.number}`);
        },
        onError: () => void slots.refetch(),
      },
    );
  }

  const general = place.error && Object.keys(errors).length === 0 ? messageOf(place.error) : (errors.cart?.join(" ") ?? null);
  return (
    <form className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]" noValidate onSubmit={(e) => (e.preventDefault(), submit())}>
      <div className="flex flex-col gap-6">
        <Section step={1} title="Delivery address">
          <AddressStep saved={saved} addressId={addressId} onChoose={(id) => (setAddressChoice(id), setSlotId(null))} draft={draft} onDraft={setDraft} errors={errors} />
          {zoneMissing && <p role="alert" className="mt-3 text-sm font-medium text-danger-fg">We do not deliver to this postcode yet.</p>}
          {slots.data?.zone && <p className="mt-3 text-sm text-ink-muted">Delivery area: <span className="font-medium text-ink">{slots.data.zone.name}</span>{slots.data.zone.minimumOrderMinor > 0 && ` · minimum order ${formatMoney(slots.data.zone.minimumOrderMinor, slots.data.currency)}`}</p>}
        </Section>
        <Section step={2} title="Delivery slot">
          {!postcode ? (
            <p className="text-sm text-ink-muted">Enter your postcode to see the delivery slots.</p>
          ) : slots.isPending ? (
            <SkeletonText lines={4} announce="Loading delivery slots…" />
          ) : (
            <SlotPicker days={slots.data?.days ?? []} currency={slots.data?.currency ?? p.totals.currency} value={slotId} onChange={setSlotId} errors={errors.slotId} />
          )}
        </Section>
        <Section step={3} title="Payment">
          <fieldset className="flex flex-col gap-2 text-sm" aria-describedby={errors.paymentMethod ? "payment-errors" : undefined}>
            <legend className="sr-only">Payment method</legend>
            <label className="flex items-center gap-2"><input type="radio" name="payment" checked={paymentMethod === "PAY_ON_DELIVERY"} onChange={() => setPaymentMethod("PAY_ON_DELIVERY")} className="accent-furrow-700" />Pay on delivery (card or cash at the door)</label>
            {options.data.cardAvailable && (
              <label className="flex items-center gap-2"><input type="radio" name="payment" checked={paymentMethod === "CARD"} onChange={() => setPaymentMethod("CARD")} className="accent-furrow-700" />Card now (we reserve the amount and charge what is delivered)</label>
            )}
            {errors.paymentMethod && <p id="payment-errors" role="alert" className="text-xs font-medium text-danger-fg">{errors.paymentMethod.join(" ")}</p>}
          </fieldset>
        </Section>
      </div>
      <Card className="self-start">
        <CardBody className="flex flex-col gap-4">
          <h2 className="text-base font-semibold">Review your order</h2>
          <div className="flex items-end gap-2">
            <Field label="Discount code" errors={errors.discountCode ?? (p.discountError ? [p.discountError] : undefined)} className="flex-1">
              <Input value={codeInput} onChange={(e) => setCodeInput(e.target.value)} autoCapitalize="characters" />
            </Field>
            <Button variant="secondary" onClick={() => setAppliedCode(codeInput.trim() || null)}>Apply</Button>
          </div>
          {p.discount && <p role="status" className="text-xs text-success-fg">Code {p.discount.code} applied.</p>}
          <OrderSummary data={p} lineErrors={errors} slotChosen={Boolean(slotId)} />
          {general && <FormAlert>{general}</FormAlert>}
          <Button type="submit" loading={place.isPending} disabled={!p.cart.lines.length}>
            {paymentMethod === "CARD" ? "Continue to payment" : "Place order"}
          </Button>
          <p className="text-xs text-ink-muted">You can change or cancel your order until the cutoff shown with your slot.</p>
        </CardBody>
      </Card>
    </form>
  );
}

function Section({ step, title, children }: { step: number; title: string; children: React.ReactNode }) {
  return (
    <Card>
      <CardBody className="flex flex-col gap-3">
        <h2 className="flex items-center gap-2 text-base font-semibold">
          <span aria-hidden className="flex size-6 items-center justify-center rounded-full bg-furrow-700 text-xs text-white">{step}</span>
          {title}
        </h2>
        {children}
      </CardBody>
    </Card>
  );
}

function CheckoutSkeleton() {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]" aria-busy>
      <div className="flex flex-col gap-6">
        <Skeleton className="h-48" announce="Loading checkout…" />
        <Skeleton className="h-64" />
      </div>
      <Skeleton className="h-80" />
    </div>
  );
}
