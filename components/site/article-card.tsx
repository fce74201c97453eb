import Image from "next/image";
import { Link } from "@/components/site/link";
import type { ArticleCard as Card } from "@/server/data/shapes";
import { Time } from "@/components/ui/time";
import { formatListTime } from "@/lib/dates";
import { objectPosition } from "@/lib/focal-point";

type Variant = "lead" | "standard" | "compact";

/** A story in a list. `now` decides whether the time shows as a clock time or a date. */
export function ArticleCard({ article, variant = "standard", now, headingLevel = 3, priority = false }: {
  article: Card;
  variant?: Variant;
  now: Date;
  headingLevel?: 2 | 3;
  priority?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  const headlineSize =
    variant === "lead" ? "text-3xl sm:text-4xl leading-tight" : variant === "standard" ? "text-xl leading-snug" : "text-base leading-snug";
  return (
    <article className={variant === "lead" ? "grid gap-4 md:grid-cols-[3fr_2fr] md:items-start" : "flex flex-col gap-2"}>
      {article.image && variant !== "compact" ? (
        <Link href={article.url} tabIndex={-1} aria-hidden="true" className={variant === "lead" ? "md:order-2" : ""}>
          <Image
            src={article.image.src}
            alt=""
            width={article.image.width}
            height={article.image.height}
            sizes={variant === "lead" ? "(min-width: 1152px) 690px, (min-width: 768px) 60vw, 100vw" : "(min-width: 1152px) 280px, (min-width: 640px) 45vw, 100vw"}
            className="aspect-[16/9] w-full bg-surface object-cover"
            style={{ objectPosition: objectPosition(article.image.focal) }}
            priority={priority}
          />
        </Link>
      ) : null}
      <div>
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
        {variant !== "compact" && article.excerpt ? (
          <p className={`mt-2 text-muted ${variant === "lead" ? "font-serif text-lg" : "text-sm"}`}>{article.excerpt}</p>
        ) : null}
        <p className="mt-2 text-xs text-muted">
          <Time date={article.publishedAt}>{formatListTime(article.publishedAt, now)}</Time>
          {article.authors.length && variant !== "compact" ? <span> · {article.authors.map((a) => a.name).join(", ")}</span> : null}
        </p>
      </div>
    </article>
  );
}
