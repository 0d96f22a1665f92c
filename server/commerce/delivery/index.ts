// Public API of delivery: zones, slots and fees for checkout, orders, subscriptions and jobs.
export { resolveZone, type ResolvedZone } from "./zones";
export { takeSlotPlace, releaseSlotPlace, slotForWindow, ensureSlots, openSlotsForZone, type TakenSlot, type SlotOption } from "./slots";
export { deliveryFeeFor, matchZone, normalisePostcode, slotTimes, type FeeRule } from "./rules";
export { slotsForAddress, type ShopHub, type SlotView } from "./public";
