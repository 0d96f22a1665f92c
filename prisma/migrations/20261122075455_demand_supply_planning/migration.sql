-- CreateEnum
CREATE TYPE "PoolStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ForecastMethod" AS ENUM ('SEASONAL_NAIVE', 'HOLT_WINTERS', 'CROSTON', 'TSB');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "PlanRunKind" AS ENUM ('WEEK', 'REPLAN', 'CROP_PROGRAM');

-- CreateEnum
CREATE TYPE "PlanRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'SOLVED', 'FAILED', 'PUBLISHED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "PlanExceptionKind" AS ENUM ('SHORTAGE', 'SURPLUS', 'CAPACITY_RISK');

-- CreateEnum
CREATE TYPE "PlanExceptionStatus" AS ENUM ('OPEN', 'PROPOSED', 'RESOLVED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "WorkPackageStatus" AS ENUM ('ISSUED', 'ACKNOWLEDGED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SubstitutionStatus" AS ENUM ('PROPOSED', 'APPROVED', 'DECLINED', 'REJECTED');

-- CreateTable
CREATE TABLE "DemandPool" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "orderedUnits" INTEGER NOT NULL DEFAULT 0,
    "subscribedUnits" INTEGER NOT NULL DEFAULT 0,
    "projectedSubscribedUnits" INTEGER NOT NULL DEFAULT 0,
    "b2bUnits" INTEGER NOT NULL DEFAULT 0,
    "forecastBufferUnits" INTEGER NOT NULL DEFAULT 0,
    "status" "PoolStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemandPool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemandHistory" (
    "hubId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "units" INTEGER NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'import',

    CONSTRAINT "DemandHistory_pkey" PRIMARY KEY ("hubId","skuId","zoneId","isoWeek")
);

-- CreateTable
CREATE TABLE "ForecastRun" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "asOfWeek" TEXT NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'RUNNING',
    "seriesCount" INTEGER NOT NULL DEFAULT 0,
    "summary" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ForecastRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ForecastSeries" (
    "runId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "method" "ForecastMethod" NOT NULL,
    "wape" DOUBLE PRECISION NOT NULL,
    "seasonalNaiveWape" DOUBLE PRECISION NOT NULL,
    "bias" DOUBLE PRECISION NOT NULL,
    "historyWeeks" INTEGER NOT NULL,
    "candidates" JSONB NOT NULL,

    CONSTRAINT "ForecastSeries_pkey" PRIMARY KEY ("runId","skuId","zoneId")
);

-- CreateTable
CREATE TABLE "Forecast" (
    "runId" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "horizon" INTEGER NOT NULL,
    "method" "ForecastMethod" NOT NULL,
    "p10" DOUBLE PRECISION NOT NULL,
    "p50" DOUBLE PRECISION NOT NULL,
    "p90" DOUBLE PRECISION NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Forecast_pkey" PRIMARY KEY ("runId","skuId","zoneId","isoWeek")
);

-- CreateTable
CREATE TABLE "ForecastAccuracy" (
    "hubId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "method" "ForecastMethod" NOT NULL,
    "forecastUnits" DOUBLE PRECISION NOT NULL,
    "actualUnits" INTEGER NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ForecastAccuracy_pkey" PRIMARY KEY ("hubId","skuId","zoneId","isoWeek")
);

-- CreateTable
CREATE TABLE "CapacitySnapshot" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "units" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
    "version" INTEGER NOT NULL DEFAULT 1,
    "declaredById" TEXT,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CapacitySnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CapacityChange" (
    "id" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "beforeUnits" INTEGER,
    "afterUnits" INTEGER NOT NULL,
    "beforeConfidence" DOUBLE PRECISION,
    "afterConfidence" DOUBLE PRECISION NOT NULL,
    "actorUserId" TEXT,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CapacityChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrowerContract" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "seasonStartWeek" TEXT NOT NULL,
    "seasonEndWeek" TEXT NOT NULL,
    "unitPriceMinor" INTEGER NOT NULL,
    "minWeeklyUnits" INTEGER NOT NULL DEFAULT 0,
    "maxWeeklyUnits" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrowerContract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransportCost" (
    "hubId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "perKgMinor" INTEGER NOT NULL,

    CONSTRAINT "TransportCost_pkey" PRIMARY KEY ("clusterId","zoneId")
);

