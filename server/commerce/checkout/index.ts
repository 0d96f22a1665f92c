// Public API of checkout: pricing and the one order creator, for orders, subscriptions and imports.
export { priceBasket, type PriceBasketInput, type PricedBasket, type PricedLine } from "./price-basket";
export { createOrder, type CreateOrderInput, type CreatedOrder, type OrderIssue } from "./create-order";
export { placeOrder } from "./place-order";
export { spreadDiscount, taxOn, tierPrice, priceLines, basketTotals, orderNumber } from "./rules";
