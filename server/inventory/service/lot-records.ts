// Provenance recorded against a lot: lab results and handling checkpoints. A temperature outside
// the SKU's storage band raises a cold-chain alert (and its event) in the same transaction.
import { inTransaction } from "@/lib/db";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { emitEvent } from "../../events/outbox";
import { INVENTORY_EVENTS } from "../events";
import { ZCheckpointInput, ZLabResultInput } from "../schema";
import { raiseAlert } from "./alerts";
import { findLocation, findLot } from "./lookups";

/** Records a lab result on a lot; passed = value within the limit. A failure emits an event. */
export async function recordLabResult(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZLabResultInput, raw);
  const { hubId } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const lot = await findLot(tx, hubId, input.lotId);
    const passed = input.value <= input.limitValue;
    const result = await tx.labResult.create({
      data: { hubId, lotId: lot.id, analyte: input.analyte, value: input.value, unit: input.unit, limitValue: input.limitValue, passed, laboratory: input.laboratory, sampledAt: input.sampledAt, createdAt: ctx.now() },
      select: { id: true, passed: true },
    });
    if (!passed) {
      await emitEvent(tx, { name: INVENTORY_EVENTS.labResultFailed, hubId, key: result.id, payload: { labResultId: result.id, lotId: lot.id, analyte: input.analyte, value: input.value, limitValue: input.limitValue } });
    }
    return { labResultId: result.id, passed };
  });
}

/** Records a handling checkpoint; a reading outside the SKU's band opens a COLD_CHAIN alert. */
export async function recordCheckpoint(ctx: ServiceContext, raw: unknown) {
  const input = parseOrThrow(ZCheckpointInput, raw);
  const { hubId, userId } = ctx.actor;
  return inTransaction(ctx.db, async (tx) => {
    const at = ctx.now();
    const lot = await findLot(tx, hubId, input.lotId);
    if (input.locationId) await findLocation(tx, hubId, input.locationId);
    const { storageTempMinC: min, storageTempMaxC: max } = lot.sku;
    const withinBand = input.temperatureC === undefined ? null : input.temperatureC >= min && input.temperatureC <= max;
    const checkpoint = await tx.handlingCheckpoint.create({
      data: { hubId, lotId: lot.id, kind: input.kind, locationId: input.locationId ?? null, temperatureC: input.temperatureC ?? null, withinBand, note: input.note ?? null, recordedById: userId, recordedAt: input.recordedAt ?? at },
      select: { id: true },
    });
    if (withinBand === false) {
      await raiseAlert(tx, {
        hubId, kind: "COLD_CHAIN", openKey: `COLD_CHAIN:${checkpoint.id}`, lotId: lot.id, skuId: lot.skuId, locationId: input.locationId ?? null, at,
        event: INVENTORY_EVENTS.coldChainBreached,
        message: `Lot ${lot.code} (${lot.sku.code}) read ${input.temperatureC} °C at ${input.kind.toLowerCase().replaceAll("_", " ")}; its band is ${min}–${max} °C.`,
        data: { lotId: lot.id, checkpointId: checkpoint.id, temperatureC: input.temperatureC, minC: min, maxC: max, kind: input.kind },
      });
    }
    return { checkpointId: checkpoint.id, withinBand };
  });
}
