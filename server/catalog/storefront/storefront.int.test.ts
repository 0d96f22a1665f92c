// The public catalog against a real PostgreSQL: full-text search with prefixes, filters, stock that
// counts (reserved-out and expired lots do not), price windows, paging, tenancy, and a fixed
// number of statements however many products there are.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { createTestDatabase, type TestDatabase } from "../../testing/db";
import { makeHub, makeOrganisation } from "../../testing/factories";
import { resolveStorefrontHub } from "./hub";
import { productProvenance } from "./provenance";
import { searchCatalog } from "./search";
import { dateFrom, makeCategory, makeProduct, makeStorefrontBasics, stockLot } from "./testing";

const NOW = new Date("2026-11-20T10:00:00Z");
const HOUR = 3_600_000;
let t: TestDatabase;
let hubId: string;
let otherHubId: string;
let clusterCode: string;
let farm3Code: string;

const names = (page: { products: { name: string }[] }) => page.products.map((p) => p.name);
const search = (input: Parameters<typeof searchCatalog>[2]) => searchCatalog(t.db, hubId, input, NOW);

beforeAll(async () => {
  t = await createTestDatabase();
  const db = t.db;
  const hub = await makeHub(db);
  hubId = hub.id;
  const b = await makeStorefrontBasics(db, hubId);
  const veg = await makeCategory(db, hubId, "Vegetables");
  const tomatoes = await makeCategory(db, hubId, "Tomatoes", veg.id);
  const fruit = await makeCategory(db, hubId, "Fruit");
  const cluster = await makeOrganisation(db, hubId, "CLUSTER", { name: "Gelderse Vallei Growers" });
  const cluster2 = await makeOrganisation(db, hubId, "CLUSTER", { name: "Eemland Greens" });
  const farm1 = await makeOrganisation(db, hubId, "FARM", { parentId: cluster.id, name: "De Hof van Ede" });
  const farm2 = await makeOrganisation(db, hubId, "FARM", { parentId: cluster.id, name: "Boerderij Zonneveld" });
  const farm3 = await makeOrganisation(db, hubId, "FARM", { parentId: cluster2.id, name: "Eemhoeve" });
  clusterCode = cluster.code;
  farm3Code = farm3.code;
  const cert = (organisationId: string, scheme: "EU_ORGANIC" | "DEMETER", validTo: Date, documentKey?: string) =>
    db.certification.create({ data: { hubId, organisationId, scheme, issuer: "SKAL", number: `N-${Math.random()}`, validFrom: dateFrom(NOW, -300), validTo, documentKey } });
  await cert(farm1.id, "EU_ORGANIC", dateFrom(NOW, 200), "certs/farm1.pdf");
  await cert(farm2.id, "EU_ORGANIC", dateFrom(NOW, -1)); // expired yesterday
  await cert(cluster2.id, "DEMETER", dateFrom(NOW, 0)); // valid through today

  const base = { taxCategoryId: b.taxCategoryId, now: NOW };
  const cherry = await makeProduct(db, hubId, {
    ...base, categoryId: tomatoes.id, name: "Cherry tomatoes", keywords: "cherry toms vine", description: "Sweet, thin-skinned tomatoes on the vine.",
    skus: [{ name: "250 g punnet", packQuantity: 250, packUnit: "G", priceMinor: 349, code: "TOM-CHERRY-250G" }, { name: "1 kg box", packQuantity: 1, packUnit: "KG", priceMinor: 1099, code: "TOM-CHERRY-1KG" }],
  });
  const beef = await makeProduct(db, hubId, { ...base, categoryId: tomatoes.id, name: "Beefsteak tomatoes", skus: [{ name: "1 kg box", packQuantity: 1, packUnit: "KG", priceMinor: 499 }] });
  const plum = await makeProduct(db, hubId, { ...base, categoryId: tomatoes.id, name: "Plum tomatoes", skus: [{ name: "500 g bag", packQuantity: 500, packUnit: "G", priceMinor: 299 }] });
  const kale = await makeProduct(db, hubId, { ...base, categoryId: veg.id, name: "Curly kale", description: "Crinkly leaves for stamppot.", skus: [{ name: "Bunch", packQuantity: 1, packUnit: "BUNCH", priceMinor: 199 }] });
  const apples = await makeProduct(db, hubId, { ...base, categoryId: fruit.id, name: "Elstar apples", skus: [{ name: "1 kg bag", packQuantity: 1, packUnit: "KG", priceMinor: 250 }] });
  await makeProduct(db, hubId, { ...base, categoryId: fruit.id, name: "Conference pears", skus: [{ name: "1 kg bag", packQuantity: 1, packUnit: "KG" }] });
  await makeProduct(db, hubId, { ...base, categoryId: tomatoes.id, name: "Tomato passata", active: false, skus: [{ name: "Jar", packQuantity: 700, packUnit: "ML", priceMinor: 399 }] });

  // Cherry 250 g: an expired and a future price around the current one, and a wholesale tier.
  const cherry250 = cherry.skus[0]!.id;
  await db.price.updateMany({ where: { skuId: cherry250 }, data: { validTo: new Date(NOW.getTime() + 7 * 24 * HOUR) } });
  await db.price.createMany({
    data: [
      { hubId, skuId: cherry250, channel: "RETAIL", amountMinor: 299, currency: "EUR", validFrom: new Date(NOW.getTime() - 30 * 24 * HOUR), validTo: new Date(NOW.getTime() - 24 * HOUR) },
      { hubId, skuId: cherry250, channel: "RETAIL", amountMinor: 399, currency: "EUR", validFrom: new Date(NOW.getTime() + 7 * 24 * HOUR) },
      { hubId, skuId: cherry250, channel: "WHOLESALE", minQuantity: 10, amountMinor: 250, currency: "EUR", validFrom: new Date(NOW.getTime() - 24 * HOUR) },
    ],
  });

  const lot = (skuId: string, farm: { id: string; parentId: string | null }, locationId: string, quantity: number, extra: { reserved?: number; bestBeforeDays?: number; harvestedHoursAgo?: number } = {}) =>
    stockLot(db, hubId, {
      skuId, farmId: farm.id, clusterId: farm.parentId!, locationId, quantity, reserved: extra.reserved,
      harvestedAt: new Date(NOW.getTime() - (extra.harvestedHoursAgo ?? 48) * HOUR), bestBefore: dateFrom(NOW, extra.bestBeforeDays ?? 5),
    });
  const cherryLot = await lot(cherry250, farm1, b.warehouse.id, 10, { reserved: 4, harvestedHoursAgo: 30 });
  await lot(cherry.skus[1]!.id, farm1, b.packhouse.id, 3, { bestBeforeDays: 0, harvestedHoursAgo: 40 });
  await lot(beef.skus[0]!.id, farm2, b.packhouse.id, 5, { reserved: 5 }); // fully reserved
  await lot(plum.skus[0]!.id, farm3, b.warehouse.id, 8, { bestBeforeDays: -1 }); // past best-before
  await lot(kale.skus[0]!.id, farm3, b.warehouse.id, 3, { harvestedHoursAgo: 10 });
  await lot(apples.skus[0]!.id, farm1, b.vendorShop.id, 20); // only at a vendor shop: not shop stock

  await db.labResult.createMany({
    data: [
      { hubId, lotId: cherryLot.id, analyte: "Nitrate", value: 120, unit: "mg/kg", limitValue: 3500, passed: true, laboratory: "Eurofins", sampledAt: new Date(NOW.getTime() - 28 * HOUR) },
      { hubId, lotId: cherryLot.id, analyte: "Lead (Pb)", value: 0.06, unit: "mg/kg", limitValue: 0.05, passed: false, laboratory: "Eurofins", sampledAt: new Date(NOW.getTime() - 28 * HOUR) },
    ],
  });
  await db.handlingCheckpoint.createMany({
    data: [
      { hubId, lotId: cherryLot.id, kind: "COLD_STORE_IN", locationId: b.warehouse.id, temperatureC: 11, withinBand: false, recordedAt: new Date(NOW.getTime() - 20 * HOUR) },
      { hubId, lotId: cherryLot.id, kind: "RECEIVED", locationId: b.warehouse.id, temperatureC: 6, withinBand: true, recordedAt: new Date(NOW.getTime() - 29 * HOUR) },
      { hubId, lotId: cherryLot.id, kind: "GRADED", temperatureC: 1, recordedAt: new Date(NOW.getTime() - 25 * HOUR) },
    ],
  });
  await db.substitutionRule.create({ data: { hubId, skuId: cherry250, substituteSkuId: plum.skus[0]!.id, rank: 1 } });

  // Another hub with a product of the same name and slug.
  const other = await makeHub(db);
  otherHubId = other.id;
  const ob = await makeStorefrontBasics(db, otherHubId);
  const oc = await makeCategory(db, otherHubId, "Vegetables");
  const ocl = await makeOrganisation(db, otherHubId, "CLUSTER");
  const ofarm = await makeOrganisation(db, otherHubId, "FARM", { parentId: ocl.id });
  const op = await makeProduct(db, otherHubId, { taxCategoryId: ob.taxCategoryId, categoryId: oc.id, name: "Cherry tomatoes", now: NOW, skus: [{ name: "Punnet", packQuantity: 250, packUnit: "G", priceMinor: 999 }] });
  await stockLot(db, otherHubId, { skuId: op.skus[0]!.id, farmId: ofarm.id, clusterId: ocl.id, locationId: ob.warehouse.id, quantity: 50, harvestedAt: NOW, bestBefore: dateFrom(NOW, 5) });
});
afterAll(() => t.drop());

