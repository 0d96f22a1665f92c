// Supply test data: a hub with two clusters of two farms each (facilities of 500 m2), two SKUs,
// a delivery zone, a coordinator per cluster, a grower and a planner, all with a pinned clock.
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/rbac";
import type { ServiceContext } from "../context";
import { resolveActor } from "../identity/actor";
import { createCaller } from "../root";
import { createTRPCContext } from "../trpc";
import { makeHub, makeOrganisation, makeUser } from "../testing/factories";
import { makeLocation, makeSku } from "../testing/inventory";

/** Wednesday 2 December 2026, 10:00 in Amsterdam: ISO week 2026-W49. */
export const SUPPLY_NOW = new Date("2026-12-02T09:00:00.000Z");
export const THIS_WEEK = "2026-W49";

/** A tRPC caller acting as `who` with the pinned supply clock (weeks are relative to it). */
export const callerAt = (db: Db, who: { userId: string; membershipId: string }, now: () => Date = () => SUPPLY_NOW) =>
  createCaller(createTRPCContext({ db, session: who, ip: "203.0.113.7", now }));

export type SupplyWorld = Awaited<ReturnType<typeof supplyWorld>>;

async function ctxFor(db: Db, hubId: string, role: Role, organisationId: string | null, now: () => Date) {
  const m = await makeUser(db, hubId, role, { organisationId });
  const actor = await resolveActor(db, { userId: m.user.id, membershipId: m.membership.id });
  if (!actor) throw new Error("test actor did not resolve");
  const ctx: ServiceContext = { db, actor, now };
  return { ctx, who: { userId: m.user.id, membershipId: m.membership.id } };
}

export async function supplyWorld(db: Db, now: () => Date = () => SUPPLY_NOW) {
  const hub = await makeHub(db);
  const hubId = hub.id;
  const north = await makeOrganisation(db, hubId, "CLUSTER", { name: "North" });
  const south = await makeOrganisation(db, hubId, "CLUSTER", { name: "South" });
  const tomato = await makeSku(db, hubId, { name: "Tomatoes" });
  const lettuce = await makeSku(db, hubId, { name: "Lettuce" });
  const farms = [];
  for (const [cluster, n, grows] of [[north, 1, [tomato.id]], [north, 2, [tomato.id, lettuce.id]], [south, 1, [lettuce.id]], [south, 2, []]] as const) {
    const farm = await makeOrganisation(db, hubId, "FARM", { parentId: cluster.id, name: `${cluster.name} farm ${n}` });
    await db.organisation.update({ where: { id: farm.id }, data: { attributes: { growsSkuIds: [...grows] } } });
    for (let f = 1; f <= n; f++) {
      await db.facility.create({ data: { hubId, farmId: farm.id, code: `${farm.code}-F${f}`, name: `Field ${f}`, kind: f === 1 ? "OPEN_FIELD" : "GREENHOUSE", areaM2: 500 } });
    }
    farms.push(farm);
  }
  const warehouse = await makeLocation(db, hubId, "WAREHOUSE");
  const zone = await db.deliveryZone.create({ data: { hubId, code: "Z1", name: "Zone 1", postcodePrefixes: ["35"], fulfilmentLocationId: warehouse.id } });
  const northCoordinator = await ctxFor(db, hubId, "CLUSTER_COORDINATOR", north.id, now);
  const southCoordinator = await ctxFor(db, hubId, "CLUSTER_COORDINATOR", south.id, now);
  const planner = await ctxFor(db, hubId, "PLANNER", null, now);
  const grower = await ctxFor(db, hubId, "GROWER", farms[0]!.id, now);
  return { hubId, north, south, tomato, lettuce, farms, warehouse, zone, northCoordinator, southCoordinator, planner, grower };
}
