import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { incrementalCacheFiles, installedNext, patchNext, patchSource } from "../scripts/patch-next.mjs";

const warning = "if(this.dev)throw new Error(`items over 2MB can not be cached (${i} bytes)`)}";
const bundled = `n=oN(e,t),a=i}let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler){${warning}`;
const bundledPatched = `n=oN(e,t),a=i}let i=r.fetchCache ? JSON.stringify(t).length : 0;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler){${warning}`;
const unbundled = [
  "        // FetchCache has upper limit of 2MB per-entry currently",
  "        const itemSize = JSON.stringify(data).length;",
  "        if (ctx.fetchCache && itemSize > 2 * 1024 * 1024 && !this.hasCustomCacheHandler) { /* items over 2MB */ }",
].join("\n");
const unbundledPatched = unbundled.replace("const itemSize = JSON.stringify(data).length;", "const itemSize = ctx.fetchCache ? JSON.stringify(data).length : 0;");

/** Runs the size assignment the way Next does, with `data` as the entry and `fetchCache` in the context. */
function sizeOf(source: string, data: unknown, fetchCache: boolean): number {
  const statement = /(?:let|const) ([\w$]+) ?= ?[^;]+;/.exec(source)!;
  const entryName = /JSON\.stringify\(([\w$]+)\)/.exec(statement[0])![1]!;
  const ctxName = /if ?\(([\w$]+)\.fetchCache/.exec(source)![1]!;
  return new Function(entryName, ctxName, `${statement[0]} return ${statement[1]};`)(data, { fetchCache }) as number;
}

describe("the patch to Next's cache-entry size check", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A stand-in for an installed Next with the given bundles in dist/compiled/next-server. */
  function fakeNext(bundles: Record<string, string>): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fake-next-"));
    dirs.push(dir);
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "next", version: "99.0.0" }));
    mkdirSync(path.join(dir, "dist/compiled/next-server"), { recursive: true });
    for (const [name, text] of Object.entries(bundles)) writeFileSync(path.join(dir, "dist/compiled/next-server", name), text);
    return dir;
  }

  it("rewrites only the assignment, in bundled and plain code, and keeps measuring fetch-cache entries", () => {
    const page = { kind: "APP_PAGE", html: "<p>story</p>", rscData: Buffer.alloc(30_000, 7) };
    const fetched = { kind: "FETCH", data: { body: "x".repeat(1000) } };
    for (const [original, expected] of [[bundled, bundledPatched], [unbundled, unbundledPatched]] as const) {
      const result = patchSource(original);
      expect(result).toEqual({ source: expected, changed: true, applied: true });
      expect(sizeOf(result.source, fetched, true)).toBe(JSON.stringify(fetched).length);
      // A stored page is no longer copied to JSON only to be measured.
      expect(sizeOf(original, page, false)).toBeGreaterThan(60_000);
      expect(sizeOf(result.source, page, false)).toBe(0);
      // Applying it again changes nothing and still counts as applied.
      expect(patchSource(result.source)).toEqual({ source: expected, changed: false, applied: true });
    }
  });

  it("leaves code alone when the size is used for more than fetch-cache entries, or computed differently", () => {
    for (const other of [
      "let size=measure(entry);if(ctx.fetchCache&&size>2097152){}",
      "let i=JSON.stringify(t).length;if(i>2097152){}",
      "let i=JSON.stringify(t).length;if(r.fetchCache&&j>2097152){}",
    ]) {
      expect(patchSource(other)).toEqual({ source: other, changed: false, applied: false });
    }
  });

  it("patches every bundle of an installed Next once, and names the ones it cannot", () => {
    const dir = fakeNext({
      "app-page.runtime.prod.js": bundled,
      "app-route.runtime.prod.js": bundled,
      "pages.runtime.prod.js": `let n=size(t);if(r.fetchCache&&n>2097152){${warning}`,
      "unrelated.runtime.prod.js": "module.exports={}",
    });
    expect(patchNext(dir)).toEqual({ patched: 2, missed: ["dist/compiled/next-server/pages.runtime.prod.js"] });
    expect(readFileSync(path.join(dir, "dist/compiled/next-server/app-page.runtime.prod.js"), "utf8")).toBe(bundledPatched);
    expect(readFileSync(path.join(dir, "dist/compiled/next-server/unrelated.runtime.prod.js"), "utf8")).toBe("module.exports={}");
    expect(patchNext(dir)).toEqual({ patched: 0, missed: ["dist/compiled/next-server/pages.runtime.prod.js"] });
  });

  it("says so when a Next has nothing it recognises, and does nothing where Next is not installed", () => {
    expect(patchNext(fakeNext({ "app-page.runtime.prod.js": "module.exports={}" })).missed).toEqual([
      "(no file of next@99.0.0 measures cache entries as expected)",
    ]);
    expect(patchNext(path.join(os.tmpdir(), "no-such-next"))).toEqual({ patched: 0, missed: [] });
  });

  it("is applied to every file of the installed Next that stores cache entries", () => {
    const files = incrementalCacheFiles(installedNext()!);
    expect(files.map((f) => path.basename(f))).toContain("app-page-turbo.runtime.prod.js");
    for (const file of files) expect(patchSource(readFileSync(file, "utf8")), file).toMatchObject({ changed: false, applied: true });
  });
});
