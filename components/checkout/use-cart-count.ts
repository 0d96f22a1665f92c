"use client";
// The cart's pack count, shared by the header badge and everything that changes the cart.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

export function useCartCount() {
  const trpc = useTRPC();
  return useQuery(trpc.cart.count.queryOptions(undefined, { staleTime: 30_000 }));
}

/** Refreshes every cart view after a change. */
export function useInvalidateCart() {
  const trpc = useTRPC();
  const client = useQueryClient();
  return () => Promise.all([client.invalidateQueries({ queryKey: trpc.cart.pathKey() }), client.invalidateQueries({ queryKey: trpc.checkout.pathKey() })]);
}
