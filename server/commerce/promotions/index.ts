// Public API of promotions for checkout and order cancellation.
export { usableDiscount, redeemDiscount, releaseRedemption, type UsableDiscount } from "./service";
export { discountAmounts, discountRefusal, normaliseCode } from "./rules";
