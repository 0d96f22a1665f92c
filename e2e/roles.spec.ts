// Every demo role signs in and sees exactly the navigation its permissions allow; each portal link opens.
import { expect, test } from "@playwright/test";
import { navigationFor } from "../lib/portals";
import { DEMO_USERS } from "../prisma/seed/demo-users";
import { ARTIFACTS, navLinks, signIn } from "./helpers";

for (const demo of DEMO_USERS) {
  test(`${demo.role} sees its navigation`, async ({ page }) => {
    await signIn(page, demo.email);
    const expected = ["Dashboard", ...navigationFor(demo.role).flatMap((p) => p.items.map((i) => i.label))];
    expect(await navLinks(page)).toEqual(expected);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-${demo.role.toLowerCase()}.png`, fullPage: true });
    // Every link the role is offered works (no 404, no 403).
    for (const item of navigationFor(demo.role).flatMap((p) => p.items)) {
      const response = await page.goto(item.href);
      expect(response?.status(), item.href).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    }
  });
}

test("a role is refused pages outside its permissions", async ({ page }) => {
  await signIn(page, "driver@furrow.demo");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Your role cannot open this page" })).toBeVisible();
});

test("signed-out visitors are sent to sign in", async ({ page }) => {
  await page.goto("/ops/planning");
  await expect(page).toHaveURL(/\/login/);
});
