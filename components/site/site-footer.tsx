import { Link } from "@/components/site/link";
import { getSections } from "@/server/data/sections";
import { paths, site } from "@/lib/site";

export async function SiteFooter() {
  const sections = await getSections();
  return (
    <footer className="mt-16 border-t border-rule bg-surface print:hidden">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-bold">{site.name}</p>
          <p className="mt-2 text-muted">{site.description}</p>
        </div>
        <nav aria-label="Sections in footer">
          <h2 className="font-semibold">Sections</h2>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={paths.section(s.slug)} className="hover:underline">{s.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Feeds">
          <h2 className="font-semibold">Follow</h2>
          <ul className="mt-2 space-y-1">
            <li><a href="/feed.xml" className="hover:underline">All stories (RSS)</a></li>
            <li className="text-muted">Each section&rsquo;s own feed is linked on its page.</li>
          </ul>
        </nav>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8 text-xs text-muted">
        A demonstration news site. Calder Bay, its people and its news are fictional.
      </p>
    </footer>
  );
}
