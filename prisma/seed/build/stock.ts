// The stock story of the demo: lots are received at packhouses and warehouses, consolidated to
// warehouses, sent on to vendor shops, wasted or corrected now and then. Lots come in blocks of
// LOT_BLOCK; transfers only group lots of one block, so seeding more blocks never changes earlier ones.
import type { AdjustmentReason, Prisma } from "@/generated/prisma/client";
import { pad } from "../ids";
import { rngFor, type Rng } from "../random";
import { createLedger, type Ledger } from "./ledger";
import type { LotFact, SiteRef } from "./lots";
import { HOUR, MINUTE, addMs, after, hubDay } from "./time";

export const LOT_BLOCK = 40;
/** The hub's default adjustmentApprovalThreshold: larger adjustments needed a second person. */
export const APPROVAL_THRESHOLD = 25;

export type Leg = { transferId: string; from: SiteRef; to: SiteRef; dispatchedAt: Date; arrivedAt: Date | null };

export type StockInput = {
  hubId: string; reference: Date; lots: readonly LotFact[];
  warehouses: readonly SiteRef[]; shops: readonly SiteRef[];
  /** Books the movements and requests adjustments (the warehouse demo user). */
  actorId: string;
  /** Approves large adjustments (a different user with inventory:approve). */
  approverId: string;
};

// The demo's main sites get more traffic: the Utrecht Lage Weide warehouse (WH-01, where the
// warehouse demo user starts) and the demo vendor's shop (SHOP-001).
const ROUTE_WEIGHT: Record<string, number> = { "WH-01": 4, "WH-02": 2, "WH-03": 2, "SHOP-001": 5 };
const routeTo = (rng: Rng, sites: readonly SiteRef[]) => rng.weighted(sites, (s) => ROUTE_WEIGHT[s.code] ?? 1);

type Line = { lot: LotFact; quantity: number };
type Group = { from: SiteRef; to: SiteRef; lines: Line[]; inTransit: boolean; note: string; caps: [dispatch: number, arrive: number] };

type Plan = {
  input: StockInput; ledger: Ledger; rngOf: (key: string) => Rng;
  transfers: Prisma.StockTransferCreateManyInput[]; transferLines: Prisma.StockTransferLineCreateManyInput[];
  adjustments: Prisma.StockAdjustmentCreateManyInput[]; legs: Map<string, Leg[]>;
};

/** Dispatches a group as one transfer: TRANSFER_OUT at the source, TRANSFER_IN at the destination unless still in transit. */
function dispatch(plan: Plan, g: Group): void {
  const { input, ledger } = plan;
  const seq = plan.transfers.length + 1;
  const id = `trf_${pad(seq, 6)}`;
  const code = `T-${pad(seq, 6)}`;
  const rng = rngFor("transfer", seq);
  const ready = new Date(Math.max(...g.lines.map((l) => ledger.since(g.from, l.lot)!.getTime())));
  const dispatchedAt = g.inTransit
    ? after(ready, Infinity, addMs(input.reference, -rng.float(1, 3) * HOUR))
    : after(ready, rng.float(2, 10) * HOUR, addMs(input.reference, -g.caps[0] * HOUR));
  const arrivedAt = g.inTransit ? null : after(dispatchedAt, rng.float(0.75, 3) * HOUR, addMs(input.reference, -g.caps[1] * HOUR));
  g.lines.forEach((line, i) => {
    ledger.book("TRANSFER_OUT", g.from, line.lot, -line.quantity, dispatchedAt, { reference: code, transferId: id });
    // Now and then a crate does not survive the trip: received short.
    const loss = arrivedAt && line.quantity > 5 && rng.chance(0.05) ? rng.int(1, 3) : 0;
    if (arrivedAt) ledger.book("TRANSFER_IN", g.to, line.lot, line.quantity - loss, arrivedAt, { reference: code, transferId: id });
    plan.transferLines.push({
      id: `${id}_${i + 1}`, transferId: id, skuId: line.lot.sku.id, lotId: line.lot.id, quantity: line.quantity,
      receivedQuantity: arrivedAt ? line.quantity - loss : null,
    });
    plan.legs.set(line.lot.id, [...(plan.legs.get(line.lot.id) ?? []), { transferId: id, from: g.from, to: g.to, dispatchedAt, arrivedAt }]);
  });
  plan.transfers.push({
    id, hubId: input.hubId, code, fromLocationId: g.from.id, toLocationId: g.to.id, status: arrivedAt ? "RECEIVED" : "IN_TRANSIT",
    note: g.note, createdById: input.actorId, dispatchedAt, receivedById: arrivedAt ? input.actorId : null, receivedAt: arrivedAt,
  });
}

const freshness = (lot: LotFact) => (lot.ageDays <= 3 ? "fresh" : lot.ageDays <= 6 ? "mid" : "old");

