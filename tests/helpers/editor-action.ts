// The editor's save, over HTTP, as the browser's form sends it to the real
// server action: signed in through better-auth, the action's id from the
// build, the form's fields encoded the way React encodes them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../scripts/lib/database";
import { DEFAULT_ADMIN } from "../../prisma/seed";

export type Saved = { ok: boolean; id?: string; version?: number; slug?: string; message?: string; fieldErrors?: Record<string, string[]> };

export function saveActionId(): string {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === "server/actions/articles.ts" && v.exportedName === "saveArticleAction");
  if (!entry) throw new Error("saveArticleAction is not in the build's action manifest");
  return entry[0];
}

export const bodyOf = (text: string) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

/** Signs the seeded admin in on `base`; returns the session cookie. */
export async function signInAdmin(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email: DEFAULT_ADMIN.email, password: process.env.ADMIN_PASSWORD ?? DEFAULT_ADMIN.password }),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/** One call of the editor form's save: [previous state, the form]; resolves when the action has answered. */
export async function saveThroughAction(base: string, cookie: string, fields: Record<string, string>, actionId = saveActionId()): Promise<Saved> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(`_1_${name}`, value);
  // React's encoding: the form's fields under "_1_", the root value (the arguments) last in "0".
  form.set("0", JSON.stringify([{}, "$K1"]));
  const response = await fetch(`${base}/admin/articles/${fields.id ?? "new"}`, { method: "POST", headers: { "next-action": actionId, origin: base, cookie, accept: "text/x-component" }, body: form });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`save answered ${response.status}`);
  // The result is the RSC row that carries "ok".
  const row = text.split("\n").find((line) => line.includes('"ok":'));
  if (!row) throw new Error(`no result in the action's answer: ${text.slice(0, 200)}`);
  return JSON.parse(row.slice(row.indexOf(":") + 1)) as Saved;
}