describe("searchCatalog: text", () => {
  it("finds products by stem and by the prefix being typed, and never inactive ones", async () => {
    for (const q of ["tomato", "tomatoes", "tom", "TOMA"]) {
      expect(new Set(names(await search({ q })))).toEqual(new Set(["Cherry tomatoes", "Beefsteak tomatoes", "Plum tomatoes"]));
    }
    expect(names(await search({ q: "cherry tom" }))).toEqual(["Cherry tomatoes"]);
    expect(names(await search({ q: "vine" }))).toEqual(["Cherry tomatoes"]); // a keyword
    expect(names(await search({ q: "stamppot" }))).toEqual(["Curly kale"]); // the description
    expect(names(await search({ q: "tomato -cherry" })).sort()).toEqual(["Beefsteak tomatoes", "Plum tomatoes"]);
    expect((await search({ q: "x:* & !(" })).total).toBe(0); // tsquery syntax is just text
  });

  it("ranks by relevance when searching: a name match before a category-only match", async () => {
    const page = await search({ q: "vegetables" });
    expect(page.query.sort).toBe("relevance");
    expect(names(page)).toEqual(["Curly kale"]); // category name is in the vector; child categories are not
    const tom = await search({ q: "cherry" });
    expect(names(tom)[0]).toBe("Cherry tomatoes");
  });
});