-- CreateTable
CREATE TABLE "PlanRun" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "kind" "PlanRunKind" NOT NULL,
    "status" "PlanRunStatus" NOT NULL DEFAULT 'QUEUED',
    "trigger" TEXT NOT NULL,
    "previousRunId" TEXT,
    "inputs" JSONB NOT NULL DEFAULT '{}',
    "inputHash" TEXT NOT NULL DEFAULT '',
    "solverStatus" TEXT,
    "objectiveMinor" BIGINT,
    "purchaseMinor" BIGINT,
    "transportMinor" BIGINT,
    "shortagePenaltyMinor" BIGINT,
    "demandUnits" INTEGER,
    "allocatedUnits" INTEGER,
    "shortageUnits" INTEGER,
    "movedUnits" INTEGER,
    "solveMs" INTEGER,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "message" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "PlanRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" TEXT NOT NULL,
    "planRunId" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "units" INTEGER NOT NULL,
    "unitPriceMinor" INTEGER NOT NULL,
    "unitTransportMinor" INTEGER NOT NULL,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanException" (
    "id" TEXT NOT NULL,
    "planRunId" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "kind" "PlanExceptionKind" NOT NULL,
    "status" "PlanExceptionStatus" NOT NULL DEFAULT 'OPEN',
    "skuId" TEXT NOT NULL,
    "zoneId" TEXT,
    "clusterId" TEXT,
    "units" INTEGER NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "resolution" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkPackage" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "planRunId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "farmId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "targetUnits" INTEGER NOT NULL,
    "harvestDate" DATE NOT NULL,
    "status" "WorkPackageStatus" NOT NULL DEFAULT 'ISSUED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CropProgram" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "planRunId" TEXT NOT NULL,
    "clusterId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "plannedUnits" INTEGER NOT NULL,
    "p50Units" INTEGER NOT NULL,
    "p90Units" INTEGER NOT NULL,

    CONSTRAINT "CropProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubstitutionProposal" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "exceptionId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "orderLineId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "substituteSkuId" TEXT,
    "units" INTEGER NOT NULL,
    "creditMinor" INTEGER NOT NULL DEFAULT 0,
    "status" "SubstitutionStatus" NOT NULL DEFAULT 'PROPOSED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "customerDeclinedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubstitutionProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DemandPool_skuId_zoneId_isoWeek_idx" ON "DemandPool"("skuId", "zoneId", "isoWeek");

-- CreateIndex
CREATE UNIQUE INDEX "DemandPool_hubId_isoWeek_skuId_zoneId_key" ON "DemandPool"("hubId", "isoWeek", "skuId", "zoneId");

-- CreateIndex
CREATE INDEX "ForecastRun_hubId_startedAt_idx" ON "ForecastRun"("hubId", "startedAt");

-- CreateIndex
CREATE INDEX "Forecast_hubId_isoWeek_skuId_idx" ON "Forecast"("hubId", "isoWeek", "skuId");

-- CreateIndex
CREATE INDEX "ForecastAccuracy_hubId_isoWeek_idx" ON "ForecastAccuracy"("hubId", "isoWeek");

-- CreateIndex
CREATE INDEX "CapacitySnapshot_hubId_isoWeek_idx" ON "CapacitySnapshot"("hubId", "isoWeek");

-- CreateIndex
CREATE UNIQUE INDEX "CapacitySnapshot_clusterId_skuId_isoWeek_key" ON "CapacitySnapshot"("clusterId", "skuId", "isoWeek");

-- CreateIndex
CREATE INDEX "CapacityChange_snapshotId_createdAt_idx" ON "CapacityChange"("snapshotId", "createdAt");

-- CreateIndex
CREATE INDEX "GrowerContract_hubId_skuId_idx" ON "GrowerContract"("hubId", "skuId");

-- CreateIndex
CREATE INDEX "GrowerContract_clusterId_idx" ON "GrowerContract"("clusterId");

-- CreateIndex
CREATE INDEX "TransportCost_hubId_idx" ON "TransportCost"("hubId");

-- CreateIndex
CREATE INDEX "PlanRun_hubId_isoWeek_createdAt_idx" ON "PlanRun"("hubId", "isoWeek", "createdAt");

-- CreateIndex
CREATE INDEX "Allocation_hubId_isoWeek_idx" ON "Allocation"("hubId", "isoWeek");

-- CreateIndex
CREATE UNIQUE INDEX "Allocation_planRunId_skuId_zoneId_clusterId_key" ON "Allocation"("planRunId", "skuId", "zoneId", "clusterId");

-- CreateIndex
CREATE INDEX "PlanException_hubId_isoWeek_status_idx" ON "PlanException"("hubId", "isoWeek", "status");

-- CreateIndex
CREATE INDEX "WorkPackage_farmId_isoWeek_idx" ON "WorkPackage"("farmId", "isoWeek");

-- CreateIndex
CREATE INDEX "WorkPackage_clusterId_isoWeek_idx" ON "WorkPackage"("clusterId", "isoWeek");

-- CreateIndex
CREATE UNIQUE INDEX "WorkPackage_planRunId_farmId_skuId_key" ON "WorkPackage"("planRunId", "farmId", "skuId");

