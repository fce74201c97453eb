import { Link } from "@/components/site/link";
import { Picture } from "@/components/site/picture";
import { ArticleCard } from "@/components/site/article-card";
import { JsonLd } from "@/components/site/json-ld";
import { Pagination } from "@/components/site/pagination";
import type { ArticleCard as Card } from "@/server/data/shapes";
import { breadcrumbJsonLd, collectionJsonLd } from "@/lib/seo/json-ld";
import { objectPosition, type FocalPoint } from "@/lib/focal-point";

export type ListingProps = {
  kicker: string;
  title: string;
  description: string;
  photo?: { src: string; width: number; height: number; alt: string; focal?: FocalPoint | null } | null;
  articles: Card[];
  page: number;
  pageCount: number;
  total: number;
  href: (page: number) => string;
  breadcrumbs: { name: string; path: string }[];
  now: Date;
  feed?: { href: string; title: string };
};

/** Stories shown as cards before the rest become rows. */
const TOP = 3;

/** Section, tag and author pages: heading, paginated stories, structured data. */
export function Listing(props: ListingProps) {
  const path = props.href(props.page);
  return (
    <>
      <JsonLd
        data={[
          collectionJsonLd({ name: props.title, description: props.description, path, items: props.articles }),
          breadcrumbJsonLd(props.breadcrumbs),
        ]}
      />
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <ol className="flex flex-wrap gap-1">
          {props.breadcrumbs.map((crumb, index) => (
            <li key={crumb.path} className="flex gap-1">
              {index > 0 ? <span aria-hidden="true">/</span> : null}
              {index === props.breadcrumbs.length - 1 ? (
                <span aria-current="page">{crumb.name}</span>
              ) : (
                <Link href={crumb.path} className="hover:underline">{crumb.name}</Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <header className="mt-4 flex flex-col gap-4 border-b-2 border-ink pb-6 sm:flex-row sm:items-center">
        {props.photo ? (
          <Picture src={props.photo.src} alt={props.photo.alt} width={112} height={112} className="h-28 w-28 rounded-full bg-surface object-cover" style={{ objectPosition: objectPosition(props.photo.focal) }} lead />
        ) : null}
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-accent">{props.kicker}</p>
          <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight">{props.title}</h1>
          {props.description ? <p className="mt-2 max-w-2xl font-serif text-lg text-muted">{props.description}</p> : null}
          <p className="mt-2 text-sm text-muted">
            {props.total} {props.total === 1 ? "story" : "stories"}
            {props.pageCount > 1 ? ` · page ${props.page} of ${props.pageCount}` : ""}
            {props.feed ? (
              <>
                {" · "}
                <a href={props.feed.href} className="hover:underline">RSS feed</a>
              </>
            ) : null}
          </p>
        </div>
      </header>
      {props.articles.length ? (
        <>
          {/* The newest three as cards, the rest as rows with small thumbnails: even rows whether or not a
              story has an image, and more than one story to a phone's screen. */}
          <div className="mt-8 grid gap-6 md:grid-cols-3">
            {props.articles.slice(0, TOP).map((article, index) => (
              <ArticleCard key={article.id} article={article} now={props.now} headingLevel={2} rowOnPhone={index > 0} priority={index === 0} />
            ))}
          </div>
          {props.articles.length > TOP ? (
            <div className="mt-8 grid border-t border-rule lg:grid-cols-2 lg:gap-x-8">
              {props.articles.slice(TOP).map((article) => (
                <div key={article.id} className="border-b border-rule py-4">
                  <ArticleCard article={article} now={props.now} headingLevel={2} variant="row" />
                </div>
              ))}
            </div>
          ) : null}
        </>
      ) : (
        <p className="py-16 text-center text-muted">Nothing has been published here yet.</p>
      )}
      {props.page > 1 ? <link rel="prev" href={props.href(props.page - 1)} /> : null}
      {props.page < props.pageCount ? <link rel="next" href={props.href(props.page + 1)} /> : null}
      <Pagination page={props.page} pageCount={props.pageCount} href={props.href} />
    </>
  );
}
