-- CreateEnum
CREATE TYPE "CartStatus" AS ENUM ('ACTIVE', 'CONVERTED', 'MERGED');

-- CreateEnum
CREATE TYPE "DiscountKind" AS ENUM ('PERCENT', 'FIXED', 'FREE_DELIVERY');

-- CreateEnum
CREATE TYPE "OrderChannel" AS ENUM ('STOREFRONT', 'SUBSCRIPTION', 'B2B', 'IMPORT');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('PLACED', 'CONFIRMED', 'ALLOCATED', 'PICKING', 'PACKED', 'DISPATCHED', 'DELIVERED', 'PARTIALLY_DELIVERED', 'FAILED', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "PaymentMethodKind" AS ENUM ('CARD', 'PAY_ON_DELIVERY', 'INVOICE');

-- CreateEnum
CREATE TYPE "Cadence" AS ENUM ('WEEKLY', 'FORTNIGHTLY');

-- CreateEnum
CREATE TYPE "SubscriptionStatus" AS ENUM ('ACTIVE', 'PAUSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CancelReason" AS ENUM ('TOO_EXPENSIVE', 'TOO_MUCH_FOOD', 'QUALITY', 'DELIVERY_ISSUES', 'MOVING', 'NOT_NEEDED', 'OTHER');

-- CreateEnum
CREATE TYPE "RenewalOutcome" AS ENUM ('CREATED', 'SKIPPED', 'PAUSED', 'FAILED');

-- CreateEnum
CREATE TYPE "PaymentProvider" AS ENUM ('STRIPE', 'MANUAL');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('REQUIRES_PAYMENT', 'AUTHORIZED', 'CAPTURED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'AWAITING_DELIVERY', 'DUE', 'PARTIALLY_PAID', 'PAID', 'CANCELLED', 'FAILED');

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "AccountType" AS ENUM ('ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('EMAIL', 'IN_APP');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "DeliveryZone" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "postcodePrefixes" TEXT[],
    "polygon" JSONB,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "fulfilmentLocationId" TEXT NOT NULL,
    "cutoffDaysBefore" INTEGER NOT NULL DEFAULT 2,
    "cutoffTime" TEXT NOT NULL DEFAULT '18:00',
    "minimumOrderMinor" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryZone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryWindow" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "feeAdjustMinor" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliverySlot" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "windowId" TEXT,
    "date" DATE NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "cutoffAt" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,
    "feeAdjustMinor" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliverySlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryFeeRule" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "minSubtotalMinor" INTEGER NOT NULL,
    "feeMinor" INTEGER NOT NULL,

    CONSTRAINT "DeliveryFeeRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "userId" TEXT,
    "activeForUserId" TEXT,
    "status" "CartStatus" NOT NULL DEFAULT 'ACTIVE',
    "discountCode" TEXT,
    "addressId" TEXT,
    "slotId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CartLine" (
    "id" TEXT NOT NULL,
    "cartId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "seenUnitPriceMinor" INTEGER NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CartLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscountCode" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "DiscountKind" NOT NULL,
    "percentBasisPoints" INTEGER,
    "amountMinor" INTEGER,
    "minimumSubtotalMinor" INTEGER NOT NULL DEFAULT 0,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3),
    "usageLimit" INTEGER,
    "perCustomerLimit" INTEGER DEFAULT 1,
    "firstOrderOnly" BOOLEAN NOT NULL DEFAULT false,
    "timesUsed" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscountCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscountRedemption" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "discountCodeId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "userId" TEXT,
    "amountMinor" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedAt" TIMESTAMP(3),

    CONSTRAINT "DiscountRedemption_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "channel" "OrderChannel" NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'PLACED',
    "customerUserId" TEXT,
    "buyerOrganisationId" TEXT,
    "subscriptionId" TEXT,
    "zoneId" TEXT NOT NULL,
    "slotId" TEXT,
    "fulfilmentLocationId" TEXT NOT NULL,
    "deliveryDate" DATE NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "cutoffAt" TIMESTAMP(3) NOT NULL,
    "addressId" TEXT,
    "shipTo" JSONB NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "pricesIncludeTax" BOOLEAN NOT NULL DEFAULT true,
    "paymentMethod" "PaymentMethodKind" NOT NULL,
    "subtotalMinor" INTEGER NOT NULL,
    "discountMinor" INTEGER NOT NULL DEFAULT 0,
    "deliveryFeeMinor" INTEGER NOT NULL DEFAULT 0,
    "taxMinor" INTEGER NOT NULL,
    "totalMinor" INTEGER NOT NULL,
    "deliveredTotalMinor" INTEGER,
    "discountCodeId" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "issues" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "placedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderLine" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPriceMinor" INTEGER NOT NULL,
    "taxRateBasisPoints" INTEGER NOT NULL,
    "discountMinor" INTEGER NOT NULL DEFAULT 0,
    "lineTotalMinor" INTEGER NOT NULL,
    "taxMinor" INTEGER NOT NULL,
    "reservedQuantity" INTEGER NOT NULL DEFAULT 0,
    "deliveredQuantity" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderTransition" (
    "id" BIGSERIAL NOT NULL,
    "hubId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "fromStatus" "OrderStatus",
    "toStatus" "OrderStatus" NOT NULL,
    "actorUserId" TEXT,
    "actorKind" TEXT NOT NULL,
    "note" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderEdit" (
    "id" BIGSERIAL NOT NULL,
    "hubId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "actorUserId" TEXT,
    "changes" JSONB NOT NULL,
    "totalBeforeMinor" INTEGER NOT NULL,
    "totalAfterMinor" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderEdit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoxTemplate" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "priceMinor" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BoxTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoxTemplateLine" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BoxTemplateLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BoxSwapOption" (
    "lineId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,

    CONSTRAINT "BoxSwapOption_pkey" PRIMARY KEY ("lineId","skuId")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "templateId" TEXT,
    "name" TEXT NOT NULL,
    "cadence" "Cadence" NOT NULL,
    "status" "SubscriptionStatus" NOT NULL DEFAULT 'ACTIVE',
    "zoneId" TEXT NOT NULL,
    "windowId" TEXT NOT NULL,
    "addressId" TEXT NOT NULL,
    "paymentMethod" "PaymentMethodKind" NOT NULL,
    "savedPaymentMethodId" TEXT,
    "anchorWeek" TEXT NOT NULL,
    "pausedUntil" DATE,
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" "CancelReason",
    "cancelNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscriptionLine" (
    "id" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "templateLineId" TEXT,

    CONSTRAINT "SubscriptionLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscriptionSkip" (
    "subscriptionId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscriptionSkip_pkey" PRIMARY KEY ("subscriptionId","isoWeek")
);

-- CreateTable
CREATE TABLE "SubscriptionRenewal" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "outcome" "RenewalOutcome" NOT NULL,
    "orderId" TEXT,
    "issues" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscriptionRenewal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "provider" "PaymentProvider" NOT NULL,
    "method" "PaymentMethodKind" NOT NULL,
    "status" "PaymentStatus" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "authorizedMinor" INTEGER NOT NULL DEFAULT 0,
    "capturedMinor" INTEGER NOT NULL DEFAULT 0,
    "refundedMinor" INTEGER NOT NULL DEFAULT 0,
    "dueMinor" INTEGER NOT NULL DEFAULT 0,
    "receivedMinor" INTEGER NOT NULL DEFAULT 0,
    "stripePaymentIntentId" TEXT,
    "stripeCheckoutSessionId" TEXT,
    "stripeCustomerId" TEXT,
    "failureMessage" TEXT,
    "providerUpdatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentReceipt" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "paymentId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "RefundStatus" NOT NULL DEFAULT 'PENDING',
    "stripeRefundId" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeCustomer" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "stripeCustomerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeCustomer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedPaymentMethod" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "stripePaymentMethodId" TEXT NOT NULL,
    "brand" TEXT NOT NULL,
    "last4" TEXT NOT NULL,
    "expMonth" INTEGER NOT NULL,
    "expYear" INTEGER NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "detachedAt" TIMESTAMP(3),

    CONSTRAINT "SavedPaymentMethod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderEvent" (
    "id" TEXT NOT NULL,
    "provider" "PaymentProvider" NOT NULL,
    "type" TEXT NOT NULL,
    "hubId" TEXT,
    "objectId" TEXT,
    "providerCreatedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "ProviderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerCredit" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "orderId" TEXT,
    "amountMinor" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerCredit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerAccount" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "AccountType" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "balanceMinor" BIGINT NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JournalEntry" (
    "id" TEXT NOT NULL,
    "hubId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "memo" TEXT NOT NULL,
    "orderId" TEXT,
    "paymentId" TEXT,
    "reversalOfId" TEXT,
    "actorUserId" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JournalEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Posting" (
    "id" BIGSERIAL NOT NULL,
    "hubId" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "amountMinor" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "orderId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Posting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "hubId" TEXT,
    "userId" TEXT,
    "channel" "NotificationChannel" NOT NULL,
    "template" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "html" TEXT,
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "eventId" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryZone_hubId_code_key" ON "DeliveryZone"("hubId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryWindow_zoneId_weekday_startTime_key" ON "DeliveryWindow"("zoneId", "weekday", "startTime");

-- CreateIndex
CREATE INDEX "DeliverySlot_hubId_date_idx" ON "DeliverySlot"("hubId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "DeliverySlot_zoneId_startsAt_key" ON "DeliverySlot"("zoneId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryFeeRule_zoneId_minSubtotalMinor_key" ON "DeliveryFeeRule"("zoneId", "minSubtotalMinor");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_token_key" ON "Cart"("token");

-- CreateIndex
CREATE INDEX "Cart_userId_status_idx" ON "Cart"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Cart_hubId_activeForUserId_key" ON "Cart"("hubId", "activeForUserId");

-- CreateIndex
CREATE UNIQUE INDEX "CartLine_cartId_skuId_key" ON "CartLine"("cartId", "skuId");

-- CreateIndex
CREATE UNIQUE INDEX "DiscountCode_hubId_code_key" ON "DiscountCode"("hubId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "DiscountRedemption_orderId_key" ON "DiscountRedemption"("orderId");

-- CreateIndex
CREATE INDEX "DiscountRedemption_discountCodeId_userId_idx" ON "DiscountRedemption"("discountCodeId", "userId");

-- CreateIndex
CREATE INDEX "Order_hubId_status_deliveryDate_idx" ON "Order"("hubId", "status", "deliveryDate");

-- CreateIndex
CREATE INDEX "Order_hubId_isoWeek_idx" ON "Order"("hubId", "isoWeek");

-- CreateIndex
CREATE INDEX "Order_customerUserId_placedAt_idx" ON "Order"("customerUserId", "placedAt");

-- CreateIndex
CREATE INDEX "Order_buyerOrganisationId_placedAt_idx" ON "Order"("buyerOrganisationId", "placedAt");

-- CreateIndex
CREATE INDEX "Order_slotId_idx" ON "Order"("slotId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_hubId_number_key" ON "Order"("hubId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Order_subscriptionId_isoWeek_key" ON "Order"("subscriptionId", "isoWeek");

-- CreateIndex
CREATE INDEX "OrderLine_hubId_skuId_idx" ON "OrderLine"("hubId", "skuId");

-- CreateIndex
CREATE UNIQUE INDEX "OrderLine_orderId_skuId_key" ON "OrderLine"("orderId", "skuId");

-- CreateIndex
CREATE INDEX "OrderTransition_orderId_id_idx" ON "OrderTransition"("orderId", "id");

-- CreateIndex
CREATE INDEX "OrderEdit_orderId_id_idx" ON "OrderEdit"("orderId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "BoxTemplate_hubId_code_key" ON "BoxTemplate"("hubId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "BoxTemplateLine_templateId_skuId_key" ON "BoxTemplateLine"("templateId", "skuId");

-- CreateIndex
CREATE INDEX "Subscription_hubId_status_idx" ON "Subscription"("hubId", "status");

-- CreateIndex
CREATE INDEX "Subscription_userId_idx" ON "Subscription"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionLine_subscriptionId_skuId_key" ON "SubscriptionLine"("subscriptionId", "skuId");

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionRenewal_orderId_key" ON "SubscriptionRenewal"("orderId");

-- CreateIndex
CREATE INDEX "SubscriptionRenewal_hubId_isoWeek_idx" ON "SubscriptionRenewal"("hubId", "isoWeek");

-- CreateIndex
CREATE UNIQUE INDEX "SubscriptionRenewal_subscriptionId_isoWeek_key" ON "SubscriptionRenewal"("subscriptionId", "isoWeek");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_stripePaymentIntentId_key" ON "Payment"("stripePaymentIntentId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_stripeCheckoutSessionId_key" ON "Payment"("stripeCheckoutSessionId");

-- CreateIndex
CREATE INDEX "Payment_orderId_idx" ON "Payment"("orderId");

-- CreateIndex
CREATE INDEX "Payment_hubId_status_idx" ON "Payment"("hubId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentReceipt_paymentId_reference_key" ON "PaymentReceipt"("paymentId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_stripeRefundId_key" ON "Refund"("stripeRefundId");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_idempotencyKey_key" ON "Refund"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Refund_orderId_idx" ON "Refund"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "StripeCustomer_stripeCustomerId_key" ON "StripeCustomer"("stripeCustomerId");

-- CreateIndex
CREATE UNIQUE INDEX "StripeCustomer_hubId_userId_key" ON "StripeCustomer"("hubId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "SavedPaymentMethod_stripePaymentMethodId_key" ON "SavedPaymentMethod"("stripePaymentMethodId");

-- CreateIndex
CREATE INDEX "SavedPaymentMethod_userId_idx" ON "SavedPaymentMethod"("userId");

-- CreateIndex
CREATE INDEX "ProviderEvent_objectId_idx" ON "ProviderEvent"("objectId");

-- CreateIndex
CREATE INDEX "ProviderEvent_type_receivedAt_idx" ON "ProviderEvent"("type", "receivedAt");

-- CreateIndex
CREATE INDEX "CustomerCredit_userId_createdAt_idx" ON "CustomerCredit"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerAccount_hubId_code_key" ON "LedgerAccount"("hubId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerAccount_hubId_key_key" ON "LedgerAccount"("hubId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "JournalEntry_reversalOfId_key" ON "JournalEntry"("reversalOfId");

-- CreateIndex
CREATE INDEX "JournalEntry_hubId_occurredAt_idx" ON "JournalEntry"("hubId", "occurredAt");

-- CreateIndex
CREATE INDEX "JournalEntry_hubId_kind_occurredAt_idx" ON "JournalEntry"("hubId", "kind", "occurredAt");

-- CreateIndex
CREATE INDEX "JournalEntry_orderId_idx" ON "JournalEntry"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "JournalEntry_hubId_idempotencyKey_key" ON "JournalEntry"("hubId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "Posting_accountId_id_idx" ON "Posting"("accountId", "id");

-- CreateIndex
CREATE INDEX "Posting_entryId_idx" ON "Posting"("entryId");

-- CreateIndex
CREATE INDEX "Posting_orderId_idx" ON "Posting"("orderId");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_eventId_channel_template_key" ON "Notification"("eventId", "channel", "template");

-- AddForeignKey
ALTER TABLE "DeliveryZone" ADD CONSTRAINT "DeliveryZone_hubId_fkey" FOREIGN KEY ("hubId") REFERENCES "Hub"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryWindow" ADD CONSTRAINT "DeliveryWindow_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "DeliveryZone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverySlot" ADD CONSTRAINT "DeliverySlot_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "DeliveryZone"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverySlot" ADD CONSTRAINT "DeliverySlot_windowId_fkey" FOREIGN KEY ("windowId") REFERENCES "DeliveryWindow"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryFeeRule" ADD CONSTRAINT "DeliveryFeeRule_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "DeliveryZone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CartLine" ADD CONSTRAINT "CartLine_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountRedemption" ADD CONSTRAINT "DiscountRedemption_discountCodeId_fkey" FOREIGN KEY ("discountCodeId") REFERENCES "DiscountCode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderTransition" ADD CONSTRAINT "OrderTransition_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderEdit" ADD CONSTRAINT "OrderEdit_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoxTemplateLine" ADD CONSTRAINT "BoxTemplateLine_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "BoxTemplate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BoxSwapOption" ADD CONSTRAINT "BoxSwapOption_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "BoxTemplateLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "BoxTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriptionLine" ADD CONSTRAINT "SubscriptionLine_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriptionSkip" ADD CONSTRAINT "SubscriptionSkip_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubscriptionRenewal" ADD CONSTRAINT "SubscriptionRenewal_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentReceipt" ADD CONSTRAINT "PaymentReceipt_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Posting" ADD CONSTRAINT "Posting_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "JournalEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Posting" ADD CONSTRAINT "Posting_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "LedgerAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ─── Hand-written: invariants the schema language cannot express ─────────────

-- Order numbers: a sequence never blocks concurrent checkouts (a MAX()+1 would serialise them).
CREATE SEQUENCE "OrderNumberSeq" START 1000;

-- Slots: places are taken with a conditional UPDATE, these keep any other writer honest too.
ALTER TABLE "DeliverySlot" ADD CONSTRAINT "DeliverySlot_booked" CHECK ("booked" >= 0 AND "booked" <= "capacity");
ALTER TABLE "DeliverySlot" ADD CONSTRAINT "DeliverySlot_window" CHECK ("endsAt" > "startsAt" AND "cutoffAt" <= "startsAt");
ALTER TABLE "DeliveryWindow" ADD CONSTRAINT "DeliveryWindow_fields" CHECK ("weekday" BETWEEN 1 AND 7 AND "capacity" >= 0 AND "endTime" > "startTime");
ALTER TABLE "DeliveryZone" ADD CONSTRAINT "DeliveryZone_fields" CHECK ("cutoffDaysBefore" >= 0 AND "minimumOrderMinor" >= 0);
ALTER TABLE "DeliveryFeeRule" ADD CONSTRAINT "DeliveryFeeRule_amounts" CHECK ("minSubtotalMinor" >= 0 AND "feeMinor" >= 0);

-- Carts and discounts.
ALTER TABLE "CartLine" ADD CONSTRAINT "CartLine_quantity" CHECK ("quantity" > 0);
ALTER TABLE "DiscountCode" ADD CONSTRAINT "DiscountCode_amounts" CHECK (
  ("kind" <> 'PERCENT' OR "percentBasisPoints" BETWEEN 1 AND 10000)
  AND ("kind" <> 'FIXED' OR "amountMinor" > 0)
  AND "timesUsed" >= 0 AND ("usageLimit" IS NULL OR "timesUsed" <= "usageLimit"));

-- Orders: money adds up line by line, quantities are positive.
ALTER TABLE "Order" ADD CONSTRAINT "Order_amounts" CHECK (
  "subtotalMinor" >= 0 AND "discountMinor" >= 0 AND "deliveryFeeMinor" >= 0 AND "taxMinor" >= 0 AND "totalMinor" >= 0
  AND ("deliveredTotalMinor" IS NULL OR "deliveredTotalMinor" >= 0));
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_quantities" CHECK (
  "quantity" > 0 AND "unitPriceMinor" >= 0 AND "discountMinor" >= 0 AND "lineTotalMinor" >= 0 AND "taxMinor" >= 0
  AND "reservedQuantity" BETWEEN 0 AND "quantity"
  AND ("deliveredQuantity" IS NULL OR "deliveredQuantity" >= 0));
ALTER TABLE "SubscriptionLine" ADD CONSTRAINT "SubscriptionLine_quantity" CHECK ("quantity" > 0);
ALTER TABLE "BoxTemplateLine" ADD CONSTRAINT "BoxTemplateLine_quantity" CHECK ("quantity" > 0);
ALTER TABLE "BoxTemplate" ADD CONSTRAINT "BoxTemplate_price" CHECK ("priceMinor" >= 0);

-- The order timeline and edits are history: append-only.
CREATE TRIGGER "OrderTransition_append_only" BEFORE UPDATE OR DELETE ON "OrderTransition"
  FOR EACH ROW EXECUTE FUNCTION furrow_reject_modification();
CREATE TRIGGER "OrderEdit_append_only" BEFORE UPDATE OR DELETE ON "OrderEdit"
  FOR EACH ROW EXECUTE FUNCTION furrow_reject_modification();

-- Payments never capture more than authorized, refund more than captured, or receive more than due.
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amounts" CHECK (
  "authorizedMinor" >= 0 AND "capturedMinor" >= 0 AND "refundedMinor" >= 0 AND "dueMinor" >= 0 AND "receivedMinor" >= 0
  AND "refundedMinor" <= "capturedMinor" + "receivedMinor"
  AND ("provider" <> 'STRIPE' OR "capturedMinor" <= "authorizedMinor"));
ALTER TABLE "PaymentReceipt" ADD CONSTRAINT "PaymentReceipt_amount" CHECK ("amountMinor" > 0);
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_amount" CHECK ("amountMinor" > 0);
ALTER TABLE "CustomerCredit" ADD CONSTRAINT "CustomerCredit_amount" CHECK ("amountMinor" <> 0);

-- Ledger: postings and entries are immutable, corrections are reversal entries.
CREATE TRIGGER "JournalEntry_append_only" BEFORE UPDATE OR DELETE ON "JournalEntry"
  FOR EACH ROW EXECUTE FUNCTION furrow_reject_modification();
CREATE TRIGGER "JournalEntry_no_truncate" BEFORE TRUNCATE ON "JournalEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION furrow_reject_modification();
CREATE TRIGGER "Posting_append_only" BEFORE UPDATE OR DELETE ON "Posting"
  FOR EACH ROW EXECUTE FUNCTION furrow_reject_modification();
CREATE TRIGGER "Posting_no_truncate" BEFORE TRUNCATE ON "Posting"
  FOR EACH STATEMENT EXECUTE FUNCTION furrow_reject_modification();
ALTER TABLE "Posting" ADD CONSTRAINT "Posting_amount" CHECK ("amountMinor" <> 0);

-- Account balances follow their postings in the same statement. Accounts are locked in id order
-- first, so two entries touching the same accounts queue instead of deadlocking.
-- The balance check is a statement trigger, not a deferred one: an error at COMMIT leaves the pg
-- adapter connection stuck, and every writer inserts an entry postings in one statement anyway.
CREATE FUNCTION furrow_postings_inserted() RETURNS trigger AS $$
DECLARE
  bad record;
BEGIN
  SELECT p."entryId", SUM(p."amountMinor") AS total, COUNT(*) AS n INTO bad
  FROM "Posting" p
  WHERE p."entryId" IN (SELECT DISTINCT "entryId" FROM new_rows)
  GROUP BY p."entryId"
  HAVING SUM(p."amountMinor") <> 0 OR COUNT(*) < 2
  LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'journal entry % does not balance: % postings summing to %', bad."entryId", bad.n, bad.total
      USING ERRCODE = '23514';
  END IF;
  PERFORM 1 FROM "LedgerAccount" WHERE id IN (SELECT DISTINCT "accountId" FROM new_rows) ORDER BY id FOR UPDATE;
  UPDATE "LedgerAccount" a SET "balanceMinor" = a."balanceMinor" + s.total
  FROM (SELECT "accountId", SUM("amountMinor") AS total FROM new_rows GROUP BY "accountId") s
  WHERE a.id = s."accountId";
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER "Posting_inserted" AFTER INSERT ON "Posting"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION furrow_postings_inserted();
