// Every job the app runs. Engines take a job list as an argument; this is the production one.
import type { AnyJob } from "./define";
import { commerceGenerateSlotsJob } from "./definitions/commerce-generate-slots";
import { confirmAtCutoffJob } from "./definitions/commerce-confirm-at-cutoff";
import { demandForecastJob } from "./definitions/demand-forecast";
import { closePoolsJob, refreshPoolsJob } from "./definitions/demand-pools";
import { orderCancelledJob, orderChangedJob, orderConfirmationJob, orderSubstitutionJob } from "./definitions/notifications-order-mail";
import { inventoryExpiryScanJob } from "./definitions/inventory-expiry-scan";
import { paymentsCancelAuthorizationJob } from "./definitions/payments-cancel-authorization";
import { paymentsCancelUnpaidJob } from "./definitions/payments-cancel-unpaid";
import { paymentsCaptureJob } from "./definitions/payments-capture";
import { paymentsChargeSavedCardJob } from "./definitions/payments-charge-saved-card";
import { planningCropProgramsJob, planningPlanWeekJob, planningReplanWeekJob } from "./definitions/planning-plans";
import { purgeSignInAttemptsJob } from "./definitions/purge-sign-in-attempts";
import { relayOutboxJob } from "./definitions/relay-outbox";
import { renewSubscriptionsJob } from "./definitions/renew-subscriptions";

export const jobs: readonly AnyJob[] = [relayOutboxJob, purgeSignInAttemptsJob, inventoryExpiryScanJob, confirmAtCutoffJob, orderConfirmationJob, orderChangedJob, orderCancelledJob, orderSubstitutionJob, renewSubscriptionsJob, commerceGenerateSlotsJob, paymentsCaptureJob, paymentsCancelAuthorizationJob, paymentsChargeSavedCardJob, paymentsCancelUnpaidJob, refreshPoolsJob, closePoolsJob, demandForecastJob, planningPlanWeekJob, planningReplanWeekJob, planningCropProgramsJob];

/** The job with this id from `list`, or undefined. */
export function findJob(id: string, list: readonly AnyJob[] = jobs): AnyJob | undefined {
  return list.find((j) => j.id === id);
}
