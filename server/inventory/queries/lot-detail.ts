// One lot with everything a warehouse person asks about it: where it is, who holds it, how it was handled.
import { DomainError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/validate";
import type { ServiceContext } from "../../context";
import { ZLotRef } from "./schema";
import { hubToday } from "./sql";

const DAY_MS = 86_400_000;

/** Is a reading inside the SKU's band? Stored flag first (set when recorded), else computed. */
function withinBand(stored: boolean | null, temperatureC: number | null, min: number, max: number): boolean | null {
  if (stored !== null) return stored;
  if (temperatureC === null) return null;
  return temperatureC >= min && temperatureC <= max;
}

const LOT_SELECT = {
  id: true,
  code: true,
  grade: true,
  harvestedAt: true,
  bestBefore: true,
  receivedQuantity: true,
  createdAt: true,
  receivedAt: { select: { id: true, code: true, name: true } },
  farm: { select: { id: true, code: true, name: true } },
  cluster: { select: { id: true, code: true, name: true } },
  sku: {
    select: {
      id: true, code: true, name: true, packQuantity: true, packUnit: true, shelfLifeDays: true,
      storageTempMinC: true, storageTempMaxC: true, lowStockThreshold: true,
      product: { select: { id: true, name: true, slug: true, category: { select: { name: true } } } },
    },
  },
  balances: { select: { id: true, onHand: true, reserved: true, location: { select: { id: true, code: true, name: true, kind: true } } }, orderBy: { location: { code: "asc" } } },
  labResults: { select: { id: true, analyte: true, value: true, unit: true, limitValue: true, passed: true, laboratory: true, sampledAt: true }, orderBy: { sampledAt: "desc" } },
  checkpoints: {
    select: { id: true, kind: true, temperatureC: true, withinBand: true, note: true, recordedById: true, recordedAt: true, location: { select: { id: true, name: true } } },
    orderBy: { recordedAt: "asc" },
  },
} as const;

/** A lot of the caller's hub with balances per location, reservations, lab results and handling checkpoints. */
export async function lotDetail(ctx: ServiceContext, raw: unknown) {
  const { lotId } = parseOrThrow(ZLotRef, raw);
  const lot = await ctx.db.lot.findFirst({ where: { id: lotId, hubId: ctx.actor.hubId }, select: LOT_SELECT });
  if (!lot) throw new DomainError("NOT_FOUND", "Lot not found.");
  const [reservations, people] = await Promise.all([
    ctx.db.reservation.findMany({
      where: { lotId, hubId: ctx.actor.hubId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 100,
      select: { id: true, reference: true, quantity: true, pickedQuantity: true, status: true, createdAt: true, location: { select: { id: true, name: true } } },
    }),
    ctx.db.user.findMany({ where: { id: { in: lot.checkpoints.map((c) => c.recordedById).filter((id): id is string => Boolean(id)) } }, select: { id: true, name: true } }),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const today = hubToday(ctx.now(), ctx.actor.hubTimeZone);
  const bestBefore = lot.bestBefore.toISOString().slice(0, 10);
  const { sku, balances, checkpoints, farm, cluster, labResults, ...rest } = lot;
  const { product, ...skuFields } = sku;
  return {
    lot: { ...rest, bestBefore, daysToExpiry: Math.round((Date.parse(bestBefore) - Date.parse(today)) / DAY_MS) },
    sku: skuFields,
    product: { id: product.id, name: product.name, slug: product.slug, categoryName: product.category.name },
    farm,
    cluster,
    labResults,
    balances: balances.map((b) => ({ ...b, available: b.onHand - b.reserved })),
    reservations,
    checkpoints: checkpoints.map(({ recordedById, withinBand: stored, ...c }) => ({
      ...c,
      recordedBy: recordedById ? (names.get(recordedById) ?? null) : null,
      withinBand: withinBand(stored, c.temperatureC, sku.storageTempMinC, sku.storageTempMaxC),
    })),
  };
}

export type LotDetail = Awaited<ReturnType<typeof lotDetail>>;
