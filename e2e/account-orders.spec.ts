// The demo consumer's orders (seeded: one placed about a week ahead, still open; one whose cutoff has
// passed): sees an order and its status timeline, changes the open one, and an edit after cutoff is
// refused with a clear message saying when changes closed (hub-local time).
import { expect, test, type Page } from "@playwright/test";
import { ARTIFACTS, signIn } from "./helpers";

const CLOSED = /^Changes to this order closed on (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} at \d{2}:\d{2}\. Contact support if something is wrong\.$/;

async function openOrderRow(page: Page, rowFilter: RegExp) {
  await page.goto("/account/orders");
  await expect(page.getByRole("heading", { level: 1, name: "My orders" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: rowFilter }).first();
  const number = (await row.getByRole("link").first().innerText()).trim();
  await row.getByRole("link", { name: number }).click();
  await expect(page).toHaveURL(new RegExp(`/account/orders/${number}$`));
  return number;
}

test("the demo consumer sees an order with its timeline, changes the open one, and is refused after cutoff", async ({ page }) => {
  await signIn(page, "consumer@furrow.demo");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Orders", exact: true }).click();
  await expect(page).toHaveURL(/\/account\/orders$/);
  await expect(page.getByRole("table", { name: "Your orders, newest first" })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/account-orders.png`, fullPage: true });

  // The open order: its lines, totals and the status timeline with who and when.
  const number = await openOrderRow(page, /can still be changed/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
  const timeline = page.getByRole("list", { name: "Order timeline" });
  await expect(timeline.getByText("Order placed")).toBeVisible();
  await expect(timeline.getByText(/by (You|Furrow)/).first()).toBeVisible();
  await expect(page.getByRole("table", { name: `Items in order ${number}` })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/account-order-detail.png`, fullPage: true });

  // Change it: one more of the first item. The server re-checks stock and cutoff and re-prices.
  await page.getByRole("button", { name: "Change order" }).click();
  const form = page.getByRole("form", { name: `Change order ${number}` });
  const qty = form.getByRole("spinbutton").first();
  const before = Number(await qty.inputValue());
  await qty.fill(String(before + 1));
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(timeline.getByText("Order changed")).toBeVisible();
  await expect(form).toHaveCount(0);
  await expect(timeline.getByText(/→/).first()).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/account-order-edited.png`, fullPage: true });

  // The order whose cutoff has passed: no edit or cancel buttons, and a clear message why.
  await openOrderRow(page, /Confirmed/);
  const closed = page.getByTestId("edit-closed");
  await expect(closed).toHaveText(CLOSED);
  await expect(page.getByRole("button", { name: "Change order" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);
  await page.screenshot({ path: `${ARTIFACTS}/account-order-closed.png`, fullPage: true });

  // Even a direct request (an old tab submitting its form) is refused by the server with the same message.
  const orderId = await closed.getAttribute("data-order-id");
  const version = Number(await closed.getAttribute("data-version"));
  const refusal = await page.evaluate(async (input) => {
    const res = await fetch("/api/trpc/orders.mine.edit", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: input }) });
    const body = await res.json();
    return { status: res.status, message: body.error?.json?.message as string };
  }, { orderId, version, slotId: "any-slot" });
  expect(refusal.status).toBe(409);
  expect(refusal.message).toMatch(CLOSED);
});

test("staff find orders in the hub table and move one along its lifecycle", async ({ page }) => {
  await signIn(page, "admin@furrow.demo");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "All orders" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Orders" })).toBeVisible();
  await page.goto("/ops/orders?f.status=CONFIRMED");
  const table = page.getByRole("table", { name: "Orders of this hub" });
  await expect(table.getByRole("row").nth(1)).toContainText("Confirmed");
  await page.screenshot({ path: `${ARTIFACTS}/ops-orders.png`, fullPage: true });
  const number = (await table.getByRole("row").nth(1).getByRole("link").first().innerText()).trim();
  await table.getByRole("link", { name: number }).click();
  await expect(page).toHaveURL(new RegExp(`/ops/orders/${number}$`));
  await expect(page.getByRole("list", { name: "Order timeline" }).getByText("Order placed")).toBeVisible();
  await page.getByRole("button", { name: "Mark allocated" }).click();
  await expect(page.getByRole("heading", { level: 1 }).getByText("Allocated")).toBeVisible();
  await expect(page.getByRole("list", { name: "Order timeline" }).getByText("Allocated", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark picking" })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/ops-order-detail.png`, fullPage: true });
});

test("the demo consumer's overview, address book (with field errors) and saved cards", async ({ page }) => {
  await signIn(page, "consumer@furrow.demo");
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Next delivery" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Open orders" })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/account-overview.png`, fullPage: true });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Addresses" }).click();
  await expect(page.getByRole("list", { name: "Your addresses" })).toBeVisible();
  await page.getByRole("button", { name: "Add address" }).click();
  const dialog = page.getByRole("dialog", { name: "Add address" });
  await dialog.getByLabel("Street and house number").fill("Damrak 1");
  await dialog.getByLabel("Town or city").fill("Amsterdam");
  await dialog.getByLabel("Postcode").fill("12345");
  await dialog.getByRole("button", { name: "Add address" }).click();
  await expect(dialog.getByText("Enter a Dutch postcode like 1234 AB")).toBeVisible();
  await dialog.getByLabel("Postcode").fill("1012 JS");
  await dialog.getByRole("button", { name: "Add address" }).click();
  await expect(dialog.getByText("We do not deliver to this postcode yet.").last()).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/account-address-errors.png`, fullPage: true });
  await dialog.getByLabel("Label").fill("Office");
  await dialog.getByLabel("Street and house number").fill("Vredenburg 40");
  await dialog.getByLabel("Town or city").fill("Utrecht");
  await dialog.getByLabel("Postcode").fill("3511bd");
  await dialog.getByRole("button", { name: "Add address" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Your addresses" }).getByText("Vredenburg 40, 3511 BD Utrecht")).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Payment methods" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Payment methods" })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/account-payment-methods.png`, fullPage: true });
});