-- CreateIndex
CREATE INDEX "CropProgram_hubId_isoWeek_idx" ON "CropProgram"("hubId", "isoWeek");

-- CreateIndex
CREATE INDEX "CropProgram_clusterId_isoWeek_idx" ON "CropProgram"("clusterId", "isoWeek");

-- CreateIndex
CREATE UNIQUE INDEX "CropProgram_planRunId_clusterId_skuId_isoWeek_key" ON "CropProgram"("planRunId", "clusterId", "skuId", "isoWeek");

-- CreateIndex
CREATE INDEX "SubstitutionProposal_orderId_idx" ON "SubstitutionProposal"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "SubstitutionProposal_exceptionId_orderLineId_key" ON "SubstitutionProposal"("exceptionId", "orderLineId");

-- AddForeignKey
ALTER TABLE "DemandPool" ADD CONSTRAINT "DemandPool_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandPool" ADD CONSTRAINT "DemandPool_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "DeliveryZone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandHistory" ADD CONSTRAINT "DemandHistory_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandHistory" ADD CONSTRAINT "DemandHistory_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "DeliveryZone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ForecastSeries" ADD CONSTRAINT "ForecastSeries_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ForecastRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Forecast" ADD CONSTRAINT "Forecast_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ForecastRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacitySnapshot" ADD CONSTRAINT "CapacitySnapshot_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacitySnapshot" ADD CONSTRAINT "CapacitySnapshot_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CapacityChange" ADD CONSTRAINT "CapacityChange_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "CapacitySnapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrowerContract" ADD CONSTRAINT "GrowerContract_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrowerContract" ADD CONSTRAINT "GrowerContract_skuId_fkey" FOREIGN KEY ("skuId") REFERENCES "Sku"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransportCost" ADD CONSTRAINT "TransportCost_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransportCost" ADD CONSTRAINT "TransportCost_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "DeliveryZone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_planRunId_fkey" FOREIGN KEY ("planRunId") REFERENCES "PlanRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanException" ADD CONSTRAINT "PlanException_planRunId_fkey" FOREIGN KEY ("planRunId") REFERENCES "PlanRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPackage" ADD CONSTRAINT "WorkPackage_planRunId_fkey" FOREIGN KEY ("planRunId") REFERENCES "PlanRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPackage" ADD CONSTRAINT "WorkPackage_farmId_fkey" FOREIGN KEY ("farmId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CropProgram" ADD CONSTRAINT "CropProgram_planRunId_fkey" FOREIGN KEY ("planRunId") REFERENCES "PlanRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubstitutionProposal" ADD CONSTRAINT "SubstitutionProposal_exceptionId_fkey" FOREIGN KEY ("exceptionId") REFERENCES "PlanException"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Quantities are never negative, bands are ordered, confidences are fractions
ALTER TABLE "DemandPool" ADD CONSTRAINT "DemandPool_units_nonnegative" CHECK ("orderedUnits" >= 0 AND "subscribedUnits" >= 0 AND "projectedSubscribedUnits" >= 0 AND "b2bUnits" >= 0 AND "forecastBufferUnits" >= 0);
ALTER TABLE "DemandHistory" ADD CONSTRAINT "DemandHistory_units_nonnegative" CHECK ("units" >= 0);
ALTER TABLE "Forecast" ADD CONSTRAINT "Forecast_band_ordered" CHECK ("p10" >= 0 AND "p10" <= "p50" AND "p50" <= "p90" AND "confidence" >= 0 AND "confidence" <= 1);
ALTER TABLE "CapacitySnapshot" ADD CONSTRAINT "CapacitySnapshot_valid" CHECK ("units" >= 0 AND "confidence" >= 0 AND "confidence" <= 1);
ALTER TABLE "GrowerContract" ADD CONSTRAINT "GrowerContract_band" CHECK ("minWeeklyUnits" >= 0 AND "minWeeklyUnits" <= "maxWeeklyUnits" AND "unitPriceMinor" >= 0 AND "seasonStartWeek" <= "seasonEndWeek");
ALTER TABLE "TransportCost" ADD CONSTRAINT "TransportCost_nonnegative" CHECK ("perKgMinor" >= 0);
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_positive" CHECK ("units" > 0);
ALTER TABLE "PlanException" ADD CONSTRAINT "PlanException_positive" CHECK ("units" > 0);
ALTER TABLE "WorkPackage" ADD CONSTRAINT "WorkPackage_positive" CHECK ("targetUnits" > 0);
ALTER TABLE "CropProgram" ADD CONSTRAINT "CropProgram_nonnegative" CHECK ("plannedUnits" >= 0 AND "p50Units" >= 0 AND "p90Units" >= "p50Units");
ALTER TABLE "SubstitutionProposal" ADD CONSTRAINT "SubstitutionProposal_valid" CHECK ("units" > 0 AND "creditMinor" >= 0);
