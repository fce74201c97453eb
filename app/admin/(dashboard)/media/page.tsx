import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { MediaPanel } from "@/components/admin/media-panel";
import { MediaMultiUpload } from "@/components/admin/media-multi-upload";
import { objectPosition } from "@/lib/focal-point";
import { parsePage } from "@/lib/pagination";
import { cropUrl } from "@/lib/share-images";
import { mediaLibraryQuery } from "@/lib/validation/media";
import { canManageMedia } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { getMediaDetails, getMediaLibraryPage, type LibraryItem } from "@/server/data/media";
import { USED_BY_SHOWN } from "@/lib/validation/media";

export const metadata: Metadata = { title: "Media" };

/**
 * The media library: a searchable, paged grid, newest first. Everything the page shows is in its address
 * (?q=, ?missing=alt, ?page=, ?edit=<id> for the side panel), so it works without JavaScript and a view
 * can be shared or reloaded.
 */
export default async function MediaPage({ searchParams }: PageProps<"/admin/media">) {
  const actor = await requireActor();
  const query = mediaLibraryQuery.parse(await searchParams);
  const missingAlt = query.missing === "alt";
  const [library, editing] = await Promise.all([
    getMediaLibraryPage(actor, { q: query.q, missingAlt, page: parsePage(query.page) ?? 1 }),
    query.edit ? getMediaDetails(actor, query.edit) : null,
  ]);
  const href = (change: { q?: string; missing?: string; page?: number; edit?: string }) => {
    const state = { q: query.q || undefined, missing: missingAlt ? "alt" : undefined, page: library.page > 1 ? String(library.page) : undefined, edit: editing?.id, ...change, ...(change.page ? { page: change.page > 1 ? String(change.page) : undefined } : {}) };
    const params = new URLSearchParams(Object.entries(state).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""));
    const search = params.toString();
    return search ? `/admin/media?${search}` : "/admin/media";
  };
  const canEdit = canManageMedia(actor);
  const chip = (active: boolean) => `rounded-full border px-3 py-1 ${active ? "border-ink bg-ink text-paper" : "border-rule bg-paper"}`;

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-2xl font-bold">Media</h1>
        <MediaMultiUpload />
      </div>
      <form method="get" action="/admin/media" role="search" className="mt-4 flex flex-wrap gap-2">
        {missingAlt ? <input type="hidden" name="missing" value="alt" /> : null}
        <label htmlFor="media-q" className="sr-only">Search images</label>
        <input id="media-q" name="q" type="search" defaultValue={query.q} placeholder="Alt text, caption, credit or file name" className="min-w-0 flex-1 rounded border border-rule bg-paper px-3 py-2" />
        <button type="submit" className="rounded border border-rule bg-paper px-4 py-2 font-semibold">Search</button>
      </form>
      <nav aria-label="Filter images" className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <Link href={href({ missing: "", page: 1, edit: "" })} aria-current={!missingAlt ? "page" : undefined} className={chip(!missingAlt)}>All images</Link>
        <Link href={href({ missing: "alt", page: 1, edit: "" })} aria-current={missingAlt ? "page" : undefined} className={chip(missingAlt)}>
          Missing alt text ({library.missingAlt})
        </Link>
        <span className="text-muted" role="status">
          {library.total} {library.total === 1 ? "image" : "images"}{query.q ? ` matching “${query.q}”` : ""}
        </span>
      </nav>
      <div className="mt-4 flex flex-col gap-6 lg:flex-row lg:items-start">
        <div className="min-w-0 flex-1">
          {library.items.length === 0 ? (
            <p className="rounded border border-rule bg-paper p-4 text-sm">
              {query.q || missingAlt ? "No image matches. " : "The library is empty: upload an image to start. "}
              {query.q || missingAlt ? <Link href="/admin/media" className="underline">Show all images</Link> : null}
            </p>
          ) : (
            <ul aria-label="Images" className={`grid grid-cols-2 gap-3 sm:grid-cols-3 ${editing ? "xl:grid-cols-3" : "lg:grid-cols-4"}`}>
              {library.items.map((item) => (
                <MediaCard key={item.id} item={item} open={editing?.id === item.id} editHref={href({ edit: item.id })} />
              ))}
            </ul>
          )}
          {library.pageCount > 1 ? (
            <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
              {library.page > 1 ? <Link href={href({ page: library.page - 1, edit: "" })} rel="prev" className="rounded border border-rule bg-paper px-3 py-1">← Previous</Link> : null}
              <span className="px-3 py-1">Page {library.page} of {library.pageCount}</span>
              {library.page < library.pageCount ? <Link href={href({ page: library.page + 1, edit: "" })} rel="next" className="rounded border border-rule bg-paper px-3 py-1">Next →</Link> : null}
            </nav>
          ) : null}
        </div>
        {editing ? (
          <aside
            aria-label="Edit image"
            className="fixed inset-0 z-30 overflow-y-auto bg-paper p-4 shadow-xl lg:sticky lg:inset-auto lg:top-4 lg:z-auto lg:max-h-[calc(100vh-2rem)] lg:w-96 lg:shrink-0 lg:rounded lg:border lg:border-rule lg:shadow-none"
          >
            <MediaPanel key={editing.id} media={editing} canEdit={canEdit} closeHref={href({ edit: "" })} shareCrop={cropUrl(editing.src, "1x1", editing.focal)} />
          </aside>
        ) : query.edit ? (
          <p role="alert" className="rounded border border-rule bg-paper p-4 text-sm lg:w-96">That image is no longer in the library. <Link href={href({ edit: "" })} className="underline">Close</Link></p>
        ) : null}
      </div>
    </>
  );
}

function MediaCard({ item, open, editHref }: { item: LibraryItem; open: boolean; editHref: string }) {
  const used = item.usedBy.length;
  return (
    <li className={`flex flex-col rounded border bg-paper ${open ? "border-ink ring-2 ring-ink" : "border-rule"}`}>
      <Link href={editHref} scroll={false} aria-current={open ? "true" : undefined} className="block p-2 hover:bg-surface">
        <Image
          src={item.src}
          alt={item.alt}
          width={item.width}
          height={item.height}
          sizes="(min-width: 1024px) 220px, (min-width: 640px) 30vw, 45vw"
          className="aspect-[4/3] w-full rounded-sm bg-surface object-cover"
          style={{ objectPosition: objectPosition(item.focal) }}
        />
        <span className="mt-1 block truncate text-xs font-semibold">{item.originalName || item.fileName}</span>
        <span className="block text-[11px] text-muted">{item.width}×{item.height}</span>
        {item.alt ? (
          <span className="mt-1 line-clamp-2 block text-xs">{item.alt}</span>
        ) : (
          <span className="mt-1 inline-block rounded bg-breaking px-1.5 py-0.5 text-[11px] font-semibold text-paper">No alt text</span>
        )}
      </Link>
      <p className="mt-auto border-t border-rule px-2 py-1 text-xs">
        {used === 0 ? (
          <span className="text-muted">Not used</span>
        ) : used === 1 ? (
          <Link href={`/admin/articles/${item.usedBy[0]!.id}`} className="underline" title={item.usedBy[0]!.headline}>Used in 1 story</Link>
        ) : (
          <Link href={`${editHref}#used-in`} scroll={false} className="underline" title={item.usedBy.map((story) => story.headline).join("\n")}>Used in {used}{used >= USED_BY_SHOWN ? "+" : ""} stories</Link>
        )}
      </p>
    </li>
  );
}
