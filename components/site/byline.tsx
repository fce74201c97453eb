import { Link } from "@/components/site/link";
import type { BylineView } from "@/server/data/shapes";
import { paths } from "@/lib/site";

/** "By A, B and C", each name linking to the author's page. */
export function Byline({ authors, linked = true }: { authors: BylineView[]; linked?: boolean }) {
  if (authors.length === 0) return null;
  return (
    <span>
      By{" "}
      {authors.map((author, index) => (
        <span key={author.slug}>
          {index > 0 ? (index === authors.length - 1 ? " and " : ", ") : null}
          {linked ? (
            <Link href={paths.author(author.slug)} rel="author" className="font-semibold hover:underline">
              {author.name}
            </Link>
          ) : (
            <span className="font-semibold">{author.name}</span>
          )}
        </span>
      ))}
    </span>
  );
}
