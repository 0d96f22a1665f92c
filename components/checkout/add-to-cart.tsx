"use client";
// "Add to cart" for one pack size on the product page; works for guests (cookie cart) too.
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ShoppingCart } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Button, useToast } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";
import { useInvalidateCart } from "./use-cart-count";

export function AddToCart({ skuCode, label, disabled }: { skuCode: string; label: string; disabled?: boolean }) {
  const trpc = useTRPC();
  const toast = useToast();
  const invalidate = useInvalidateCart();
  const [quantity, setQuantity] = useState(1);
  const add = useMutation(trpc.cart.add.mutationOptions());
  return (
    <div className="flex items-center gap-2">
      <label className="sr-only" htmlFor={`qty-${skuCode}`}>
        Quantity of {label}
      </label>
      <select
        id={`qty-${skuCode}`}
        value={quantity}
        onChange={(e) => setQuantity(Number(e.target.value))}
        disabled={disabled}
        className="h-9 rounded-md border border-line-strong bg-surface px-2 text-sm"
      >
        {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      <Button
        icon={<ShoppingCart aria-hidden />}
        loading={add.isPending}
        disabled={disabled}
        aria-label={`Add ${label} to cart`}
        onClick={() =>
          add.mutate(
            { skuCode, quantity },
            {
              onSuccess: () => {
                void invalidate();
                toast.success("Added to your cart", { description: `${quantity} × ${label}` });
              },
              onError: (error) => toast.error("Could not add to cart", { description: messageOf(error) }),
            },
          )
        }
      >
        Add
      </Button>
    </div>
  );
}
