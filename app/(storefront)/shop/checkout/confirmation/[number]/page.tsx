import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CircleCheck } from "lucide-react";
import { getCaller, requireActor } from "@/app/_lib/session";
import { Card, CardBody, LinkButton } from "@/components/ui";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Order placed", robots: { index: false } };

type Props = { params: Promise<{ number: string }> };

/** "Thank you": the order number, delivery slot, total and the way to the order's page. */
export default async function ConfirmationPage({ params }: Props) {
  await requireActor();
  const { number } = await params;
  const caller = await getCaller();
  const order = await caller.checkout.confirmation({ number: decodeURIComponent(number) }).catch(() => null);
  if (!order) notFound();
  return (
    <div className="mx-auto max-w-2xl px-4 py-12 sm:px-6">
      <Card>
        <CardBody className="flex flex-col items-start gap-4">
          <CircleCheck aria-hidden className="size-10 text-success" />
          <h1 className="text-2xl font-semibold tracking-tight">Thank you, your order is placed</h1>
          <dl className="grid w-full grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
            <dt className="text-ink-muted">Order number</dt>
            <dd className="font-semibold" data-testid="order-number">{order.number}</dd>
            <dt className="text-ink-muted">Delivery</dt>
            <dd>{order.deliveryDay}{order.window ? `, ${order.window}` : ""}</dd>
            <dt className="text-ink-muted">Address</dt>
            <dd>{order.address}</dd>
            <dt className="text-ink-muted">Total</dt>
            <dd className="font-semibold">{formatMoney(order.totalMinor, order.currency)}</dd>
            <dt className="text-ink-muted">Payment</dt>
            <dd>{order.paymentMethod === "CARD" ? "Card (the delivered amount is charged)" : "Pay on delivery"}</dd>
          </dl>
          <p className="text-sm text-ink-muted">You can change or cancel it until {order.changeUntil}. We have sent you a confirmation email.</p>
          <div className="flex gap-2">
            <LinkButton href={`/account/orders/${order.number}`}>View your order</LinkButton>
            <LinkButton variant="secondary" href="/shop">Keep shopping</LinkButton>
          </div>
        </CardBody>
      </Card>
    </div>
  );
}
