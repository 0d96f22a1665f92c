-- CreateEnum
CREATE TYPE "PackUnit" AS ENUM ('G', 'KG', 'ML', 'L', 'EACH', 'BUNCH');

-- CreateEnum
CREATE TYPE "PriceChannel" AS ENUM ('RETAIL', 'WHOLESALE');

-- CreateEnum
CREATE TYPE "CertificationScheme" AS ENUM ('EU_ORGANIC', 'DEMETER', 'GLOBALGAP', 'FAIRTRADE', 'FREE_RANGE', 'PLANET_PROOF');

-- CreateEnum
CREATE TYPE "CheckpointKind" AS ENUM ('RECEIVED', 'GRADED', 'COLD_STORE_IN', 'COLD_STORE_OUT', 'LOADED', 'DELIVERED');

-- CreateEnum
CREATE TYPE "QcGrade" AS ENUM ('EXTRA', 'CLASS_I', 'CLASS_II');

-- CreateEnum
CREATE TYPE "MovementKind" AS ENUM ('RECEIVE', 'RESERVE', 'RELEASE', 'PICK', 'SHIP', 'DELIVER', 'RETURN', 'ADJUST', 'TRANSFER_OUT', 'TRANSFER_IN', 'WASTE');

-- CreateEnum
CREATE TYPE "ReservationStatus" AS ENUM ('ACTIVE', 'PICKED', 'SHIPPED', 'DELIVERED', 'RELEASED');

-- CreateEnum
CREATE TYPE "AdjustmentStatus" AS ENUM ('APPLIED', 'PENDING_APPROVAL', 'REJECTED');