/** Packhouses send most of each lot on to a warehouse, one run per packhouse and harvest age. */
function consolidate(plan: Plan, block: number, lots: readonly LotFact[]): void {
  const groups = new Map<string, Group>();
  for (const lot of lots) {
    if (lot.receivedAt.kind !== "PACKHOUSE" || !plan.rngOf(`ship:${lot.n}`).chance(0.7)) continue;
    const rng = plan.rngOf(`ship-qty:${lot.n}`);
    const key = `${lot.receivedAt.code}|${freshness(lot)}`;
    let group = groups.get(key);
    if (!group) {
      const to = routeTo(rngFor("route", block, key), plan.input.warehouses);
      group = { from: lot.receivedAt, to, lines: [], inTransit: false, note: `Harvest run ${lot.receivedAt.code} to ${to.code}`, caps: [3, 2] };
      groups.set(key, group);
    }
    group.lines.push({ lot, quantity: Math.max(1, Math.round(lot.quantity * rng.float(0.5, 0.8))) });
  }
  // Every third block has its freshest run still on the road.
  const onTheRoad = block % 3 === 2 ? [...groups.entries()].find(([k]) => k.endsWith("|fresh"))?.[1] : undefined;
  if (onTheRoad) onTheRoad.inTransit = true;
  for (const group of groups.values()) dispatch(plan, group);
}

/** Warehouses replenish vendor shops, and occasionally rebalance with another warehouse. */
function distribute(plan: Plan, block: number, lots: readonly LotFact[]): void {
  const groups = new Map<string, Group>();
  for (const lot of lots) {
    const place = plan.ledger.placesOf(lot).find((p) => p.site.kind === "WAREHOUSE" && p.qty > 0);
    if (!place) continue;
    const rng = plan.rngOf(`distribute:${lot.n}`);
    const r = rng.next();
    const toShop = r < 0.3;
    if (!toShop && r >= 0.36) continue;
    const quantity = toShop
      ? Math.min(Math.floor(place.qty / 2), rng.int(lot.sku.lowStockThreshold, 2 * lot.sku.lowStockThreshold))
      : Math.round(place.qty * rng.float(0.3, 0.5));
    if (quantity < 5) continue;
    const key = `${place.site.code}>${toShop ? "shop" : "wh"}`;
    let group = groups.get(key);
    if (!group) {
      const route = rngFor("route", block, key);
      const to = routeTo(route, toShop ? plan.input.shops : plan.input.warehouses.filter((w) => w.id !== place.site.id));
      const note = toShop ? `Shop replenishment for ${to.name}` : `Rebalancing stock to ${to.code}`;
      group = { from: place.site, to, lines: [], inTransit: false, note, caps: [1.5, 1] };
      groups.set(key, group);
    }
    group.lines.push({ lot, quantity });
  }
  for (const group of groups.values()) dispatch(plan, group);
}

const WASTE_NOTES: Partial<Record<AdjustmentReason, string[]>> = {
  DAMAGED: ["Crate dropped at the loading bay.", "Forklift damage to the bottom layer.", "Packs crushed in the cold store."],
  SPOILED: ["Mould on the top layer.", "Soft and leaking packs found at picking.", "Wilted after a door was left open."],
  QUALITY_REJECT: ["Below class at re-inspection.", "Customer return, quality complaint upheld."],
  EXPIRED: ["Past best-before: removed from sale."],
};
const ADJUST_NOTES: Partial<Record<AdjustmentReason, string>> = {
  COUNT_CORRECTION: "Cycle count difference.", FOUND: "Found during the weekly clean.", SAMPLE: "Taken for a customer tasting.",
};

/** One adjustment at a location: the StockAdjustment row plus its movement (at approval time when it needed one). */
function adjust(plan: Plan, lot: LotFact, site: SiteRef, delta: number, reason: AdjustmentReason, note: string, at: Date, k: number): void {
  const { input } = plan;
  const id = `adj_${pad(lot.n, 5)}_${k}`;
  const approved = Math.abs(delta) > APPROVAL_THRESHOLD;
  const decidedAt = approved ? after(at, plan.rngOf(`approve:${id}`).float(20, 90) * MINUTE, addMs(input.reference, -10 * MINUTE)) : at;
  plan.adjustments.push({
    id, hubId: input.hubId, locationId: site.id, skuId: lot.sku.id, lotId: lot.id, delta, reason, note, status: "APPLIED",
    requestedById: input.actorId, decidedById: approved ? input.approverId : null, decidedAt,
    decisionNote: approved ? "Checked on the floor." : null, createdAt: at,
  });
  const kind = ["DAMAGED", "SPOILED", "EXPIRED", "QUALITY_REJECT"].includes(reason) ? "WASTE" : "ADJUST";
  plan.ledger.book(kind, site, lot, delta, decidedAt, { adjustmentId: id, reason, actorUserId: approved ? input.approverId : input.actorId });
}

