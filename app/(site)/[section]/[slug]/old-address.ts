import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { findOldAddress } from "@/server/data/old-addresses";

/**
 * A path under a story's address that is none of our pages (a story has no older pages or key events, a path
 * deeper than ours): maybe an imported site's old address of that shape ("/category/news/page/2",
 * "/2024/03/15/harbour-lights/"), sent on to its story for good, or else a 404.
 */
export async function oldAddressOrNotFound(path: string): Promise<never> {
  const target = await findOldAddress(path);
  if (target) permanentRedirect(target);
  notFound();
}
