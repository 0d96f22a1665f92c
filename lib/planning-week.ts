// The week a planning page shows: ?week=2026-W49 when valid, else the week after this one in the
// hub's time zone (the week being planned while this one is picked and delivered).
import { addWeeks, isIsoWeek, isoWeekAt } from "./iso-week";

export function planningWeek(param: string | string[] | undefined, now: Date, timeZone: string): string {
  const value = Array.isArray(param) ? param[0] : param;
  return value && isIsoWeek(value) ? value : addWeeks(isoWeekAt(now, timeZone), 1);
}

/** "2026-W49" -> "Week 49, 2026". */
export function weekLabel(isoWeek: string): string {
  const [year, week] = isoWeek.split("-W");
  return `Week ${Number(week)}, ${year}`;
}
