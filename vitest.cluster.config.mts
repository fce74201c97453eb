// npm run test:cluster: the production topology on this machine (Varnish in
// front of two app instances sharing Redis and PostgreSQL), driven from
// outside. Each file starts its own cluster; they run one at a time.
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/cluster/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/cluster/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
