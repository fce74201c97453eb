import type { Metadata } from "next";
import { Masthead } from "@/components/site/masthead";
import { ClientNavigation } from "@/components/site/client-navigation";
import { SiteFooter } from "@/components/site/site-footer";
import { feedAlternates } from "@/lib/seo/metadata";
import { site } from "@/lib/site";

// For the reader pages that set no metadata of their own (search, preview, 404s); the others build
// theirs with lib/seo/metadata.ts, which repeats these.
export const metadata: Metadata = {
  alternates: { types: feedAlternates() },
  openGraph: { siteName: site.name, locale: site.locale, type: "website" },
};

export default function SiteLayout({ children }: LayoutProps<"/">) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-accent focus:px-4 focus:py-2 focus:text-accent-ink"
      >
        Skip to content
      </a>
      <Masthead />
      <main id="main" className="mx-auto max-w-6xl px-4 pt-6">
        {children}
      </main>
      <SiteFooter />
      <ClientNavigation />
    </>
  );
}
