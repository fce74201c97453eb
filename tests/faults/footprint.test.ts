// What the production server keeps loaded once it is up: nothing that only compiles code. Next compiles a
// TypeScript configuration file with its native SWC module at every start, and the module then stays in the
// process (about 26 MB of every instance), so the configuration is JavaScript (next.config.mjs). This fails
// when something brings the compiler back: a next.config.ts, or a Next release that loads it regardless.
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { serverEnv, startServer, stopServer } from "../../scripts/lib/server-under-test";

const port = 3405;
let server: ChildProcess;

beforeAll(async () => {
  server = await startServer(serverEnv(inject("faultsDatabaseUrl"), port), port);
});

afterAll(() => stopServer(server));

it("serves pages without Next's compiler loaded", async () => {
  const response = await fetch(`http://127.0.0.1:${port}/`);
  expect(response.status).toBe(200);
  await response.text();
  const libraries = readFileSync(`/proc/${server.pid}/maps`, "utf8").split("\n").map((line) => line.split(/\s+/)[5] ?? "").filter((file) => file.endsWith(".node"));
  expect(libraries.filter((file) => /swc/i.test(file))).toEqual([]);
});
