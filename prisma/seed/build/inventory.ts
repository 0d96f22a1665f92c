// Everything about stock and provenance for `lotCount` lots, from the fixed catalogue, farms and
// sites: a pure function of its inputs (no database), so tests can check the whole story.
import type { Prisma } from "@/generated/prisma/client";
import { siteKeys, siteName } from "../locations";
import { buildFarms, buildVendors } from "../organisations";
import { buildAlerts } from "./alerts";
import { buildCatalog } from "./catalog";
import { buildLotFacts, suppliersByProduct, type LotFact, type SiteRef } from "./lots";
import { buildCertifications, buildCheckpoints, buildLabResults, farmSchemes } from "./provenance";
import { planStock } from "./stock";

export type InventoryOptions = {
  hubId: string;
  currency: string;
  reference: Date;
  lotCount: number;
  /** The warehouse demo user: books movements, requests adjustments, records checkpoints. */
  actorId: string;
  /** The admin demo user: approved the large adjustments (four eyes). */
  approverId: string;
};

/** Packhouses, warehouses and vendor shops as the stock builders see them. */
export function stockSites(hubId: string) {
  const sites = siteKeys().map(({ site, code, id }): SiteRef => ({ id, code, name: siteName(site), kind: site.kind as SiteRef["kind"], owner: site.owner }));
  const shops = buildVendors(hubId).shops.map((s): SiteRef => ({ id: s.id!, code: s.code, name: s.name, kind: "VENDOR_SHOP", owner: s.organisationId! }));
  return {
    packhouses: sites.filter((s) => s.kind === "PACKHOUSE"),
    warehouses: sites.filter((s) => s.kind === "WAREHOUSE"),
    shops,
  };
}

const toLotRow = (hubId: string, l: LotFact): Prisma.LotCreateManyInput => ({
  id: l.id, hubId, code: l.code, skuId: l.sku.id, farmId: l.farm.id, clusterId: l.farm.clusterId, receivedAtId: l.receivedAt.id,
  harvestedAt: l.harvestedAt, bestBefore: l.bestBefore, grade: l.grade, receivedQuantity: l.quantity, createdAt: l.receiptAt,
});

export function buildInventory(o: InventoryOptions) {
  const { skuInfo } = buildCatalog(o.hubId, o.currency);
  const farms = buildFarms(o.hubId).refs;
  const { packhouses, warehouses, shops } = stockSites(o.hubId);
  const suppliers = suppliersByProduct(farms, (f) => farmSchemes(f).includes("EU_ORGANIC"));
  const inSeason = skuInfo.filter((s) => !s.outOfSeason);
  const lots = buildLotFacts({ reference: o.reference, skus: inSeason, suppliers, packhouses, warehouses }, o.lotCount);

  const stock = planStock({ hubId: o.hubId, reference: o.reference, lots, warehouses, shops, actorId: o.actorId, approverId: o.approverId });
  const checkpoints = lots.flatMap((l) => buildCheckpoints(o.hubId, l, stock.legs.get(l.id) ?? [], o.reference, o.actorId));
  const alerts = buildAlerts(o.hubId, {
    checkpoints, lots: new Map(lots.map((l) => [l.id, l])), places: stock.places, movements: stock.movements, reference: o.reference,
  });
  return {
    facts: lots,
    certifications: buildCertifications(o.hubId, farms, o.reference),
    lots: lots.map((l) => toLotRow(o.hubId, l)),
    labResults: lots.flatMap((l) => buildLabResults(o.hubId, l, o.reference)),
    checkpoints,
    balances: stock.balances,
    movements: stock.movements,
    transfers: stock.transfers,
    transferLines: stock.transferLines,
    adjustments: stock.adjustments,
    alerts,
  };
}
