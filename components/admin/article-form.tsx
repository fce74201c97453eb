"use client";
// The article editor. Every button submits the whole form to one server
// action with an `intent` (save, submit, publish, schedule, unpublish,
// archive); errors come back per field and nothing typed is lost: drafts save
// themselves, leaving asks first, and the browser keeps a copy of what is not
// saved yet, offered back when the story is opened again.
import { usePathname, useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { saveArticleAction, type ArticleFormState } from "@/server/actions/articles";
import { fieldsFromForm, type ConflictDetails, type VersionFields } from "@/lib/article-versions";
import { formatNewsroomTime, wallTimeToInstant } from "@/lib/dates-zone";
import { asDocument, documentText } from "@/lib/rich-text/document";
import { SEO_DESCRIPTION_HINT, SEO_TITLE_HINT } from "@/lib/seo/snippet-length";
import { slugify } from "@/lib/slug";
import { submitKeepingInput } from "./action-form";
import { Combobox } from "./combobox";
import { ConfirmSubmit } from "./confirm";
import { ConflictChoice } from "./conflict-choice";
import { useLeaveGuard } from "./leave-guard";
import { copyAtOpen, copyKey, forgetCopyAtOpen, hasWords, readCopy, removeCopy, sameValues, writeCopy, type CopiedValues, type LocalCopy } from "./local-copy";
import { MediaPicker } from "./media-picker";
import { RestoreBanner } from "./restore-banner";
import { RichTextEditor } from "./rich-text-editor";
import { StoryKindField } from "./story-kind-field";
import { UpdateKindField } from "./update-kind-field";
import { inputClass } from "@/components/ui/controls";

/** The fields the editor writes (kept in this browser until saved), and what the form knows of the saved story. */
export type ArticleFormValues = CopiedValues & {
  id?: string;
  version: number;
  status: string;
  /** When a live story comes down, as a datetime-local value in the site's zone; empty: it stays up. */
  unpublishAt?: string;
  liveUrl?: string;
  /** A story or a live blog (whose entries are managed on a page of their own). */
  kind?: "STORY" | "LIVE_BLOG";
};

type Option = { id: string; name: string };
/** What the signed-in role may do here; the server checks each again. */
type Permissions = { publish: boolean; submit: boolean; createTopics: boolean };
/** A saved version to put in the form as unsaved changes ("Load into the editor"); `id` tells one load from the next. */
export type LoadedVersion = { id: string; label: string; values: Partial<ArticleFormValues> };
type FormProps = {
  initial: ArticleFormValues; sections: Option[]; authors: Option[]; topics: string[]; permissions: Permissions; userId: string;
  /** The site's, in which the newsroom reads and types every time. */
  timeZone: string;
  loaded?: LoadedVersion | null;
  /** Shown beside the editor, under the save buttons (the story's revisions). */
  side?: ReactNode;
};

const NEW_ARTICLE_PATH = "/admin/articles/new";

/** The action's state, plus whether the last save never reached the server. */
type EditorState = ArticleFormState & { unsent?: boolean };

/**
 * A new story's page turns into the story's own page when a save by a button
 * re-renders it at its new address; the result of that save (its message) is
 * handed over here, so the editor still sees it.
 */
const handedOver = new Map<string, EditorState>();


const FIELD_LABELS: Record<string, string> = {
  headline: "Headline", slug: "Address", standfirst: "Standfirst", body: "Story", sectionId: "Section", tags: "Topics", authorIds: "Bylines",
  seoTitle: "SEO title", seoDescription: "SEO description", heroImageId: "Hero image", heroAlt: "Hero alt text", heroCaption: "Hero caption",
  heroCredit: "Hero credit", scheduledAt: "Publish at", unpublishAt: "Unpublish at", updateNote: "Update note", form: "Form",
};

export function ArticleForm(props: FormProps) {
  const pathname = usePathname();
  // Every visit to "New article" starts a new story, even where the router keeps this page as it is
  // (from a story begun here, whose address became its own, back to "New article").
  const [visit, setVisit] = useState({ pathname, count: 0 });
  if (!props.initial.id && pathname !== visit.pathname) setVisit({ pathname, count: visit.count + (pathname === NEW_ARTICLE_PATH ? 1 : 0) });
  return <StoryEditor key={visit.count} {...props} />;
}

function StoryEditor(props: FormProps) {
  const { initial, userId } = props;
  // What the form starts from: the saved story, or (after "Restore") the browser's copy over it.
  const [start, setStart] = useState<{ values: ArticleFormValues; restored: boolean; generation: number; loaded?: boolean }>({ values: initial, restored: false, generation: 0 });
  // The story and version the latest save left, which restored text is saved over.
  const [latest, setLatest] = useState({ id: initial.id, version: initial.version, status: initial.status });
  const key = copyKey(userId, initial.id);
  const opened = useSyncExternalStore(noChanges, () => copyAtOpen(key), () => null);
  useEffect(() => () => forgetCopyAtOpen(key), [key]);
  const [answered, setAnswered] = useState(false);
  // A save refused because someone else saved first: the two versions to choose from (a new one each time).
  const [conflict, setConflict] = useState<{ details: ConflictDetails; mine: VersionFields; read: () => VersionFields; count: number } | null>(null);
  const resolve = (values: Partial<ArticleFormValues>, saved: EditorState) => {
    // The browser's copy held the refused text; what was chosen is saved (or theirs is kept) now.
    removeCopy(key);
    removeCopy(copyKey(userId, saved.id ?? latest.id));
    if (saved.id) handedOver.set(saved.id, saved);
    setLatest((current) => ({ id: saved.id ?? current.id, version: saved.version ?? current.version, status: saved.status ?? current.status }));
    setStart((current) => ({ values: { ...initial, ...values, id: saved.id ?? initial.id, version: saved.version ?? initial.version, status: saved.status ?? initial.status }, restored: false, generation: current.generation + 1 }));
    setConflict(null);
    setLoadedNote(null);
  };
  // A version loaded from the revisions goes into the form over what it holds, once per load.
  const loadId = props.loaded?.id;
  const [seenLoad, setSeenLoad] = useState<string | undefined>(undefined);
  // Says which version is in the form, until it is saved (or other text replaces it).
  const [loadedNote, setLoadedNote] = useState<string | null>(null);
  if (loadId !== seenLoad) {
    setSeenLoad(loadId);
    if (props.loaded) {
      const { values, label } = props.loaded;
      setStart((current) => ({ values: { ...initial, ...values, ...latest }, restored: true, generation: current.generation + 1, loaded: true }));
      setLoadedNote(label);
    }
  }
  useEffect(() => {
    // The address forgets the load, so a reload shows the saved story (and offers the browser's copy of the loaded one).
    if (!loadId) return;
    const url = new URL(window.location.href);
    if (!url.searchParams.has("load")) return;
    url.searchParams.delete("load");
    window.history.replaceState(null, "", url);
  }, [loadId]);
  const unsaved = opened && !answered && (initial.id ? !sameValues(opened.values, valuesOf(initial)) : hasWords(opened.values)) ? opened : null;

  const restore = (copy: LocalCopy) => {
    setStart((current) => ({ values: { ...initial, ...copy.values, ...latest }, restored: true, generation: current.generation + 1 }));
    setAnswered(true);
    setLoadedNote(null);
  };
  const discard = (copy: LocalCopy) => {
    // Only the copy that was offered: anything typed since is the newer copy now.
    if (readCopy(key)?.changedAt === copy.changedAt) removeCopy(key);
    setAnswered(true);
    document.getElementById("headline")?.focus();
  };

  return (
    <>
      {/* Here rather than in the page: a new story's page becomes the story's own when it is first saved. */}
      <h1 className="mb-4 text-2xl font-bold">{latest.id ? "Edit article" : "New article"}</h1>
      {unsaved ? <RestoreBanner changedAt={unsaved.changedAt} timeZone={props.timeZone} savedSince={unsaved.version < latest.version} onRestore={() => restore(unsaved)} onDiscard={() => discard(unsaved)} /> : null}
      {loadedNote ? (
        <p role="status" className="mb-5 rounded border-l-4 border-accent bg-paper px-4 py-3 text-sm shadow-sm">
          <strong>{loadedNote} is in the editor.</strong> Nothing is saved until you save; leaving asks first.
        </p>
      ) : null}
      {conflict && latest.id ? (
        <ConflictChoice key={conflict.count} articleId={latest.id} conflict={conflict.details} mine={conflict.mine} readMine={conflict.read} sections={props.sections} authors={props.authors} timeZone={props.timeZone} onResolved={resolve} />
      ) : null}
      <EditorForm
        key={start.generation}
        onConflict={(details, read) => {
          const mine = read();
          setConflict((current) => ({ details, mine, read, count: (current?.count ?? 0) + 1 }));
        }}
        {...props}
        initial={start.values}
        newStory={!initial.id}
        restored={start.restored}
        loaded={Boolean(start.loaded)}
        onSaved={(saved) => {
          setLatest((current) => ({ id: saved.id ?? current.id, version: saved.version ?? current.version, status: saved.status ?? current.status }));
          setLoadedNote(null);
        }}
      />
    </>
  );
}

/** The browser's copy is read once, when the story opens (copyAtOpen): nothing to subscribe to. */
const noChanges = () => () => {};

function EditorForm({ initial, sections, authors, topics, permissions, userId, timeZone, newStory, restored, loaded, side, onSaved, onConflict }: Omit<FormProps, "loaded"> & { newStory: boolean; restored: boolean; loaded: boolean; onSaved: (state: EditorState) => void; onConflict: (details: ConflictDetails, readMine: () => VersionFields) => void }) {
  const router = useRouter();
  const pathname = usePathname();
  // Changes are counted, so a save only clears the ones it carried: typing during a save stays unsaved.
  // Restored text starts as one unsaved change.
  const [changes, setChanges] = useState(restored ? 1 : 0);
  const changeCount = useRef(restored ? 1 : 0);
  const [savedChanges, setSavedChanges] = useState(0);
  // A loaded version waits for the editor's own save: drafts do not save it by themselves.
  const [autosaveHeld, setAutosaveHeld] = useState(loaded);
  const carried = useRef(0);
  const written = useRef(0);
  const dirty = changes > savedChanges;
  const markChanged = () => {
    changeCount.current += 1;
    setChanges(changeCount.current);
  };
  const formRef = useRef<HTMLFormElement>(null);
  const [handed] = useState(() => {
    const result = initial.id ? handedOver.get(initial.id) : undefined;
    // Only the save that produced this very version of the page.
    return result?.version === initial.version ? result : undefined;
  });

  /** After a save: the browser's copy goes, unless more was typed while saving (then it follows the story). */
  function keepCopyOf(before: string | undefined, saved: EditorState, mark: number) {
    const from = copyKey(userId, before);
    const to = copyKey(userId, saved.id);
    if (changeCount.current <= mark) {
      removeCopy(from);
      removeCopy(to);
      return;
    }
    const copy = readCopy(from);
    if (copy && saved.version !== undefined) writeCopy(to, { ...copy, version: saved.version });
    if (from !== to) removeCopy(from);
  }

  // The saved publication time of a scheduled story (site time), for "Goes live …".
  const [scheduledFor, setScheduledFor] = useState(initial.status === "SCHEDULED" ? initial.scheduledAt : "");
  const [state, action, pending] = useActionState<EditorState, FormData>(
    async (previous, form) => {
      const mark = carried.current;
      // A save queued behind another carries the story and version that one left, not those the page
      // had when it was queued: a save waiting for the one that creates the story updates that story.
      form.set("id", previous.id ?? "");
      form.set("version", String(previous.version ?? 0));
      let next: EditorState;
      try {
        const sent: EditorState = { ...previous, unsent: undefined };
        next = await saveArticleAction(sent, form);
      } catch {
        // The request never arrived (offline, server gone): say so and keep the form, rather than
        // let the error replace the page.
        return { ...previous, ok: false, unsent: true, fieldErrors: undefined, message: "Not saved: the newsroom cannot be reached. Your text is kept in this browser; saving is tried again as you write." };
      }
      if (next.ok) {
        if (form.get("intent") === "schedule") setScheduledFor(String(form.get("scheduledAt") ?? ""));
        setSavedChanges((saved) => Math.max(saved, mark));
        setAutosaveHeld(false);
        keepCopyOf(previous.id, next, mark);
        // Only a save by a button re-renders the page (automatic ones expire nothing).
        if (newStory && next.id && form.get("autosave") !== "1") handedOver.set(next.id, next);
        onSaved(next);
      }
      // The form as it is now (typing went on during the save), read again whenever the choice is saved.
      if (next.conflict) onConflict(next.conflict, () => fieldsFromForm(new FormData(formRef.current ?? undefined)));
      return next;
    },
    handed ?? { id: initial.id, version: initial.version, status: initial.status },
  );
  const [headline, setHeadline] = useState(initial.headline);
  const [kind, setKind] = useState(initial.kind ?? "STORY");
  const [scheduleTyped, setScheduleTyped] = useState(initial.scheduledAt);
  const typedInstant = scheduleTyped ? wallTimeToInstant(scheduleTyped, timeZone) : null;
  const [sectionId, setSectionId] = useState(initial.sectionId);
  const [slug, setSlug] = useState(initial.slug);
  // A new story's address follows its headline until the editor writes one (restored text included).
  const [slugTouched, setSlugTouched] = useState(initial.id ? Boolean(initial.slug) : Boolean(initial.slug) && initial.slug !== slugify(initial.headline));
  const [seoTitle, setSeoTitle] = useState(initial.seoTitle);
  const [seoDescription, setSeoDescription] = useState(initial.seoDescription);
  const [bylines, setBylines] = useState<string[]>(initial.authorIds);
  const [hero, setHero] = useState(initial.hero);
  const [tags, setTags] = useState(initial.tags);
  const chosenTags = tags.split(",").map((t) => t.trim()).filter(Boolean);
  const setTopics = (names: string[]) => {
    setTags(names.join(", "));
    markChanged();
  };
  const errors = state.fieldErrors ?? {};
  const status = state.status ?? initial.status;
  const live = status === "PUBLISHED";
  const goesLive = status === "SCHEDULED" && scheduledFor ? wallTimeToInstant(scheduledFor, timeZone) : null;
  const named = headline.trim() || "Untitled";

  const articleId = state.id ?? initial.id;

  /** The form as it stands, for the browser's copy. Fields this person cannot see keep the story's values. */
  const snapshot = (): CopiedValues => {
    const form = new FormData(formRef.current ?? undefined);
    const text = (name: string, fallback: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : fallback;
    };
    let body: unknown = initial.body;
    try {
      body = JSON.parse(text("body", "null")) ?? initial.body;
    } catch {
      // The editor's own JSON always parses; keep the story's body if it ever does not.
    }
    return {
      headline: text("headline", initial.headline),
      slug: text("slug", initial.slug),
      standfirst: text("standfirst", initial.standfirst),
      body,
      sectionId: text("sectionId", initial.sectionId),
      tags: text("tags", initial.tags),
      authorIds: form.getAll("authorIds").filter((id): id is string => typeof id === "string"),
      breaking: form.has("breaking"),
      featured: form.has("featured"),
      seoTitle: text("seoTitle", initial.seoTitle),
      seoDescription: text("seoDescription", initial.seoDescription),
      scheduledAt: text("scheduledAt", initial.scheduledAt),
      hero: hero ? { ...hero, alt: text("heroAlt", hero.alt), caption: text("heroCaption", hero.caption), credit: text("heroCredit", hero.credit) } : null,
    };
  };

  // Every change goes to the browser's copy at once.
  useEffect(() => {
    if (!dirty || written.current === changes) return;
    written.current = changes;
    writeCopy(copyKey(userId, articleId), { changedAt: new Date().toISOString(), version: state.version ?? initial.version, values: snapshot() });
    if (newStory && articleId) removeCopy(copyKey(userId, undefined));
  });

  useEffect(() => {
    if (!state.ok || state === handed) return;
    if (!newStory) {
      router.refresh();
      return;
    }
    // The story exists now: the address becomes its own, without leaving this page (or the editor's
    // cursor). A reload or the next save by a button brings in the rest of the story's page.
    const own = `/admin/articles/${state.id}`;
    if (state.id && window.location.pathname !== own) window.history.replaceState(null, "", own);
  }, [state, handed, newStory, router]);

  useEffect(() => {
    if (initial.id) handedOver.delete(initial.id);
    // Back to a story that was new when the page opened: the browser returns to the story's address with
    // the blank form this page began as. Load what is saved at that address instead.
    if (newStory && !state.id && pathname !== NEW_ARTICLE_PATH) router.refresh();
  }, [initial.id, newStory, state.id, pathname, router]);

  // Drafts save themselves a few seconds after the last change (live stories only on purpose);
  // a new story as soon as it has a headline or some of its body.
  useEffect(() => {
    // After a refused save (a conflict, a field error) it waits for the editor rather than retrying;
    // one that never reached the server is tried again.
    if (!dirty || pending || autosaveHeld || (state.ok === false && !state.unsent) || !(status === "DRAFT" || status === "IN_REVIEW")) return;
    const timer = setTimeout(() => {
      const form = new FormData(formRef.current ?? undefined);
      const words = String(form.get("headline") ?? "").trim() || documentText(asDocument(JSON.parse(String(form.get("body") || "null")))).trim();
      if (!articleId && !words) return;
      form.set("intent", "save");
      form.set("autosave", "1");
      carried.current = changeCount.current;
      startTransition(() => action(form));
    }, 3000);
    return () => clearTimeout(timer);
  }, [changes, dirty, pending, autosaveHeld, state.ok, state.unsent, articleId, status, action]);

  useLeaveGuard(dirty);

  useEffect(() => {
    // Restored text: back to writing, from the top of the story.
    if (restored) document.getElementById("headline")?.focus();
  }, [restored]);

  const error = (name: string) =>
    errors[name as keyof typeof errors]?.length ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-breaking" aria-live="polite">{errors[name as keyof typeof errors]!.join(" ")}</p>
    ) : null;
  const described = (name: string) => (errors[name as keyof typeof errors]?.length ? `${name}-error` : undefined);

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={(event) => {
        carried.current = changeCount.current;
        submitKeepingInput(event, action);
      }}
      onChange={() => markChanged()}
      className="grid gap-6 lg:grid-cols-[1fr_20rem]"
    >
      <input type="hidden" name="id" value={state.id ?? initial.id ?? ""} />
      <input type="hidden" name="version" value={state.version ?? initial.version} />
      <div className="space-y-5">
        <div>
          <label htmlFor="headline" className="block text-sm font-semibold">Headline</label>
          <input
            id="headline"
            name="headline"
            value={headline}
            onChange={(e) => {
              setHeadline(e.target.value);
              if (!slugTouched) setSlug(slugify(e.target.value));
            }}
            maxLength={200}
            placeholder="What happened, in a few words"
            // A new story starts with its headline.
            autoFocus={newStory && !initial.headline}
            aria-invalid={!!described("headline")}
            aria-describedby={described("headline")}
            className={`${inputClass} font-serif text-2xl font-bold`}
          />
          {error("headline")}
        </div>
        <div>
          <label htmlFor="slug" className="block text-sm font-semibold">Address (slug)</label>
          <input id="slug" name="slug" value={slug} onChange={(e) => { setSlug(e.target.value); setSlugTouched(true); }} maxLength={120} pattern="[a-z0-9]+(-[a-z0-9]+)*" aria-describedby={described("slug") ?? "slug-hint"} className={`${inputClass} font-mono text-sm`} />
          <p id="slug-hint" className="mt-1 text-xs text-muted">Lowercase letters, digits and hyphens. Changing it on a live story keeps the old address working.</p>
          {error("slug")}
        </div>
        <div>
          <label htmlFor="standfirst" className="block text-sm font-semibold">Standfirst</label>
          <textarea id="standfirst" name="standfirst" defaultValue={initial.standfirst} rows={2} maxLength={400} placeholder="A sentence or two on why it matters to readers" aria-describedby={described("standfirst")} className={`${inputClass} font-serif`} />
          {error("standfirst")}
        </div>
        <div>
          <span className="block text-sm font-semibold" id="body-label">Story</span>
          <RichTextEditor name="body" initial={initial.body} onChange={() => markChanged()} describedBy={described("body")} />
          {error("body")}
        </div>
      </div>
      <aside className="space-y-5">
        <div className="rounded border border-rule bg-paper p-4">
          <p className="text-sm">Status: <strong data-testid="status">{status.replace("_", " ").toLowerCase()}</strong></p>
          {goesLive ? <p className="mt-1 text-sm font-semibold" data-testid="goes-live">Goes live {formatNewsroomTime(goesLive, timeZone)}</p> : null}
          <p role="status" aria-live="polite" className={`mt-2 min-h-5 text-sm ${state.ok === false ? "text-breaking" : "text-muted"}`}>
            {pending ? "Saving…" : state.message}
          </p>
          <p data-testid="save-state" className={`text-xs ${dirty ? "text-breaking" : "text-muted"}`}>
            {dirty ? "Unsaved changes" : state.savedAt ? `All changes saved at ${formatNewsroomTime(state.savedAt, timeZone)}` : "No changes"}
          </p>
          {Object.keys(errors).length ? (
            <ul className="mt-1 list-disc pl-5 text-sm text-breaking">
              {Object.entries(errors).map(([name, messages]) => (
                <li key={name}><a href={`#${name}`} className="underline">{FIELD_LABELS[name] ?? name}</a>: {messages?.join(" ")}</li>
              ))}
            </ul>
          ) : null}
          {live ? <UpdateKindField key={state.version ?? initial.version} error={errors.updateNote} /> : null}
          <div className="mt-3 flex flex-wrap gap-2">
            {/* On a live story a save is what readers see next: one button, named for that. */}
            <button type="submit" name="intent" value="save" disabled={pending} className={live ? "rounded bg-ink px-3 py-2 font-semibold text-paper" : "rounded border border-rule px-3 py-2 font-semibold"}>{live ? "Update live story" : "Save"}</button>
            {permissions.submit && status === "DRAFT" ? <button type="submit" name="intent" value="submit" disabled={pending} className="rounded border border-rule px-3 py-2">Submit for review</button> : null}
            {permissions.publish && !live ? <button type="submit" name="intent" value="publish" disabled={pending} className="rounded bg-ink px-3 py-2 font-semibold text-paper">Publish now</button> : null}
            {permissions.publish && (live || status === "SCHEDULED") ? (
              <ConfirmSubmit name="intent" value="unpublish" disabled={pending} className="rounded border border-rule px-3 py-2" question={{
                title: `Unpublish “${named}”?`,
                text: live
                  ? "It becomes a draft again. Readers following its address are told it is no longer available, and it leaves the front page, its section, topic and author pages, the feeds and the sitemaps."
                  : "It becomes a draft again and does not go live at its scheduled time.",
                confirm: "Unpublish",
              }}>Unpublish</ConfirmSubmit>
            ) : null}
            {permissions.publish && status !== "ARCHIVED" && articleId ? (
              <ConfirmSubmit name="intent" value="archive" disabled={pending} className="rounded border border-rule px-3 py-2" question={{
                title: `Archive “${named}”?`,
                text: live
                  ? "It is taken off the site: readers following its address are told it is no longer available, and it leaves the front page, its section, topic and author pages, the feeds and the sitemaps. An editor can publish it again later."
                  : "It leaves the newsroom's working lists and will not be published unless an editor publishes it again.",
                confirm: "Archive",
              }}>Archive</ConfirmSubmit>
            ) : null}
          </div>
          {/* A live blog opens when it is published (its entries carry their own times), so it is never scheduled. */}
          {permissions.publish && kind !== "LIVE_BLOG" && !live ? (
            <div className="mt-4 border-t border-rule pt-3">
              <label htmlFor="scheduledAt" className="block text-sm font-semibold">Publish at (site time)</label>
              <input id="scheduledAt" name="scheduledAt" type="datetime-local" defaultValue={initial.scheduledAt} onChange={(e) => setScheduleTyped(e.target.value)} aria-describedby={["scheduledAt-hint", described("scheduledAt")].filter(Boolean).join(" ")} className={inputClass} />
              {/* The browser shows the field in its own locale (perhaps 12-hour): the hint says it the newsroom's way. */}
              <p id="scheduledAt-hint" className="mt-1 text-xs text-muted">
                {typedInstant ? `${formatNewsroomTime(typedInstant, timeZone)}, ${timeZone.replaceAll("_", " ")} time` : `Date and time in ${timeZone.replaceAll("_", " ")} time`}
              </p>
              {error("scheduledAt")}
              <button type="submit" name="intent" value="schedule" disabled={pending} className="mt-2 rounded border border-rule px-3 py-2">{status === "SCHEDULED" ? "Reschedule" : "Schedule"}</button>
            </div>
          ) : null}
          {permissions.publish && kind === "LIVE_BLOG" && !live ? (
            <p className="mt-4 border-t border-rule pt-3 text-xs text-muted">A live blog opens when you publish it; each entry carries its own time.</p>
          ) : null}
          {permissions.publish && (status === "PUBLISHED" || status === "SCHEDULED") ? (
            <div className="mt-4 border-t border-rule pt-3">
              <label htmlFor="unpublishAt" className="block text-sm font-semibold">Unpublish at (site time)</label>
              <input id="unpublishAt" name="unpublishAt" type="datetime-local" defaultValue={initial.unpublishAt ?? ""} aria-describedby={`unpublishAt-hint ${described("unpublishAt") ?? ""}`.trim()} className={inputClass} />
              <p id="unpublishAt-hint" className="mt-1 text-xs text-muted">
                The story comes down at this time and its address then says it is no longer available. Empty: it stays up. Saved with {status === "PUBLISHED" ? "“Update live story”" : "“Save”"}.
              </p>
              {error("unpublishAt")}
            </div>
          ) : null}
          <p className="mt-3 flex gap-4 text-sm">
            {state.id ?? initial.id ? <a href={`/preview/${state.id ?? initial.id}`} target="_blank" rel="noopener" className="underline">Preview (saved version)</a> : null}
            {initial.liveUrl && status === "PUBLISHED" ? <a href={initial.liveUrl} className="underline">View live story</a> : null}
          </p>
        </div>
        {side}
        <fieldset className="rounded border border-rule bg-paper p-3">
          <legend className="px-1 text-sm font-semibold">Hero image</legend>
          <input type="hidden" name="heroImageId" value={hero?.id ?? ""} />
          {hero ? (
            <>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={hero.src} alt="" className="aspect-video w-full bg-surface object-cover" />
              <label htmlFor="heroAlt" className="mt-2 block text-sm">Alt text (required to publish)</label>
              <input id="heroAlt" name="heroAlt" key={`alt-${hero.id}`} defaultValue={hero.alt} aria-describedby={described("heroAlt")} className={inputClass} />
              {error("heroAlt")}
              <label htmlFor="heroCaption" className="mt-2 block text-sm">Caption</label>
              <input id="heroCaption" name="heroCaption" key={`caption-${hero.id}`} defaultValue={hero.caption} className={inputClass} />
              <label htmlFor="heroCredit" className="mt-2 block text-sm">Credit</label>
              <input id="heroCredit" name="heroCredit" key={`credit-${hero.id}`} defaultValue={hero.credit} className={inputClass} />
              <button type="button" onClick={() => { setHero(null); markChanged(); }} className="mt-2 text-sm underline">Remove hero image</button>
            </>
          ) : null}
          <div className="mt-2">
            <MediaPicker label={hero ? "Change hero image" : "Choose hero image"} onPick={(m) => { setHero({ id: m.id, src: m.src, alt: m.alt, caption: m.caption, credit: m.credit }); markChanged(); }} />
          </div>
          {error("heroImageId")}
        </fieldset>
        <StoryKindField initial={initial.kind ?? "STORY"} articleId={articleId} onChange={setKind} />
        <div>
          <label htmlFor="sectionId" className="block text-sm font-semibold">Section</label>
          <input type="hidden" name="sectionId" value={sectionId} />
          <Combobox
            id="sectionId"
            label="Sections"
            options={sections.map((s) => ({ value: s.id, label: s.name }))}
            selected={sectionId ? [sectionId] : []}
            onPick={(id) => { setSectionId(id); markChanged(); }}
            onClear={() => { setSectionId(""); markChanged(); }}
            placeholder="Type to find a section"
            describedBy={described("sectionId")}
            invalid={!!described("sectionId")}
          />
          {error("sectionId")}
        </div>
        <fieldset>
          <legend className="text-sm font-semibold">Bylines, in order</legend>
          <ol className="mt-1 space-y-1">
            {bylines.map((id, index) => (
              <li key={id} className="flex items-center gap-2 text-sm">
                <input type="hidden" name="authorIds" value={id} />
                <span className="flex-1">{authors.find((a) => a.id === id)?.name ?? "Unknown"}</span>
                <button type="button" aria-label="Move up" disabled={index === 0} onClick={() => { setBylines((b) => { const n = [...b]; [n[index - 1], n[index]] = [n[index]!, n[index - 1]!]; return n; }); markChanged(); }} className="px-1">↑</button>
                <button type="button" aria-label="Remove byline" onClick={() => { setBylines((b) => b.filter((x) => x !== id)); markChanged(); }} className="px-1">×</button>
              </li>
            ))}
          </ol>
          <label htmlFor="add-author" className="sr-only">Add a byline</label>
          <Combobox
            id="add-author"
            label="Bylines"
            multiple
            options={authors.map((a) => ({ value: a.id, label: a.name }))}
            selected={bylines}
            onPick={(id) => { setBylines((b) => [...b, id]); markChanged(); }}
            placeholder="Add a byline: type a name"
            describedBy={described("authorIds")}
          />
          {error("authorIds")}
        </fieldset>
        <fieldset>
          <legend className="text-sm font-semibold">Topics</legend>
          <input type="hidden" name="tags" value={tags} />
          {chosenTags.length ? (
            <ul className="mt-1 flex flex-wrap gap-1">
              {chosenTags.map((name) => (
                <li key={name} className="flex items-center gap-1 rounded-full border border-rule bg-surface py-0.5 pl-3 pr-1 text-sm">
                  {name}
                  <button type="button" aria-label={`Remove topic ${name}`} onClick={() => setTopics(chosenTags.filter((t) => t !== name))} className="rounded-full px-1.5 hover:bg-paper">×</button>
                </li>
              ))}
            </ul>
          ) : null}
          <label htmlFor="tags" className="sr-only">Add a topic</label>
          <Combobox
            id="tags"
            label="Topics"
            multiple
            options={topics.map((t) => ({ value: t, label: t }))}
            selected={topics.filter((t) => chosenTags.some((c) => c.toLowerCase() === t.toLowerCase()))}
            onPick={(name) => { if (!chosenTags.some((c) => c.toLowerCase() === name.toLowerCase())) setTopics([...chosenTags, name]); }}
            createLabel={permissions.createTopics ? (typed) => `Add new topic “${typed}”` : undefined}
            placeholder="Add a topic: type to find one"
            describedBy={["tags-hint", described("tags")].filter(Boolean).join(" ")}
          />
          <p id="tags-hint" className="mt-1 text-xs text-muted">
            {permissions.createTopics ? "Pick existing topics, or type a new one and choose “Add new topic”." : "From the existing topics; an editor creates new ones."}
          </p>
          {error("tags")}
        </fieldset>
        <div className="flex gap-4 text-sm">
          <label className="flex items-center gap-2"><input type="checkbox" name="breaking" defaultChecked={initial.breaking} /> Breaking</label>
          <label className="flex items-center gap-2"><input type="checkbox" name="featured" defaultChecked={initial.featured} /> Featured</label>
        </div>
        <div>
          <label htmlFor="seoTitle" className="block text-sm font-semibold">SEO title</label>
          <input id="seoTitle" name="seoTitle" value={seoTitle} onChange={(e) => setSeoTitle(e.target.value)} maxLength={200} aria-describedby="seoTitle-hint" className={inputClass} />
          <p id="seoTitle-hint" className={`mt-1 text-xs ${seoTitle.length > SEO_TITLE_HINT ? "text-breaking" : "text-muted"}`}>{seoTitle.length}/{SEO_TITLE_HINT} characters; search results cut longer titles.</p>
        </div>
        <div>
          <label htmlFor="seoDescription" className="block text-sm font-semibold">SEO description</label>
          <textarea id="seoDescription" name="seoDescription" value={seoDescription} onChange={(e) => setSeoDescription(e.target.value)} rows={3} maxLength={400} aria-describedby="seoDescription-hint" className={inputClass} />
          <p id="seoDescription-hint" className={`mt-1 text-xs ${seoDescription.length > SEO_DESCRIPTION_HINT ? "text-breaking" : "text-muted"}`}>{seoDescription.length}/{SEO_DESCRIPTION_HINT} characters.</p>
        </div>
      </aside>
    </form>
  );
}

function valuesOf(values: ArticleFormValues): CopiedValues {
  return {
    headline: values.headline,
    slug: values.slug,
    standfirst: values.standfirst,
    body: values.body ?? { type: "doc", content: [] },
    sectionId: values.sectionId,
    tags: values.tags,
    authorIds: values.authorIds,
    breaking: values.breaking,
    featured: values.featured,
    seoTitle: values.seoTitle,
    seoDescription: values.seoDescription,
    scheduledAt: values.scheduledAt,
    hero: values.hero,
  };
}
