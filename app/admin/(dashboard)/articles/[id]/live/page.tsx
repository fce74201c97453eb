import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { LiveEntryForm } from "@/components/admin/live-entry-form";
import { formatNewsroomDate } from "@/lib/dates";
import { MAX_PINNED } from "@/lib/validation/live-blogs";
import { articleAccess, canArticle, canEndLiveBlog, canLiveEntry } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { deleteLiveEntryAction, flagLiveEntryAction, setLiveCoverageAction } from "@/server/actions/live-blogs";
import { ADMIN_ENTRIES_PAGE, getLiveBlogForAdmin, listLiveEntriesForAdmin } from "@/server/data/admin-live-blogs";
import { bylineChoices, getEditorOptions } from "@/server/data/admin-articles";
import { ownBylineFor } from "@/server/services/bylines";
import { buttonClass } from "@/components/ui/controls";

export const metadata: Metadata = { title: "Live blog" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function LiveBlogAdminPage({ params, searchParams }: PageProps<"/admin/articles/[id]/live">) {
  const actor = await requireActor();
  const { id } = await params;
  const blog = await getLiveBlogForAdmin(id);
  if (!blog) notFound();
  const access = articleAccess(blog);
  // Whoever may not post here sees nothing of it (403): contributors, and authors not bylined on it.
  if (!canLiveEntry(actor, "post", access)) forbidden();
  const page = Math.max(1, Math.min(10_000, Number(one((await searchParams).page)) || 1));
  const url = blog.section ? `/${blog.section.slug}/${blog.slug}` : null;
  const heading = (
    <div className="flex flex-wrap items-baseline justify-between gap-3">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-breaking">Live blog</p>
        <h1 className="text-2xl font-bold">{blog.headline || "Untitled"}</h1>
      </div>
      <p className="flex gap-4 text-sm">
        {canArticle(actor, "edit", access) ? <Link href={`/admin/articles/${blog.id}`} className="underline">Headline, key points and settings</Link> : null}
        {url && blog.status === "PUBLISHED" ? <a href={url} className="underline">View on the site</a> : null}
      </p>
    </div>
  );
  if (blog.kind !== "LIVE_BLOG") {
    return (
      <>
        {heading}
        <p className="mt-4 rounded border border-rule bg-paper p-4">This story is not a live blog. Choose “Live blog” as its kind in the editor to post entries.</p>
      </>
    );
  }
  const [{ entries, total, pageCount }, options, own] = await Promise.all([listLiveEntriesForAdmin(blog.id, page), getEditorOptions(), ownBylineFor(actor)]);
  const pinned = entries.filter((e) => e.pinned).length;
  return (
    <>
      {heading}
      <section aria-label="Coverage" className="mt-3 flex flex-wrap items-center gap-4 rounded border border-rule bg-paper p-3 text-sm">
        <p>
          {blog.status !== "PUBLISHED"
            ? `Not published yet (${blog.status.replace("_", " ").toLowerCase()}): entries are kept until it is.`
            : blog.liveEndedAt
              ? `Coverage ended ${formatNewsroomDate(blog.liveEndedAt)}. Readers no longer check for updates.`
              : "Live: readers’ pages check for new entries every 15 seconds."}
        </p>
        {canEndLiveBlog(actor) ? (
          <ActionForm
            action={setLiveCoverageAction}
            submit={blog.liveEndedAt ? "Resume live coverage" : "End coverage"}
            danger={!blog.liveEndedAt}
            label="Coverage"
            confirm={blog.liveEndedAt ? undefined : { title: `End the live coverage of “${blog.headline}”?`, text: "Readers see that coverage has ended, their pages stop checking for updates, and the front page and section pages drop the LIVE label. You can resume it later.", confirm: "End coverage" }}
          >
            <input type="hidden" name="articleId" value={blog.id} />
            <input type="hidden" name="state" value={blog.liveEndedAt ? "live" : "ended"} />
          </ActionForm>
        ) : null}
      </section>
      {blog.liveEndedAt ? null : (
        <section aria-labelledby="new-entry-heading" className="mt-6">
          <h2 id="new-entry-heading" className="mb-2 text-lg font-bold">New entry</h2>
          <LiveEntryForm articleId={blog.id} authors={bylineChoices(options.authors, own.id)} ownBylineId={own.id} />
        </section>
      )}
      <section aria-labelledby="entries-heading" className="mt-8">
        <h2 id="entries-heading" className="text-lg font-bold">Entries ({total})</h2>
        <p className="text-sm text-muted">Newest first. At most {MAX_PINNED} entries are pinned above the others on the site; key events are listed at the top of the blog.</p>
        <ol className="mt-2 divide-y divide-rule rounded border border-rule bg-paper text-sm">
          {entries.map((entry) => {
            const mayChange = canLiveEntry(actor, "edit", access, entry);
            const mayFlag = canLiveEntry(actor, "flag", access, entry);
            const name = entry.title || entry.bodyText.slice(0, 60) || "Untitled entry";
            return (
              <li key={entry.id} className="space-y-2 px-3 py-3" aria-label={name}>
                <div className="flex flex-wrap items-baseline gap-x-3">
                  <time dateTime={entry.postedAt.toISOString()} className="font-semibold">{formatNewsroomDate(entry.postedAt)}</time>
                  {entry.pinned ? <span className="rounded bg-ink px-1.5 text-xs font-semibold text-paper">Pinned</span> : null}
                  {entry.keyEvent ? <span className="rounded border border-breaking px-1.5 text-xs font-semibold text-breaking">Key event</span> : null}
                  <span className="text-muted">{entry.authors.map((a) => a.author.name).join(", ")}</span>
                  {entry.updatedAt.getTime() - entry.createdAt.getTime() > 1000 ? <span className="text-xs text-muted">edited</span> : null}
                </div>
                {entry.title ? <p className="font-semibold">{entry.title}</p> : null}
                <p className="text-muted">{entry.bodyText.length > 240 ? `${entry.bodyText.slice(0, 239)}…` : entry.bodyText}</p>
                <div className="flex flex-wrap items-start gap-2">
                  {mayChange ? <Link href={`/admin/articles/${blog.id}/live/${entry.id}`} className={buttonClass("secondary", { small: true })}>Edit</Link> : null}
                  {mayFlag ? (
                    <>
                      <ActionForm action={flagLiveEntryAction} submit={entry.pinned ? "Unpin" : "Pin"} label={`${entry.pinned ? "Unpin" : "Pin"} ${name}`}>
                        <input type="hidden" name="entryId" value={entry.id} />
                        <input type="hidden" name="flag" value="pinned" />
                        <input type="hidden" name="value" value={entry.pinned ? "off" : "on"} />
                      </ActionForm>
                      <ActionForm action={flagLiveEntryAction} submit={entry.keyEvent ? "Not a key event" : "Key event"} label={`Key event: ${name}`}>
                        <input type="hidden" name="entryId" value={entry.id} />
                        <input type="hidden" name="flag" value="keyEvent" />
                        <input type="hidden" name="value" value={entry.keyEvent ? "off" : "on"} />
                      </ActionForm>
                    </>
                  ) : null}
                  {mayChange ? (
                    <ActionForm
                      action={deleteLiveEntryAction}
                      submit="Delete"
                      danger
                      label={`Delete ${name}`}
                      confirm={{ title: `Delete the entry of ${formatNewsroomDate(entry.postedAt)}?`, text: "It disappears from the live blog for readers, also from pages already open. The audit log keeps what it said.", confirm: "Delete" }}
                    >
                      <input type="hidden" name="entryId" value={entry.id} />
                    </ActionForm>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
        {entries.length === 0 ? <p className="mt-2 text-sm text-muted">No entries yet.</p> : null}
        {pinned >= MAX_PINNED ? <p className="mt-2 text-sm text-muted">{MAX_PINNED} entries on this page are pinned: unpin one to pin another.</p> : null}
        {pageCount > 1 ? (
          <nav aria-label="Pages" className="mt-4 flex gap-2 text-sm">
            {page > 1 ? <Link href={`/admin/articles/${blog.id}/live?page=${page - 1}`} className="rounded border border-rule bg-paper px-3 py-1">← Newer</Link> : null}
            <span className="px-3 py-1">Page {page} of {pageCount} ({ADMIN_ENTRIES_PAGE} a page)</span>
            {page < pageCount ? <Link href={`/admin/articles/${blog.id}/live?page=${page + 1}`} className="rounded border border-rule bg-paper px-3 py-1">Older →</Link> : null}
          </nav>
        ) : null}
      </section>
    </>
  );
}
