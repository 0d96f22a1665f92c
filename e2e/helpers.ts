// Shared steps for browser journeys.
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../prisma/seed/demo-users";

export const ARTIFACTS = "e2e/artifacts";

/** Signs in through the real form and waits for the dashboard. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Link names inside the main navigation, in order. */
export async function navLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Main" });
  return (await nav.getByRole("link").allInnerTexts()).map((t) => t.trim()).filter(Boolean);
}
