// One change to Next's server code, applied to each of its runtime bundles.
// Runs after `npm install` / `npm ci` (package.json "postinstall"), and again
// before every production server start (scripts/lib/serve-command.ts), so that
// an `npm install next@…` or `npm update`, which skip the project's own
// postinstall, cannot leave it out.
//
// Next's IncrementalCache.set measures every entry it stores as
// JSON.stringify(entry).length, only to compare the result with a 2 MB limit
// that applies to fetch-cache entries alone. A rendered page is stored with its
// RSC payload as a Buffer, which JSON turns into an array of one number per
// byte: on an article, about 37,000 numbers and 150 KB of text, built and
// thrown away on every cache miss. Measured on a 2-core server: 2.4 ms of a
// 30 ms render (median of 300 misses, with and without, interleaved). The
// change measures the entry only when it is a fetch-cache entry, the one case
// where the size is read; nothing else about caching changes.
//
// If a Next release no longer matches, this says so and goes on: the site
// works the same, a cache miss just costs that much more. The test in
// tests/patch-next.test.ts fails in that case, so an upgrade does not lose it
// unnoticed.
import { existsSync, readFileSync, readdirSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

// The assignment, where the `if` after it reads the size for fetch-cache entries only:
// `let n=JSON.stringify(t).length;if(r.fetchCache&&n>2097152` in the bundles,
// `const itemSize = JSON.stringify(data).length;\n if (ctx.fetchCache && itemSize >` in dist/server.
const SIZE_OF_EVERY_ENTRY = /\b(let|const) ([\w$]+)( ?)= ?JSON\.stringify\(([\w$]+)\)\.length;(?=\s*if ?\(([\w$]+)\.fetchCache ?&& ?\2 ?>)/g;
const PATCHED = /\b(?:let|const) [\w$]+ ?= ?[\w$]+\.fetchCache \? JSON\.stringify\([\w$]+\)\.length : 0;/;
const MARKER = "items over 2MB"; // in the warning that the measured size is for

/** The source with entries measured only for the fetch cache; `changed` is false when there was nothing to change. */
export function patchSource(source) {
  let changed = false;
  const patched = source.replace(SIZE_OF_EVERY_ENTRY, (_, keyword, size, space, entry, ctx) => {
    changed = true;
    return `${keyword} ${size}${space}=${space}${ctx}.fetchCache ? JSON.stringify(${entry}).length : 0;`;
  });
  return { source: patched, changed, applied: changed || PATCHED.test(source) };
}

/** Every file of the installed Next (at `nextDir`) that holds IncrementalCache.set. */
export function incrementalCacheFiles(nextDir) {
  const compiled = path.join(nextDir, "dist/compiled/next-server");
  const bundles = existsSync(compiled) ? readdirSync(compiled).filter((name) => /\.runtime\.(prod|dev)\.js$/.test(name)) : [];
  return [
    path.join(nextDir, "dist/server/lib/incremental-cache/index.js"),
    path.join(nextDir, "dist/esm/server/lib/incremental-cache/index.js"),
    ...bundles.map((name) => path.join(compiled, name)),
  ].filter((file) => existsSync(file) && readFileSync(file, "utf8").includes(MARKER));
}

/**
 * Patches the Next installed at `nextDir`: how many files it changed, and the files it could not
 * patch (an empty list when every file holds the change, or when Next is not installed yet).
 */
export function patchNext(nextDir) {
  if (!existsSync(path.join(nextDir, "package.json"))) return { patched: 0, missed: [] };
  const files = incrementalCacheFiles(nextDir);
  if (!files.length) return { patched: 0, missed: [`(no file of next@${nextVersion(nextDir)} measures cache entries as expected)`] };
  const missed = [];
  let patched = 0;
  for (const file of files) {
    try {
      const result = patchSource(readFileSync(file, "utf8"));
      if (result.changed) {
        writeFileSync(file, result.source);
        patched++;
      }
      if (!result.applied) missed.push(path.relative(nextDir, file));
    } catch (error) {
      missed.push(`${path.relative(nextDir, file)} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { patched, missed };
}

function nextVersion(nextDir) {
  return JSON.parse(readFileSync(path.join(nextDir, "package.json"), "utf8")).version;
}

/** The directory of the Next this project resolves, or null when it is not installed. */
export function installedNext() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve("next/package.json"));
  } catch {
    return null;
  }
}

// The bundle that serves this app's pages in production.
const PAGE_RUNTIME = "dist/compiled/next-server/app-page-turbo.runtime.prod.js";

/**
 * Patches the installed Next and says what it did; never throws (a failure costs time, not the
 * site). With `quick`, it first looks at the one bundle that serves pages and stops there when that
 * holds the change already (10 ms rather than reading every bundle, for each server start).
 */
export function patchInstalledNext({ log = console, quick = false } = {}) {
  const nextDir = installedNext();
  if (!nextDir) return;
  try {
    const pageRuntime = path.join(nextDir, PAGE_RUNTIME);
    if (quick && existsSync(pageRuntime) && PATCHED.test(readFileSync(pageRuntime, "utf8"))) return;
    const { patched, missed } = patchNext(nextDir);
    if (patched) log.info(`patch-next: cache entries measured only for the fetch cache, in ${patched} of Next's files`);
    if (missed.length) log.warn(`patch-next: not applied, stored pages cost their old price: ${missed.join(", ")}`);
  } catch (error) {
    log.warn(`patch-next: not applied: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const runDirectly = process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (runDirectly) patchInstalledNext();
