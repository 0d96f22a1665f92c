import { describe, expect, it } from "vitest";
import { parseTextQuery } from "./text-query";

describe("parseTextQuery", () => {
  it("returns null for empty or symbol-only input", () => {
    expect(parseTextQuery(undefined)).toBeNull();
    expect(parseTextQuery("   ")).toBeNull();
    expect(parseTextQuery("&|!:*()'")).toBeNull();
  });

  it("prefix-matches the last word typed", () => {
    expect(parseTextQuery("tom")).toEqual({ web: "tom", prefix: { head: "", last: "tom" } });
    expect(parseTextQuery("Cherry Tom ")).toEqual({ web: "Cherry Tom", prefix: { head: "Cherry ", last: "tom" } });
  });

  it("keeps only letters and digits in the prefix term, whatever was typed", () => {
    const parsed = parseTextQuery("x:* & !y | 'tom");
    expect(parsed?.prefix?.last).toBe("tom");
    expect(parseTextQuery("tomates-cerises")?.prefix?.last).toBe("cerises"); // a hyphen inside a word is no negation
    expect(parseTextQuery("jalapeño")?.prefix?.last).toBe("jalapeño");
  });

  it("does not turn negations, quoted phrases, 'or' or single letters into prefixes", () => {
    expect(parseTextQuery("tomato -cherry")?.prefix).toBeNull();
    expect(parseTextQuery('"cherry tom')?.prefix).toBeNull();
    expect(parseTextQuery('"cherry tomatoes" veg')?.prefix).toEqual({ head: '"cherry tomatoes" ', last: "veg" });
    expect(parseTextQuery("kale or")?.prefix).toBeNull();
    expect(parseTextQuery("kale b")?.prefix).toBeNull();
  });
});
