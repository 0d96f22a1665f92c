// Bulk inserts that are safe to repeat: every row carries a deterministic id or unique key,
// and skipDuplicates turns a rerun into a no-op (INSERT ... ON CONFLICT DO NOTHING).
import type { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/lib/db";

export const CHUNK = 1_000;
/** Commerce history runs to hundreds of thousands of rows: bigger statements, fewer round trips. */
const BIG_CHUNK = 5_000;
const BIG: ReadonlySet<BulkTable> = new Set(["orderLine", "payment", "paymentReceipt", "subscriptionRenewal", "deliverySlot", "demandHistory"]);

type Rows = {
  organisation: Prisma.OrganisationCreateManyInput;
  user: Prisma.UserCreateManyInput;
  membership: Prisma.MembershipCreateManyInput;
  address: Prisma.AddressCreateManyInput;
  facility: Prisma.FacilityCreateManyInput;
  location: Prisma.LocationCreateManyInput;
  vehicle: Prisma.VehicleCreateManyInput;
  driver: Prisma.DriverCreateManyInput;
  taxCategory: Prisma.TaxCategoryCreateManyInput;
  category: Prisma.CategoryCreateManyInput;
  product: Prisma.ProductCreateManyInput;
  sku: Prisma.SkuCreateManyInput;
  price: Prisma.PriceCreateManyInput;
  substitutionRule: Prisma.SubstitutionRuleCreateManyInput;
  certification: Prisma.CertificationCreateManyInput;
  lot: Prisma.LotCreateManyInput;
  labResult: Prisma.LabResultCreateManyInput;
  handlingCheckpoint: Prisma.HandlingCheckpointCreateManyInput;
  stockBalance: Prisma.StockBalanceCreateManyInput;
  stockMovement: Prisma.StockMovementCreateManyInput;
  stockTransfer: Prisma.StockTransferCreateManyInput;
  stockTransferLine: Prisma.StockTransferLineCreateManyInput;
  stockAdjustment: Prisma.StockAdjustmentCreateManyInput;
  inventoryAlert: Prisma.InventoryAlertCreateManyInput;
  deliveryZone: Prisma.DeliveryZoneCreateManyInput;
  deliveryFeeRule: Prisma.DeliveryFeeRuleCreateManyInput;
  deliveryWindow: Prisma.DeliveryWindowCreateManyInput;
  deliverySlot: Prisma.DeliverySlotCreateManyInput;
  discountCode: Prisma.DiscountCodeCreateManyInput;
  boxTemplate: Prisma.BoxTemplateCreateManyInput;
  boxTemplateLine: Prisma.BoxTemplateLineCreateManyInput;
  boxSwapOption: Prisma.BoxSwapOptionCreateManyInput;
  savedPaymentMethod: Prisma.SavedPaymentMethodCreateManyInput;
  subscription: Prisma.SubscriptionCreateManyInput;
  subscriptionLine: Prisma.SubscriptionLineCreateManyInput;
  subscriptionSkip: Prisma.SubscriptionSkipCreateManyInput;
  subscriptionRenewal: Prisma.SubscriptionRenewalCreateManyInput;
  orderLine: Prisma.OrderLineCreateManyInput;
  payment: Prisma.PaymentCreateManyInput;
  paymentReceipt: Prisma.PaymentReceiptCreateManyInput;
  discountRedemption: Prisma.DiscountRedemptionCreateManyInput;
  demandHistory: Prisma.DemandHistoryCreateManyInput;
  capacitySnapshot: Prisma.CapacitySnapshotCreateManyInput;
  capacityChange: Prisma.CapacityChangeCreateManyInput;
  growerContract: Prisma.GrowerContractCreateManyInput;
  transportCost: Prisma.TransportCostCreateManyInput;
};
export type BulkTable = keyof Rows;
/** Written with their children in one statement (write-commerce.ts), so not through put(). */
export type ParentTable = "order" | "orderTransition" | "journalEntry" | "posting" | "reservation";
export type Table = "hub" | BulkTable | ParentTable;
export const TABLES: readonly Table[] = [
  "hub", "organisation", "user", "membership", "address", "facility", "location", "vehicle", "driver",
  "taxCategory", "category", "product", "sku", "price", "substitutionRule", "certification",
  "lot", "labResult", "handlingCheckpoint", "stockBalance", "stockMovement", "stockTransfer", "stockTransferLine", "stockAdjustment", "inventoryAlert",
  "deliveryZone", "deliveryFeeRule", "deliveryWindow", "deliverySlot", "discountCode", "boxTemplate", "boxTemplateLine", "boxSwapOption",
  "savedPaymentMethod", "subscription", "subscriptionLine", "subscriptionSkip", "subscriptionRenewal",
  "order", "orderLine", "orderTransition", "payment", "paymentReceipt", "discountRedemption", "journalEntry", "posting", "reservation",
  "demandHistory",
  "capacitySnapshot", "capacityChange", "growerContract", "transportCost",
];
export type Counts = Record<Table, number>;

/** What the seed functions share: the database, the hub and the running tally. */
export type SeedCtx = {
  db: DbOrTx;
  hubId: string;
  /** "Now" for the stock story: harvests, expiry and certificate validity are relative to it. */
  reference: Date;
  /** Rows the seed defines, per table (the same on every run). */
  planned: Counts;
  /** Rows this run actually inserted (all zero on a rerun). */
  inserted: Counts;
};

export const zeroCounts = (): Counts => Object.fromEntries(TABLES.map((t) => [t, 0])) as Counts;

type Writers = { [K in BulkTable]: (db: DbOrTx, rows: Rows[K][]) => Promise<{ count: number }> };
const WRITERS: Writers = {
  organisation: (db, data) => db.organisation.createMany({ data, skipDuplicates: true }),
  user: (db, data) => db.user.createMany({ data, skipDuplicates: true }),
  membership: (db, data) => db.membership.createMany({ data, skipDuplicates: true }),
  address: (db, data) => db.address.createMany({ data, skipDuplicates: true }),
  facility: (db, data) => db.facility.createMany({ data, skipDuplicates: true }),
  location: (db, data) => db.location.createMany({ data, skipDuplicates: true }),
  vehicle: (db, data) => db.vehicle.createMany({ data, skipDuplicates: true }),
  driver: (db, data) => db.driver.createMany({ data, skipDuplicates: true }),
  taxCategory: (db, data) => db.taxCategory.createMany({ data, skipDuplicates: true }),
  category: (db, data) => db.category.createMany({ data, skipDuplicates: true }),
  product: (db, data) => db.product.createMany({ data, skipDuplicates: true }),
  sku: (db, data) => db.sku.createMany({ data, skipDuplicates: true }),
  price: (db, data) => db.price.createMany({ data, skipDuplicates: true }),
  substitutionRule: (db, data) => db.substitutionRule.createMany({ data, skipDuplicates: true }),
  certification: (db, data) => db.certification.createMany({ data, skipDuplicates: true }),
  // The stock tables hold tens of thousands of rows at full scale: JSON in one parameter is ~10x
  // faster than createMany through the wasm engine.
  lot: (db, data) => insertJson(db, "Lot", data),
  labResult: (db, data) => insertJson(db, "LabResult", data),
  handlingCheckpoint: (db, data) => insertJson(db, "HandlingCheckpoint", data),
  stockBalance: (db, data) => insertJson(db, "StockBalance", data),
  // Movements have a sequence id, so ON CONFLICT cannot see a rerun: the caller passes only the
  // movements not yet there (inventory.ts, by movementKey).
  stockMovement: (db, data) => insertJson(db, "StockMovement", data),
  stockTransfer: (db, data) => insertJson(db, "StockTransfer", data),
  stockTransferLine: (db, data) => insertJson(db, "StockTransferLine", data),
  stockAdjustment: (db, data) => insertJson(db, "StockAdjustment", data),
  inventoryAlert: (db, data) => insertJson(db, "InventoryAlert", data),
  deliveryZone: (db, data) => db.deliveryZone.createMany({ data, skipDuplicates: true }),
  deliveryFeeRule: (db, data) => db.deliveryFeeRule.createMany({ data, skipDuplicates: true }),
  deliveryWindow: (db, data) => db.deliveryWindow.createMany({ data, skipDuplicates: true }),
  deliverySlot: (db, data) => insertJson(db, "DeliverySlot", data),
  discountCode: (db, data) => db.discountCode.createMany({ data, skipDuplicates: true }),
  boxTemplate: (db, data) => db.boxTemplate.createMany({ data, skipDuplicates: true }),
  boxTemplateLine: (db, data) => db.boxTemplateLine.createMany({ data, skipDuplicates: true }),
  boxSwapOption: (db, data) => db.boxSwapOption.createMany({ data, skipDuplicates: true }),
  savedPaymentMethod: (db, data) => insertJson(db, "SavedPaymentMethod", data),
  subscription: (db, data) => insertJson(db, "Subscription", data),
  subscriptionLine: (db, data) => insertJson(db, "SubscriptionLine", data),
  subscriptionSkip: (db, data) => insertJson(db, "SubscriptionSkip", data),
  subscriptionRenewal: (db, data) => insertJson(db, "SubscriptionRenewal", data),
  orderLine: (db, data) => insertJson(db, "OrderLine", data),
  payment: (db, data) => insertJson(db, "Payment", data),
  paymentReceipt: (db, data) => insertJson(db, "PaymentReceipt", data),
  discountRedemption: (db, data) => insertJson(db, "DiscountRedemption", data),
  demandHistory: (db, data) => insertJson(db, "DemandHistory", data),
  capacitySnapshot: (db, data) => insertJson(db, "CapacitySnapshot", data),
  capacityChange: (db, data) => insertJson(db, "CapacityChange", data),
  growerContract: (db, data) => db.growerContract.createMany({ data, skipDuplicates: true }),
  transportCost: (db, data) => db.transportCost.createMany({ data, skipDuplicates: true }),
};

/**
 * INSERT ... SELECT FROM json_populate_recordset(...) ON CONFLICT DO NOTHING: the rows travel as one
 * JSON parameter. Columns are the rows' keys (so columns left out take their database default);
 * table and column names come from this module and the row builders, never from input.
 */
export async function insertJson(db: DbOrTx, table: string, rows: object[]): Promise<{ count: number }> {
  if (rows.length === 0) return { count: 0 };
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].map((c) => `"${c}"`).join(", ");
  const sql = `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json) ON CONFLICT DO NOTHING`;
  return { count: await db.$executeRawUnsafe(sql, JSON.stringify(rows)) };
}

/** Inserts rows in chunks of CHUNK (one statement each, well under PostgreSQL's 65k bind parameters). */
export async function put<K extends BulkTable>(ctx: SeedCtx, table: K, rows: Rows[K][], planned = rows.length): Promise<void> {
  const write: Writers[K] = WRITERS[table];
  const size = BIG.has(table) ? BIG_CHUNK : CHUNK;
  for (let i = 0; i < rows.length; i += size) {
    const { count } = await write(ctx.db, rows.slice(i, i + size));
    ctx.inserted[table] += count;
  }
  ctx.planned[table] += planned;
}
