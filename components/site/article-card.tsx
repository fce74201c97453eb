import { Link } from "@/components/site/link";
import { Picture } from "@/components/site/picture";
import type { ArticleCard as Card } from "@/server/data/shapes";
import { Time } from "@/components/ui/time";
import { formatListTime } from "@/lib/dates";
import { objectPosition } from "@/lib/focal-point";

/**
 * - lead: the front page's top story, image beside the text on wide screens;
 * - standard: image above the text; a story without an image gets a tinted panel instead, as tall as the
 *   row, so a grid of cards keeps even rows;
 * - row: a line of a list, headline first and a small thumbnail on the right;
 * - compact: headline and time only.
 */
type Variant = "lead" | "standard" | "row" | "compact";

// Whole class names (Tailwind finds them in the source): a standard card that is a row on phones, where a
// full-width image per story would let one story fill the screen.
const layouts = {
  lead: { article: "grid gap-4 md:grid-cols-[3fr_2fr] md:items-start", image: "md:order-2", picture: "aspect-[16/9]", excerpt: "font-serif text-lg" },
  standard: { article: "flex flex-col gap-2", image: "", picture: "aspect-[16/9]", excerpt: "text-sm" },
  rowOnPhone: {
    article: "flex flex-col gap-2 max-md:flex-row-reverse max-md:items-start max-md:gap-4",
    image: "max-md:w-24 max-md:shrink-0",
    picture: "aspect-[16/9] max-md:aspect-[4/3]",
    excerpt: "text-sm max-md:hidden",
  },
  row: { article: "flex flex-row-reverse items-start gap-4", image: "w-24 shrink-0 sm:w-36", picture: "aspect-[4/3]", excerpt: "text-sm max-sm:hidden" },
  compact: { article: "flex flex-col gap-2", image: "", picture: "", excerpt: "" },
};

// A standard card without an image: a tinted panel as tall as its row (on phones a row needs none).
const panels: Partial<Record<keyof typeof layouts, string>> = {
  standard: "h-full border-t-4 border-accent bg-surface p-4",
  rowOnPhone: "md:h-full md:border-t-4 md:border-accent md:bg-surface md:p-4",
};

const sizes = {
  lead: "(min-width: 1152px) 690px, (min-width: 768px) 60vw, 100vw",
  standard: "(min-width: 1152px) 280px, (min-width: 640px) 45vw, 100vw",
  rowOnPhone: "(min-width: 1152px) 280px, (min-width: 768px) 45vw, 96px",
  row: "(min-width: 640px) 144px, 96px",
  compact: "",
};

/** A story in a list. `now` decides whether the time shows as a clock time or a date. */
export function ArticleCard({ article, variant = "standard", rowOnPhone = false, now, headingLevel = 3, priority = false }: {
  article: Card;
  variant?: Variant;
  /** A standard card laid out as a row below the md breakpoint. */
  rowOnPhone?: boolean;
  now: Date;
  headingLevel?: 2 | 3;
  priority?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const layout = variant === "standard" && rowOnPhone ? "rowOnPhone" : variant;
  const style = layouts[layout];
  const headlineSize = {
    lead: "text-3xl sm:text-4xl leading-tight",
    standard: "text-xl leading-snug",
    rowOnPhone: "text-xl leading-snug max-md:text-lg",
    row: "text-lg leading-snug",
    compact: "text-base leading-snug",
  }[layout];
  const panel = !article.image;
  return (
    <article className={`${style.article} ${panel ? panels[layout] : ""}`}>
      {article.image && variant !== "compact" ? (
        <Link href={article.url} tabIndex={-1} aria-hidden="true" className={style.image}>
          <Picture
            src={article.image.src}
            alt=""
            width={article.image.width}
            height={article.image.height}
            sizes={sizes[layout]}
            className={`${style.picture} w-full bg-surface object-cover`}
            style={{ objectPosition: objectPosition(article.image.focal) }}
            lead={priority}
          />
        </Link>
      ) : null}
      <div className="min-w-0 flex-1">
        <p className="text-xs font-semibold uppercase tracking-wide text-accent">
          {article.live ? <span className="live-label mr-2">Live</span> : null}
          {article.breaking ? <span className="mr-2 text-breaking">Breaking</span> : null}
          {article.section.name}
        </p>
        <Heading className={`mt-1 font-serif font-bold ${headlineSize}`}>
          <Link href={article.url} className="headline-link">
            {article.headline}
          </Link>
        </Heading>
        {variant !== "compact" && article.excerpt ? <p className={`mt-2 text-muted ${style.excerpt}`}>{article.excerpt}</p> : null}
        <p className="mt-2 text-xs text-muted">
          <Time date={article.publishedAt}>{formatListTime(article.publishedAt, now)}</Time>
          {article.authors.length && variant !== "compact" ? <span> · {article.authors.map((a) => a.name).join(", ")}</span> : null}
        </p>
      </div>
    </article>
  );
}
