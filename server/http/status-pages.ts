// Answers that need a status code an app-router page cannot send (410 Gone, 403 with a reason): proxy.ts
// returns them before routing, as Next documents for producing a response from the proxy. Each is a short,
// self-contained page in the style of the outage page.
import { formatDateTime } from "@/lib/dates";
import { site } from "@/lib/site";
import { tags } from "@/server/cache-tags";
import { noticePage, type Notice } from "./unavailable-page";

const HTML = "text/html; charset=utf-8";
/** Never kept by any cache, never indexed: what a preview link shows belongs to its holder alone. */
export const PREVIEW_HEADERS = { "cache-control": "private, no-store", "x-robots-tag": "noindex, nofollow" } as const;

/**
 * 410 for the address of a story that is no longer published. Caches may keep it like a 404 (Varnish keeps
 * 410s by default), tagged with the story's tags so that publishing it again purges the answer; the front
 * turns the tag note into Surrogate-Key (server/http/front.ts).
 */
export function goneStoryResponse(story: { id: string; slug: string }, method: string): Response {
  const page = noticePage(site.name, {
    kicker: "Removed",
    heading: "This story is no longer available",
    text: "It has been taken down and is no longer published on this site.",
    title: "Story no longer available",
    action: { label: "Go to the front page", href: "/" },
    footnote: "Error 410 · gone.",
  });
  return new Response(method === "HEAD" ? null : page, {
    status: 410,
    headers: {
      "content-type": HTML,
      "cache-control": "public, max-age=0, s-maxage=300",
      "x-ledger-tags": [tags.article(story.id), tags.slug(story.slug)].join(","),
    },
  });
}

const PREVIEW_GONE: Record<"expired" | "revoked" | "published" | "withdrawn", Omit<Notice, "robots" | "action" | "footnote">> = {
  expired: { kicker: "Preview", heading: "This preview link has expired", text: "Ask the newsroom for a new link if you still need to read the story.", title: "Preview link expired" },
  revoked: { kicker: "Preview", heading: "This preview link has been withdrawn", text: "The newsroom has revoked it. Ask them for a new link if you still need to read the story.", title: "Preview link withdrawn" },
  published: { kicker: "Preview", heading: "This story has been published", text: "The preview has ended because the story is now live for everyone.", title: "Preview ended" },
  withdrawn: { kicker: "Preview", heading: "This story is no longer available", text: "The newsroom has withdrawn it, so the preview has ended.", title: "Preview ended" },
};

/** 410 for a preview link that worked once and never will again. */
export function previewGoneResponse(reason: keyof typeof PREVIEW_GONE, method: string, liveUrl?: string): Response {
  const page = noticePage(site.name, {
    ...PREVIEW_GONE[reason],
    robots: "noindex, nofollow",
    action: liveUrl ? { label: "Read the published story", href: liveUrl } : { label: "Go to the front page", href: "/" },
    footnote: "Error 410 · gone.",
  });
  return new Response(method === "HEAD" ? null : page, { status: 410, headers: { "content-type": HTML, ...PREVIEW_HEADERS } });
}

/**
 * 403 for a preview link under embargo. 403 rather than 425 Too Early: 425 means "replayed TLS early data"
 * (RFC 8470), while 403 is the refusal every client and crawler understands; Retry-After says when to come back.
 */
export function previewWaitingResponse(opensAt: Date, now: Date, method: string): Response {
  const when = formatDateTime(opensAt);
  const page = noticePage(site.name, {
    kicker: "Preview under embargo",
    heading: `This preview opens at ${when}`,
    text: `The story can be read with this link from ${when}. Come back then; the link stays the same.`,
    title: "Preview not open yet",
    robots: "noindex, nofollow",
    action: { label: "Try again", href: "" },
    footnote: "Error 403 · not yet open.",
  });
  const seconds = Math.max(1, Math.ceil((opensAt.getTime() - now.getTime()) / 1000));
  return new Response(method === "HEAD" ? null : page, { status: 403, headers: { "content-type": HTML, "retry-after": String(seconds), ...PREVIEW_HEADERS } });
}
