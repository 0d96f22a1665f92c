"use client";
// Subscribe flow: address -> delivery window of its zone -> cadence -> payment -> confirmation.
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { CircleCheck } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, FormAlert, LinkButton, SkeletonText } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import { CADENCE_LABELS, shortDate, windowLabel } from "./labels";
import { RadioCards } from "./radio-group";

/** A box (templateId) or a custom basket (lines); boxName names it in the confirmation. */
type Props = { templateId: string | null; lines?: { skuId: string; quantity: number }[]; boxName: string; priceMinor: number; currency: string };

export function SubscribeForm({ templateId, lines = [], boxName, priceMinor, currency }: Props) {
  const trpc = useTRPC();
  const options = useQuery(trpc.subscriptions.mine.options.queryOptions());
  const subscribe = useMutation(trpc.subscriptions.mine.subscribe.mutationOptions());
  const [addressId, setAddressId] = useState("");
  const [windowId, setWindowId] = useState("");
  const [cadence, setCadence] = useState<"WEEKLY" | "FORTNIGHTLY">("WEEKLY");
  const [payment, setPayment] = useState<"PAY_ON_DELIVERY" | "CARD">("PAY_ON_DELIVERY");
  const [cardId, setCardId] = useState("");
  const doneRef = useRef<HTMLHeadingElement>(null);
  const errors = fieldErrorsOf(subscribe.error);

  const addresses = options.data?.addresses ?? [];
  const address = addresses.find((a) => a.id === addressId) ?? addresses[0];
  const windows = address?.windows ?? [];
  const chosenWindow = windows.find((w) => w.id === windowId);

  useEffect(() => {
    if (subscribe.isSuccess) doneRef.current?.focus();
  }, [subscribe.isSuccess]);

  if (options.isPending) return <SkeletonText lines={6} announce />;
  if (options.isError) return <FormAlert>{messageOf(options.error)}</FormAlert>;

  if (subscribe.isSuccess) {
    const result = subscribe.data;
    return (
      <div role="status" className="flex flex-col gap-3">
        <h3 ref={doneRef} tabIndex={-1} className="flex items-center gap-2 text-lg font-semibold text-success-fg outline-none">
          <CircleCheck aria-hidden className="size-5" /> You are subscribed
        </h3>
        <p className="text-sm text-ink">
          Your first {boxName} arrives on <strong>{shortDate(result.firstDeliveryDate)}</strong>
          {chosenWindow ? `, ${windowLabel(chosenWindow).split(" ").slice(1).join(" ")}` : ""}. {CADENCE_LABELS[cadence]}, {formatMoney(priceMinor, currency)} per delivery.
        </p>
        <p className="text-sm text-ink-muted">You can skip weeks, pause, swap items or change your delivery day until each order cutoff.</p>
        <div>
          <LinkButton href={`/account/subscriptions/${result.id}`}>Manage my subscription</LinkButton>
        </div>
      </div>
    );
  }

  if (addresses.length === 0) {
    return (
      <p className="text-sm text-ink-muted">
        Add a delivery address first, then come back to subscribe. <Link href="/account/addresses" className="font-medium text-furrow-700 underline">Add an address</Link>
      </p>
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    subscribe.mutate({ templateId, lines, cadence, windowId, addressId: address?.id ?? "", paymentMethod: payment, savedPaymentMethodId: payment === "CARD" ? cardId || null : null });
  }

  const cards = options.data?.cards ?? [];
  const cardPossible = Boolean(options.data?.cardAvailable && cards.length > 0);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Subscribe to ${boxName}`} className="flex flex-col gap-5">
      {subscribe.isError && (Object.keys(errors).length === 0 || errors.lines || errors.templateId) && <FormAlert>{messageOf(subscribe.error)}</FormAlert>}
      <RadioCards
        legend="Deliver to"
        name="addressId"
        value={address?.id ?? ""}
        onChange={(v) => (setAddressId(v), setWindowId(""))}
        errors={errors.addressId}
        options={addresses.map((a) => ({ value: a.id, label: a.label ?? a.line1, hint: `${a.line1}, ${a.postcode} ${a.city}${a.zone ? "" : " · we do not deliver here yet"}`, disabled: !a.zone }))}
      />
      {address?.zone && (
        <RadioCards
          legend="Delivery day and time"
          name="windowId"
          value={windowId}
          onChange={setWindowId}
          errors={errors.windowId}
          columns={2}
          options={windows.map((w) => ({ value: w.id, label: windowLabel(w), hint: `First delivery ${shortDate(w.firstDeliveryDate)}` }))}
        />
      )}
      <RadioCards
        legend="How often"
        name="cadence"
        value={cadence}
        onChange={(v) => setCadence(v as "WEEKLY" | "FORTNIGHTLY")}
        errors={errors.cadence}
        columns={2}
        options={(["WEEKLY", "FORTNIGHTLY"] as const).map((c) => ({ value: c, label: CADENCE_LABELS[c] }))}
      />
      <RadioCards
        legend="Payment"
        name="paymentMethod"
        value={payment}
        onChange={(v) => setPayment(v as "PAY_ON_DELIVERY" | "CARD")}
        errors={errors.paymentMethod ?? errors.savedPaymentMethodId}
        options={[
          { value: "PAY_ON_DELIVERY", label: "Pay on delivery", hint: "Pay the driver or by bank transfer after each delivery" },
          { value: "CARD", label: "Saved card", hint: cardPossible ? "Charged after each delivery for what was delivered" : "Save a card at checkout to pay subscriptions by card", disabled: !cardPossible },
        ]}
      />
      {payment === "CARD" && cardPossible && (
        <RadioCards legend="Card" name="savedPaymentMethodId" value={cardId} onChange={setCardId} options={cards.map((c) => ({ value: c.id, label: `${c.brand} •••• ${c.last4}`, hint: `Expires ${c.expMonth}/${c.expYear}` }))} />
      )}
      <Button type="submit" loading={subscribe.isPending} className="h-10">
        Subscribe for {formatMoney(priceMinor, currency)} per delivery
      </Button>
    </form>
  );
}
