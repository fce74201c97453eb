import "server-only";
import { cacheLife } from "next/cache";

/**
 * "Now" for cached pages: relative labels ("14:05" today, a date otherwise)
 * are computed against the time the page was rendered.
 */
export async function renderedAt(): Promise<Date> {
  "use cache";
  cacheLife("minutes");
  return new Date();
}
