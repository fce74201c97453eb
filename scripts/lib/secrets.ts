// Secrets for a local install, generated once and kept in .data/secrets.json
// (set them in the environment in production). Every instance of a cluster
// must share them: sessions signed by one are read by another.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./database";

export function ensureSecrets(): void {
  const file = path.join(projectRoot, ".data/secrets.json");
  let saved: Record<string, string> = {};
  if (existsSync(file)) saved = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  let changed = false;
  for (const name of ["BETTER_AUTH_SECRET", "REVALIDATE_SECRET"]) {
    if (process.env[name]) continue;
    if (!saved[name]) {
      saved[name] = randomBytes(32).toString("base64url");
      changed = true;
    }
    process.env[name] = saved[name];
  }
  if (changed) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 });
  }
}
