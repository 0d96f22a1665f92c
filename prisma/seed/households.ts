// Consumers: a user with a CONSUMER membership (no organisation) and a default home address.
// They sign in through the demo consumer only, so their passwordHash stays null.
import type { Prisma } from "@/generated/prisma/client";
import { addressIn, pickTown } from "./geo";
import { householdNo } from "./ids";
import { personName } from "./names";
import { rngFor } from "./random";
import { put, type SeedCtx } from "./write";

/** Household n is the same at every scale: the small set is a prefix of the full one. */
export function buildHousehold(hubId: string, n: number) {
  const rng = rngFor("household", n);
  const no = householdNo(n);
  const userId = `usr_household_${no}`;
  const town = pickTown(rng);
  const a = addressIn(rng, town, "residential");
  const user: Prisma.UserCreateManyInput = {
    id: userId, email: `household${no}@households.valley.furrow.demo`, name: personName(rng), passwordHash: null,
  };
  const membership: Prisma.MembershipCreateManyInput = { id: `mem_household_${no}`, userId, hubId, organisationId: null, role: "CONSUMER" };
  const address: Prisma.AddressCreateManyInput = {
    id: `adr_household_${no}`, hubId, userId, label: "Home", line1: a.line1, city: a.city, postcode: a.postcode,
    country: "NL", latitude: a.latitude, longitude: a.longitude, isDefault: true,
  };
  return { user, membership, address };
}

export async function seedHouseholds(ctx: SeedCtx, count: number): Promise<void> {
  const built = Array.from({ length: count }, (_, i) => buildHousehold(ctx.hubId, i + 1));
  await put(ctx, "user", built.map((b) => b.user));
  // Consumer memberships have organisationId null, and NULLs never collide in the unique
  // index, so it is the deterministic id that keeps reruns from duplicating them.
  await put(ctx, "membership", built.map((b) => b.membership));
  await put(ctx, "address", built.map((b) => b.address));
}
