// Words for what stands in the way of ordering a cart line.
import type { CartProblem } from "@/server/commerce/cart";

export function problemText(problem: CartProblem, available: number): string {
  switch (problem) {
    case "OUT_OF_STOCK":
      return "Out of stock";
    case "SHORT":
      return `Only ${available} left`;
    case "PRICE_CHANGED":
      return "Price changed";
    case "INACTIVE":
      return "No longer sold";
    case "NO_PRICE":
      return "No current price";
  }
}
