// A household subscribes to a box (address, delivery day, cadence, pay on delivery), then skips a
// week and swaps an item from the box's allowed swaps. Demo seed: consumer@furrow.demo lives in
// zone UTR; box templates come from prisma/seed/demo-commerce.ts.
import { expect, test } from "@playwright/test";
import { ARTIFACTS, signIn } from "./helpers";

test("a household subscribes to a box, skips a week and swaps an item", async ({ page }) => {
  await signIn(page, "consumer@furrow.demo");

  // The boxes in the shop: contents, price per delivery, where the produce comes from.
  await page.goto("/shop/boxes");
  await expect(page.getByRole("heading", { level: 1, name: "Veg boxes" })).toBeVisible();
  const box = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Small veg box" }) });
  await expect(box.getByRole("list", { name: "Contents of Small veg box" })).toContainText("Carrots");
  await expect(box).toContainText("per delivery");
  await page.screenshot({ path: `${ARTIFACTS}/subscriptions-boxes.png`, fullPage: true });
  await box.getByRole("link", { name: "Subscribe to Small veg box" }).click();

  // The subscribe flow: address (default chosen), delivery day, cadence, payment.
  await expect(page).toHaveURL(/\/shop\/boxes\/small-veg$/);
  const form = page.getByRole("form", { name: "Subscribe to Small veg box" });
  const days = form.getByRole("group", { name: "Delivery day and time" }).getByRole("radio");
  await expect(days.first()).toBeVisible();
  // Submitting without a day is refused at the field.
  await form.getByRole("button", { name: /^Subscribe for/ }).click();
  await expect(form.getByText("Required")).toBeVisible();
  await days.first().check();
  await form.getByRole("radio", { name: "Every week" }).check();
  await expect(form.getByRole("radio", { name: /Pay on delivery/ })).toBeChecked();
  await page.screenshot({ path: `${ARTIFACTS}/subscriptions-subscribe.png`, fullPage: true });
  await form.getByRole("button", { name: /^Subscribe for/ }).click();
  await expect(page.getByRole("heading", { name: "You are subscribed" })).toBeFocused();
  await page.getByRole("link", { name: "Manage my subscription" }).click();

  // The subscription: six weeks ahead; skip the first scheduled week.
  await expect(page).toHaveURL(/\/account\/subscriptions\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { level: 1, name: /Small veg box/ })).toBeVisible();
  const weeks = page.getByRole("table", { name: /Deliveries in the next six weeks/ });
  const firstScheduled = weeks.getByRole("row").filter({ hasText: "Scheduled" }).first();
  const skipButton = firstScheduled.getByRole("button", { name: /^Skip delivery of/ });
  const skipLabel = (await skipButton.getAttribute("aria-label"))!;
  await skipButton.click();
  await expect(page.getByText(/skipped$/).first()).toBeVisible();
  const undo = weeks.getByRole("button", { name: skipLabel.replace("Skip delivery of", "Undo skip of") });
  await expect(undo).toBeVisible();
  await expect(undo.locator("xpath=ancestor::tr")).toContainText("Skipped");

  // Swap the bag of carrots for the box's allowed alternative (a bunch with tops).
  const carrots = page.getByRole("listitem").filter({ hasText: "× Carrots" });
  await expect(carrots).toContainText("1 kg");
  await carrots.getByRole("button", { name: "Swap Carrots" }).click();
  const dialog = page.getByRole("dialog", { name: "Swap Carrots" });
  await expect(dialog).toBeVisible();
  const option = dialog.getByRole("radio").first();
  const [, pack] = (await option.locator("xpath=ancestor::label").innerText()).split("\n").map((t) => t.trim());
  // Swapping without choosing is refused in place.
  await dialog.getByRole("button", { name: "Swap item" }).click();
  await expect(dialog.getByText("Required")).toBeVisible();
  await option.check();
  await page.screenshot({ path: `${ARTIFACTS}/subscriptions-swap.png`, fullPage: true });
  await dialog.getByRole("button", { name: "Swap item" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("Item swapped")).toBeVisible();
  await expect(carrots).toContainText(pack!);
  await expect(carrots).not.toContainText("1 kg");
  await page.screenshot({ path: `${ARTIFACTS}/subscriptions-manage.png`, fullPage: true });

  // The list shows it with its next delivery.
  await page.goto("/account/subscriptions");
  await expect(page.getByRole("link", { name: "Small veg box" })).toBeVisible();
});
