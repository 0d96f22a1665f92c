// Pure catalog rules.
import { describe, expect, it } from "vitest";
import { formatDateOnly, hubMidnight, hubToday } from "./dates";
import { certificationStatus, daysBetween, isCurrentCertification, priceToClose, slugify } from "./rules";

describe("slugify", () => {
  it("folds accents and symbols into dashes", () => {
    expect(slugify("Cherry tomatoes (vine)")).toBe("cherry-tomatoes-vine");
    expect(slugify("  Pêches & Brugnons  ")).toBe("peches-brugnons");
    expect(slugify("!!!")).toBe("item");
  });
});

describe("certificationStatus", () => {
  const today = "2026-11-22";
  it("classifies by the hub's today, valid through the last day", () => {
    expect(certificationStatus("2026-01-01", "2026-11-21", today)).toBe("EXPIRED");
    expect(certificationStatus("2026-01-01", "2026-11-22", today)).toBe("EXPIRING");
    expect(certificationStatus("2026-01-01", "2026-12-22", today)).toBe("EXPIRING");
    expect(certificationStatus("2026-01-01", "2026-12-23", today)).toBe("VALID");
    expect(certificationStatus("2026-12-01", "2027-12-01", today)).toBe("UPCOMING");
    expect(daysBetween(today, "2026-12-22")).toBe(30);
  });
  it("treats only started, unexpired certificates as current", () => {
    expect(isCurrentCertification("2026-01-01", "2026-11-22", today)).toBe(true);
    expect(isCurrentCertification("2026-11-23", "2027-01-01", today)).toBe(false);
    expect(isCurrentCertification("2025-01-01", "2026-11-21", today)).toBe(false);
  });
});

describe("priceToClose", () => {
  const d = (s: string) => new Date(s);
  it("closes the open-ended price that started before the new one", () => {
    const open = { id: "a", validFrom: d("2026-01-01T00:00:00Z"), validTo: null };
    expect(priceToClose([{ id: "old", validFrom: d("2025-01-01T00:00:00Z"), validTo: d("2026-01-01T00:00:00Z") }, open], d("2026-12-01T00:00:00Z"))).toEqual({ close: open, conflict: null });
    expect(priceToClose([open], d("2026-01-01T00:00:00Z"))).toEqual({ close: null, conflict: open });
    expect(priceToClose([], d("2026-01-01T00:00:00Z"))).toEqual({ close: null, conflict: null });
  });
});

describe("hub dates", () => {
  it("finds midnight in Amsterdam in winter and summer", () => {
    expect(hubMidnight("2026-01-15", "Europe/Amsterdam").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(hubMidnight("2026-07-15", "Europe/Amsterdam").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    // The day DST starts (29 March 2026) begins at 00:00 CET.
    expect(hubMidnight("2026-03-29", "Europe/Amsterdam").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(hubToday(new Date("2026-11-21T23:30:00Z"), "Europe/Amsterdam")).toBe("2026-11-22");
    expect(formatDateOnly("2026-03-12")).toBe("12 Mar 2026");
  });
});
