// Certificates look like the real thing and cover the states the screens colour differently.
import { describe, expect, it } from "vitest";
import { SEED_REFERENCE_DATE } from "../demo-catalog";
import { buildFarms } from "../organisations";
import { farmCrops } from "./lots";
import { buildCertifications, farmSchemes } from "./provenance";
import { DAY, hubDay } from "./time";

const farms = buildFarms("hub_x").refs;
const certs = buildCertifications("hub_x", farms, SEED_REFERENCE_DATE);
const today = hubDay(SEED_REFERENCE_DATE).getTime();

describe("certifications", () => {
  it("are unique per scheme and number, with the scheme's number format", () => {
    expect(new Set(certs.map((c) => `${c.scheme}|${c.number}`)).size).toBe(certs.length);
    expect(new Set(certs.map((c) => c.id)).size).toBe(certs.length);
    const patterns: Record<string, RegExp> = {
      EU_ORGANIC: /^NL-BIO-01\.528-\d{7}$/, GLOBALGAP: /^40\d{11}$/, FREE_RANGE: /^1-NL-4\d{6}$/, DEMETER: /^DEM-NL-\d{4}$/, PLANET_PROOF: /^PP-\d{5}$/,
    };
    for (const c of certs) expect(c.number).toMatch(patterns[c.scheme]!);
    expect(certs.find((c) => c.scheme === "EU_ORGANIC")!.issuer).toBe("SKAL Biocontrole");
    expect(certs.every((c) => c.documentKey === null)).toBe(true);
  });

  it("give egg farms a free-range certificate and the demo grower organic and GLOBALG.A.P.", () => {
    for (const f of farms) expect(farmSchemes(f).includes("FREE_RANGE")).toBe(farmCrops(f).includes("eggs"));
    expect(certs.filter((c) => c.organisationId === farms[0]!.id).map((c) => c.scheme)).toEqual(expect.arrayContaining(["EU_ORGANIC", "GLOBALGAP"]));
    expect(certs.filter((c) => c.scheme === "DEMETER").length).toBeGreaterThan(0);
    expect(certs.filter((c) => c.organisationId.startsWith("org_cluster_")).length).toBeGreaterThanOrEqual(3);
  });

  it("are mostly current, some expired and some expiring within a month", () => {
    const daysLeft = certs.map((c) => (new Date(c.validTo).getTime() - today) / DAY);
    for (const c of certs) expect(new Date(c.validTo).getTime()).toBeGreaterThan(new Date(c.validFrom).getTime());
    expect(daysLeft.filter((d) => d < 0).length).toBeGreaterThan(0);
    expect(daysLeft.filter((d) => d >= 0 && d <= 30).length).toBeGreaterThan(0);
    expect(daysLeft.filter((d) => d > 30).length / certs.length).toBeGreaterThan(0.7);
  });
});
