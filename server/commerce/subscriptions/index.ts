// Public API of subscriptions for other contexts, jobs and pages.
export { renewSubscriptions, renewalTargets, type RenewalSummary } from "./renew";
export { listBoxes, getBox } from "./boxes";
export { isDeliveryWeek, renewalDecision, cutoffOf, firstOpenWeek } from "./rules";
export { CANCEL_REASONS } from "./schema";
