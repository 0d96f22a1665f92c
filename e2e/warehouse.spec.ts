// Warehouse journeys on the demo seed: filter the inventory, open a lot, adjust a little (applied
// at once) and a lot (waits for a second person), an admin approves; transfer between two
// locations and receive it at the destination with a shortfall; receive a lot, record a warm
// cold-store reading and handle the cold-chain alert.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { ARTIFACTS, signIn } from "./helpers";

// Each person gets their own browser context (cookies), closed after the test.
const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const number = (text: string | null) => Number((text ?? "").replace(/[^\d-]/g, ""));

/** Filters the inventory to the first packhouse, status OK, most available first; returns the top row's lot and location. */
async function pickWellStockedLot(page: Page) {
  await page.goto("/ops/warehouse/inventory");
  const table = page.getByRole("table", { name: "Stock balances by location, SKU and lot" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await page.getByLabel("Location").selectOption({ index: 1 });
  await expect(page).toHaveURL(/f\.location=/);
  await page.getByLabel("Status").selectOption("OK");
  await expect(page).toHaveURL(/f\.status=OK/);
  const availableHeader = table.getByRole("button", { name: "Available" });
  await availableHeader.click();
  await expect(page).toHaveURL(/sort=available\.(asc|desc)/);
  if (page.url().includes("sort=available.asc")) await availableHeader.click();
  await expect(page).toHaveURL(/sort=available\.desc/);
  await expect(table.getByRole("columnheader", { name: "Available" })).toHaveAttribute("aria-sort", "descending");
  const first = table.getByRole("row").nth(1);
  await expect(first.getByText("OK", { exact: true })).toBeVisible();
  const lotCode = (await first.getByRole("link").first().innerText()).trim();
  const locationCode = (await first.getByRole("cell").nth(1).innerText()).trim();
  await page.screenshot({ path: `${ARTIFACTS}/warehouse-inventory.png`, fullPage: true });
  return { lotCode, locationCode, row: first };
}

async function onHandAt(page: Page, locationCode: string): Promise<number> {
  const row = page.getByRole("table", { name: /^Balances of lot/ }).getByRole("row").filter({ hasText: locationCode });
  return number(await row.getByRole("cell").nth(1).innerText());
}

test("warehouse user adjusts stock; above the threshold it waits until an admin approves", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await signedIn(browser, "warehouse@furrow.demo");
  const { lotCode, locationCode, row } = await pickWellStockedLot(page);
  // A note unique to this run finds our request among earlier ones.
  const note = `pallet crushed by forklift ${Date.now().toString(36)}`;

  await row.getByRole("link", { name: `Open lot ${lotCode}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Lot ${lotCode}` })).toBeVisible();
  const lotUrl = page.url();
  await expect(page.getByRole("table", { name: "Movements of this lot, newest first" }).getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Handling timeline" })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/warehouse-lot.png`, fullPage: true });
  const before = await onHandAt(page, locationCode);
  expect(before).toBeGreaterThan(40);

  // A small correction is applied at once.
  await page.getByRole("button", { name: `Adjust at ${locationCode}` }).click();
  let dialog = page.getByRole("dialog", { name: "Adjust stock" });
  await dialog.getByRole("button", { name: "Apply adjustment" }).click();
  await expect(dialog.getByText("Enter the change in units")).toBeVisible();
  await expect(dialog.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("Change (units)").fill("-2");
  await dialog.getByLabel("Reason").selectOption("COUNT_CORRECTION");
  await dialog.getByRole("button", { name: "Apply adjustment" }).click();
  await expect(page.getByText("Adjustment applied")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect.poll(() => onHandAt(page, locationCode)).toBe(before - 2);

  // A large one waits for a second person, and the form says so before and after sending.
  await page.getByRole("button", { name: `Adjust at ${locationCode}` }).click();
  dialog = page.getByRole("dialog", { name: "Adjust stock" });
  await dialog.getByLabel("Change (units)").fill("-30");
  await expect(dialog.getByText(/Above the approval threshold \(25 units\)/)).toBeVisible();
  await dialog.getByLabel("Reason").selectOption("DAMAGED");
  await dialog.getByLabel("Note").fill(note);
  await dialog.getByRole("button", { name: "Request approval" }).click();
  await expect(dialog.getByRole("status")).toContainText("Waiting for approval");
  await page.screenshot({ path: `${ARTIFACTS}/warehouse-adjustment-pending.png` });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  expect(await onHandAt(page, locationCode)).toBe(before - 2);

  // The requester sees it pending and cannot approve it themselves.
  await page.goto(`/ops/warehouse/adjustments?f.q=${encodeURIComponent(note)}`);
  const mine = page.getByRole("row").filter({ hasText: lotCode }).filter({ hasText: "Pending approval" });
  await expect(mine).toContainText("another approver must decide");
  await expect(mine.getByRole("button", { name: /Approve/ })).toHaveCount(0);

  // An admin (inventory:approve) approves; the balance changes.
  const admin = await signedIn(browser, "admin@furrow.demo");
  await admin.goto("/ops/warehouse/adjustments?f.status=PENDING_APPROVAL");
  const pending = admin.getByRole("row").filter({ hasText: note });
  await expect(pending).toContainText("−30");
  await admin.screenshot({ path: `${ARTIFACTS}/warehouse-adjustments-admin.png`, fullPage: true });
  await pending.getByRole("button", { name: /^Approve/ }).click();
  const decide = admin.getByRole("dialog", { name: "Approve adjustment" });
  await expect(decide).toContainText(`After approval: ${before - 32} on hand`);
  await decide.getByRole("button", { name: "Approve and apply" }).click();
  await expect(admin.getByText("Adjustment approved and applied")).toBeVisible();
  await admin.goto(`/ops/warehouse/adjustments?f.q=${encodeURIComponent(note)}`);
  await expect(admin.getByRole("row").filter({ hasText: note })).toContainText("Applied");

  await page.goto(lotUrl);
  await expect.poll(() => onHandAt(page, locationCode)).toBe(before - 32);
  const movements = page.getByRole("table", { name: "Movements of this lot, newest first" });
  await expect(movements.getByRole("row").nth(1)).toContainText("Waste");
  await expect(movements.getByRole("row").nth(1)).toContainText("−30");
});

test("warehouse user transfers a lot to another location and receives it there with a shortfall", async ({ browser }) => {
  test.setTimeout(180_000);
  const page = await signedIn(browser, "warehouse@furrow.demo");
  const { lotCode, locationCode, row } = await pickWellStockedLot(page);

  await row.getByRole("button", { name: `Transfer ${lotCode} from ${locationCode}` }).click();
  const dialog = page.getByRole("dialog", { name: "New transfer" });
  await expect(dialog.getByLabel("From")).not.toHaveValue("");
  await expect(dialog.getByLabel("Lot, line 1")).not.toHaveValue("");
  await expect(dialog.getByText(/available of .* on hand/)).toBeVisible();
  await dialog.getByLabel("To").selectOption({ index: 5 });
  const destination = (await dialog.getByLabel("To").locator("option:checked").innerText()).split(" · ")[0]!.trim();
  await dialog.getByLabel("Quantity, line 1").fill("999999");
  await dialog.getByRole("button", { name: "Dispatch transfer" }).click();
  await expect(dialog.getByText(/available|Only/i).last()).toBeVisible();
  await dialog.getByLabel("Quantity, line 1").fill("12");
  await page.screenshot({ path: `${ARTIFACTS}/warehouse-transfer-new.png` });
  await dialog.getByRole("button", { name: "Dispatch transfer" }).click();
  await expect(page.getByText(/Transfer T-\d+ dispatched/)).toBeVisible();

  await page.goto(`/ops/warehouse/transfers?f.status=IN_TRANSIT&f.q=${encodeURIComponent(lotCode)}`);
  const transfer = page.getByRole("row").filter({ hasText: "In transit" }).filter({ hasText: destination }).first();
  await expect(transfer).toBeVisible();
  const code = (await transfer.getByRole("cell").first().innerText()).trim();
  await transfer.getByRole("button", { name: `Receive ${code}` }).click();
  const receive = page.getByRole("dialog", { name: `Receive ${code}` });
  await receive.getByLabel(`Received units of ${lotCode}`).fill("11");
  await expect(receive.getByRole("status")).toContainText("1 units short");
  await page.screenshot({ path: `${ARTIFACTS}/warehouse-transfer-receive.png` });
  await receive.getByRole("button", { name: "Confirm receipt" }).click();
  await expect(page.getByText(`Transfer ${code} received`)).toBeVisible();

  await page.goto(`/ops/warehouse/transfers?f.q=${code}`);
  const done = page.getByRole("row").filter({ hasText: code });
  await expect(done).toContainText("Received");
  await expect(done).toContainText("11 (−1)");
  await page.screenshot({ path: `${ARTIFACTS}/warehouse-transfers.png`, fullPage: true });

  await page.goto("/ops/warehouse/inventory");
  await page.getByLabel("Search").fill(lotCode);
  await expect(page).toHaveURL(new RegExp(`f\\.q=${lotCode}`));
  const arrived = page.getByRole("row").filter({ hasText: lotCode }).filter({ hasText: destination });
  await expect(arrived).toHaveCount(1);
  await arrived.getByRole("link", { name: `Open lot ${lotCode}` }).click();
  await expect(page.getByRole("table", { name: /^Balances of lot/ }).getByRole("row").filter({ hasText: destination })).toBeVisible();
  await expect(page.getByRole("table", { name: "Movements of this lot, newest first" }).getByRole("row").nth(1)).toContainText("Transfer in");
});

test("warehouse user receives a lot, records a warm reading and handles the cold-chain alert", async ({ browser }) => {
  const page = await signedIn(browser, "warehouse@furrow.demo");
  await page.goto("/ops/warehouse");
  await expect(page.getByRole("heading", { level: 1, name: "Receiving" })).toBeVisible();
  const form = page.getByRole("form", { name: "Receive a lot" });
  await form.getByRole("button", { name: "Receive lot" }).click();
  await expect(form.getByText("Choose where the goods arrived")).toBeVisible();
  await form.getByLabel("Location").selectOption({ index: 1 });
  await expect(form.getByText("Choose where the goods arrived")).toBeHidden();
  await form.getByLabel("Find SKU").fill("potatoes");
  const sku = form.getByRole("combobox", { name: "SKU", exact: true });
  await expect(sku.locator("option")).not.toHaveCount(1);
  await sku.selectOption({ index: 1 });
  await form.getByLabel("Farm").selectOption({ index: 1 });
  await form.getByLabel("Quantity (units)").fill("40");
  await form.getByRole("button", { name: "Receive lot" }).click();
  const done = form.getByRole("status");
  await expect(done).toContainText("Received 40 units as lot");
  await page.screenshot({ path: `${ARTIFACTS}/warehouse-receiving.png`, fullPage: true });
  await done.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /^Lot L\d{6}-\d{4}$/ })).toBeVisible();
  await expect(page.getByText(/^40 at /)).toBeVisible();
  await expect(page.getByRole("table", { name: "Movements of this lot, newest first" }).getByRole("row").nth(1)).toContainText("Receive");
  const lotCode = (await page.getByRole("heading", { level: 1 }).innerText()).replace("Lot ", "").trim();

  // A warm reading in the cold store raises a cold-chain alert, which the alerts page lets us handle.
  await page.getByRole("button", { name: "Record checkpoint" }).click();
  const checkpoint = page.getByRole("dialog", { name: "Record a handling checkpoint" });
  await checkpoint.getByRole("combobox", { name: "Checkpoint" }).selectOption("COLD_STORE_IN");
  await checkpoint.getByLabel("Temperature (°C)").fill("25");
  await checkpoint.getByRole("button", { name: "Record", exact: true }).click();
  await expect(page.getByText("Cold-chain alert raised")).toBeVisible();
  await expect(page.getByText(/^Outside /)).toBeVisible();

  await page.goto("/ops/warehouse/alerts?f.kind=COLD_CHAIN");
  const alert = page.getByRole("row").filter({ hasText: lotCode });
  await expect(alert).toContainText("Open");
  await alert.getByRole("button", { name: /^Acknowledge/ }).click();
  await expect(alert).toContainText("Acknowledged");
  await expect(alert).toContainText("Seen by");
  await page.screenshot({ path: `${ARTIFACTS}/warehouse-alerts.png`, fullPage: true });
  await alert.getByRole("button", { name: /^Resolve/ }).click();
  await expect(page.getByText("Alert resolved")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: lotCode })).toHaveCount(0); // the default view hides resolved alerts
});
