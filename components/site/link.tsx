import type { AnchorHTMLAttributes } from "react";

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string };

/**
 * A link between reader pages: a plain anchor, rendered on the server. The site's one client
 * navigator (components/site/client-navigation.tsx, in the site's layout) turns its click into a
 * navigation without a reload and fetches its page ahead when the reader shows intent. next/link
 * would do both, but as a client component per link: an article has about fifty, each encoded into
 * the page's payload and run again to write its HTML on every render of an uncached page. Outside the
 * site's layout (the site-wide 404) there is no navigator, and a click loads the page afresh.
 */
export function Link(props: Props) {
  return <a {...props} />;
}
