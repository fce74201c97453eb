import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;
/** Where the server sends mail during the tests; e2e/invitations.spec.ts listens there while it needs to. */
export const smtpPort = port + 10_000;

// Debian's Chromium by default; set PLAYWRIGHT_CHROMIUM_PATH="" to use Playwright's own browser.
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: executablePath ? { executablePath } : {},
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/robots.txt`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      SITE_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? "e2e-revalidate-secret-0123456789",
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "e2e-auth-secret-0123456789-0123456789",
      E2E_PORT: String(port),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      // The tests play the proxy in front: their X-Forwarded-For stands for different readers and attackers.
      TRUSTED_PROXIES: "127.0.0.1",
      // The access log of every request would bury the test results; warnings and errors still show.
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    },
  },
});