describe("searchCatalog: filters", () => {
  it("filters by category including its child categories", async () => {
    expect(names(await search({ category: "vegetables" }))).toEqual(["Beefsteak tomatoes", "Cherry tomatoes", "Curly kale", "Plum tomatoes"]);
    expect(names(await search({ category: "tomatoes" }))).toEqual(["Beefsteak tomatoes", "Cherry tomatoes", "Plum tomatoes"]);
    expect((await search({ category: "no-such-category" })).total).toBe(0);
  });

  it("in stock excludes reserved-out, expired and vendor-shop-only stock", async () => {
    const page = await search({ inStock: true });
    expect(names(page)).toEqual(["Cherry tomatoes", "Curly kale"]);
    const cherry = page.products[0]!;
    expect(cherry.availableUnits).toBe(6 + 3); // 10 - 4 reserved, plus the 1 kg lot whose best-before is today
    expect(cherry.inStock).toBe(true);
    const all = await search({});
    expect(all.products.find((p) => p.name === "Beefsteak tomatoes")).toMatchObject({ inStock: false, availableUnits: 0 });
    expect(all.products.find((p) => p.name === "Plum tomatoes")).toMatchObject({ inStock: false });
    expect(all.products.find((p) => p.name === "Elstar apples")).toMatchObject({ inStock: false, farms: [] });
  });

  it("filters by a currently valid certification of the farm or its cluster", async () => {
    expect(names(await search({ certification: "EU_ORGANIC" }))).toEqual(["Cherry tomatoes"]); // farm2's has expired
    expect(names(await search({ certification: "DEMETER" }))).toEqual(["Curly kale"]); // held by the cluster
    expect(names(await search({ certification: "FAIRTRADE" }))).toEqual([]);
  });

  it("filters by farm or cluster of the current lots", async () => {
    expect(names(await search({ origin: clusterCode }))).toEqual(["Cherry tomatoes"]);
    expect(names(await search({ origin: farm3Code }))).toEqual(["Curly kale"]);
    expect(names(await search({ origin: farm3Code, certification: "EU_ORGANIC" }))).toEqual([]);
  });

  it("combines text, category, certification and stock filters", async () => {
    expect(names(await search({ q: "tom", category: "tomatoes", inStock: true, certification: "EU_ORGANIC" }))).toEqual(["Cherry tomatoes"]);
    expect(names(await search({ q: "kale", category: "fruit" }))).toEqual([]);
  });

  it("counts facets leaving each facet's own filter out", async () => {
    const page = await search({ category: "tomatoes", inStock: true });
    expect(page.total).toBe(1);
    const cat = Object.fromEntries(page.facets.categories.map((c) => [c.value, c.count]));
    expect(cat).toEqual({ vegetables: 2, tomatoes: 1, fruit: 0 });
    expect(page.facets.categories.map((c) => [c.value, c.depth])).toEqual([["fruit", 0], ["vegetables", 0], ["tomatoes", 1]]);
    expect(page.facets.certifications).toEqual([{ value: "EU_ORGANIC", label: "EU organic", count: 1 }]);
    expect(page.facets.inStock).toBe(1);
    const all = await search({});
    expect(all.facets.inStock).toBe(2);
    expect(all.facets.certifications.map((c) => [c.value, c.count])).toEqual([["DEMETER", 1], ["EU_ORGANIC", 1]]);
    expect(all.facets.origins.map((o) => [o.kind, o.label, o.count])).toEqual([
      ["CLUSTER", "Eemland Greens", 1], ["FARM", "Eemhoeve", 1], ["CLUSTER", "Gelderse Vallei Growers", 1], ["FARM", "De Hof van Ede", 1],
    ]);
  });
});

