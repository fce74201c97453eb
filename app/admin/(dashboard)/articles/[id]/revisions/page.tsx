import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { RestoreButton } from "@/components/admin/restore-button";
import { comparePath, loadPath } from "@/components/admin/revisions-panel";
import { FIELD_GROUPS, sameGroup, type FieldGroup, type VersionFields } from "@/lib/article-versions";
import { formatNewsroomDate } from "@/lib/dates";
import { diffDocuments, diffText, hasChanges } from "@/lib/rich-diff";
import { RichTree } from "@/lib/rich-text/render";
import type { SafeNode } from "@/lib/rich-text/sanitize";
import { isContentRevision, revisionLabel } from "@/lib/revision-kinds";
import { canArticle } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { getEditorOptions, getArticleAccess } from "@/server/data/admin-articles";
import { getCurrentVersion, getHeroImages } from "@/server/data/article-versions";
import { getVersion, listRevisions, type ComparedVersion } from "@/server/data/revisions";
import { buttonClass } from "@/components/ui/controls";

export const metadata: Metadata = { title: "Compare versions" };

/** What is compared besides the story itself: the words above it, then its settings. */
const COMPARED = FIELD_GROUPS.filter((g) => g.key !== "body" && g.key !== "schedule");
const WORDS = new Set(["headline", "standfirst"]);

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

function describe(v: ComparedVersion): string {
  if (!v.revision) return `the current version (v${v.version}, as saved now)`;
  return `version ${v.revision.version} (${revisionLabel(v.revision.kind)}, ${v.revision.by}, ${formatNewsroomDate(v.revision.createdAt)})`;
}

