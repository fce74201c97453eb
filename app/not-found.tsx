import type { Metadata } from "next";
import { Masthead } from "@/components/site/masthead";
import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteFooter } from "@/components/site/site-footer";

// Next adds <meta name="robots" content="noindex"> to every 404 itself.
export const metadata: Metadata = { title: "Page not found" };

/** A 404 for addresses no route matches: draws the reader site's frame itself. */
export default function NotFound() {
  return (
    <>
      <Masthead />
      <main id="main" className="mx-auto max-w-6xl px-4 pt-6">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </>
  );
}
