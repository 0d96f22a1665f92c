// Supply side and partners: the operator, three farm clusters with their family farms and
// growing facilities, local vendors and carriers.
import type { Prisma } from "@/generated/prisma/client";
import { addressIn, pickTown, pointNear, TOWNS } from "./geo";
import { CARRIERS, CLUSTERS, FIXED, OPERATOR, clusterId, farmCode, farmId, pad, vendorCode, vendorId, vendorShopId, type ClusterKey } from "./ids";
import { FARM_FAMILIES, capitalise, vendorName } from "./names";
import { rngFor } from "./random";
import { put, type SeedCtx } from "./write";

type FacilityKind = "OPEN_FIELD" | "POLYTUNNEL" | "GREENHOUSE" | "ORCHARD" | "HEN_HOUSE";

// Each cluster has a character: where it is, what its farms are called, what they grow and in what.
const PROFILES: Record<ClusterKey, {
  region: string; lat: number; lng: number; sdKm: number; prefixes: string[]; crops: string[]; kinds: [FacilityKind, number][];
}> = {
  gv: {
    region: "Gelderse Vallei", lat: 52.115, lng: 5.6, sdKm: 5.5, prefixes: ["Boerderij", "Hoeve", "Erf"],
    crops: ["potatoes", "carrots", "onions", "leeks", "kale", "beetroot", "pumpkins", "eggs", "strawberries", "cabbage"],
    kinds: [["OPEN_FIELD", 4], ["HEN_HOUSE", 3], ["POLYTUNNEL", 2], ["GREENHOUSE", 1], ["ORCHARD", 1]],
  },
  kr: {
    region: "Kromme Rijn", lat: 52.03, lng: 5.27, sdKm: 4.5, prefixes: ["Fruitbedrijf", "Fruitteelt", "Boomgaard"],
    crops: ["apples", "pears", "cherries", "plums", "red currants", "blackberries", "strawberries", "walnuts"],
    kinds: [["ORCHARD", 6], ["OPEN_FIELD", 2], ["POLYTUNNEL", 2], ["HEN_HOUSE", 1]],
  },
  em: {
    region: "Eemland", lat: 52.19, lng: 5.38, sdKm: 4, prefixes: ["Kwekerij", "Tuinderij", "Groentekwekerij"],
    crops: ["lettuce", "spinach", "rocket", "tomatoes", "cucumbers", "herbs", "courgettes", "bell peppers", "radishes", "chard"],
    kinds: [["GREENHOUSE", 3], ["POLYTUNNEL", 3], ["OPEN_FIELD", 3], ["HEN_HOUSE", 1]],
  },
};

export const clusterCentre = (key: ClusterKey) => ({ latitude: PROFILES[key].lat, longitude: PROFILES[key].lng });

const FACILITY_LABEL: Record<FacilityKind, string> = {
  OPEN_FIELD: "Open field", POLYTUNNEL: "Polytunnel", GREENHOUSE: "Greenhouse", ORCHARD: "Orchard", HEN_HOUSE: "Hen house",
};

/** The operator, clusters and carriers: rows other rows point at, so they go first. */
export async function seedPartners(ctx: SeedCtx): Promise<void> {
  const utrecht = TOWNS[0]!;
  const rows: Prisma.OrganisationCreateManyInput[] = [
    { id: OPERATOR.id, hubId: ctx.hubId, kind: "OPERATOR", code: OPERATOR.code, name: OPERATOR.name, latitude: utrecht.lat, longitude: utrecht.lng },
    ...CLUSTERS.map((c) => ({
      id: clusterId(c.key), hubId: ctx.hubId, kind: "CLUSTER" as const, code: c.code, name: c.name,
      ...clusterCentre(c.key), attributes: { region: PROFILES[c.key].region },
    })),
    ...CARRIERS.map((c, i) => {
      const base = addressIn(rngFor("carrier", i + 1), TOWNS[i]!, "industrial");
      return {
        id: c.id, hubId: ctx.hubId, kind: "CARRIER" as const, code: c.code, name: c.name,
        latitude: base.latitude, longitude: base.longitude, attributes: { baseCity: base.city },
      };
    }),
  ];
  await put(ctx, "organisation", rows);
}

