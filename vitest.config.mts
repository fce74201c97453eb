import { configDefaults, defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside the React server bundle; tests call server modules directly.
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/helpers/empty.ts") },
  },
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    // Fault and cluster tests start their own servers: npm run test:faults, npm run test:cluster.
    exclude: [...configDefaults.exclude, "tests/faults/**", "tests/cluster/**"],
    environment: "node",
    globalSetup: ["tests/helpers/global-setup.ts"],
    // The tests share one database (and the embedded one takes few connections): run files one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
