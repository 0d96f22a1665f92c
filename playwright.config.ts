// Browser journeys in Debian's Chromium (never a downloaded browser) against `next start`
// on a fresh embedded PostgreSQL seeded with the demo data.
import { defineConfig } from "@playwright/test";

// E2E_PORT and E2E_DATA_DIR let two runs share a checkout (with FURROW_NEXT_DIST_DIR for the build).
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = process.env.E2E_DATA_DIR ?? ".data/e2e";
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  webServer: {
    command: `rm -rf ${dataDir} && FURROW_DATA_DIR=${dataDir} npx tsx scripts/with-db.ts --prepare -- npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/login`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { NEXTAUTH_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: "warn" },
  },
});
