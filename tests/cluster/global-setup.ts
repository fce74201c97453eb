// The cluster tests' own database (seeded, plus synthetic stories to miss the
// cache on) and a production build. SKIP_BUILD=1 reuses an existing build.
import { existsSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { findVarnishd } from "../../scripts/lib/cluster";
import { projectRoot } from "../../scripts/lib/database";
import { build, freshDatabase, prepareContent, serverEnv } from "../../scripts/lib/server-under-test";

declare module "vitest" {
  export interface ProvidedContext {
    clusterDatabaseUrl: string;
  }
}

let stop: (() => Promise<void>) | undefined;

export async function setup(project: TestProject) {
  if (!findVarnishd()) throw new Error("The cluster tests need Varnish: apt-get install -y varnish varnish-modules");
  const db = await freshDatabase("ledger_cluster", 54379);
  stop = db.stop;
  await prepareContent(db.url, 600);
  const built = existsSync(path.join(projectRoot, ".next/BUILD_ID"));
  if (process.env.SKIP_BUILD !== "1" || !built) build(serverEnv(db.url, 3500));
  project.provide("clusterDatabaseUrl", db.url);
}

export async function teardown() {
  await stop?.();
}
