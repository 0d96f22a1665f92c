// Business buyers: shops, restaurants, cafés and institutions that order for replenishment.
import type { Prisma } from "@/generated/prisma/client";
import { addressIn, pickTown } from "./geo";
import { buyerCode, buyerId, pad } from "./ids";
import { businessName, type Segment } from "./names";
import { rngFor, type Rng } from "./random";
import { put, type SeedCtx } from "./write";

type StoreSize = "S" | "M" | "L";

const SEGMENTS: [Segment, number][] = [["grocery", 35], ["restaurant", 30], ["cafe", 20], ["institution", 15]];
// Cafés are small, institutions (care homes, schools, canteens) tend to be large.
const SIZES: Record<Segment, [StoreSize, number][]> = {
  grocery: [["S", 50], ["M", 35], ["L", 15]],
  restaurant: [["S", 50], ["M", 40], ["L", 10]],
  cafe: [["S", 75], ["M", 25]],
  institution: [["S", 20], ["M", 50], ["L", 30]],
};

const byWeight = <T>(rng: Rng, items: [T, number][]) => rng.weighted(items, ([, w]) => w)[0];

/** Retailer n is the same at every scale: the small set is a prefix of the full one. */
export function buildRetailer(hubId: string, n: number) {
  const rng = rngFor("buyer", n);
  const town = pickTown(rng);
  const segment = byWeight(rng, SEGMENTS);
  const storeSize = byWeight(rng, SIZES[segment]);
  const a = addressIn(rng, town, "residential", town.km * 0.8);
  const org: Prisma.OrganisationCreateManyInput = {
    id: buyerId(n), hubId, kind: "BUYER", code: buyerCode(n), name: businessName(rng, segment, town.name),
    latitude: a.latitude, longitude: a.longitude, attributes: { storeSize, segment },
  };
  const address: Prisma.AddressCreateManyInput = {
    id: `adr_buyer_${pad(n, 4)}`, hubId, organisationId: buyerId(n), label: "Deliveries", line1: a.line1,
    city: a.city, postcode: a.postcode, country: "NL", latitude: a.latitude, longitude: a.longitude, isDefault: true,
  };
  return { org, address };
}

export async function seedRetailers(ctx: SeedCtx, count: number): Promise<void> {
  const built = Array.from({ length: count }, (_, i) => buildRetailer(ctx.hubId, i + 1));
  await put(ctx, "organisation", built.map((b) => b.org));
  await put(ctx, "address", built.map((b) => b.address));
}
