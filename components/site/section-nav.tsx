import { Link } from "@/components/site/link";
import { getSections } from "@/server/data/sections";
import { paths } from "@/lib/site";

/** Section navigation: scrolls sideways on narrow screens, so it needs no script. */
export async function SectionNav() {
  const sections = await getSections();
  return (
    <nav aria-label="Sections" className="border-t border-rule">
      <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold sm:justify-center">
        <li>
          <Link href="/" className="block whitespace-nowrap px-3 py-3 hover:text-accent">Home</Link>
        </li>
        {sections.map((section) => (
          <li key={section.slug}>
            <Link href={paths.section(section.slug)} className="block whitespace-nowrap px-3 py-3 hover:text-accent">
              {section.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
