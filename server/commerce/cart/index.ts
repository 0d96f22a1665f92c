// Public API of the cart.
export { mergeGuestCart } from "./carts";
export { CART_COOKIE, resolveShopper, type Shopper } from "./shopper";
export { viewCart, addToCart, setCartQuantity, cartCount, type CartView, type CartLineView, type CartProblem } from "./service";
