import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { LiveEntryForm } from "@/components/admin/live-entry-form";
import { instantToWallTime } from "@/lib/dates-zone";
import { site } from "@/lib/site";
import { earliestEntryTime } from "@/lib/validation/live-blogs";
import { articleAccess, canLiveEntry } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { getLiveBlogForAdmin, getLiveEntryForEditing } from "@/server/data/admin-live-blogs";
import { bylineChoices, getEditorOptions } from "@/server/data/admin-articles";
import { ownBylineFor } from "@/server/services/bylines";

export const metadata: Metadata = { title: "Edit entry" };

/**
 * What the time field's picker offers: what the server accepts, from a week before the blog was started to now, and
 * the entry's own time, which may stay as it is.
 */
function timeBounds(started: Date, postedAt: Date, now: Date) {
  const wall = (ms: number) => instantToWallTime(new Date(ms), site.timeZone);
  return { earliest: wall(Math.min(earliestEntryTime(started).getTime(), postedAt.getTime())), latest: wall(Math.max(now.getTime(), postedAt.getTime())) };
}

export default async function EditLiveEntryPage({ params }: PageProps<"/admin/articles/[id]/live/[entryId]">) {
  const actor = await requireActor();
  const { id, entryId } = await params;
  const [blog, entry] = await Promise.all([getLiveBlogForAdmin(id), getLiveEntryForEditing(entryId)]);
  if (!blog || !entry || entry.articleId !== blog.id) notFound();
  if (!canLiveEntry(actor, "edit", articleAccess(blog), entry)) forbidden();
  const [options, own] = await Promise.all([getEditorOptions(), ownBylineFor(actor)]);
  const back = `/admin/articles/${blog.id}/live`;
  return (
    <>
      <p className="text-sm"><Link href={back} className="underline">← {blog.headline || "Live blog"}</Link></p>
      <h1 className="mb-4 mt-2 text-2xl font-bold">Edit entry</h1>
      <LiveEntryForm
        articleId={blog.id}
        authors={bylineChoices(options.authors, own.id)}
        ownBylineId={own.id}
        backTo={back}
        editing={{
          entryId: entry.id,
          version: entry.version,
          title: entry.title,
          body: entry.body,
          postedAt: instantToWallTime(entry.postedAt, site.timeZone),
          ...timeBounds(blog.createdAt, entry.postedAt, new Date()),
          authorIds: entry.authors.map((a) => a.authorId),
        }}
      />
    </>
  );
}
