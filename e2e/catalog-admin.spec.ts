// Planner journeys in the catalog: create a product with a SKU and a price, upload an image (a
// wrong file type is refused with a field error), find it in the products table; register a
// certificate (an expired one is refused).
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { ARTIFACTS, signIn } from "./helpers";

const today = () => new Date().toISOString().slice(0, 10);

test("planner creates a product with a SKU, a price and an image, and finds it in the table", async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString(36).slice(-5).toUpperCase();
  const name = `Purple sprouting broccoli ${suffix}`;
  await signIn(page, "planner@furrow.demo");
  await page.goto("/ops/catalog/categories");
  await expect(page.getByRole("list", { name: "Categories" })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/catalog-categories.png`, fullPage: true });
  await page.goto("/ops/catalog");
  await expect(page.getByRole("table", { name: "Products" })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/catalog-products.png`, fullPage: true });

  await page.getByRole("link", { name: "New product" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New product" })).toBeVisible();
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByText("Choose a category", { exact: true })).toBeVisible();
  await page.getByLabel("Name").fill(name);
  await page.getByRole("combobox", { name: "Category", exact: true }).selectOption({ index: 1 });
  await page.getByRole("combobox", { name: "Tax category", exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Description").fill("Tender purple spears, picked young.");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page).toHaveURL(/\/ops\/catalog\/products\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  await page.getByRole("button", { name: "Add SKU" }).click();
  const drawer = page.getByRole("dialog", { name: "Add a SKU" });
  const code = `BROC-PSB-${suffix}`;
  await drawer.getByLabel("Code").fill(code);
  await drawer.getByLabel("Name").fill("200 g bunch");
  await drawer.getByLabel("Pack quantity").fill("200");
  await drawer.getByLabel("Unit").selectOption("G");
  await drawer.getByLabel("Packaging").fill("bunch");
  await drawer.getByLabel("Shelf life (days)").fill("5");
  await drawer.getByLabel("Gross weight (g)").fill("215");
  await drawer.getByLabel("Volume (ml)").fill("900");
  await drawer.getByLabel("Storage min (°C)").fill("4");
  await drawer.getByLabel("Storage max (°C)").fill("1");
  await drawer.getByRole("button", { name: "Add SKU" }).click();
  await expect(drawer.getByText("The maximum must be at least the minimum temperature")).toBeVisible();
  await drawer.getByLabel("Storage min (°C)").fill("0");
  await drawer.getByLabel("Storage max (°C)").fill("4");
  await drawer.getByRole("button", { name: "Add SKU" }).click();
  await expect(drawer).toBeHidden();
  const sku = page.getByRole("region", { name: `Prices of ${code}` });
  await expect(page.getByRole("heading", { name: new RegExp(code) })).toBeVisible();

  await sku.getByRole("button", { name: "Add price" }).click();
  const priceDialog = page.getByRole("dialog", { name: `Add a price · ${code}` });
  await priceDialog.getByLabel(/Price per pack/).fill("3,49");
  await priceDialog.getByLabel("Valid from").fill(today());
  await priceDialog.getByRole("button", { name: "Add price" }).click();
  await expect(priceDialog).toBeHidden();
  await expect(sku.getByRole("cell", { name: "€3.49" })).toBeVisible();
  await expect(sku.getByText("Current")).toBeVisible();

  // A price change from tomorrow closes the current price there.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await sku.getByRole("button", { name: "Schedule change" }).click();
  const schedule = page.getByRole("dialog", { name: `Schedule a price change · ${code}` });
  await schedule.getByLabel(/Price per pack/).fill("3.79");
  await schedule.getByLabel("New price from").fill(tomorrow);
  await schedule.getByRole("button", { name: "Schedule change" }).click();
  await expect(schedule).toBeHidden();
  await expect(sku.getByRole("cell", { name: "€3.79" })).toBeVisible();
  await expect(sku.getByText("Scheduled")).toBeVisible();

  await page.getByRole("button", { name: `Edit substitutes for ${code}` }).click();
  const subs = page.getByRole("dialog", { name: `Substitutes for ${code}` });
  await subs.getByLabel("Find a SKU to add").fill("broccoli");
  await subs.getByRole("list", { name: "Matching SKUs" }).getByRole("button", { name: /^Add / }).first().click();
  await expect(subs.getByRole("list", { name: "Ranked substitutes" }).getByRole("listitem")).toHaveCount(1);
  await page.screenshot({ path: `${ARTIFACTS}/catalog-substitutes.png` });
  await subs.getByRole("button", { name: "Save substitutes" }).click();
  await expect(subs).toBeHidden();
  await expect(page.getByRole("region", { name: `Substitutes for ${code}` }).getByRole("listitem")).toHaveCount(1);

  const upload = page.getByRole("form", { name: "Upload an image" });
  await upload.getByLabel("Image file").setInputFiles({ name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not an image at all") });
  await upload.getByLabel("Alt text").fill("Broccoli");
  await upload.getByRole("button", { name: "Upload" }).click();
  await expect(upload.getByText("“notes.jpg” is not a JPEG, PNG or WebP image")).toBeVisible();
  const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#6c3483" } }).jpeg().toBuffer();
  await upload.getByLabel("Image file").setInputFiles({ name: "broccoli.jpg", mimeType: "image/jpeg", buffer: photo });
  await upload.getByLabel("Alt text").fill("Purple sprouting broccoli spears on a crate");
  await upload.getByRole("button", { name: "Upload" }).click();
  const image = page.getByRole("img", { name: "Purple sprouting broccoli spears on a crate" });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
  await page.screenshot({ path: `${ARTIFACTS}/catalog-product-editor.png`, fullPage: true });

  await page.goto(`/ops/catalog?f.q=${encodeURIComponent(name)}`);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell", { name: "€3.49" })).toBeVisible();
  await expect(row.locator("img")).toHaveAttribute("src", /^\/media\/public\/images\/products\/.+\/thumb\.webp$/);
  await page.screenshot({ path: `${ARTIFACTS}/catalog-products-found.png`, fullPage: true });
});

test("planner registers a certificate; an expired one and a wrong file type are refused", async ({ page }) => {
  const number = `NL-BIO-01-${Date.now().toString().slice(-6)}`;
  await signIn(page, "planner@furrow.demo");
  await page.goto("/ops/catalog/certifications");
  await expect(page.getByRole("table", { name: "Certifications" })).toBeVisible();
  await page.getByRole("button", { name: "Add certification" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a certification" });
  await dialog.getByLabel("Farm or cluster").selectOption({ index: 1 });
  await dialog.getByLabel("Issuer").fill("Skal Biocontrole");
  await dialog.getByLabel("Certificate number").fill(number);
  await dialog.getByLabel("Valid from").fill("2024-01-01");
  await dialog.getByLabel("Valid to").fill("2025-06-30");
  await dialog.getByLabel("Certificate document").setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
  await dialog.getByRole("button", { name: "Add certification" }).click();
  await expect(dialog.getByText("This certificate expired on 30 Jun 2025. Only current certificates can be uploaded.")).toBeVisible();
  await expect(dialog.getByText("“certificate.pdf” is not a PDF, JPEG or PNG file")).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/catalog-certificate-refused.png` });

  const nextYear = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
  await dialog.getByLabel("Valid to").fill(nextYear);
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
  await dialog.getByLabel("Certificate document").setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: pdf });
  await dialog.getByRole("button", { name: "Add certification" }).click();
  await expect(dialog).toBeHidden();
  await page.getByPlaceholder("Number, issuer or holder").fill(number);
  const row = page.getByRole("row", { name: new RegExp(number) });
  await expect(row).toContainText("Valid");
  const [tab] = await Promise.all([page.context().waitForEvent("page"), row.getByRole("button", { name: `View the document of certificate ${number}` }).click()]);
  await expect.poll(() => tab.url()).toMatch(/\/api\/files\/private\/certifications\/.+\?exp=\d+&sig=[0-9a-f]{64}$/);
  await tab.close();
  await page.screenshot({ path: `${ARTIFACTS}/catalog-certifications.png`, fullPage: true });
});
