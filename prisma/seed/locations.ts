// The physical network: packhouses near the clusters (harvests are consolidated there),
// warehouses around the towns, and depots the fleet starts from.
import type { LocationKind, Prisma } from "@/generated/prisma/client";
import { addressIn, TOWNS } from "./geo";
import { OPERATOR, clusterId, pad, type ClusterKey } from "./ids";
import { rngFor } from "./random";
import { put, type SeedCtx } from "./write";

type Site = { kind: LocationKind; town: string; area: string; owner: ClusterKey | "ops" };

// 20 sites: 5 packhouses (each cluster has at least one), 11 warehouses, 4 depots.
const SITES: readonly Site[] = [
  { kind: "PACKHOUSE", town: "Barneveld", area: "Harselaar", owner: "gv" },
  { kind: "PACKHOUSE", town: "Lunteren", area: "Dorrestein", owner: "gv" },
  { kind: "PACKHOUSE", town: "Bunnik", area: "Kromme Rijn", owner: "kr" },
  { kind: "PACKHOUSE", town: "Wijk bij Duurstede", area: "Broekweg", owner: "kr" },
  { kind: "PACKHOUSE", town: "Hoogland", area: "Eemland", owner: "em" },
  { kind: "WAREHOUSE", town: "Utrecht", area: "Lage Weide", owner: "ops" },
  { kind: "WAREHOUSE", town: "Utrecht", area: "Overvecht", owner: "ops" },
  { kind: "WAREHOUSE", town: "Amersfoort", area: "De Hoef", owner: "ops" },
  { kind: "WAREHOUSE", town: "Veenendaal", area: "De Compagnie", owner: "ops" },
  { kind: "WAREHOUSE", town: "Ede", area: "Frankeneng", owner: "ops" },
  { kind: "WAREHOUSE", town: "Houten", area: "Doornkade", owner: "ops" },
  { kind: "WAREHOUSE", town: "Zeist", area: "Dijnselburg", owner: "ops" },
  { kind: "WAREHOUSE", town: "Nieuwegein", area: "Het Klooster", owner: "ops" },
  { kind: "WAREHOUSE", town: "Soest", area: "Soesterberg-Noord", owner: "ops" },
  { kind: "WAREHOUSE", town: "Leusden", area: "Zuid", owner: "ops" },
  { kind: "WAREHOUSE", town: "Nijkerk", area: "Arkerpoort", owner: "ops" },
  { kind: "DEPOT", town: "Utrecht", area: "Cartesiusweg", owner: "ops" },
  { kind: "DEPOT", town: "Amersfoort", area: "Isselt", owner: "ops" },
  { kind: "DEPOT", town: "Ede", area: "Heestereng", owner: "ops" },
  { kind: "DEPOT", town: "Nieuwegein", area: "Plettenburg", owner: "ops" },
];

const PREFIX: Partial<Record<LocationKind, string>> = { PACKHOUSE: "PH", WAREHOUSE: "WH", DEPOT: "DP" };
const LABEL: Partial<Record<LocationKind, string>> = { PACKHOUSE: "Packhouse", WAREHOUSE: "Warehouse", DEPOT: "Depot" };

/** Id and code of every site, numbered per kind: PH-01, WH-01, DP-01 ... */
export function siteKeys() {
  const seen: Partial<Record<LocationKind, number>> = {};
  return SITES.map((site) => {
    const n = (seen[site.kind] = (seen[site.kind] ?? 0) + 1);
    const code = `${PREFIX[site.kind]}-${pad(n, 2)}`;
    return { site, code, id: `loc_${code.toLowerCase().replace("-", "_")}` };
  });
}

/** "Warehouse Utrecht Lage Weide" */
export const siteName = (site: Site) => `${LABEL[site.kind]} ${site.town} ${site.area}`;

/** Ids of the depots, where vehicles are based. */
export const depotIds = () => siteKeys().filter((k) => k.site.kind === "DEPOT").map((k) => k.id);

export async function seedSites(ctx: SeedCtx): Promise<void> {
  const rows = siteKeys().map(({ site, code, id }): Prisma.LocationCreateManyInput => {
    const town = TOWNS.find((t) => t.name === site.town);
    if (!town) throw new Error(`unknown town ${site.town}`);
    // Industrial estates lie on the edge of town: a wider spread than homes.
    const a = addressIn(rngFor("site", code), town, "industrial", town.km * 1.2);
    return {
      id, hubId: ctx.hubId, kind: site.kind, code,
      organisationId: site.owner === "ops" ? OPERATOR.id : clusterId(site.owner),
      name: siteName(site),
      line1: a.line1, city: a.city, postcode: a.postcode, latitude: a.latitude, longitude: a.longitude,
    };
  });
  await put(ctx, "location", rows);
}
