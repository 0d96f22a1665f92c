"use client";
// The cart page: lines with quantity, price (and any change since added), stock problems, the
// subtotal and the way to checkout (guests are sent to sign in or sign up and come back).
import Link from "next/link";
import { useMutation, useQuery } from "@tanstack/react-query";
import { ShoppingBasket, Trash2 } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Badge, Button, Card, CardBody, EmptyState, FormAlert, LinkButton, SkeletonTable, TableHead } from "@/components/ui";
import { formatMoney } from "@/lib/money";
import { messageOf } from "@/lib/trpc-errors";
import { problemText } from "./problem-text";
import { useInvalidateCart } from "./use-cart-count";

export function CartView({ signedIn }: { signedIn: boolean }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateCart();
  const cart = useQuery(trpc.cart.get.queryOptions({}));
  const setQuantity = useMutation(trpc.cart.setQuantity.mutationOptions({ onSuccess: () => invalidate() }));
  const acceptPrices = useMutation(trpc.cart.acceptPrices.mutationOptions({ onSuccess: () => invalidate() }));

  if (cart.isPending) return <SkeletonTable rows={3} cols={4} announce="Loading your cart…" />;
  if (cart.isError) return <FormAlert>{messageOf(cart.error)}</FormAlert>;
  const view = cart.data;
  if (view.lines.length === 0) {
    return <EmptyState icon={<ShoppingBasket />} title="Your cart is empty" text="Fill it with this week's harvest." action={<LinkButton href="/shop">Browse produce</LinkButton>} />;
  }
  const priceChanged = view.lines.some((l) => l.problems.includes("PRICE_CHANGED"));
  const blocked = view.lines.some((l) => l.problems.some((p) => p !== "PRICE_CHANGED"));
  const checkoutHref = signedIn ? "/shop/checkout" : "/login?callbackUrl=%2Fshop%2Fcheckout";

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Card>
        <table className="w-full text-sm">
          <caption className="sr-only">Items in your cart</caption>
          <TableHead
            look="ruled"
            className="uppercase"
            cellClassName="px-4 py-2"
            columns={["Product", "Quantity", { label: "Price", numeric: true }, { label: "Total", numeric: true }, { label: "Remove", srOnly: true, className: "px-2" }]}
          />
          <tbody>
            {view.lines.map((l) => (
              <tr key={l.skuId} className="border-b border-line last:border-0">
                <td className="px-4 py-3">
                  <Link href={`/shop/${l.productSlug}`} className="font-medium text-ink hover:underline">{l.productName}</Link>
                  <p className="text-xs text-ink-muted">{l.skuName}</p>
                  {l.problems.length > 0 && (
                    <div className="mt-1 flex flex-wrap gap-1">
                      {l.problems.map((p) => (
                        <Badge key={p} tone={p === "PRICE_CHANGED" ? "warning" : "danger"} dot>{problemText(p, l.available)}</Badge>
                      ))}
                    </div>
                  )}
                </td>
                <td className="px-4 py-3">
                  <label className="sr-only" htmlFor={`cart-qty-${l.skuId}`}>Quantity of {l.productName}, {l.skuName}</label>
                  <select
                    id={`cart-qty-${l.skuId}`}
                    value={l.quantity}
                    disabled={setQuantity.isPending}
                    onChange={(e) => setQuantity.mutate({ skuId: l.skuId, quantity: Number(e.target.value) })}
                    className="h-8 rounded-md border border-line-strong bg-surface px-2"
                  >
                    {Array.from({ length: Math.max(20, l.quantity) }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{n}</option>)}
                  </select>
                </td>
                <td className="px-4 py-3 text-right tabular-nums">
                  {l.unitPriceMinor === null ? "–" : formatMoney(l.unitPriceMinor, view.currency)}
                  {l.problems.includes("PRICE_CHANGED") && <p className="text-xs text-ink-muted line-through">was {formatMoney(l.seenUnitPriceMinor, view.currency)}</p>}
                </td>
                <td className="px-4 py-3 text-right font-medium tabular-nums">{formatMoney(l.lineTotalMinor, view.currency)}</td>
                <td className="px-2 py-3 text-right">
                  <Button variant="ghost" size="sm" aria-label={`Remove ${l.productName}, ${l.skuName}`} onClick={() => setQuantity.mutate({ skuId: l.skuId, quantity: 0 })} icon={<Trash2 aria-hidden />} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card className="self-start">
        <CardBody className="flex flex-col gap-3">
          <h2 className="text-base font-semibold">Summary</h2>
          <dl className="flex justify-between text-sm">
            <dt>Subtotal ({view.count} {view.count === 1 ? "item" : "items"})</dt>
            <dd className="font-semibold tabular-nums" data-testid="cart-subtotal">{formatMoney(view.subtotalMinor, view.currency)}</dd>
          </dl>
          <p className="text-xs text-ink-muted">Prices include VAT ({formatMoney(view.taxMinor, view.currency)}). Delivery fee and slot at checkout.</p>
          {priceChanged && (
            <div role="status" className="rounded-md bg-warning-soft p-3 text-sm text-warning-fg">
              Some prices changed since you added them.
              <Button size="sm" variant="secondary" className="mt-2" loading={acceptPrices.isPending} onClick={() => acceptPrices.mutate()}>Accept new prices</Button>
            </div>
          )}
          {blocked && <p role="status" className="text-sm text-danger-fg">Please change or remove the marked items to continue.</p>}
          <LinkButton href={checkoutHref} aria-disabled={blocked || priceChanged || undefined} className={blocked || priceChanged ? "pointer-events-none opacity-50" : undefined}>
            {signedIn ? "Go to checkout" : "Sign in to check out"}
          </LinkButton>
          {!signedIn && (
            <p className="text-xs text-ink-muted">
              New here? <Link className="font-medium text-furrow-700 hover:underline" href="/signup?callbackUrl=%2Fshop%2Fcheckout">Create an account</Link>; your cart is kept.
            </p>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
