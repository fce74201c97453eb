import type { Metadata } from "next";
import { Masthead } from "@/components/site/masthead";
import { NotFoundContent } from "@/components/site/not-found-content";
import { SiteFooter } from "@/components/site/site-footer";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

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
