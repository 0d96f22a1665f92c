"use client";
// Times are shown in the hub's time zone (not the browser's): an ops team in Utrecht and a
// developer abroad read the same clock.
import { createContext, useContext, useMemo, type ReactNode } from "react";

const HubTimeZone = createContext<string>("UTC");

export function HubTimeProvider({ timeZone, children }: { timeZone: string; children: ReactNode }) {
  return <HubTimeZone.Provider value={timeZone}>{children}</HubTimeZone.Provider>;
}

export type DateTimeStyle = "short" | "medium";

/** A formatter for dates and times in the hub's zone, e.g. "21 Nov 2026, 23:31". */
export function useHubDateTime(style: DateTimeStyle = "medium"): (date: Date) => string {
  const timeZone = useContext(HubTimeZone);
  return useMemo(() => {
    const f = new Intl.DateTimeFormat("en-GB", { dateStyle: style === "short" ? "short" : "medium", timeStyle: style === "short" ? "medium" : "short", timeZone });
    return (date: Date) => f.format(date);
  }, [style, timeZone]);
}
