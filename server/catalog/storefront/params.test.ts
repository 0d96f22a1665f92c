import { describe, expect, it } from "vitest";
import { catalogHref, parseCatalogParams } from "./params";

describe("parseCatalogParams", () => {
  it("reads the catalog state from URL parameters", () => {
    const input = parseCatalogParams(new URLSearchParams("q=tom&category=fruit&certification=EU_ORGANIC&origin=CL-GV&inStock=1&sort=price-asc&page=3"));
    expect(input).toEqual({ q: "tom", category: "fruit", certification: "EU_ORGANIC", origin: "CL-GV", inStock: true, sort: "price-asc", page: 3 });
  });

  it("drops malformed values when forgiving", () => {
    const input = parseCatalogParams({ q: ["  kale  ", "x"], certification: "NOPE", sort: "cheapest", page: "-2", inStock: "0" });
    expect(input).toEqual({ q: "kale", category: undefined, origin: undefined, inStock: false });
  });

  it("passes malformed values through when strict, for the validator to reject", () => {
    const input = parseCatalogParams(new URLSearchParams("sort=cheapest&page=abc"), { strict: true });
    expect(input.sort).toBe("cheapest");
    expect(input.page).toBeNaN();
  });
});

describe("catalogHref", () => {
  it("leaves defaults out", () => {
    expect(catalogHref({})).toBe("/shop");
    expect(catalogHref({ q: "tomato", inStock: true, page: 1 })).toBe("/shop?q=tomato&inStock=1");
    expect(catalogHref({ category: "fruit", page: 2 })).toBe("/shop?category=fruit&page=2");
  });
});
