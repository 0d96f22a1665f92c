// The consumer's address book. Every address must be in a delivery zone of the hub (checked with
// delivery's resolveZone), so checkout never offers an address we cannot serve.
import { inTransaction, type DbOrTx, type Tx } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { resolveZone } from "../delivery";
import { polygonRing } from "../delivery/rules";
import { dutchPostcode, ZAddressInput, ZAddressRef, ZAddressUpdate } from "./schema";

export type AddressRow = { id: string; label: string; line1: string; line2: string; city: string; postcode: string; country: string; isDefault: boolean; zoneName: string | null };

const SELECT = { id: true, label: true, line1: true, line2: true, city: true, postcode: true, country: true, isDefault: true } as const;

/** The caller's addresses, default first, with the zone that serves each (null when no longer served). */
export async function listAddresses(ctx: ServiceContext): Promise<AddressRow[]> {
  const rows = await ctx.db.address.findMany({ where: { hubId: ctx.actor.hubId, userId: ctx.actor.userId }, orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }], select: SELECT });
  return Promise.all(rows.map(async (a) => ({ ...a, label: a.label ?? "", line2: a.line2 ?? "", zoneName: (await resolveZone(ctx.db, ctx.actor.hubId, { postcode: a.postcode }))?.name ?? null })));
}

/** Adds an address (the first one becomes the default). */
export async function addAddress(ctx: ServiceContext, raw: unknown): Promise<AddressRow> {
  const input = parseOrThrow(ZAddressInput, raw);
  const postcode = dutchPostcode(input.postcode)!;
  const point = await locate(ctx.db, ctx.actor.hubId, postcode);
  return inTransaction(ctx.db, async (tx) => {
    const count = await tx.address.count({ where: { hubId: ctx.actor.hubId, userId: ctx.actor.userId } });
    if (count >= 20) throw new DomainError("VALIDATION", "You can keep up to 20 addresses. Remove one first.");
    const isDefault = input.isDefault || count === 0;
    if (isDefault) await clearDefault(tx, ctx);
    const a = await tx.address.create({
      data: { hubId: ctx.actor.hubId, userId: ctx.actor.userId, label: input.label || null, line1: input.line1, line2: input.line2 || null, city: input.city, postcode, country: input.country, latitude: point.latitude, longitude: point.longitude, isDefault },
      select: SELECT,
    });
    return { ...a, label: a.label ?? "", line2: a.line2 ?? "", zoneName: point.zoneName };
  });
}

/** Edits one of the caller's addresses (placed orders keep the address they were placed with). */
export async function updateAddress(ctx: ServiceContext, raw: unknown): Promise<AddressRow> {
  const input = parseOrThrow(ZAddressUpdate, raw);
  await own(ctx.db, ctx, input.addressId);
  const postcode = dutchPostcode(input.postcode)!;
  const point = await locate(ctx.db, ctx.actor.hubId, postcode);
  return inTransaction(ctx.db, async (tx) => {
    if (input.isDefault) await clearDefault(tx, ctx);
    const a = await tx.address.update({
      where: { id: input.addressId },
      data: { label: input.label || null, line1: input.line1, line2: input.line2 || null, city: input.city, postcode, country: input.country, latitude: point.latitude, longitude: point.longitude, ...(input.isDefault ? { isDefault: true } : {}) },
      select: SELECT,
    });
    return { ...a, label: a.label ?? "", line2: a.line2 ?? "", zoneName: point.zoneName };
  });
}

/** Makes an address the default for checkout. */
export async function setDefaultAddress(ctx: ServiceContext, raw: unknown): Promise<{ addressId: string }> {
  const { addressId } = parseOrThrow(ZAddressRef, raw);
  return inTransaction(ctx.db, async (tx) => {
    await own(tx, ctx, addressId);
    await clearDefault(tx, ctx);
    await tx.address.update({ where: { id: addressId }, data: { isDefault: true } });
    return { addressId };
  });
}

/** Removes an address unless a running subscription delivers there; the next one becomes default. */
export async function deleteAddress(ctx: ServiceContext, raw: unknown): Promise<{ deleted: boolean }> {
  const { addressId } = parseOrThrow(ZAddressRef, raw);
  return inTransaction(ctx.db, async (tx) => {
    const address = await own(tx, ctx, addressId);
    const subscriptions = await tx.subscription.count({ where: { addressId, status: { not: "CANCELLED" } } });
    if (subscriptions > 0) throw new DomainError("CONFLICT", "A subscription delivers to this address. Move the subscription to another address first.");
    await tx.address.delete({ where: { id: addressId } });
    if (address.isDefault) {
      const next = await tx.address.findFirst({ where: { hubId: ctx.actor.hubId, userId: ctx.actor.userId }, orderBy: { createdAt: "asc" }, select: { id: true } });
      if (next) await tx.address.update({ where: { id: next.id }, data: { isDefault: true } });
    }
    return { deleted: true };
  });
}

async function own(db: DbOrTx, ctx: ServiceContext, addressId: string) {
  const a = await db.address.findFirst({ where: { id: addressId, hubId: ctx.actor.hubId, userId: ctx.actor.userId }, select: { id: true, isDefault: true } });
  if (!a) throw new DomainError("NOT_FOUND", "Address not found.");
  return a;
}

async function clearDefault(tx: Tx, ctx: ServiceContext) {
  await tx.address.updateMany({ where: { hubId: ctx.actor.hubId, userId: ctx.actor.userId, isDefault: true }, data: { isDefault: false } });
}

/**
 * Coordinates for a postcode. There is no geocoder offline, so we store the best point we know: the
 * centre of the zone's polygon when it has one, else the zone's fulfilment location. Routing treats
 * it as approximate; a geocoder can refine it later without changing this contract.
 */
async function locate(db: DbOrTx, hubId: string, postcode: string): Promise<{ latitude: number; longitude: number; zoneName: string }> {
  const zone = await resolveZone(db, hubId, { postcode });
  if (!zone) throw fieldError("postcode", "We do not deliver to this postcode yet.");
  const row = await db.deliveryZone.findUnique({ where: { id: zone.id }, select: { polygon: true } });
  const ring = polygonRing(row?.polygon);
  if (ring) {
    const lng = ring.reduce((s, p) => s + p[0], 0) / ring.length;
    const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
    return { latitude: lat, longitude: lng, zoneName: zone.name };
  }
  const location = await db.location.findUnique({ where: { id: zone.fulfilmentLocationId }, select: { latitude: true, longitude: true } });
  return { latitude: location?.latitude ?? 0, longitude: location?.longitude ?? 0, zoneName: zone.name };
}
