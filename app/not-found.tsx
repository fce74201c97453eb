import type { Metadata } from "next";
import { Link } from "@/components/site/link";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { site } from "@/lib/site";

// Next adds <meta name="robots" content="noindex"> to every 404 itself.
export const metadata: Metadata = { title: "Page not found" };

/** A 404 for addresses no route matches: it draws a light frame of its own (no masthead, see NotFoundMessage). */
export default function NotFound() {
  return (
    <>
      <header className="border-b border-rule px-4 py-4 text-center">
        <Link href="/" className="font-serif text-4xl font-bold tracking-tight">{site.name}</Link>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 pt-6">
        <NotFoundMessage />
      </main>
    </>
  );
}
