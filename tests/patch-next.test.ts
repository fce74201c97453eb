import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { incrementalCacheFiles, patchSource } from "../scripts/patch-next.mjs";

const bundled = 'n=oN(e,t),a=i}let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler){console.warn(`(${i} bytes)`)}';
const unbundled = [
  "        // FetchCache has upper limit of 2MB per-entry currently",
  "        const itemSize = JSON.stringify(data).length;",
  "        if (ctx.fetchCache && itemSize > 2 * 1024 * 1024 && !this.hasCustomCacheHandler) {",
].join("\n");

/** Runs the size computation the way Next does, with `data` as the entry and `fetchCache` in the context. */
function sizeOf(source: string, data: unknown, fetchCache: boolean): number {
  const statement = /(?:let|const) [\w$]+ ?= ?[^;]+;/.exec(source)![0];
  const [, name] = /(?:let|const) ([\w$]+)/.exec(statement)!;
  const entryName = /JSON\.stringify\(([\w$]+)\)/.exec(statement)![1]!;
  const ctxName = /if ?\(([\w$]+)\.fetchCache/.exec(source)![1]!;
  return new Function(entryName, ctxName, `${statement} return ${name};`)(data, { fetchCache }) as number;
}

describe("the patch to Next's cache-entry size check", () => {
  it("measures fetch-cache entries as before and skips copying rendered pages, in bundled and plain code", () => {
    const page = { kind: "APP_PAGE", html: "<p>story</p>", rscData: Buffer.alloc(30_000, 7) };
    const fetched = { kind: "FETCH", data: { body: "x".repeat(1000) } };
    for (const original of [bundled, unbundled]) {
      const { source, changed, applied } = patchSource(original);
      expect(changed && applied).toBe(true);
      expect(sizeOf(source, fetched, true)).toBe(JSON.stringify(fetched).length);
      expect(sizeOf(source, page, false)).toBe(0);
      // Before the change, the page was copied in full just to be measured.
      expect(sizeOf(original, page, false)).toBeGreaterThan(60_000);
      // Applying it again changes nothing and still counts as applied.
      expect(patchSource(source)).toEqual({ source, changed: false, applied: true });
    }
  });

  it("reports code it does not recognise as not applied and leaves it alone", () => {
    const other = "let size=measure(entry);if(ctx.fetchCache&&size>2097152){}";
    expect(patchSource(other)).toEqual({ source: other, changed: false, applied: false });
  });

  it("is applied to every file of the installed Next that stores cache entries", () => {
    const files = incrementalCacheFiles(path.resolve("node_modules/next"));
    expect(files.map((f) => path.basename(f))).toContain("app-page-turbo.runtime.prod.js");
    for (const file of files) expect(patchSource(readFileSync(file, "utf8")), file).toMatchObject({ changed: false, applied: true });
  });
});
