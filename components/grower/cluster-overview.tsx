"use client";
// The coordinator's page body: capacity grid, then the plan against capacity, then farms' work packages.
import { CapacityGrid } from "./capacity-grid";

export function ClusterOverview({ timeZone }: { timeZone: string }) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="capacity-heading" className="space-y-2">
        <h2 id="capacity-heading" className="text-base font-semibold">Capacity</h2>
        <CapacityGrid timeZone={timeZone} />
      </section>
    </div>
  );
}
