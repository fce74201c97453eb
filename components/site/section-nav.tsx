import { getSections } from "@/server/data/sections";
import { paths } from "@/lib/site";
import { SectionNavLinks } from "./section-nav-links";

/** Section navigation: scrolls sideways on narrow screens, so it needs no script. */
export async function SectionNav() {
  const sections = await getSections();
  return (
    <nav aria-label="Sections" className="border-t border-rule print:hidden">
      <SectionNavLinks items={[{ href: "/", name: "Home" }, ...sections.map((s) => ({ href: paths.section(s.slug), name: s.name }))]} />
    </nav>
  );
}
