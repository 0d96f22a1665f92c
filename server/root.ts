// The app router: one sub-router per bounded context.
import { createCallerFactory, router } from "./trpc";
import { catalogRouter } from "./catalog/router";
import { jobsRouter } from "./jobs/router";
import { identityRouter } from "./identity/router";
import { inventoryRouter } from "./inventory/router";
import { ordersRouter } from "./commerce/orders/router";
import { addressesRouter } from "./commerce/addresses/router";
import { paymentMethodsRouter } from "./commerce/addresses/payment-methods";
import { notificationsRouter } from "./notifications/router";
import { subscriptionsRouter } from "./commerce/subscriptions/router";
import { cartRouter } from "./commerce/cart/router";
import { checkoutRouter } from "./commerce/checkout/router";
import { deliveryRouter } from "./commerce/delivery/router";
import { promotionsRouter } from "./commerce/promotions/router";
import { financeRouter } from "./payments/router";
import { planningRouter } from "./planning/router";
import { supplyRouter } from "./supply/router";
import { shortagesRouter } from "./planning/exceptions/router";
import { demandRouter } from "./demand/router";

export const appRouter = router({
  cart: cartRouter,
  catalog: catalogRouter,
  checkout: checkoutRouter,
  demand: demandRouter,
  delivery: deliveryRouter,
  finance: financeRouter,
  identity: identityRouter,
  inventory: inventoryRouter,
  jobs: jobsRouter,
  orders: ordersRouter,
  addresses: addressesRouter,
  paymentMethods: paymentMethodsRouter,
  planning: planningRouter,
  notifications: notificationsRouter,
  promotions: promotionsRouter,
  shortages: shortagesRouter,
  subscriptions: subscriptionsRouter,
  supply: supplyRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
