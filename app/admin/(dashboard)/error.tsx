"use client";

// An admin screen that failed to load. Unsaved work in another tab is not
// affected; the reference matches the server's log line for the error.
export default function AdminError({ error, unstable_retry: retry }: { error: Error & { digest?: string }; unstable_retry: () => void }) {
  return (
    <div className="max-w-xl py-6" role="alert">
      <h1 className="text-2xl font-semibold">This screen could not be loaded</h1>
      <p className="mt-3 text-muted">The server could not finish the request, often because the database is briefly unavailable. Nothing was changed.</p>
      <button type="button" onClick={() => retry()} className="mt-5 rounded border border-ink px-4 py-2 text-sm font-semibold hover:bg-ink hover:text-paper">
        Try again
      </button>
      {error.digest ? <p className="mt-6 text-xs text-muted">Reference: {error.digest}</p> : null}
    </div>
  );
}
