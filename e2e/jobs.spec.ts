// A developer runs a job now on the local engine (pg-boss inside `next start`) and watches it succeed.
import { expect, test } from "@playwright/test";
import { ARTIFACTS, signIn } from "./helpers";

test("developer runs a job now and sees the run succeed; the relay cron has fired", async ({ page }) => {
  test.setTimeout(180_000); // pg-boss checks cron schedules about once a minute
  await signIn(page, "developer@furrow.demo");
  await page.goto("/dev/jobs");
  await expect(page.getByText("engine: local")).toBeVisible();
  await page.getByRole("button", { name: "Run maintenance.purge-sign-in-attempts now" }).click();
  await expect(page.getByText(/queued on the local engine/)).toBeVisible();
  const runs = page.getByRole("table", { name: "Recent job runs" });
  await expect(runs.getByRole("row").filter({ hasText: "maintenance.purge-sign-in-attempts" }).filter({ hasText: "Succeeded" })).toBeVisible({ timeout: 30_000 });
  // The relay runs every minute from the engine's cron; the app has been up long enough in this suite.
  await expect(runs.getByRole("row").filter({ hasText: "events.relay" }).filter({ hasText: "cron" }).first()).toBeVisible({ timeout: 150_000 });
  await page.screenshot({ path: `${ARTIFACTS}/dev-jobs.png`, fullPage: true });
});
