"use client";
// Previous / next week and a jump list (12 weeks back, 12 ahead); keeps the page, changes ?week.
import { ChevronLeft, ChevronRight } from "lucide-react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui";
import { addWeeks } from "@/lib/iso-week";
import { weekLabel } from "@/lib/planning-week";

export function WeekPicker({ week, current }: { week: string; current: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const [pending, start] = useTransition();
  const go = (w: string) => {
    const next = new URLSearchParams(params.toString());
    next.set("week", w);
    start(() => router.push(`${pathname}?${next.toString()}`));
  };
  const options = Array.from({ length: 25 }, (_, i) => addWeeks(current, i - 12));
  return (
    <div className="flex items-center gap-1" aria-busy={pending}>
      <Button size="sm" variant="ghost" icon={<ChevronLeft aria-hidden />} aria-label="Previous week" onClick={() => go(addWeeks(week, -1))} />
      <label className="sr-only" htmlFor="planning-week">Week</label>
      <select
        id="planning-week"
        value={week}
        onChange={(e) => go(e.target.value)}
        className="h-8 rounded-md border border-line bg-surface px-2 text-sm tabular-nums"
      >
        {!options.includes(week) && <option value={week}>{weekLabel(week)}</option>}
        {options.map((w) => (
          <option key={w} value={w}>
            {weekLabel(w)}{w === current ? " (this week)" : w === addWeeks(current, 1) ? " (next week)" : ""}
          </option>
        ))}
      </select>
      <Button size="sm" variant="ghost" icon={<ChevronRight aria-hidden />} aria-label="Next week" onClick={() => go(addWeeks(week, 1))} />
    </div>
  );
}
