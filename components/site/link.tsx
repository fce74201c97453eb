import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * next/link for reader pages, minus the fetch of its page as soon as it scrolls into view. One article
 * view asked the server for 37 pages that way (the sections, the rails, the topics, the author), each
 * a render when that page was not cached yet, and each taking a render slot beside the pages readers
 * actually opened. A link's page is fetched ahead of the click once the reader shows intent instead
 * (PrefetchOnIntent, in the site's layout); the click itself still navigates without a reload.
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  return <NextLink {...props} prefetch={false} />;
}