-- CreateEnum
CREATE TYPE "AdjustmentReason" AS ENUM ('COUNT_CORRECTION', 'FOUND', 'DAMAGED', 'SPOILED', 'EXPIRED', 'QUALITY_REJECT', 'THEFT', 'SAMPLE');

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('IN_TRANSIT', 'RECEIVED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('LOW_STOCK', 'COLD_CHAIN', 'EXPIRY');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'RESOLVED');

-- AlterTable
ALTER TABLE "Hub" ADD COLUMN     "adjustmentApprovalThreshold" INTEGER NOT NULL DEFAULT 25;

-- CreateTable
CREATE TABLE "TaxCategory" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rateBasisPoints" INTEGER NOT NULL,

    CONSTRAINT "TaxCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "parentId" TEXT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "taxCategoryId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "keywords" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "searchVector" tsvector,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sku" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "packQuantity" INTEGER NOT NULL,
    "packUnit" "PackUnit" NOT NULL,
    "packaging" TEXT NOT NULL,
    "grossWeightG" INTEGER NOT NULL,
    "volumeMl" INTEGER NOT NULL,
    "shelfLifeDays" INTEGER NOT NULL,
    "storageTempMinC" DOUBLE PRECISION NOT NULL,
    "storageTempMaxC" DOUBLE PRECISION NOT NULL,
    "lowStockThreshold" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Sku_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Price" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "channel" "PriceChannel" NOT NULL,
    "minQuantity" INTEGER NOT NULL DEFAULT 1,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProductImage" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "alt" TEXT NOT NULL,
    "originalKey" TEXT NOT NULL,
    "variants" JSONB NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductImage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubstitutionRule" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "substituteSkuId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubstitutionRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certification" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "scheme" "CertificationScheme" NOT NULL,
    "issuer" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE NOT NULL,
    "documentKey" TEXT,
    "documentName" TEXT,
    "documentContentType" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LabResult" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "lotId" TEXT NOT NULL,
    "analyte" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "limitValue" DOUBLE PRECISION NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "laboratory" TEXT NOT NULL,
    "sampledAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LabResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandlingCheckpoint" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "lotId" TEXT NOT NULL,
    "kind" "CheckpointKind" NOT NULL,
    "locationId" TEXT,
    "temperatureC" DOUBLE PRECISION,
    "withinBand" BOOLEAN,
    "note" TEXT,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandlingCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lot" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "farmId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "receivedAtId" TEXT NOT NULL,
    "harvestedAt" TIMESTAMP(3) NOT NULL,
    "bestBefore" DATE NOT NULL,
    "grade" "QcGrade" NOT NULL,
    "receivedQuantity" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Lot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockBalance" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "lotId" TEXT NOT NULL,
    "onHand" INTEGER NOT NULL DEFAULT 0,
    "reserved" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StockBalance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockMovement" (
    "id" BIGSERIAL NOT NULL,
    "hubId" TEXT NOT NULL,
    "kind" "MovementKind" NOT NULL,
    "locationId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "lotId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "onHandDelta" INTEGER NOT NULL,
    "reservedDelta" INTEGER NOT NULL,
    "reference" TEXT,
    "reservationId" TEXT,
    "adjustmentId" TEXT,
    "transferId" TEXT,
    "reason" TEXT,
    "actorUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reservation" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "lotId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "pickedQuantity" INTEGER NOT NULL DEFAULT 0,
    "status" "ReservationStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockAdjustment" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "lotId" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,
    "reason" "AdjustmentReason" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "AdjustmentStatus" NOT NULL,
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockTransfer" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "fromLocationId" TEXT NOT NULL,
    "toLocationId" TEXT NOT NULL,
    "status" "TransferStatus" NOT NULL DEFAULT 'IN_TRANSIT',
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "dispatchedAt" TIMESTAMP(3) NOT NULL,
    "receivedById" TEXT,
    "receivedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "StockTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StockTransferLine" (
    "id" TEXT NOT NULL,
    "transferId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "lotId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "receivedQuantity" INTEGER,

    CONSTRAINT "StockTransferLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryAlert" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "kind" "AlertKind" NOT NULL,
    "status" "AlertStatus" NOT NULL DEFAULT 'OPEN',
    "skuId" TEXT,
    "lotId" TEXT,
    "locationId" TEXT,
    "message" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "openKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "InventoryAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TaxCategory_hubId_code_key" ON "TaxCategory"("hubId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Category_hubId_slug_key" ON "Category"("hubId", "slug");

-- CreateIndex
CREATE INDEX "Product_hubId_categoryId_idx" ON "Product"("hubId", "categoryId");

-- CreateIndex
CREATE INDEX "Product_searchVector_idx" ON "Product" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "Product_hubId_slug_key" ON "Product"("hubId", "slug");

-- CreateIndex
CREATE INDEX "Sku_productId_idx" ON "Sku"("productId");

-- CreateIndex
CREATE UNIQUE INDEX "Sku_hubId_code_key" ON "Sku"("hubId", "code");

-- CreateIndex
CREATE INDEX "Price_skuId_channel_validFrom_idx" ON "Price"("skuId", "channel", "validFrom");

-- CreateIndex
CREATE INDEX "ProductImage_productId_position_idx" ON "ProductImage"("productId", "position");

-- CreateIndex
CREATE INDEX "SubstitutionRule_skuId_rank_idx" ON "SubstitutionRule"("skuId", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "SubstitutionRule_skuId_substituteSkuId_key" ON "SubstitutionRule"("skuId", "substituteSkuId");

-- CreateIndex
CREATE INDEX "Certification_organisationId_validTo_idx" ON "Certification"("organisationId", "validTo");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_hubId_scheme_number_key" ON "Certification"("hubId", "scheme", "number");

-- CreateIndex
CREATE INDEX "LabResult_lotId_idx" ON "LabResult"("lotId");

-- CreateIndex
CREATE INDEX "HandlingCheckpoint_lotId_recordedAt_idx" ON "HandlingCheckpoint"("lotId", "recordedAt");

-- CreateIndex
CREATE INDEX "Lot_skuId_bestBefore_idx" ON "Lot"("skuId", "bestBefore");

-- CreateIndex
CREATE INDEX "Lot_farmId_idx" ON "Lot"("farmId");

-- CreateIndex
CREATE UNIQUE INDEX "Lot_hubId_code_key" ON "Lot"("hubId", "code");

-- CreateIndex
CREATE INDEX "StockBalance_skuId_locationId_idx" ON "StockBalance"("skuId", "locationId");

-- CreateIndex
CREATE INDEX "StockBalance_hubId_locationId_idx" ON "StockBalance"("hubId", "locationId");

-- CreateIndex
CREATE UNIQUE INDEX "StockBalance_locationId_lotId_key" ON "StockBalance"("locationId", "lotId");

-- CreateIndex
CREATE INDEX "StockMovement_lotId_id_idx" ON "StockMovement"("lotId", "id");

-- CreateIndex
CREATE INDEX "StockMovement_locationId_skuId_idx" ON "StockMovement"("locationId", "skuId");

-- CreateIndex
CREATE INDEX "StockMovement_hubId_createdAt_idx" ON "StockMovement"("hubId", "createdAt");

-- CreateIndex
CREATE INDEX "StockMovement_reference_idx" ON "StockMovement"("reference");

-- CreateIndex
CREATE INDEX "Reservation_reference_idx" ON "Reservation"("reference");

-- CreateIndex
CREATE INDEX "Reservation_lotId_status_idx" ON "Reservation"("lotId", "status");

-- CreateIndex
CREATE INDEX "StockAdjustment_hubId_status_createdAt_idx" ON "StockAdjustment"("hubId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "StockAdjustment_lotId_idx" ON "StockAdjustment"("lotId");

-- CreateIndex
CREATE INDEX "StockTransfer_hubId_status_idx" ON "StockTransfer"("hubId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "StockTransfer_hubId_code_key" ON "StockTransfer"("hubId", "code");

-- CreateIndex
CREATE INDEX "StockTransferLine_transferId_idx" ON "StockTransferLine"("transferId");

-- CreateIndex
CREATE INDEX "InventoryAlert_hubId_status_createdAt_idx" ON "InventoryAlert"("hubId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryAlert_hubId_openKey_key" ON "InventoryAlert"("hubId", "openKey");

-- AddForeignKey
ALTER TABLE "TaxCategory" ADD CONSTRAINT "TaxCategory_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Category" ADD CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_taxCategoryId_fkey" FOREIGN KEY ("taxCategoryId") REFERENCES "TaxCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sku" ADD CONSTRAINT "Sku_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sku" ADD CONSTRAINT "Sku_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Price" ADD CONSTRAINT "Price_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubstitutionRule" ADD CONSTRAINT "SubstitutionRule_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubstitutionRule" ADD CONSTRAINT "SubstitutionRule_substituteSkuId_fkey" FOREIGN KEY ("substituteSkuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabResult" ADD CONSTRAINT "LabResult_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "Lot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandlingCheckpoint" ADD CONSTRAINT "HandlingCheckpoint_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "Lot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HandlingCheckpoint" ADD CONSTRAINT "HandlingCheckpoint_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_farmId_fkey" FOREIGN KEY ("farmId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_receivedAtId_fkey" FOREIGN KEY ("receivedAtId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_lotId_fkey" FOREIGN KEY ("lotId") REFERENCES "Lot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reservation" ADD CONSTRAINT "Reservation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockAdjustment" ADD CONSTRAINT "StockAdjustment_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockTransfer" ADD CONSTRAINT "StockTransfer_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockTransfer" ADD CONSTRAINT "StockTransfer_fromLocationId_fkey" FOREIGN KEY ("fromLocationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockTransfer" ADD CONSTRAINT "StockTransfer_toLocationId_fkey" FOREIGN KEY ("toLocationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StockTransferLine" ADD CONSTRAINT "StockTransferLine_transferId_fkey" FOREIGN KEY ("transferId") REFERENCES "StockTransfer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryAlert" ADD CONSTRAINT "InventoryAlert_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─── Hand-written: what the Prisma schema language cannot say ─────────────────

-- Full-text search vector: product name (A), keywords and category name (B), description (C).
CREATE FUNCTION furrow_product_search_vector() RETURNS trigger AS $$
DECLARE
  category_name text;
BEGIN
  SELECT c."name" INTO category_name FROM "Category" c WHERE c."id" = NEW."categoryId";
  NEW."searchVector" :=
    setweight(to_tsvector('english', coalesce(NEW."name", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(NEW."keywords", '') || ' ' || coalesce(category_name, '')), 'B') ||
    setweight(to_tsvector('english', coalesce(NEW."description", '')), 'C');
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Product_search_vector" BEFORE INSERT OR UPDATE OF "name", "keywords", "description", "categoryId" ON "Product"
  FOR EACH ROW EXECUTE FUNCTION furrow_product_search_vector();

-- A renamed category re-indexes its products.
CREATE FUNCTION furrow_category_renamed() RETURNS trigger AS $$
BEGIN
  UPDATE "Product" SET "categoryId" = "categoryId" WHERE "categoryId" = NEW."id";
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Category_renamed" AFTER UPDATE OF "name" ON "Category"
  FOR EACH ROW EXECUTE FUNCTION furrow_category_renamed();

-- Catalog sanity.
ALTER TABLE "Sku" ADD CONSTRAINT "Sku_pack_positive" CHECK ("packQuantity" > 0 AND "grossWeightG" > 0 AND "volumeMl" > 0 AND "shelfLifeDays" > 0);
ALTER TABLE "Sku" ADD CONSTRAINT "Sku_temperature_band" CHECK ("storageTempMinC" <= "storageTempMaxC");
ALTER TABLE "Sku" ADD CONSTRAINT "Sku_low_stock_threshold" CHECK ("lowStockThreshold" >= 0);
ALTER TABLE "TaxCategory" ADD CONSTRAINT "TaxCategory_rate" CHECK ("rateBasisPoints" BETWEEN 0 AND 10000);
ALTER TABLE "Price" ADD CONSTRAINT "Price_amount" CHECK ("amountMinor" >= 0 AND "minQuantity" >= 1);
ALTER TABLE "Price" ADD CONSTRAINT "Price_validity" CHECK ("validTo" IS NULL OR "validTo" > "validFrom");
-- Two prices for the same SKU, channel and tier may not hold at the same instant. A trigger rather
-- than EXCLUDE USING gist: no btree_gist extension to require of a managed database. Locking the
-- SKU row serialises concurrent price writes, so the check sees every committed price.
CREATE FUNCTION furrow_price_no_overlap() RETURNS trigger AS $$
BEGIN
  PERFORM 1 FROM "Sku" WHERE "id" = NEW."skuId" FOR UPDATE;
  IF EXISTS (
    SELECT 1 FROM "Price" p
    WHERE p."skuId" = NEW."skuId" AND p."channel" = NEW."channel" AND p."minQuantity" = NEW."minQuantity"
      AND p."id" <> NEW."id"
      AND tsrange(p."validFrom", p."validTo", '[)') && tsrange(NEW."validFrom", NEW."validTo", '[)')
  ) THEN
    RAISE EXCEPTION 'price overlaps another price of the same SKU, channel and tier'
      USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'Price_no_overlap';
  END IF;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Price_no_overlap" BEFORE INSERT OR UPDATE ON "Price"
  FOR EACH ROW EXECUTE FUNCTION furrow_price_no_overlap();

ALTER TABLE "SubstitutionRule" ADD CONSTRAINT "SubstitutionRule_not_self" CHECK ("skuId" <> "substituteSkuId");
ALTER TABLE "SubstitutionRule" ADD CONSTRAINT "SubstitutionRule_rank" CHECK ("rank" >= 1);
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_validity" CHECK ("validTo" >= "validFrom");

-- Inventory: available = onHand - reserved can never go negative.
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_on_hand_non_negative" CHECK ("onHand" >= 0);
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_reserved_non_negative" CHECK ("reserved" >= 0);
ALTER TABLE "StockBalance" ADD CONSTRAINT "StockBalance_available_non_negative" CHECK ("reserved" <= "onHand");
ALTER TABLE "Lot" ADD CONSTRAINT "Lot_received_quantity" CHECK ("receivedQuantity" >= 0);
ALTER TABLE "Reservation" ADD CONSTRAINT "Reservation_quantities" CHECK ("quantity" > 0 AND "pickedQuantity" >= 0 AND "pickedQuantity" <= "quantity");
ALTER TABLE "StockTransferLine" ADD CONSTRAINT "StockTransferLine_quantities" CHECK ("quantity" > 0 AND ("receivedQuantity" IS NULL OR "receivedQuantity" BETWEEN 0 AND "quantity"));
ALTER TABLE "StockAdjustment" ADD CONSTRAINT "StockAdjustment_delta" CHECK ("delta" <> 0);
ALTER TABLE "StockMovement" ADD CONSTRAINT "StockMovement_quantity" CHECK ("quantity" >= 0);

-- Movements are the audit trail balances are rebuilt from: append-only.
CREATE TRIGGER "StockMovement_append_only" BEFORE UPDATE OR DELETE ON "StockMovement"
  FOR EACH ROW EXECUTE FUNCTION furrow_reject_modification();
CREATE TRIGGER "StockMovement_no_truncate" BEFORE TRUNCATE ON "StockMovement"
  FOR EACH STATEMENT EXECUTE FUNCTION furrow_reject_modification();
