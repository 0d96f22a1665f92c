import type { Metadata } from "next";
import { connection } from "next/server";
import { getCaller, requirePermission } from "@/app/_lib/session";
import { parseTableState } from "@/components/data-table/state";
import { PoolsTable } from "@/components/planning/pools-table";
import { POOLS_TABLE_DEFAULTS } from "@/components/planning/table-defaults";
import { ZoneWeekSummary } from "@/components/planning/zone-week-summary";
import { can } from "@/lib/rbac";
import { planningWeek } from "@/lib/planning-week";
import { PlanningHeader } from "../_header";

export const metadata: Metadata = { title: "Demand pools" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A week's pooled demand per zone and per SKU x zone: ordered, boxes, business, forecast buffer. */
export default async function PoolsPage({ searchParams }: Props) {
  await connection();
  const actor = await requirePermission("planning:portal");
  const params = await searchParams;
  const week = planningWeek(params.week, new Date(), actor.hubTimeZone);
  const state = parseTableState(params, POOLS_TABLE_DEFAULTS);
  const caller = await getCaller();
  const [summary, pools] = await Promise.all([
    caller.demand.pools.week({ isoWeek: week }),
    caller.demand.pools.list({ ...state, filters: { ...state.filters, week } }),
  ]);
  return (
    <div className="space-y-4">
      <PlanningHeader title="Demand pools" description="Demand per SKU, delivery zone and week: ordered, boxes (renewed and still to renew), business, and the forecast buffer for what is still to come." week={week} timeZone={actor.hubTimeZone} />
      <ZoneWeekSummary summary={summary} canRun={can(actor.role, "planning:run")} />
      <PoolsTable rows={pools.rows} total={pools.total} />
    </div>
  );
}
