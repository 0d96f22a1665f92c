"use client";
// Cached choices for the warehouse forms (locations, lots at a location, the approval threshold).
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import type { SelectOption } from "@/components/ui";
import { formatCount, formatDay } from "./labels";

export function useLocationOptions(): { options: SelectOption[]; isLoading: boolean } {
  const trpc = useTRPC();
  const q = useQuery(trpc.inventory.locationOptions.queryOptions({ scope: "stocking" }, { staleTime: 5 * 60_000 }));
  return { options: (q.data ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` })), isLoading: q.isLoading };
}

/** Lots held at a location, first-expiry-first; `availableOnly` for transfers (reserved units stay). */
export function useLotOptions(locationId: string, availableOnly: boolean) {
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.inventory.lotOptions.queryOptions({ locationId, availableOnly, limit: 100 }), enabled: Boolean(locationId) });
  const lots = q.data ?? [];
  const options: SelectOption[] = lots.map((l) => ({
    value: l.lotId,
    label: `${l.lotCode} · ${l.skuCode} ${l.productName} · ${formatCount(l.available)} available · best before ${formatDay(l.bestBefore)}`,
  }));
  return { lots, options, isLoading: q.isLoading && Boolean(locationId) };
}

export function useInventorySettings() {
  const trpc = useTRPC();
  return useQuery(trpc.inventory.settings.queryOptions(undefined, { staleTime: 5 * 60_000 })).data;
}
