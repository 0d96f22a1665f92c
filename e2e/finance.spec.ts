// Finance journeys on the demo seed (12 weeks of order history with payments and ledger entries):
// the journal with a filter, the trial balance (debits equal credits), an order's money trail,
// the payments table, and recording a receipt for a due pay-on-delivery payment.
import { expect, test, type Page } from "@playwright/test";
import { ARTIFACTS, signIn } from "./helpers";

test.use({ viewport: { width: 1440, height: 1000 } });

const money = (text: string | null) => Number((text ?? "").replace(/[^\d.-]/g, ""));

async function openJournal(page: Page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Journal" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Journal" })).toBeVisible();
  const table = page.getByRole("table", { name: "Journal entries" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  return table;
}

test("finance reads the journal, the trial balance and an order's money trail", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "finance@furrow.demo");
  await page.goto("/ops/finance");
  await expect(page.getByRole("heading", { level: 1, name: "Finance" })).toBeVisible();
  await expect(page.getByText("Receivables due")).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/finance-overview.png`, fullPage: true });

  const table = await openJournal(page);
  await page.getByLabel("Kind").selectOption("PAYMENT_CAPTURED");
  await expect(page).toHaveURL(/f\.kind=PAYMENT_CAPTURED/);
  const first = table.getByRole("row").nth(1);
  await expect(first.getByText("Card captured")).toBeVisible();
  await expect(first.getByText("Stripe clearing")).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/finance-journal.png`, fullPage: true });
  const orderNumber = (await first.getByRole("link").first().innerText()).trim();
  expect(orderNumber).toMatch(/^FR-\d+/);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Accounts & trial balance" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Accounts & trial balance" })).toBeVisible();
  await expect(page.getByText("Balanced", { exact: true })).toBeVisible();
  const debit = money(await page.getByTestId("tb-debit").innerText());
  const credit = money(await page.getByTestId("tb-credit").innerText());
  expect(debit).toBeGreaterThan(0);
  expect(debit).toBe(credit);
  await page.screenshot({ path: `${ARTIFACTS}/finance-trial-balance.png`, fullPage: true });

  await page.goto(`/ops/finance/orders/${orderNumber}`);
  await expect(page.getByRole("heading", { level: 1, name: `Money trail · ${orderNumber}` })).toBeVisible();
  await expect(page.getByText("Card authorized").first()).toBeVisible();
  await expect(page.getByText("Card captured").first()).toBeVisible();
  await expect(page.getByText("Order delivered").first()).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/finance-money-trail.png`, fullPage: true });
});

test("finance records a receipt for a due pay-on-delivery payment", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "finance@furrow.demo");
  await page.goto("/ops/finance/payments?f.status=OUTSTANDING");
  const table = page.getByRole("table", { name: "Payments" });
  const row = table.getByRole("row").nth(1);
  await expect(row).toBeVisible();
  const orderNumber = (await row.getByRole("link").first().innerText()).trim();
  await page.screenshot({ path: `${ARTIFACTS}/finance-payments.png`, fullPage: true });
  await row.getByRole("button", { name: `Record receipt for ${orderNumber}` }).click();
  const dialog = page.getByRole("dialog", { name: "Record receipt" });
  await dialog.getByLabel("Reference").fill(`e2e-${Date.now().toString(36)}`);
  await dialog.getByRole("button", { name: "Record receipt" }).click();
  await expect(dialog).toBeHidden();
  await page.goto(`/ops/finance/orders/${orderNumber}`);
  await expect(page.getByText("Receipt", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Paid", { exact: true }).first()).toBeVisible();
});
