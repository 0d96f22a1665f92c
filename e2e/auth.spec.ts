// Household sign-up (with field errors first), sign-out, and a wrong password.
import { expect, test } from "@playwright/test";
import { navigationFor } from "../lib/portals";
import { ARTIFACTS, navLinks } from "./helpers";

test("a household signs up, fixing field errors on the way, then signs out", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Full name").fill("Noor Hendriks");
  await page.getByLabel("Email").fill("noor.hendriks@example.nl");
  await page.locator("input[name=password]").fill("short");
  await page.locator("input[name=confirmPassword]").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 12 characters")).toBeVisible();
  await expect(page.locator("input[name=password]")).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: `${ARTIFACTS}/signup-errors.png`, fullPage: true });

  await page.locator("input[name=password]").fill("carrots-and-kale-2026");
  await page.locator("input[name=confirmPassword]").fill("carrots-and-kale-2026");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  // A new household gets exactly the consumer navigation.
  const consumerLinks = navigationFor("CONSUMER").flatMap((p) => p.items.map((i) => i.label));
  expect(await navLinks(page)).toEqual(["Dashboard", ...consumerLinks]);
  expect(consumerLinks).toContain("Orders");

  await page.getByRole("button", { name: /Noor Hendriks|account menu|user menu/i }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("planner@furrow.demo");
  await page.getByLabel("Password").fill("not-the-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#login-error")).toContainText("Email or password is incorrect");
  await page.screenshot({ path: `${ARTIFACTS}/login-error.png` });
});
