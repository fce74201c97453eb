// A live-blog entry as HTML: one builder for the page (server-rendered) and for the updates readers' browsers
// fetch while the blog is live, so an entry inserted later is exactly what a reload would show. The body goes
// through the same allowlist as every story (lib/rich-text/sanitize.ts); every other text is escaped.
import { formatEntryTime } from "@/lib/dates";
import { sanitizeDocument, toHtml } from "@/lib/rich-text/sanitize";
import { paths } from "@/lib/site";

/** The element that holds one entry: its id is the permalink's fragment. */
export const ENTRY_CLASS = "live-entry";
export const entryAnchor = (id: string) => `entry-${id}`;
/** An entry's permalink: the blog's address with the entry's fragment (a script on page 1 finds older pages). */
export const entryPermalink = (blogUrl: string, id: string) => `${blogUrl}#${entryAnchor(id)}`;

/** What a reader's page compares to notice an edit or a changed flag. */
export const entrySignature = (entry: { version: number; pinned: boolean; keyEvent: boolean }) => `${entry.version}${entry.pinned ? "p" : ""}${entry.keyEvent ? "k" : ""}`;

export type EntryMarkupInput = {
  id: string;
  postedAt: Date;
  title: string;
  body: unknown;
  pinned: boolean;
  keyEvent: boolean;
  authors: { name: string; slug: string }[];
};

const escape = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The inside of an entry's element. */
export function entryInnerHtml(entry: EntryMarkupInput, blogUrl: string): string {
  const flags = [
    entry.pinned ? '<span class="live-flag">Pinned</span>' : "",
    entry.keyEvent ? '<span class="live-flag live-flag-key">Key event</span>' : "",
  ].join("");
  const byline = entry.authors.length
    ? `<p class="live-entry-byline">${entry.authors.map((a) => `<a href="${escape(paths.author(a.slug))}">${escape(a.name)}</a>`).join(", ")}</p>`
    : "";
  return [
    `<p class="live-entry-head"><a class="live-entry-time" href="${escape(entryPermalink(blogUrl, entry.id))}" title="Link to this entry">`,
    `<time datetime="${entry.postedAt.toISOString()}">${escape(formatEntryTime(entry.postedAt))}</time></a>${flags}</p>`,
    entry.title ? `<h3 class="live-entry-title">${escape(entry.title)}</h3>` : "",
    `<div class="article-body live-entry-body">${toHtml(sanitizeDocument(entry.body))}</div>`,
    byline,
  ].join("");
}
