"use client";

// Last resort when the root layout itself fails: it replaces the whole
// document, so it carries its own minimal styles.
export default function GlobalError({ error, unstable_retry: retry }: { error: Error & { digest?: string }; unstable_retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, fontFamily: "Georgia, serif", background: "#fbfaf7", color: "#16171a" }}>
        <title>Something went wrong</title>
        <main style={{ maxWidth: "36rem", margin: "0 auto", padding: "3rem 1rem" }}>
          <h1 style={{ fontSize: "2rem", lineHeight: 1.2 }}>This page could not be loaded</h1>
          <p>Part of our system did not answer. Try again in a moment.</p>
          <p style={{ display: "flex", gap: "1rem" }}>
            <button type="button" onClick={() => retry()} style={{ padding: "0.5rem 1rem", border: "2px solid currentColor", background: "transparent", font: "inherit", cursor: "pointer" }}>
              Try again
            </button>
            {/* A full page load on purpose: the app's own frame is what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" style={{ padding: "0.5rem 0", color: "inherit" }}>Front page</a>
          </p>
          {error.digest ? <p style={{ fontSize: "0.75rem", opacity: 0.75 }}>Reference: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
