// Row builders are pure: the same key always gives the same row, inside the demo region.
import { describe, expect, it } from "vitest";
import { REGION, TOWNS, addressIn, postcodeFor } from "./geo";
import { buildHousehold } from "./households";
import { siteKeys } from "./locations";
import { createRng } from "./random";
import { buildRetailer } from "./retailers";
import { carrierFor, licenceNumber } from "./fleet";

const inRegion = (p: { latitude: number; longitude: number }) =>
  p.latitude >= REGION.minLat && p.latitude <= REGION.maxLat && p.longitude >= REGION.minLng && p.longitude <= REGION.maxLng;

describe("seed row builders", () => {
  it("build the same household and retailer for the same number", () => {
    expect(buildHousehold("hub_x", 42)).toEqual(buildHousehold("hub_x", 42));
    expect(buildRetailer("hub_x", 7)).toEqual(buildRetailer("hub_x", 7));
    expect(buildHousehold("hub_x", 1).user.email).toBe("household0001@households.valley.furrow.demo");
  });

  it("place addresses inside the region with Dutch postcodes", () => {
    for (let n = 1; n <= 500; n++) {
      const { address } = buildHousehold("hub_x", n);
      expect(inRegion(address)).toBe(true);
      expect(address.postcode).toMatch(/^[1-9]\d{3} [A-Z]{2}$/);
      expect(address.postcode).not.toMatch(/ (SA|SD|SS)$/);
    }
  });

  it("keep postcode districts inside the town's range", () => {
    const rng = createRng(1);
    for (const town of TOWNS) {
      for (let i = 0; i < 50; i++) {
        const a = addressIn(rng, town, "residential");
        const district = Number(postcodeFor(rng, town, a).slice(0, 4));
        expect(district).toBeGreaterThanOrEqual(town.pc[0]);
        expect(district).toBeLessThanOrEqual(town.pc[1]);
      }
    }
  });

  it("give buyers a segment and store size", () => {
    const { org } = buildRetailer("hub_x", 3);
    expect(org.attributes).toMatchObject({ segment: expect.stringMatching(/^(grocery|restaurant|cafe|institution)$/), storeSize: expect.stringMatching(/^[SML]$/) });
  });

  it("define 20 sites with a packhouse per cluster and at least two depots", () => {
    const keys = siteKeys();
    expect(keys).toHaveLength(20);
    expect(new Set(keys.map((k) => k.code)).size).toBe(20);
    expect(keys.filter((k) => k.site.kind === "DEPOT").length).toBeGreaterThanOrEqual(2);
    for (const cluster of ["gv", "kr", "em"]) {
      expect(keys.some((k) => k.site.kind === "PACKHOUSE" && k.site.owner === cluster)).toBe(true);
    }
  });

  it("split the fleet between own vehicles and the two carriers", () => {
    expect(carrierFor(1)).toBeNull();
    expect(carrierFor(61)).toBe("org_carrier_01");
    expect(carrierFor(100)).toBe("org_carrier_02");
    expect(licenceNumber(createRng(1))).toMatch(/^\d{10}$/);
  });
});
