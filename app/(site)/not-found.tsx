import type { Metadata } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** A 404 inside the reader site: its layout already draws the masthead and footer. */
export default function SiteNotFound() {
  return <NotFoundContent />;
}
