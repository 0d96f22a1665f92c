// Receiving creates the lot (farm, cluster, harvest, best-before, grade) and its first stock.
// The packhouse context (issue #6) receives against harvest declarations through this use-case.
import { inTransaction } from "@/lib/db";
import { DomainError, fieldError } from "@/lib/errors";
import { hubDate, hubDateValue } from "@/lib/hub-time";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";
import { INVENTORY_EVENTS } from "../events";
import { ZReceiveInput } from "../schema";
import { checkLowStock } from "./alerts";
import { findLocation, findSku } from "./lookups";
import { applyMovement, lockHubSequence } from "./stock-ledger";

const RECEIVING_KINDS = ["PACKHOUSE", "WAREHOUSE", "DEPOT"];
const DAY = 86_400_000;

/** Receives a new lot at a packhouse or warehouse and books its quantity as on hand. */
export async function receiveLot(ctx: ServiceContext, raw: unknown): Promise<{ lotId: string; code: string }> {
  const input = parseOrThrow(ZReceiveInput, raw);
  const { hubId, userId, hubTimeZone } = ctx.actor;
  const at = ctx.now();
  if (input.harvestedAt.getTime() > at.getTime() + 60_000) throw fieldError("harvestedAt", "The harvest date cannot be in the future.");
  return inTransaction(ctx.db, async (tx) => {
    const location = await findLocation(tx, hubId, input.locationId);
    if (!RECEIVING_KINDS.includes(location.kind)) throw fieldError("locationId", `${location.name} does not receive harvests.`);
    const sku = await findSku(tx, hubId, input.skuId);
    if (!sku.active) throw fieldError("skuId", `${sku.code} is inactive.`);
    const farm = await tx.organisation.findFirst({ where: { id: input.farmId, hubId, kind: "FARM" }, select: { id: true, parentId: true } });
    if (!farm) throw fieldError("farmId", "Unknown farm");
    if (!farm.parentId) throw fieldError("farmId", "This farm belongs to no cluster.");

    const harvestDay = hubDateValue(input.harvestedAt, hubTimeZone);
    const bestBefore = input.bestBefore ? hubDateValue(input.bestBefore, hubTimeZone) : new Date(harvestDay.getTime() + sku.shelfLifeDays * DAY);
    if (bestBefore < harvestDay) throw fieldError("bestBefore", "Best-before cannot be before the harvest.");
    const code = input.lotCode ?? (await nextLotCode(tx, hubId, hubDate(at, hubTimeZone)));
    if (input.lotCode && (await tx.lot.count({ where: { hubId, code } })) > 0) {
      throw new DomainError("CONFLICT", `Lot ${code} already exists.`, { fieldErrors: { lotCode: ["This lot code is already in use"] } });
    }
    const lot = await tx.lot.create({
      data: { hubId, code, skuId: sku.id, farmId: farm.id, clusterId: farm.parentId, receivedAtId: location.id, harvestedAt: input.harvestedAt, bestBefore, grade: input.grade, receivedQuantity: input.quantity, createdAt: at },
      select: { id: true, code: true },
    });
    await applyMovement(tx, { hubId, kind: "RECEIVE", locationId: location.id, skuId: sku.id, lotId: lot.id, quantity: input.quantity, onHandDelta: input.quantity, reservedDelta: 0, reference: lot.code, actorUserId: userId, at });
    await tx.handlingCheckpoint.create({ data: { hubId, lotId: lot.id, kind: "RECEIVED", locationId: location.id, recordedById: userId, recordedAt: at } });
    await emitEvent(tx, { name: INVENTORY_EVENTS.stockReceived, hubId, key: lot.id, payload: { lotId: lot.id, code: lot.code, skuId: sku.id, locationId: location.id, farmId: farm.id, quantity: input.quantity } });
    await checkLowStock(tx, hubId, location.id, sku.id, at, hubTimeZone);
    return { lotId: lot.id, code: lot.code };
  });
}

/** L<yymmdd>-<n>: lot numbers a person can read out, sequential per hub and day. */
async function nextLotCode(tx: Parameters<typeof lockHubSequence>[0], hubId: string, day: string): Promise<string> {
  await lockHubSequence(tx, hubId, "lot");
  const prefix = `L${day.slice(2).replaceAll("-", "")}-`;
  let n = (await tx.lot.count({ where: { hubId, code: { startsWith: prefix } } })) + 1;
  // Codes typed in by hand may have used a number already.
  while ((await tx.lot.count({ where: { hubId, code: `${prefix}${String(n).padStart(4, "0")}` } })) > 0) n++;
  return `${prefix}${String(n).padStart(4, "0")}`;
}
