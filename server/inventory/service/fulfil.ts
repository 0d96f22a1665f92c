// After reservation: pick (confirm reserved units, short picks release the rest), ship (units leave
// the location), deliver (into the destination's stock when it keeps stock) and returns.
import { inTransaction } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { ZDeliverInput, ZPickInput, ZReferenceInput, ZReturnInput } from "../schema";
import { checkLowStock } from "./alerts";
import { findLocation, findLot, STOCKED_KINDS } from "./lookups";
import { lockReservations } from "./reserve";
import { applyMovement } from "./stock-ledger";

/** Confirms `quantity` of a reservation as picked; a short pick releases the remainder at once. */
export async function confirmPick(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZPickInput, raw);
  const { hubId, userId, hubTimeZone } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now();
    const [r] = await tx.$queryRaw<{ id: string; locationId: string; skuId: string; lotId: string; reference: string; quantity: number; pickedQuantity: number; status: string }[]>`
      SELECT id, "locationId", "skuId", "lotId", reference, quantity, "pickedQuantity", status::text AS status
      FROM "Reservation" WHERE id = ${input.reservationId} AND "hubId" = ${hubId} FOR UPDATE`;
    if (!r) throw new DomainError("NOT_FOUND", "Reservation not found.");
    if (r.status === "PICKED" && r.pickedQuantity === input.quantity) return { reservationId: r.id, picked: r.pickedQuantity, released: 0 };
    if (r.status !== "ACTIVE") throw new DomainError("INVALID_STATE", `This reservation is ${r.status.toLowerCase()}; only active reservations can be picked.`);
    if (input.quantity > r.quantity) throw fieldError("quantity", `Only ${r.quantity} units are reserved on this line.`);
    const short = r.quantity - input.quantity;
    await applyMovement(tx, { hubId, kind: "PICK", locationId: r.locationId, skuId: r.skuId, lotId: r.lotId, quantity: input.quantity, onHandDelta: 0, reservedDelta: 0, reference: r.reference, reservationId: r.id, actorUserId: userId, at });
    if (short > 0) {
      await applyMovement(tx, { hubId, kind: "RELEASE", locationId: r.locationId, skuId: r.skuId, lotId: r.lotId, quantity: short, onHandDelta: 0, reservedDelta: -short, reference: r.reference, reservationId: r.id, reason: "SHORT_PICK", actorUserId: userId, at });
    }
    await tx.reservation.update({ where: { id: r.id }, data: { status: input.quantity === 0 ? "RELEASED" : "PICKED", pickedQuantity: input.quantity, updatedAt: at } });
    if (short > 0) await checkLowStock(tx, hubId, r.locationId, r.skuId, at, hubTimeZone);
    return { reservationId: r.id, picked: input.quantity, released: short };
  });
}

/** Ships every picked reservation of a reference: the units leave the location's stock. */
export async function shipReservations(ctx: ServiceContext, raw: unknown) {
  const { reference } = parseOrThrow(ZReferenceInput, raw);
  const { hubId, userId } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now();
    const unpicked = await tx.reservation.count({ where: { hubId, reference, status: "ACTIVE" } });
    if (unpicked > 0) throw new DomainError("INVALID_STATE", `${unpicked} reservation line(s) of ${reference} are not picked yet.`);
    const picked = await lockReservations(tx, hubId, reference, "PICKED");
    let shipped = 0;
    for (const r of picked) {
      await applyMovement(tx, { hubId, kind: "SHIP", locationId: r.locationId, skuId: r.skuId, lotId: r.lotId, quantity: r.pickedQuantity, onHandDelta: -r.pickedQuantity, reservedDelta: -r.pickedQuantity, reference, reservationId: r.id, actorUserId: userId, at });
      await tx.reservation.update({ where: { id: r.id }, data: { status: "SHIPPED", updatedAt: at } });
      shipped += r.pickedQuantity;
    }
    return { shipped };
  });
}

/** Marks shipped units delivered; a destination that keeps stock (shop, retailer, warehouse) receives them. */
export async function deliverReservations(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZDeliverInput, raw);
  const { hubId, userId } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now();
    const destination = input.destinationLocationId ? await findLocation(tx, hubId, input.destinationLocationId, "destinationLocationId") : null;
    const stocks = destination !== null && (STOCKED_KINDS as readonly string[]).includes(destination.kind);
    const shipped = await lockReservations(tx, hubId, input.reference, "SHIPPED");
    let delivered = 0;
    for (const r of shipped) {
      await applyMovement(tx, {
        hubId, kind: "DELIVER", locationId: stocks ? destination.id : r.locationId, skuId: r.skuId, lotId: r.lotId, quantity: r.pickedQuantity,
        onHandDelta: stocks ? r.pickedQuantity : 0, reservedDelta: 0, reference: input.reference, reservationId: r.id, actorUserId: userId, at,
      });
      await tx.reservation.update({ where: { id: r.id }, data: { status: "DELIVERED", updatedAt: at } });
      delivered += r.pickedQuantity;
    }
    return { delivered };
  });
}

/** Books returned units of a lot back into a location's stock. */
export async function returnStock(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZReturnInput, raw);
  const { hubId, userId } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    await findLocation(tx, hubId, input.locationId);
    const lot = await findLot(tx, hubId, input.lotId);
    await applyMovement(tx, { hubId, kind: "RETURN", locationId: input.locationId, skuId: lot.skuId, lotId: lot.id, quantity: input.quantity, onHandDelta: input.quantity, reservedDelta: 0, reference: input.reference, reason: input.note || null, actorUserId: userId, at: ctx.now() });
    return { lotId: lot.id, returned: input.quantity };
  });
}
