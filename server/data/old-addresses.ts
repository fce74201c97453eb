import "server-only";
// Old addresses of any shape (an imported site's permalinks, "/?p=42") that lead to a story. The
// redirect goes straight to the story's current address, whatever happened to it since, so there
// are never chains; a story taken down since answers 410 Gone there (proxy.ts), one never published
// is no story's address.
import { cacheLife, cacheTag } from "next/cache";
import { oldPathKey } from "@/lib/old-path";
import { tags } from "@/server/cache-tags";
import { oldPathArgument } from "./arguments";
import { lookupOldAddress } from "./old-address-lookup";

export { lookupOldAddress };

/** The story address an old path (with its query) leads to, or null. */
export async function findOldAddress(pathWithQuery: string): Promise<string | null> {
  const key = oldPathKey(pathWithQuery);
  return key ? getOldAddressTarget(key) : null;
}

async function getOldAddressTarget(key: string): Promise<string | null> {
  "use cache";
  oldPathArgument(key, "path");
  cacheLife("days");
  cacheTag(tags.redirects);
  return lookupOldAddress(key);
}
