import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/site/not-found-message";

// Next adds <meta name="robots" content="noindex"> to every 404 itself.
export const metadata: Metadata = { title: "Page not found" };

/** A 404 inside the reader site: its layout already draws the masthead and footer. */
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
