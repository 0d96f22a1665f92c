"use client";
// The planner's sections of one week; the week travels in the query string between them.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { cn } from "@/components/ui";

const TABS = [
  { href: "/ops/planning", label: "Overview" },
  { href: "/ops/planning/pools", label: "Pools" },
  { href: "/ops/planning/forecast", label: "Forecast" },
  { href: "/ops/planning/plan", label: "Plan" },
  { href: "/ops/planning/exceptions", label: "Exceptions" },
] as const;

export function PlanningTabs() {
  const pathname = usePathname();
  const week = useSearchParams().get("week");
  return (
    <nav aria-label="Planning sections" className="border-b border-line">
      <ul className="-mb-px flex gap-1 overflow-x-auto">
        {TABS.map((t) => {
          const active = pathname === t.href;
          return (
            <li key={t.href}>
              <Link
                href={week ? `${t.href}?week=${week}` : t.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
                  active ? "border-furrow-600 text-ink" : "border-transparent text-ink-muted hover:border-line hover:text-ink",
                )}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
