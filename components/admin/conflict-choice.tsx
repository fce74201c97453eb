"use client";
// When a save is refused because someone else saved first: their version and the editor's side by side,
// part by part (headline, standfirst, the story block by block, then the settings). The editor keeps
// theirs, keeps their own, or picks per part; what is chosen is saved as a new version on top of theirs.
// Parts only one of them changed since both started are offered from that side first.
import { formatNewsroomTime } from "@/lib/dates-zone";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { saveArticleAction, type ArticleFormState } from "@/server/actions/articles";
import {
  alignBlocks,
  compareVersions,
  fieldsToForm,
  mergeVersions,
  suggestedChoices,
  type Choices,
  type ConflictDetails,
  type GroupComparison,
  type Side,
  type VersionFields,
} from "@/lib/article-versions";
import type { ArticleFormValues } from "./article-form";

type Option = { id: string; name: string };

type Props = {
  articleId: string;
  conflict: ConflictDetails;
  mine: VersionFields;
  /** The editor's form as it is now: typing may go on below while this is open. */
  readMine: () => VersionFields;
  sections: Option[];
  authors: Option[];
  /** The site's, in which the newsroom reads times. */
  timeZone: string;
  /** The version the editor goes on with, and the state of the save that made it (or of theirs, kept). */
  onResolved: (values: Partial<ArticleFormValues>, saved: ArticleFormState) => void;
};

const CHANGED: Record<GroupComparison["changedBy"], string | null> = {
  both: "Changed by both of you",
  theirs: "Only they changed this",
  mine: "Only you changed this",
  unknown: null,
};

/** A version's fields as the editor form's starting values. */
function formValues(fields: VersionFields, heroSources: Record<string, string>): Partial<ArticleFormValues> {
  const { heroImageId, heroAlt, heroCaption, heroCredit, kind } = fields;
  return {
    headline: fields.headline,
    slug: fields.slug,
    standfirst: fields.standfirst,
    body: fields.body,
    sectionId: fields.sectionId,
    tags: fields.tags,
    authorIds: fields.authorIds,
    breaking: fields.breaking,
    featured: fields.featured,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
    scheduledAt: fields.scheduledAt,
    unpublishAt: fields.unpublishAt,
    ...(kind === "STORY" || kind === "LIVE_BLOG" ? { kind } : {}),
    hero: heroImageId ? { id: heroImageId, src: heroSources[heroImageId] ?? "", alt: heroAlt, caption: heroCaption, credit: heroCredit } : null,
  };
}

