import "server-only";
import { cacheLife } from "next/cache";

/**
 * "Now" for cached pages: relative labels ("14:05" today, a date otherwise)
 * are computed against the time the page was rendered, at most a few minutes ago.
 */
export async function renderedAt(): Promise<Date> {
  "use cache";
  cacheLife("rails");
  return new Date();
}
