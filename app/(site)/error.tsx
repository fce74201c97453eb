"use client";

import { Link } from "@/components/site/link";

// Shown inside the site's frame when part of a page fails to render (for
// example search results while the database is away). The error itself is
// logged on the server with its digest; the reader gets a way forward.
export default function SiteError({ error, unstable_retry: retry }: { error: Error & { digest?: string }; unstable_retry: () => void }) {
  return (
    <div className="max-w-xl py-6" role="alert">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Something went wrong</p>
      <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight">This page could not be loaded</h1>
      <p className="mt-4 font-serif text-lg text-muted">
        Part of our system did not answer in time. This is usually over in a moment: try again, or go back to the front page.
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={() => retry()} className="border-2 border-ink px-4 py-2 text-sm font-semibold hover:bg-ink hover:text-paper">
          Try again
        </button>
        <Link href="/" className="px-4 py-2 text-sm font-semibold underline underline-offset-4">
          Front page
        </Link>
      </div>
      {error.digest ? <p className="mt-6 text-xs text-muted">Reference: {error.digest}</p> : null}
    </div>
  );
}
