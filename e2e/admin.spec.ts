// Admin journeys: invite a grower, change roles, read the audit log, switch context to developer.
import { expect, test } from "@playwright/test";
import { ARTIFACTS, navLinks, signIn } from "./helpers";

test("admin invites a planner, grants and revokes a role, and sees it audited", async ({ page }) => {
  await signIn(page, "admin@furrow.demo");
  await page.goto("/admin/users");
  await expect(page.getByRole("table")).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/admin-users.png`, fullPage: true });

  await page.getByRole("button", { name: "Invite user" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite user" });
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog.getByText("Enter your email address")).toBeVisible();
  await dialog.getByLabel("Full name").fill("Jesse Verbeek");
  await dialog.getByLabel("Email").fill("jesse.verbeek@example.nl");
  await dialog.getByLabel("Role").selectOption("PLANNER");
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog.getByLabel("Invitation link")).toHaveValue(/\/invite\//);
  await page.screenshot({ path: `${ARTIFACTS}/admin-invite-link.png` });
  await dialog.getByRole("button", { name: "Done" }).click();

  await page.getByPlaceholder("Name or email").fill("jesse.verbeek");
  const row = page.getByRole("row", { name: /Jesse Verbeek/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Invited");
  await row.getByRole("button", { name: "New invitation link for Jesse Verbeek" }).click();
  const reissued = page.getByRole("dialog", { name: "New invitation link" });
  await expect(reissued.getByLabel("Invitation link")).toHaveValue(/\/invite\//);
  await reissued.getByRole("button", { name: "Done" }).click();
  await row.getByRole("button", { name: "Manage roles of Jesse Verbeek" }).click();
  const drawer = page.getByRole("dialog", { name: "Roles of Jesse Verbeek" });
  await drawer.getByLabel("Role").selectOption("FINANCE");
  await drawer.getByRole("button", { name: "Grant role" }).click();
  const financeRole = drawer.getByRole("listitem").filter({ hasText: "Finance" });
  await expect(financeRole).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/admin-roles-drawer.png` });
  await financeRole.getByRole("button", { name: "Revoke" }).click();
  await expect(financeRole).toHaveCount(0);

  await page.goto("/admin/audit");
  await expect(page.getByRole("cell", { name: "membership.revoked" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "user.invited" }).first()).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/admin-audit.png`, fullPage: true });
});

test("admin switches to the developer role from the top bar", async ({ page }) => {
  await signIn(page, "admin@furrow.demo");
  expect(await navLinks(page)).toContain("Users & roles");
  await page.getByRole("button", { name: /switch context/i }).click();
  await page.getByRole("menuitemradio", { name: /Developer/ }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect.poll(() => navLinks(page)).toContain("API & webhooks");
  expect(await navLinks(page)).not.toContain("Users & roles");
  await page.screenshot({ path: `${ARTIFACTS}/switched-developer.png`, fullPage: true });
});

test("driver's shell works on a phone-sized screen", async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await signIn(page, "driver@furrow.demo");
  await page.getByRole("button", { name: "Open navigation" }).click();
  await expect(page.getByRole("link", { name: "Today's trips", exact: true }).first()).toBeVisible();
  await page.waitForTimeout(600); // let the drawer finish sliding in
  await page.screenshot({ path: `${ARTIFACTS}/driver-phone-nav.png` });
  await page.close();
});