describe("searchCatalog: DTO, sorting and paging", () => {
  it("summarises a product: current retail price, price per kg, packs, certifications and origin", async () => {
    const [cherry] = (await search({ q: "cherry tomatoes" })).products;
    expect(cherry).toMatchObject({
      slug: "cherry-tomatoes",
      category: { slug: "tomatoes", name: "Tomatoes", rootSlug: "vegetables", rootName: "Vegetables" },
      skuCount: 2,
      packLabels: ["250 g punnet", "1 kg box"],
      price: { amountMinor: 349, currency: "EUR", packLabel: "250 g punnet", perUnit: { amountMinor: 1396, per: "kg" } },
      certifications: ["EU_ORGANIC"],
      farms: ["De Hof van Ede"],
      clusters: ["Gelderse Vallei Growers"],
      imageKey: null,
    });
    expect(cherry!.latestHarvestAt?.toISOString()).toBe(new Date(NOW.getTime() - 30 * HOUR).toISOString());
  });

  it("sorts by price both ways with unpriced products last, by name, and by freshest harvest", async () => {
    expect(names(await search({ sort: "price-asc" }))).toEqual(["Curly kale", "Elstar apples", "Plum tomatoes", "Cherry tomatoes", "Beefsteak tomatoes", "Conference pears"]);
    expect(names(await search({ sort: "price-desc" }))).toEqual(["Beefsteak tomatoes", "Cherry tomatoes", "Plum tomatoes", "Elstar apples", "Curly kale", "Conference pears"]);
    expect(names(await search({ sort: "name" }))[0]).toBe("Beefsteak tomatoes");
    expect(names(await search({ sort: "freshest" })).slice(0, 2)).toEqual(["Curly kale", "Cherry tomatoes"]);
  });

  it("pages with a stable total", async () => {
    const first = await search({ sort: "name", pageSize: 4 });
    expect(first).toMatchObject({ total: 6, page: 1, pageCount: 2 });
    expect(first.products).toHaveLength(4);
    const second = await search({ sort: "name", pageSize: 4, page: 2 });
    expect(names(second)).toEqual(["Elstar apples", "Plum tomatoes"]);
    const beyond = await search({ sort: "name", pageSize: 4, page: 9 });
    expect(beyond).toMatchObject({ total: 6, products: [] });
    expect((await search({})).products.length).toBe(6); // 24 per page by default
  });

  it("rejects malformed input with a validation error", async () => {
    await expect(search({ sort: "cheapest" as never })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(search({ page: 0 })).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("tenancy", () => {
  it("never shows another hub's products, stock or prices", async () => {
    const mine = await search({ q: "cherry" });
    expect(mine.products).toHaveLength(1);
    expect(mine.products[0]!.price?.amountMinor).toBe(349);
    const theirs = await searchCatalog(t.db, otherHubId, { q: "tomato" }, NOW);
    expect(theirs.products.map((p) => [p.name, p.price?.amountMinor, p.availableUnits])).toEqual([["Cherry tomatoes", 999, 50]]);
    expect(theirs.facets.origins.map((o) => o.label)).not.toContain("De Hof van Ede");
    await expect(productProvenance(t.db, otherHubId, "curly-kale", NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await productProvenance(t.db, otherHubId, "cherry-tomatoes", NOW)).lots.map((l) => l.farm.name)).not.toContain("De Hof van Ede");
  });
});

describe("resolveStorefrontHub", () => {
  it("is the oldest hub unless a slug names another one", async () => {
    expect((await resolveStorefrontHub(t.db, undefined))?.id).toBe(hubId);
    const other = await t.db.hub.findUniqueOrThrow({ where: { id: otherHubId } });
    expect((await resolveStorefrontHub(t.db, other.slug))?.id).toBe(otherHubId);
    expect(await resolveStorefrontHub(t.db, "no-such-hub")).toBeNull();
  });
});

describe("productProvenance", () => {
  it("tells the story of the current lots: farm, cluster, harvest, lab results and the handling timeline", async () => {
    const p = await productProvenance(t.db, hubId, "cherry-tomatoes", NOW);
    expect(p).toMatchObject({ name: "Cherry tomatoes", category: { rootSlug: "vegetables" }, inStock: true, images: [] });
    expect(p.skus).toEqual([
      expect.objectContaining({ code: "TOM-CHERRY-250G", packLabel: "250 g", availableUnits: 6, inStock: true, price: { amountMinor: 349, currency: "EUR", perUnit: { amountMinor: 1396, per: "kg" } } }),
      expect.objectContaining({ code: "TOM-CHERRY-1KG", availableUnits: 3, price: { amountMinor: 1099, currency: "EUR", perUnit: { amountMinor: 1099, per: "kg" } } }),
    ]);
    expect(p.lots.map((l) => [l.skuCode, l.farm.name, l.cluster.name, l.availableUnits])).toEqual([
      ["TOM-CHERRY-250G", "De Hof van Ede", "Gelderse Vallei Growers", 6],
      ["TOM-CHERRY-1KG", "De Hof van Ede", "Gelderse Vallei Growers", 3],
    ]);
    const lot = p.lots[0]!;
    expect(lot.harvestedAt.toISOString()).toBe(new Date(NOW.getTime() - 30 * HOUR).toISOString());
    expect(lot.bestBefore).toBe("2026-11-25");
    expect(lot.labResults.map((r) => [r.analyte, r.value, r.limitValue, r.passed])).toEqual([["Lead (Pb)", 0.06, 0.05, false], ["Nitrate", 120, 3500, true]]);
    expect(lot.checkpoints.map((c) => [c.kind, c.temperatureC, c.outOfBand])).toEqual([["RECEIVED", 6, false], ["GRADED", 1, true], ["COLD_STORE_IN", 11, true]]);
    expect(lot.checkpoints[0]!.locationName).toMatch(/^WAREHOUSE/);
    expect(p.certifications.map((c) => [c.scheme, c.holder.name, c.validTo])).toEqual([["EU_ORGANIC", "De Hof van Ede", "2027-06-08"]]);
    expect(p.certifications[0]!.documentUrl).toMatch(/^\/api\/files\/certs\/farm1\.pdf\?/); // a signed, expiring link
    expect(p.alternatives).toEqual([expect.objectContaining({ forSkuCode: "TOM-CHERRY-250G", productName: "Plum tomatoes", rank: 1, inStock: false, price: { amountMinor: 299, currency: "EUR" } })]);
  });

  it("tells only the freshest lots in full when asked to", async () => {
    const p = await productProvenance(t.db, hubId, "cherry-tomatoes", NOW, { detailedLots: 1 });
    expect(p.lots.map((l) => [l.skuCode, l.detailed, l.labResults.length, l.checkpoints.length])).toEqual([
      ["TOM-CHERRY-250G", true, 2, 3],
      ["TOM-CHERRY-1KG", false, 0, 0],
    ]);
  });

  it("shows an out-of-stock product without lots, and 404s for unknown or inactive slugs", async () => {
    const beef = await productProvenance(t.db, hubId, "beefsteak-tomatoes", NOW);
    expect(beef).toMatchObject({ inStock: false, lots: [], certifications: [] });
    await expect(productProvenance(t.db, hubId, "tomato-passata", NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(productProvenance(t.db, hubId, "nope", NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

/** The db with every call counted (raw statements and model calls alike). */
function counting(db: Db) {
  const calls: string[] = [];
  const wrap = (target: object, path: string): object =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver);
        if (typeof prop !== "string") return value;
        if (typeof value === "function") return (...args: unknown[]) => (calls.push(`${path}${prop}`), (value as (...a: unknown[]) => unknown).apply(obj, args));
        if (value && typeof value === "object" && !prop.startsWith("_")) return wrap(value, `${path}${prop}.`);
        return value;
      },
    });
  return { db: wrap(db, "") as Db, calls };
}

describe("no N+1", () => {
  async function hubWith(products: number) {
    const db = t.db;
    const hub = await makeHub(db);
    const b = await makeStorefrontBasics(db, hub.id);
    const cat = await makeCategory(db, hub.id, "Vegetables");
    const cluster = await makeOrganisation(db, hub.id, "CLUSTER");
    const farm = await makeOrganisation(db, hub.id, "FARM", { parentId: cluster.id });
    await db.certification.create({ data: { hubId: hub.id, organisationId: farm.id, scheme: "EU_ORGANIC", issuer: "SKAL", number: `N-${hub.id}`, validFrom: dateFrom(NOW, -10), validTo: dateFrom(NOW, 10) } });
    for (let i = 0; i < products; i++) {
      const { skus } = await makeProduct(db, hub.id, { taxCategoryId: b.taxCategoryId, categoryId: cat.id, name: `Radish ${i}`, now: NOW, skus: [{ name: "Bunch", packQuantity: 1, packUnit: "BUNCH", priceMinor: 100 + i }] });
      for (let l = 0; l < 2; l++) {
        await stockLot(db, hub.id, { skuId: skus[0]!.id, farmId: farm.id, clusterId: cluster.id, locationId: b.warehouse.id, quantity: 5, harvestedAt: NOW, bestBefore: dateFrom(NOW, 3) });
      }
    }
    return hub.id;
  }

  it("spends the same statements on 3 products as on 30, for the catalog and the product page", async () => {
    const small = await hubWith(3);
    const large = await hubWith(30);
    const measure = async (hub: string) => {
      const c = counting(t.db);
      const page = await searchCatalog(c.db, hub, { q: "radish", certification: "EU_ORGANIC", inStock: true }, NOW);
      const provenance = await productProvenance(c.db, hub, "radish-1", NOW);
      return { calls: c.calls, shown: page.products.length, lots: provenance.lots.length };
    };
    const a = await measure(small);
    const b = await measure(large);
    expect(a.shown).toBe(3);
    expect(b.shown).toBe(24);
    expect(a.lots).toBe(2);
    expect(a.calls).toEqual(["$queryRaw", "$queryRaw", "$queryRaw"]); // one for the catalog page, two for the product page
    expect(b.calls).toEqual(a.calls);
  });
});
