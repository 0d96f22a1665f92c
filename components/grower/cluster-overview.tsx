"use client";
// The coordinator's page body: capacity grid, then the plan against capacity, then farms' work packages.
import { CapacityGrid } from "./capacity-grid";
import { CapacityVsPlan } from "./capacity-vs-plan";
import { WorkPackages } from "./work-packages";

export function ClusterOverview({ timeZone }: { timeZone: string }) {
  return (
    <div className="space-y-8">
      <section aria-labelledby="capacity-heading" className="space-y-2">
        <h2 id="capacity-heading" className="text-base font-semibold">Capacity</h2>
        <CapacityGrid timeZone={timeZone} />
      </section>
      <section aria-labelledby="plan-heading" className="space-y-2">
        <h2 id="plan-heading" className="text-base font-semibold">Capacity and plan by week</h2>
        <CapacityVsPlan />
      </section>
      <section aria-labelledby="packages-heading" className="space-y-2">
        <h2 id="packages-heading" className="text-base font-semibold">Work packages by farm</h2>
        <WorkPackages />
      </section>
    </div>
  );
}
