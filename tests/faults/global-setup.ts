// The fault tests' own database (seeded, plus synthetic stories) and a
// production build serving it. SKIP_BUILD=1 reuses an existing build.
import { existsSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { projectRoot } from "../../scripts/lib/database";
import { build, freshDatabase, prepareContent, serverEnv } from "../../scripts/lib/server-under-test";

declare module "vitest" {
  export interface ProvidedContext {
    faultsDatabaseUrl: string;
  }
}

let stop: (() => Promise<void>) | undefined;

export async function setup(project: TestProject) {
  const db = await freshDatabase("ledger_faults", 54389);
  stop = db.stop;
  await prepareContent(db.url, 300);
  const built = existsSync(path.join(projectRoot, ".next/BUILD_ID"));
  if (process.env.SKIP_BUILD !== "1" || !built) build(serverEnv(db.url, 3400));
  project.provide("faultsDatabaseUrl", db.url);
}

export async function teardown() {
  await stop?.();
}