export default async function CompareVersionsPage({ params, searchParams }: PageProps<"/admin/articles/[id]/revisions">) {
  const actor = await requireActor();
  const { id } = await params;
  const query = await searchParams;
  const access = await getArticleAccess(id);
  if (!access) notFound();
  // The same rule as opening the story in the editor: its versions are the story.
  if (!canArticle(actor, "edit", access)) forbidden();
  const revisions = (await listRevisions(id)).filter((r) => isContentRevision(r.kind));
  // Default: the newest revision against the story as saved now.
  const aRef = one(query.a) ?? revisions[0]?.id ?? "current";
  const bRef = one(query.b) ?? "current";
  const [a, b, current, options] = await Promise.all([getVersion(id, aRef), getVersion(id, bRef), getCurrentVersion(id), getEditorOptions()]);
  if (!a || !b || !current) notFound();
  const images = await getHeroImages([a.fields.heroImageId ?? "", b.fields.heroImageId ?? ""]);
  const sections = new Map(options.sections.map((s) => [s.id, s.name]));
  const authors = new Map(options.authors.map((s) => [s.id, s.name]));

  const value = (group: FieldGroup, f: Partial<VersionFields>) => {
    if (!group.fields.every((field) => field in f)) return <span className="text-muted">Not recorded in this version</span>;
    switch (group.key) {
      case "section":
        return f.sectionId ? (sections.get(f.sectionId) ?? "A section since removed") : "None";
      case "topics":
        return f.tags || "None";
      case "bylines":
        return f.authorIds?.length ? f.authorIds.map((x) => authors.get(x) ?? "A byline since removed").join(", ") : "None";
      case "hero": {
        const image = f.heroImageId ? images[f.heroImageId] : undefined;
        if (!f.heroImageId) return "None";
        if (!image) return "An image since deleted from the library";
        return (
          <figure>
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={image.src} alt="" className="aspect-video w-full max-w-60 bg-surface object-cover" />
            <figcaption className="mt-1 text-xs">
              Alt: {f.heroAlt || image.alt || "—"}
              {f.heroCaption || image.caption ? <><br />Caption: {f.heroCaption || image.caption}</> : null}
              {f.heroCredit || image.credit ? <><br />Credit: {f.heroCredit || image.credit}</> : null}
            </figcaption>
          </figure>
        );
      }
      case "kind":
        return f.kind === "LIVE_BLOG" ? "Live blog" : "Story";
      case "flags":
        return [f.breaking ? "Breaking" : null, f.featured ? "Featured" : null].filter(Boolean).join(", ") || "Neither";
      case "seo":
        return <>Title: {f.seoTitle || "—"}<br />Description: {f.seoDescription || "—"}</>;
      case "slug":
        return <span className="font-mono">{f.slug || "—"}</span>;
      default:
        return String(f[group.fields[0]!] ?? "") || "—";
    }
  };
  /** A headline or standfirst: each side with the words only it has marked. */
  const words = (group: FieldGroup, side: "del" | "ins") => {
    const tree = diffText(String(a.fields[group.fields[0]!] ?? ""), String(b.fields[group.fields[0]!] ?? ""));
    const keep = (node: SafeNode) => typeof node === "string" || node.tag === side;
    const shown = tree.filter(keep);
    return shown.length ? <RichTree tree={shown} /> : "—";
  };

  const changed = COMPARED.filter((g) => !sameGroup(a.fields, b.fields, g));
  const same = COMPARED.filter((g) => sameGroup(a.fields, b.fields, g));
  const bodyKnown = "body" in a.fields && "body" in b.fields;
  const body = bodyKnown ? diffDocuments(a.fields.body, b.fields.body) : null;
  const choice = (name: string, selected: string) => (
    <select id={`compare-${name}`} name={name} defaultValue={selected} className="mt-1 block w-full rounded border border-rule bg-paper px-2 py-2 text-sm">
      <option value="current">Current version (as saved now)</option>
      {revisions.map((r) => (
        <option key={r.id} value={r.id}>v{r.version} · {revisionLabel(r.kind)} · {r.by} · {formatNewsroomDate(r.createdAt)}</option>
      ))}
    </select>
  );

  return (
    <>
      <p className="text-sm"><Link href={`/admin/articles/${id}`} className="underline">← Back to the editor</Link></p>
      <h1 className="mt-2 text-2xl font-bold">Compare versions</h1>
      <form action={comparePath(id)} className="mt-4 grid items-end gap-3 rounded border border-rule bg-paper p-4 sm:grid-cols-[1fr_1fr_auto]">
        <div>
          <label htmlFor="compare-a" className="block text-sm font-semibold">Version A (older)</label>
          {choice("a", a.ref)}
        </div>
        <div>
          <label htmlFor="compare-b" className="block text-sm font-semibold">Version B (newer)</label>
          {choice("b", b.ref)}
        </div>
        <button type="submit" className={buttonClass()}>Compare</button>
      </form>
      <p className="mt-4 text-sm">
        <strong>A</strong> is {describe(a)}; <strong>B</strong> is {describe(b)}.
      </p>
      <p className="mt-1 text-sm text-muted">
        In B, <ins className="underline decoration-2">underlined words</ins> and blocks marked <span className="font-semibold">Added</span> are new;{" "}
        <del className="line-through decoration-2">struck-through words</del> and blocks marked <span className="font-semibold">Removed</span> were in A only.
      </p>

      <div className="revision-diff">
        <h2 className="mt-6 text-lg font-bold">Headline, standfirst and settings</h2>
        {changed.length ? (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full bg-paper text-sm [overflow-wrap:anywhere]">
              <thead>
                <tr className="text-left"><th scope="col" className="w-24 p-2 sm:w-40">Part</th><th scope="col" className="p-2">A</th><th scope="col" className="p-2">B</th></tr>
              </thead>
              <tbody>
                {changed.map((g) => (
                  <tr key={g.key} className="border-t border-rule align-top">
                    <th scope="row" className="p-2 text-left">{g.label}</th>
                    <td className="p-2">{WORDS.has(g.key) ? words(g, "del") : value(g, a.fields)}</td>
                    <td className="p-2">{WORDS.has(g.key) ? words(g, "ins") : value(g, b.fields)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <p className="mt-2 text-sm text-muted">
          {same.length ? `The same in both: ${same.map((g) => g.label.toLowerCase()).join(", ")}.` : "Every part differs."}
        </p>

        <h2 className="mt-8 text-lg font-bold">Story</h2>
        {body === null ? (
          <p className="mt-2 text-sm text-muted">One of these versions did not record the story&apos;s text.</p>
        ) : (
          <>
            {hasChanges(body.tree) ? null : <p className="mt-2 text-sm text-muted">The story&apos;s text is the same in both.</p>}
            {body.whole ? null : (
              <p role="note" className="mt-2 text-sm">
                So much of this story changed that, further down, changed paragraphs are shown whole (the old one
                removed, the new one added) rather than word by word.
              </p>
            )}
            <div className="article-body mt-4 max-w-[40rem] rounded border border-rule bg-paper p-4 sm:p-6" data-testid="body-diff">
              <RichTree tree={body.tree} />
            </div>
          </>
        )}
      </div>

      {a.revision || b.revision ? (
        <section aria-labelledby="use-heading" className="mt-8 max-w-[40rem] rounded border border-rule bg-paper p-4">
          <h2 id="use-heading" className="font-bold">Use a version</h2>
          <p className="mt-1 text-sm">Loading puts the version in the editor as unsaved changes: check it, then save. Nothing changes until then.</p>
          <p className="mt-3 flex flex-wrap gap-3">
            {[a.revision, b.revision].filter((r) => r !== null).map((r) => (
              <Link key={r.id} href={loadPath(id, r.id)} className={buttonClass()}>Load version {r.version} into the editor</Link>
            ))}
          </p>
          {a.revision ? (
            <div className="mt-4 border-t border-rule pt-3 text-sm">
              <p className="mb-2 text-muted">Or save version {a.revision.version} as the story straight away, without checking it in the editor{access.status === "PUBLISHED" ? " (readers see it at once)" : ""}:</p>
              <RestoreButton articleId={id} revisionId={a.revision.id} version={current.version} revisionVersion={a.revision.version} headline={current.fields.headline} live={access.status === "PUBLISHED"} />
            </div>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
