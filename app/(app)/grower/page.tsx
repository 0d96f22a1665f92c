import type { Metadata } from "next";
import { requirePermission } from "@/app/_lib/session";
import { WorkPackages } from "@/components/grower/work-packages";
import { PageHeader } from "@/components/ui";

export const metadata: Metadata = { title: "Work packages" };

/** Grower: the farm's work packages for this week and next (what to harvest, how much, by when), to acknowledge. */
export default async function GrowerPage() {
  await requirePermission("grower:portal");
  return (
    <div className="space-y-6">
      <PageHeader title="Work packages" description="What the plan asks you to harvest this week and next. Acknowledge each package so the packhouse can count on it." />
      <WorkPackages showScope />
    </div>
  );
}