/** A farm as other builders see it: which cluster it belongs to and what it grows. */
export type FarmRef = { n: number; id: string; code: string; clusterKey: ClusterKey; clusterId: string; mainCrops: string[] };

/** 30-40 family farms per cluster, numbered across clusters, each with 1-3 facilities. */
export function buildFarms(hubId: string) {
  const farms: Prisma.OrganisationCreateManyInput[] = [];
  const facilities: Prisma.FacilityCreateManyInput[] = [];
  const refs: FarmRef[] = [];
  let n = 0;
  for (const cluster of CLUSTERS) {
    const profile = PROFILES[cluster.key];
    const clusterRng = rngFor("cluster", cluster.key);
    const count = clusterRng.int(FIXED.farmsPerCluster[0], FIXED.farmsPerCluster[1]);
    // Sampled without replacement so farm names within a cluster do not repeat.
    const families = clusterRng.sample(FARM_FAMILIES, count);
    for (const family of families) {
      n += 1;
      const rng = rngFor("farm", n);
      const name = `${rng.pick(profile.prefixes)} ${capitalise(family)}`;
      const point = pointNear(rng, profile.lat, profile.lng, profile.sdKm);
      const familyMembers = rng.int(2, 7);
      const established = rng.int(1890, 2016);
      const mainCrops = rng.sample(profile.crops, rng.int(2, 4));
      farms.push({
        id: farmId(n), hubId, kind: "FARM", code: farmCode(n), parentId: clusterId(cluster.key), name, ...point,
        attributes: { family: capitalise(family), familyMembers, established, mainCrops },
      });
      refs.push({ n, id: farmId(n), code: farmCode(n), clusterKey: cluster.key, clusterId: clusterId(cluster.key), mainCrops });
      const facilityCount = rng.int(1, 3);
      for (let f = 1; f <= facilityCount; f++) {
        const kind = rng.weighted(profile.kinds, ([, w]) => w)[0];
        facilities.push({
          id: `fac_${pad(n, 3)}_${f}`, hubId, farmId: farmId(n), code: `${farmCode(n)}-F${f}`,
          name: `${FACILITY_LABEL[kind]} ${f}`, kind, areaM2: 500,
        });
      }
    }
  }
  return { farms, facilities, refs };
}

export async function seedFarms(ctx: SeedCtx): Promise<void> {
  const { farms, facilities } = buildFarms(ctx.hubId);
  await put(ctx, "organisation", farms);
  await put(ctx, "facility", facilities);
}

/** Local shops that sell on their own account, each with a VENDOR_SHOP location. */
export function buildVendors(hubId: string) {
  const orgs: Prisma.OrganisationCreateManyInput[] = [];
  const shops: Prisma.LocationCreateManyInput[] = [];
  for (let n = 1; n <= FIXED.vendors; n++) {
    const rng = rngFor("vendor", n);
    const town = pickTown(rng);
    const name = vendorName(rng);
    // Shops sit in town centres, so a tighter spread than homes.
    const a = addressIn(rng, town, "residential", town.km / 2);
    orgs.push({
      id: vendorId(n), hubId, kind: "VENDOR", code: vendorCode(n), name,
      latitude: a.latitude, longitude: a.longitude, attributes: { shopSizeM2: rng.int(4, 24) * 10 },
    });
    shops.push({
      id: vendorShopId(n), hubId, organisationId: vendorId(n), kind: "VENDOR_SHOP",
      code: `SHOP-${pad(n, 3)}`, name, line1: a.line1, city: a.city, postcode: a.postcode, latitude: a.latitude, longitude: a.longitude,
    });
  }
  return { orgs, shops };
}

export async function seedVendors(ctx: SeedCtx): Promise<void> {
  const { orgs, shops } = buildVendors(ctx.hubId);
  await put(ctx, "organisation", orgs);
  await put(ctx, "location", shops);
}
