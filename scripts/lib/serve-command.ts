// How every script starts the production server. scripts/serve.ts and the
// modules it imports are bundled into one JavaScript file first, so node runs
// the server itself: no TypeScript loader in the process (a loader keeps a
// second JavaScript engine alive for its hooks, about 30 MB), and a signal
// sent to the child, SIGKILL included, reaches the server. Bundling takes a
// fraction of a second and happens on every start, so the bundle is never stale.
import { randomUUID } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { projectRoot } from "./database";

const bundle = path.join(projectRoot, "node_modules/.cache/ledger/serve.mjs");

// The server's heap is capped at a size that fits its working set: the modules and the renders in
// flight (kept pages are Buffers, outside the heap). Without a cap V8 lets the heap grow to several
// times that before collecting, since the machine has room.
const HEAP_MB = 256;
// A render allocates a few megabytes that die with it. In V8's default young generation the collector ran
// every other render and copied whatever was in flight; 16 MB semi-spaces took about 1 ms off a cache miss's
// median, and 32 MB about 2 ms more on an instance sharing Redis (30.8 against 28.7 and 29.2 ms, side by
// side), for 30 to 50 MB. An instance sharing Redis keeps no copies of pages and has that room; one process
// alone keeps them and has not.
const SEMI_SPACE_MB = { alone: 16, shared: 32 };

function bundleServer(): string {
  const { outputFiles } = buildSync({
    entryPoints: [path.join(projectRoot, "scripts/serve.ts")],
    tsconfig: path.join(projectRoot, "tsconfig.json"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "warning",
  });
  mkdirSync(path.dirname(bundle), { recursive: true });
  // Written aside and renamed, so a server starting meanwhile never reads half a file.
  const temporary = `${bundle}.${randomUUID()}`;
  writeFileSync(temporary, outputFiles[0]!.contents);
  renameSync(temporary, bundle);
  return bundle;
}

/** Node's arguments for the production server that will run with `env`. */
export function serveArgs(port: string | number, hostname?: string, env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    `--max-old-space-size=${env.SERVER_HEAP_MB ?? HEAP_MB}`,
    `--max-semi-space-size=${env.SERVER_SEMI_SPACE_MB ?? (env.REDIS_URL ? SEMI_SPACE_MB.shared : SEMI_SPACE_MB.alone)}`,
    // Prisma's query compiler is WebAssembly: its baseline code is enough (queries are compiled once
    // and cached), and skipping the optimising tier saves about 40 MB of machine code.
    "--liftoff-only",
    bundleServer(),
    "--dir",
    projectRoot,
    "--port",
    String(port),
    ...(hostname ? ["--hostname", hostname] : []),
  ];
}

/**
 * The server's environment: glibc otherwise gives each thread that allocates (compression, file
 * reads) its own malloc arena, and their slack added about 40 MB under load.
 */
export function serveEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MALLOC_ARENA_MAX: "2", ...env };
}
