// The header every planning page shares: title, the week picker, the section tabs.
import type { ReactNode } from "react";
import { PlanningTabs } from "@/components/planning/planning-tabs";
import { WeekPicker } from "@/components/planning/week-picker";
import { PageHeader } from "@/components/ui";
import { addWeeks, isoWeekAt } from "@/lib/iso-week";
import { weekLabel } from "@/lib/planning-week";

export function PlanningHeader({ title, description, week, timeZone, actions }: { title: string; description: string; week: string; timeZone: string; actions?: ReactNode }) {
  const current = isoWeekAt(new Date(), timeZone);
  return (
    <div className="mb-4 space-y-3">
      <PageHeader
        className="mb-2"
        title={`${title} · ${weekLabel(week)}`}
        description={description}
        actions={<div className="flex flex-wrap items-center gap-2"><WeekPicker week={week} current={current} />{actions}</div>}
      />
      <PlanningTabs />
      <span className="sr-only">{week === addWeeks(current, 1) ? "The week being planned." : ""}</span>
    </div>
  );
}
