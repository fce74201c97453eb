import { Link } from "@/components/site/link";
import { SearchForm } from "@/components/site/search-form";

/**
 * The body of every 404. Next renders the not-found page into every page it
 * builds, in case that page turns out missing, so this stays small: what
 * happened, a search box and the way to the front page. A story list here
 * would cost every article render about a tenth of its time.
 */
export function NotFoundMessage() {
  return (
    <div className="pb-8 pt-2">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Error 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold tracking-tight">We can’t find that page</h1>
      <p className="mt-4 max-w-xl font-serif text-lg text-muted">
        The story may have moved, been taken down, or the address may be mistyped. Try a search, or start again from the{" "}
        <Link href="/" className="underline">front page</Link>.
      </p>
      <div className="max-w-xl">
        <SearchForm sections={[]} />
      </div>
    </div>
  );
}
