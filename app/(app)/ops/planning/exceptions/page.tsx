import type { Metadata } from "next";
import { connection } from "next/server";
import { requirePermission } from "@/app/_lib/session";
import { ExceptionsBoard } from "@/components/planning/exceptions-board";
import { can } from "@/lib/rbac";
import { planningWeek } from "@/lib/planning-week";
import { PlanningHeader } from "../_header";

export const metadata: Metadata = { title: "Planning exceptions" };

/** Shortages, surpluses and capacity risks of a week's plan, and their resolution. */
export default async function PlanningExceptionsPage({ searchParams }: { searchParams: Promise<{ week?: string }> }) {
  await connection();
  const actor = await requirePermission("planning:portal");
  const week = planningWeek((await searchParams).week, new Date(), actor.hubTimeZone);
  return (
    <div>
      <PlanningHeader title="Exceptions" description="Short pools become substitutes or credits; customers are told and may decline a substitute." week={week} timeZone={actor.hubTimeZone} />
      <ExceptionsBoard week={week} canRun={can(actor.role, "planning:run")} />
    </div>
  );
}
