// Run after every install (package.json "postinstall"): one change to Next's
// server code, applied to each of its runtime bundles.
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
// If a Next release no longer matches, the install says so and goes on: the
// site works the same, a cache miss just costs that much more. The test in
// tests/patch-next.test.ts fails in that case, so an upgrade does not lose it
// unnoticed.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// `let n=JSON.stringify(t).length;if(r.fetchCache&&n>2097152` in the bundles,
// `const itemSize = JSON.stringify(data).length;\n if (ctx.fetchCache && itemSize >` in dist/server.
const SIZE_OF_EVERY_ENTRY = /\b(let|const) ([\w$]+)( ?)= ?JSON\.stringify\(([\w$]+)\)\.length;(\s*)if ?\(([\w$]+)\.fetchCache ?&& ?\2 ?>/g;
const PATCHED = /\b(?:let|const) [\w$]+ ?= ?[\w$]+\.fetchCache ?\? ?JSON\.stringify\([\w$]+\)\.length ?: ?0;/;

/** The source with entries measured only for the fetch cache; `changed` is false when there was nothing to change. */
export function patchSource(source) {
  let changed = false;
  const patched = source.replace(SIZE_OF_EVERY_ENTRY, (_, keyword, size, space, entry, gap, ctx) => {
    changed = true;
    return `${keyword} ${size}${space}=${space}${ctx}.fetchCache ? JSON.stringify(${entry}).length : 0;${gap}if${space}(${ctx}.fetchCache${space}&&${space}${size}${space}>`;
  });
  return { source: patched, changed, applied: changed || PATCHED.test(source) };
}

/** Every file of the installed Next that holds IncrementalCache.set. */
export function incrementalCacheFiles(nextDir) {
  const compiled = path.join(nextDir, "dist/compiled/next-server");
  return [
    path.join(nextDir, "dist/server/lib/incremental-cache/index.js"),
    path.join(nextDir, "dist/esm/server/lib/incremental-cache/index.js"),
    ...readdirSync(compiled).filter((name) => name.endsWith(".runtime.prod.js") || name.endsWith(".runtime.dev.js")).map((name) => path.join(compiled, name)),
  ].filter((file) => readFileSync(file, "utf8").includes("items over 2MB"));
}

function main() {
  const nextDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "../node_modules/next");
  let files;
  try {
    files = incrementalCacheFiles(nextDir);
  } catch {
    return; // Next is not installed (yet): nothing to patch.
  }
  const missed = [];
  let patched = 0;
  for (const file of files) {
    const result = patchSource(readFileSync(file, "utf8"));
    if (result.changed) {
      writeFileSync(file, result.source);
      patched++;
    }
    if (!result.applied) missed.push(path.relative(nextDir, file));
  }
  if (patched) console.log(`patch-next: cache entries measured only for the fetch cache, in ${patched} of Next's files`);
  if (missed.length) console.warn(`patch-next: this Next no longer matches; stored pages cost their old price in ${missed.length} file(s): ${missed.join(", ")}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
