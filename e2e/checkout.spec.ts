// A new household fills a cart as a guest, creates an account (the cart is kept), checks out with
// a new address, picks a delivery slot, pays on delivery and sees the confirmation. Demo seed data
// (delivery zones, windows and slots come from the seed; Utrecht is zone UTR).
import { expect, test } from "@playwright/test";
import { ARTIFACTS, signIn } from "./helpers";

test("a new household signs up, fills a cart, picks a slot, pays on delivery and sees the confirmation", async ({ page }) => {
  test.setTimeout(180_000);
  // Browse as a guest and add a pack size to the cart from the product page.
  // Mixed salad leaves: the seed keeps hundreds of packs at WH-01, where Utrecht orders are picked.
  await page.goto("/shop?q=salad+leaves");
  await page.getByRole("link", { name: "Mixed salad leaves", exact: true }).first().click();
  await expect(page).toHaveURL(/\/shop\/mixed-salad-leaves$/);
  const sku = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Add .* to cart$/ }) }).first();
  await sku.getByLabel(/^Quantity of/).selectOption("8");
  await sku.getByRole("button", { name: /^Add .* to cart$/ }).click();
  await expect(page.getByText("Added to your cart")).toBeVisible();
  await expect(page.getByRole("link", { name: "Cart, 8 items" })).toBeVisible();

  // The cart: a guest is asked to sign in, or to create an account and come back.
  await page.getByRole("link", { name: "Cart, 8 items" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mixed salad leaves" })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/checkout-cart.png`, fullPage: true });
  await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/signup\?callbackUrl=%2Fshop%2Fcheckout$/);
  const email = `household-${Date.now()}@example.test`;
  await page.getByLabel("Full name").fill("Sanne de Vries");
  await page.getByLabel("Email").fill(email);
  await page.locator('input[name="password"]').fill("fresh-carrots-2026");
  await page.locator('input[name="confirmPassword"]').fill("fresh-carrots-2026");
  await page.getByRole("button", { name: "Create account" }).click();

  // Back at checkout with the cart kept; a new address finds the zone and its slots.
  await expect(page).toHaveURL(/\/shop\/checkout$/);
  await expect(page.getByRole("heading", { level: 1, name: "Checkout" })).toBeVisible();
  await expect(page.getByText(/8 × Mixed salad leaves/)).toBeVisible();
  await page.getByLabel("Name on the door").fill("Sanne de Vries");
  await page.getByLabel("Street and number").fill("Oudegracht 120");
  await page.getByLabel("Postcode").fill("3511 AW");
  await page.getByLabel("Town or city").fill("Utrecht");
  await expect(page.getByText("Delivery area:")).toContainText("Utrecht");
  const slots = page.getByRole("radio", { name: /places left/ });
  await expect(slots.first()).toBeVisible();
  await slots.first().check();
  await expect(page.getByLabel(/Pay on delivery/)).toBeChecked();
  await page.screenshot({ path: `${ARTIFACTS}/checkout-form.png`, fullPage: true });
  const total = await page.getByTestId("checkout-total").innerText();
  await page.getByRole("button", { name: "Place order" }).click();

  // The confirmation: number, slot, total, and the way to the order.
  await expect(page).toHaveURL(/\/shop\/checkout\/confirmation\/FR-\d{7}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Thank you, your order is placed" })).toBeVisible();
  const number = await page.getByTestId("order-number").innerText();
  expect(number).toMatch(/^FR-\d{7}$/);
  await expect(page.getByText(total, { exact: true })).toBeVisible();
  await expect(page.getByText("Pay on delivery")).toBeVisible();
  await expect(page.getByRole("link", { name: "View your order" })).toHaveAttribute("href", `/account/orders/${number}`);
  await expect(page.getByRole("link", { name: "Cart, empty" })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/checkout-confirmation.png`, fullPage: true });
});

test("dispatch sees slot bookings and cannot cut capacity below them; marketing creates a discount code", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "dispatcher@furrow.demo");
  await page.goto("/ops/dispatch/slots");
  await expect(page.getByRole("heading", { level: 1, name: "Delivery slots" })).toBeVisible();
  const booked = page.locator("tbody tr").filter({ has: page.locator("td:nth-child(4)", { hasNotText: /^0$/ }) }).first();
  await expect(booked).toBeVisible();
  const count = Number(await booked.locator("td:nth-child(4)").innerText());
  const capacity = booked.getByLabel(/^Capacity of/);
  await capacity.fill(String(count - 1));
  await booked.getByRole("button", { name: "Save" }).click();
  await expect(booked.getByRole("alert")).toHaveText(new RegExp(`^${count} places? (is|are) already booked; capacity cannot go below that$`));
  await page.screenshot({ path: `${ARTIFACTS}/dispatch-slots.png`, fullPage: true });
  await page.goto("/ops/dispatch/zones");
  await expect(page.getByRole("heading", { level: 2, name: /UTR · Utrecht/ })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/dispatch-zones.png`, fullPage: true });

  await page.context().clearCookies();
  await signIn(page, "marketing@furrow.demo");
  await page.goto("/admin/cms/promotions");
  await expect(page.getByRole("cell", { name: "WELCOME10", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "New code" }).click();
  const dialog = page.getByRole("dialog", { name: "New discount code" });
  await dialog.getByLabel("Code").fill("SPRING15");
  await dialog.getByLabel("Percentage").fill("15");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("cell", { name: "SPRING15", exact: true })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/promotions.png`, fullPage: true });
});