export function ConflictChoice({ articleId, conflict: first, mine: refused, readMine, sections, authors, timeZone, onResolved }: Props) {
  const id = useId();
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const [conflict, setConflict] = useState(first);
  const [mine, setMine] = useState(refused);
  const groups = compareVersions(conflict.theirs, mine, conflict.base);
  const differing = groups.filter((group) => group.differs);
  const [choices, setChoices] = useState<Choices>(() => suggestedChoices(groups));
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const when = formatNewsroomTime(conflict.at, timeZone);

  useEffect(() => {
    // After a click on Save, straight here: nothing else matters until this is decided. After an automatic
    // save the editor is typing, and the focus stays where it is.
    if (!first.kept) return;
    heading.current?.scrollIntoView({ block: "start" });
    heading.current?.focus();
  }, [first.kept]);

  async function save(chosen: Choices) {
    const now = readMine();
    if (compareVersions(mine, now, null).some((group) => group.differs)) {
      // Saving the text shown here would lose what was typed since: compare again with that.
      setMine(now);
      setChoices(suggestedChoices(compareVersions(conflict.theirs, now, conflict.base)));
      setMessage("You changed the story since this opened. Yours now shows your latest text; choose again.");
      return;
    }
    const merged = mergeVersions(conflict.theirs, mine, chosen);
    if (differing.every((group) => chosen[group.key] !== "mine")) {
      onResolved(formValues(conflict.theirs, conflict.heroSources), {
        ok: true,
        id: articleId,
        version: conflict.version,
        status: conflict.status,
        message: `You have ${conflict.by}'s version now.${conflict.kept ? " Yours stays in the revisions." : ""}`,
      });
      return;
    }
    const form = fieldsToForm(merged, new FormData());
    form.set("id", articleId);
    form.set("version", String(conflict.version));
    form.set("intent", "save");
    setPending(true);
    setMessage(null);
    let result: ArticleFormState;
    try {
      result = await saveArticleAction({}, form);
    } catch {
      setPending(false);
      setMessage("Not saved: the newsroom cannot be reached. Nothing is lost; try again in a moment.");
      return;
    }
    setPending(false);
    if (result.ok) {
      onResolved(formValues(merged, conflict.heroSources), { ...result, message: `Saved what you chose as version ${result.version}.` });
      // The page's revisions and links follow the new version.
      router.refresh();
      return;
    }
    if (result.conflict) {
      // Someone saved again meanwhile: compare with that.
      setConflict(result.conflict);
      setChoices(suggestedChoices(compareVersions(result.conflict.theirs, mine, result.conflict.base)));
      setMessage(`${result.conflict.by} saved again meanwhile. Here is their newest version; choose again.`);
      return;
    }
    const problems = Object.values(result.fieldErrors ?? {}).flat().filter(Boolean);
    setMessage([result.message, ...problems].filter(Boolean).join(" "));
  }

  const all = (side: Side) => Object.fromEntries(differing.map((group) => [group.key, side]));

  return (
    <section aria-labelledby={`${id}-heading`} className="mb-6 rounded border-2 border-breaking bg-paper p-4">
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className="text-lg font-bold">Someone else saved this story first</h2>
      <p className="mt-1 text-sm">
        {conflict.by} saved it at {when} while you were editing. Below are their version and yours, part by part. Keep theirs, keep
        yours, or choose for each part; what you choose is saved as a new version on top of theirs.
      </p>
      {differing.length ? (
        <>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" disabled={pending} onClick={() => void save(all("theirs"))} className="rounded border border-rule px-3 py-2 text-sm font-semibold disabled:opacity-60">Keep theirs</button>
            <button type="button" disabled={pending} onClick={() => void save(all("mine"))} className="rounded border border-rule px-3 py-2 text-sm font-semibold disabled:opacity-60">Keep mine</button>
          </div>
          <div className="mt-4 space-y-4">
            {differing.map((group) => (
              <fieldset key={group.key} className="border-t border-rule pt-3">
                <legend className="flex flex-wrap items-baseline gap-2 text-sm font-semibold">
                  {group.label}
                  {CHANGED[group.changedBy] ? <span className="text-xs font-normal text-muted">{CHANGED[group.changedBy]}</span> : null}
                </legend>
                {group.key === "body" ? (
                  <BodyChoice id={`${id}-${group.key}`} by={conflict.by} choice={choices[group.key]} onChoose={(side) => setChoices({ ...choices, [group.key]: side })} theirs={conflict.theirs.body} mine={mine.body} />
                ) : (
                  <div className="mt-2 grid gap-2 sm:grid-cols-2">
                    {(["theirs", "mine"] as const).map((side) => (
                      <Choice key={side} id={`${id}-${group.key}-${side}`} name={`${id}-${group.key}`} side={side} by={conflict.by} checked={choices[group.key] === side} onChoose={() => setChoices({ ...choices, [group.key]: side })}>
                        <GroupValue group={group} fields={side === "theirs" ? conflict.theirs : mine} sections={sections} authors={authors} heroSources={conflict.heroSources} />
                      </Choice>
                    ))}
                  </div>
                )}
              </fieldset>
            ))}
          </div>
          {groups.some((group) => !group.differs) ? (
            <p className="mt-3 text-xs text-muted">The same in both: {groups.filter((group) => !group.differs).map((group) => group.label).join(", ")}.</p>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-2">
            <button type="button" disabled={pending} onClick={() => void save(choices)} className="rounded bg-ink px-3 py-2 text-sm font-semibold text-paper disabled:opacity-60">Save what I chose</button>
          </div>
        </>
      ) : (
        <div className="mt-3">
          <p className="text-sm">Your version and theirs are the same: nothing is lost.</p>
          <button type="button" onClick={() => void save({})} className="mt-2 rounded bg-ink px-3 py-2 text-sm font-semibold text-paper">Go on from their version</button>
        </div>
      )}
      <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm text-breaking">{pending ? "Saving…" : message}</p>
    </section>
  );
}

function Choice({ id, name, side, by, checked, onChoose, children }: { id: string; name: string; side: Side; by: string; checked: boolean; onChoose: () => void; children: ReactNode }) {
  return (
    <div className={`min-w-0 rounded border p-2 ${checked ? "border-ink bg-surface" : "border-rule"}`}>
      <label className="flex items-center gap-2 text-sm font-semibold">
        <input type="radio" name={name} value={side} checked={checked} onChange={onChoose} aria-describedby={`${id}-value`} />
        {side === "theirs" ? `Theirs (${by})` : "Yours"}
      </label>
      <div id={`${id}-value`} className="mt-1 break-words text-sm">{children}</div>
    </div>
  );
}

const none = <span className="text-muted">(empty)</span>;

function GroupValue({ group, fields, sections, authors, heroSources }: { group: GroupComparison; fields: VersionFields; sections: Option[]; authors: Option[]; heroSources: Record<string, string> }) {
  switch (group.key) {
    case "headline":
      return <p className="font-serif text-lg font-bold">{fields.headline || none}</p>;
    case "standfirst":
      return <p className="font-serif">{fields.standfirst || none}</p>;
    case "slug":
      return <p className="font-mono text-xs">{fields.slug || none}</p>;
    case "section":
      return <p>{sections.find((s) => s.id === fields.sectionId)?.name ?? (fields.sectionId ? "A section that no longer exists" : "No section")}</p>;
    case "topics":
      return <p>{fields.tags.trim() || "No topics"}</p>;
    case "bylines":
      return fields.authorIds.length ? (
        <ol className="list-decimal pl-5">{fields.authorIds.map((author) => <li key={author}>{authors.find((a) => a.id === author)?.name ?? "A byline that no longer exists"}</li>)}</ol>
      ) : <p>No byline</p>;
    case "hero":
      return fields.heroImageId ? (
        <div className="flex gap-2">
          {/* eslint-disable-next-line @next/next/no-img-element */}
          {heroSources[fields.heroImageId] ? <img src={heroSources[fields.heroImageId]} alt="" className="h-14 w-24 shrink-0 bg-surface object-cover" /> : null}
          <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
            <dt className="text-muted">Alt</dt><dd>{fields.heroAlt || none}</dd>
            <dt className="text-muted">Caption</dt><dd>{fields.heroCaption || none}</dd>
            <dt className="text-muted">Credit</dt><dd>{fields.heroCredit || none}</dd>
          </dl>
        </div>
      ) : <p>No hero image</p>;
    case "kind":
      return <p>{fields.kind === "LIVE_BLOG" ? "Live blog" : "Story"}</p>;
    case "flags":
      return <p>Breaking: {fields.breaking ? "yes" : "no"} · Featured: {fields.featured ? "yes" : "no"}</p>;
    case "seo":
      return <p><span className="text-muted">Title:</span> {fields.seoTitle || none}<br /><span className="text-muted">Description:</span> {fields.seoDescription || none}</p>;
    case "schedule":
      return <p><span className="text-muted">Publish at:</span> {fields.scheduledAt.replace("T", " ") || "—"}<br /><span className="text-muted">Unpublish at:</span> {fields.unpublishAt.replace("T", " ") || "—"}</p>;
    default:
      return null;
  }
}

/** The story block by block: blocks in both once, in grey; blocks that differ marked on their side. */
function BodyChoice({ id, by, choice, onChoose, theirs, mine }: { id: string; by: string; choice: Side | undefined; onChoose: (side: Side) => void; theirs: unknown; mine: unknown }) {
  const rows = alignBlocks(theirs, mine);
  const cell = (block: { kind: string; text: string } | null, same: boolean, label: string) =>
    block ? (
      <div className={`rounded px-2 py-1 ${same ? "text-muted" : "bg-accent/10"}`}>
        {same ? null : <span className="mr-1 text-xs font-semibold text-breaking">{label}:</span>}
        <span className="mr-1 text-xs font-semibold uppercase tracking-wide text-muted">{block.kind}</span>
        <span className="font-serif">{block.text || "(empty)"}</span>
      </div>
    ) : <div className="hidden rounded border border-dashed border-rule px-2 py-1 text-xs text-muted sm:block">Not in this version</div>;
  return (
    <div className="mt-2">
      <div className="grid gap-2 sm:grid-cols-2">
        {(["theirs", "mine"] as const).map((side) => (
          <label key={side} className={`flex items-center gap-2 rounded border p-2 text-sm font-semibold ${choice === side ? "border-ink bg-surface" : "border-rule"}`}>
            <input type="radio" name={id} value={side} checked={choice === side} onChange={() => onChoose(side)} />
            {side === "theirs" ? `Theirs (${by})` : "Yours"}
          </label>
        ))}
      </div>
      <ol aria-label="The story in both versions, block by block" className="mt-2 max-h-[32rem] space-y-1 overflow-y-auto text-sm">
        {rows.map((row, index) => (
          <li key={index} className="grid gap-1 sm:grid-cols-2 sm:gap-2">
            {row.same ? (
              <div className="sm:col-span-2">{cell(row.theirs, true, "")}</div>
            ) : (
              <>
                {cell(row.theirs, false, row.mine ? "Theirs" : "Only in theirs")}
                {cell(row.mine, false, row.theirs ? "Yours" : "Only in yours")}
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