/** Waste and count corrections: expired stock is often written off, a few lots lose damaged packs. */
function adjustLot(plan: Plan, lot: LotFact): void {
  const rng = plan.rngOf(`adjust:${lot.n}`);
  const expired = lot.bestBefore < hubDay(plan.input.reference);
  let k = 0;
  for (const place of plan.ledger.placesOf(lot).filter((p) => p.qty > 0)) {
    const at = after(place.since, rng.float(2, 30) * HOUR, addMs(plan.input.reference, -30 * MINUTE));
    if (expired && rng.chance(0.5)) {
      // Written off the morning after its best-before day.
      const morningAfter = new Date(Math.max(place.since.getTime() + MINUTE, lot.bestBefore.getTime() + 8 * HOUR));
      adjust(plan, lot, place.site, -place.qty, "EXPIRED", WASTE_NOTES.EXPIRED![0]!, morningAfter, ++k);
    } else if (rng.chance(0.06)) {
      const reason = rng.pick(["DAMAGED", "SPOILED", "QUALITY_REJECT"] as const);
      adjust(plan, lot, place.site, -rng.int(1, Math.min(8, place.qty)), reason, rng.pick(WASTE_NOTES[reason]!), at, ++k);
    } else if (rng.chance(0.04)) {
      const reason = rng.pick(["COUNT_CORRECTION", "FOUND", "SAMPLE"] as const);
      const size = rng.int(1, reason === "COUNT_CORRECTION" ? 5 : 2);
      const delta = reason === "FOUND" || (reason === "COUNT_CORRECTION" && rng.chance(0.4)) ? size : -Math.min(size, place.qty);
      if (delta !== 0) adjust(plan, lot, place.site, delta, reason, ADJUST_NOTES[reason]!, at, ++k);
    }
  }
}

export const PENDING_REQUESTS: readonly { delta: number; reason: AdjustmentReason; note: string }[] = [
  { delta: -30, reason: "SPOILED", note: "Cooler fault on Friday night: the whole top layer of the pallet went soft." },
  { delta: -40, reason: "COUNT_CORRECTION", note: "Cycle count shows 40 fewer than the system. Probably mis-scanned at receipt." },
  { delta: 28, reason: "FOUND", note: "Two crates found behind the racking in aisle 4 after the weekly clean." },
];

/** Three large adjustments waiting for a second person (no movement until approved). */
function requestApprovals(plan: Plan): void {
  const { input, ledger } = plan;
  const fresh = addMs(hubDay(input.reference), 3 * 24 * HOUR);
  // At the main warehouse where possible, so the warehouse demo user sees them at once.
  const candidates = input.lots
    .filter((lot) => lot.bestBefore >= fresh)
    .flatMap((lot) => ledger.placesOf(lot).filter((p) => p.site.kind === "WAREHOUSE" && p.qty >= 60));
  const picks = [...candidates.filter((p) => p.site.code === "WH-01"), ...candidates.filter((p) => p.site.code !== "WH-01")].slice(0, PENDING_REQUESTS.length);
  picks.forEach((place, i) => {
    const req = PENDING_REQUESTS[i]!;
    plan.adjustments.push({
      id: `adj_pending_${i + 1}`, hubId: input.hubId, locationId: place.site.id, skuId: place.lot.sku.id, lotId: place.lot.id,
      delta: req.delta, reason: req.reason, note: req.note, status: "PENDING_APPROVAL", requestedById: input.actorId,
      createdAt: after(place.since, Infinity, addMs(input.reference, -(3 + 4 * i) * HOUR)),
    });
  });
}

/** Runs the whole story and returns every row it produced. */
export function planStock(input: StockInput) {
  const ledger = createLedger(input.hubId, input.actorId);
  const plan: Plan = { input, ledger, rngOf: (key) => rngFor("stock", key), transfers: [], transferLines: [], adjustments: [], legs: new Map() };
  for (let start = 0; start < input.lots.length; start += LOT_BLOCK) {
    const block = start / LOT_BLOCK + 1;
    const lots = input.lots.slice(start, start + LOT_BLOCK);
    for (const lot of lots) ledger.book("RECEIVE", lot.receivedAt, lot, lot.quantity, lot.receiptAt, { reference: lot.code });
    consolidate(plan, block, lots);
    distribute(plan, block, lots);
    for (const lot of lots) adjustLot(plan, lot);
  }
  requestApprovals(plan);
  const balances = ledger.balances().map((b): Prisma.StockBalanceCreateManyInput => ({
    id: `bal_${b.lot.id.slice(4)}_${b.site.id.slice(4)}`, hubId: input.hubId, locationId: b.site.id, skuId: b.lot.sku.id, lotId: b.lot.id, onHand: b.qty, reserved: 0, updatedAt: b.lastAt,
  }));
  // Chronological, so movement ids (a sequence) follow time the way live bookings would.
  const movements = [...ledger.movements].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return { balances, movements, transfers: plan.transfers, transferLines: plan.transferLines, adjustments: plan.adjustments, legs: plan.legs, places: ledger.balances() };
}
