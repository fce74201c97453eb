import { expect, test } from "@playwright/test";

test("health and readiness answer for load balancers", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok" });
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ ready: true, database: "ok", pendingMigrations: [] });
});

test("every kind of response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/news/ferrier-street-water-main-burst", "/feed.xml", "/api/health", "/no-such-page", "/admin/login"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});
