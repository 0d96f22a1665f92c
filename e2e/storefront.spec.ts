// A visitor (not signed in) searches and filters the catalog, sorts it, and opens a product's
// provenance: farm, cluster, harvest date, lab results and the handling timeline. Demo seed data.
import { expect, test, type Page } from "@playwright/test";
import { SHOWCASE } from "../prisma/seed/demo-catalog";
import { ARTIFACTS } from "./helpers";

const euros = (text: string) => Number(text.replace(/[^0-9.]/g, ""));

/** Prices of the cards in grid order ("from €2.49" -> 2.49). */
async function cardPrices(page: Page): Promise<number[]> {
  const texts = await page.getByRole("list").filter({ has: page.getByRole("article") }).getByRole("article").locator("p.text-lg").allInnerTexts();
  return texts.map(euros);
}

test("a visitor searches, filters and sorts the catalog, then reads a product's provenance", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Browse fresh produce" }).click();
  await expect(page).toHaveURL(/\/shop$/);
  await expect(page.getByRole("heading", { level: 1, name: "Fresh produce" })).toBeVisible();
  await expect(page.getByText(/^1–24 of \d+ products$/)).toBeVisible();

  // Search by the word shoppers use while typing: a prefix finds the tomatoes.
  const search = page.getByRole("search", { name: "Products" });
  await search.getByLabel("Search produce").fill("tom");
  await search.getByLabel("Search produce").press("Enter");
  await expect(page).toHaveURL(/[?&]q=tom(&|$)/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “tom”");
  await expect(page.getByRole("link", { name: "Cherry tomatoes", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Vine tomatoes", exact: true })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/storefront-search.png`, fullPage: true });

  // Filter: category, certification (links with counts), stock (checkbox), then sort by price.
  const filters = page.getByRole("complementary", { name: "Filters" });
  await filters.getByRole("region", { name: "Category" }).getByRole("link", { name: /^Vegetables/ }).click();
  await expect(page).toHaveURL(/category=vegetables/);
  await filters.getByRole("region", { name: "Certification" }).getByRole("link", { name: /^EU organic/ }).click();
  await expect(page).toHaveURL(/certification=EU_ORGANIC/);
  await filters.getByLabel(/In stock only/).check();
  await expect(page).toHaveURL(/inStock=1/);
  await expect(page).toHaveURL(/q=tom/); // the search survives the filters
  await page.getByLabel("Sort by").selectOption("price-asc");
  await expect(page).toHaveURL(/sort=price-asc/);
  const active = page.getByRole("link", { name: /^Remove filter/ });
  await expect(active).toHaveText(["“tom”", "Vegetables", "EU organic", "In stock"]);
  await expect(page.getByRole("article").first()).toBeVisible();
  const prices = await cardPrices(page);
  expect(prices.length).toBeGreaterThan(1);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  for (const card of await page.getByRole("article").all()) {
    await expect(card).toContainText("EU organic");
    await expect(card).not.toContainText("Out of stock");
  }
  await page.screenshot({ path: `${ARTIFACTS}/storefront-filtered.png`, fullPage: true });

  // Open the showcase product: its provenance story.
  await page.getByRole("link", { name: "Cherry tomatoes", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/shop/${SHOWCASE.productSlug}$`));
  await expect(page).toHaveTitle(/Cherry tomatoes/);
  await expect(page.getByRole("heading", { level: 1, name: "Cherry tomatoes" })).toBeVisible();
  await expect(page.getByText(/Grown by .+ cluster/)).toBeVisible();
  const packs = page.getByRole("region", { name: "Packs and prices" });
  await expect(packs).toContainText("250 g punnet");
  await expect(packs).toContainText(/€\d+\.\d\d \/ kg/);

  const provenance = page.getByRole("region", { name: "Where it comes from" });
  const lot = provenance.locator("details[open]").first();
  await expect(lot.getByText("Farm", { exact: true })).toBeVisible();
  await expect(lot.getByText("Cluster", { exact: true })).toBeVisible();
  await expect(lot.getByText("Harvest date", { exact: true })).toBeVisible();
  await expect(lot.getByText(/Harvested \d+ \w+ \d{4}/)).toBeVisible();
  const lab = lot.getByRole("table", { name: /Lab results of lot/ });
  await expect(lab.getByRole("row")).not.toHaveCount(1);
  await expect(lab).toContainText(/Pass|Fail/);
  const timeline = lot.getByRole("region", { name: "Handling timeline" }).getByRole("listitem");
  await expect(timeline.first()).toContainText("Received");
  await expect(timeline.filter({ hasText: "°C" }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Certifications" }).getByText("Valid to").first()).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/storefront-provenance.png`, fullPage: true });

  // Another lot opens on demand (plain <details>, no script needed).
  const lots = provenance.locator("details");
  if ((await lots.count()) > 1) {
    const second = lots.nth(1);
    await expect(second).not.toHaveAttribute("open");
    await second.locator("summary").click();
    await expect(second.getByRole("table", { name: /Lab results of lot/ }).or(second.getByText("No lab tests on this lot yet."))).toBeVisible();
  }

  await page.goto("/shop/no-such-product");
  await expect(page.getByText("This product is not in the shop")).toBeVisible();
});

test("the catalog works without JavaScript: filter links, the Apply button and product pages", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/shop?q=tomato");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “tomato”");
  await page.getByRole("region", { name: "Category" }).getByRole("link", { name: /^Vegetables/ }).click();
  await expect(page).toHaveURL(/q=tomato&category=vegetables/);
  await page.getByLabel(/In stock only/).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/inStock=1/);
  await expect(page.getByRole("link", { name: "Remove filter In stock" })).toBeVisible();
  await page.getByRole("link", { name: "Cherry tomatoes", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cherry tomatoes" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Where it comes from" }).getByRole("table").first()).toBeVisible();
  // An unknown product answers 404 (the not-found page itself is rendered by the client in this Next.js version).
  expect((await page.goto("/shop/no-such-product"))?.status()).toBe(404);
  await context.close();
});

test("integrators read the same catalog as JSON, and get a 400 with field errors for bad parameters", async ({ request }) => {
  const ok = await request.get("/api/v1/catalog?q=tom&category=vegetables&inStock=1&sort=price-asc&pageSize=5");
  expect(ok.status()).toBe(200);
  const body = (await ok.json()) as { hub: { slug: string }; total: number; products: { name: string; inStock: boolean; price: { amountMinor: number } | null }[]; facets: { certifications: unknown[] } };
  expect(body.hub.slug).toBe("valley");
  expect(body.products.map((p) => p.name)).toContain("Cherry tomatoes");
  expect(body.products.length).toBeLessThanOrEqual(5);
  expect(body.products.every((p) => p.inStock)).toBe(true);
  const prices = body.products.map((p) => p.price!.amountMinor);
  expect(prices).toEqual([...prices].sort((a, b) => a - b));
  expect(body.facets.certifications.length).toBeGreaterThan(0);
  const bad = await request.get("/api/v1/catalog?sort=cheapest&page=0");
  expect(bad.status()).toBe(400);
  const error = (await bad.json()) as { error: { code: string; fieldErrors: Record<string, string[]> } };
  expect(error.error.code).toBe("VALIDATION");
  expect(Object.keys(error.error.fieldErrors).sort()).toEqual(["page", "sort"]);
});
