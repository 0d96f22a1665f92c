"use client";
// "Run forecast now": every series re-fitted and backtested; the page reloads with the new run.
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { Button, useToast } from "@/components/ui";
import { messageOf } from "@/lib/trpc-errors";

export function RunForecastButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const toast = useToast();
  const run = useMutation(trpc.demand.forecast.run.mutationOptions({
    onSuccess: () => (toast.success("Forecast published"), router.refresh()),
    onError: (e) => toast.error(messageOf(e)),
  }));
  return <Button size="sm" loading={run.isPending} onClick={() => run.mutate({})}>{run.isPending ? "Forecasting every series…" : "Run forecast now"}</Button>;
}
