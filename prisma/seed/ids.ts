// Deterministic ids and codes: a rerun computes the same keys, so inserts with
// skipDuplicates find the rows already there instead of creating copies.

export const HUB = {
  id: "hub_valley",
  slug: "valley",
  name: "Furrow Valley Hub",
  timeZone: "Europe/Amsterdam",
  currency: "EUR",
  country: "NL",
} as const;

/** Zero-padded sequence number: pad(7, 3) -> "007". */
export const pad = (n: number, width: number) => String(n).padStart(width, "0");

export const OPERATOR = { id: "org_operator", code: "OPS", name: "Furrow Valley Operations" } as const;

// Order matters: the first cluster scopes the demo coordinator.
export const CLUSTERS = [
  { key: "gv", code: "CL-GV", name: "Gelderse Vallei Growers" },
  { key: "kr", code: "CL-KR", name: "Kromme Rijn Orchards" },
  { key: "em", code: "CL-EM", name: "Eemland Greens" },
] as const;
export type ClusterKey = (typeof CLUSTERS)[number]["key"];
export const clusterId = (key: ClusterKey) => `org_cluster_${key}`;

export const CARRIERS = [
  { id: "org_carrier_01", code: "CAR-01", name: "Vallei Koeriers B.V." },
  { id: "org_carrier_02", code: "CAR-02", name: "Utrechtse Koeltransport B.V." },
] as const;

export const farmCode = (n: number) => `FARM-${pad(n, 3)}`;
export const farmId = (n: number) => `org_farm_${pad(n, 3)}`;
export const vendorCode = (n: number) => `VND-${pad(n, 3)}`;
export const vendorId = (n: number) => `org_vendor_${pad(n, 3)}`;
/** The VENDOR_SHOP location of vendor n. */
export const vendorShopId = (n: number) => `loc_shop_${pad(n, 3)}`;
export const buyerCode = (n: number) => `BUY-${pad(n, 4)}`;
export const buyerId = (n: number) => `org_buyer_${pad(n, 4)}`;
export const householdNo = (n: number) => pad(n, 4);
export const driverNo = (n: number) => pad(n, 3);

/** Counts that stay the same at both scales; retailers, households and lots grow. */
export const FIXED = { vendors: 30, sites: 20, vehicles: 100, drivers: 100, farmsPerCluster: [30, 40] } as const;

export type Scale = "small" | "full";
// Lots come in blocks (build/inventory.ts), so both lot counts are multiples of LOT_BLOCK.
export const SCALES: Record<Scale, { retailers: number; households: number; lots: number }> = {
  small: { retailers: 200, households: 300, lots: 320 },
  full: { retailers: 2000, households: 3000, lots: 3200 },
};

// Catalogue and stock ids derive from natural keys (SKU code, slug, lot number).
const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "_");
export const taxCategoryId = (code: string) => `tax_${key(code)}`;
export const categoryId = (slug: string) => `cat_${key(slug)}`;
export const productId = (slug: string) => `prd_${key(slug)}`;
/** skuId("TOM-CHER-250G") -> "sku_tom_cher_250g" */
export const skuId = (code: string) => `sku_${key(code)}`;
export const lotId = (n: number) => `lot_${pad(n, 5)}`;
