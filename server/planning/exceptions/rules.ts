// Who is shorted and what they get instead, when a pool cannot be filled. Pure functions.
//
// Fairness: one-off orders placed last are shorted first (first come, first served), then
// subscription boxes, and business (B2B) orders last, since a shop plans its shelf on them.
// A line is never shorted below zero and never more than the shortage.

export type AffectedLineInput = {
  orderLineId: string;
  orderId: string;
  channel: "STOREFRONT" | "SUBSCRIPTION" | "B2B" | "IMPORT";
  placedAt: Date;
  quantity: number;
  /** Value of one unit after the line's discount share (what the customer pays for it). */
  netUnitMinor: number;
};

export type ShortLine = AffectedLineInput & { shortUnits: number };

const CHANNEL_ORDER: Record<AffectedLineInput["channel"], number> = { STOREFRONT: 0, IMPORT: 0, SUBSCRIPTION: 1, B2B: 2 };

/** The lines that absorb `shortUnits`, in shorting order, each with how many of its units go short. */
export function pickShortLines(lines: AffectedLineInput[], shortUnits: number): ShortLine[] {
  const ordered = [...lines].sort(
    (a, b) => CHANNEL_ORDER[a.channel] - CHANNEL_ORDER[b.channel] || b.placedAt.getTime() - a.placedAt.getTime() || a.orderLineId.localeCompare(b.orderLineId),
  );
  const out: ShortLine[] = [];
  let left = Math.max(0, Math.floor(shortUnits));
  for (const line of ordered) {
    if (left === 0) break;
    const take = Math.min(line.quantity, left);
    if (take <= 0) continue;
    out.push({ ...line, shortUnits: take });
    left -= take;
  }
  return out;
}

export type SubstituteOption = { skuId: string; rank: number; spareUnits: number; unitPriceMinor: number };

export type Proposal =
  | { kind: "SUBSTITUTE"; line: ShortLine; substituteSkuId: string; units: number; unitPriceMinor: number }
  | { kind: "CREDIT"; line: ShortLine; units: number; creditMinor: number };

/**
 * A substitute for each short line from the catalog's rules (lowest rank with spare supply first),
 * else a credit of what the customer would have paid. The customer never pays more for a
 * substitute than for what it replaces. `options` spare units are consumed as proposals are made.
 */
export function proposeFor(shortLines: ShortLine[], options: SubstituteOption[]): Proposal[] {
  const spare = new Map(options.map((o) => [o.skuId, o.spareUnits]));
  const ranked = [...options].sort((a, b) => a.rank - b.rank || a.skuId.localeCompare(b.skuId));
  return shortLines.map((line) => {
    const pick = ranked.find((o) => (spare.get(o.skuId) ?? 0) >= line.shortUnits);
    if (!pick) return { kind: "CREDIT", line, units: line.shortUnits, creditMinor: line.shortUnits * line.netUnitMinor };
    spare.set(pick.skuId, (spare.get(pick.skuId) ?? 0) - line.shortUnits);
    return { kind: "SUBSTITUTE", line, substituteSkuId: pick.skuId, units: line.shortUnits, unitPriceMinor: Math.min(pick.unitPriceMinor, line.netUnitMinor) };
  });
}

/** One unit's value after the line's share of discounts, rounded down (never over-credit). */
export function netUnitMinor(line: { quantity: number; lineTotalMinor: number }): number {
  return line.quantity > 0 ? Math.floor(line.lineTotalMinor / line.quantity) : 0;
}
