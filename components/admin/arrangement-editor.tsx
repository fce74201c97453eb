"use client";
// Arranging a front: stories are placed in named slots and ordered by dragging them, or with the keyboard
// (each story has "Move up", "Move down" and "Remove"; each story in the list has a slot to choose and
// "Add"). Changes stay in the page until they are saved as a draft, previewed (saved, then shown as
// readers would see them), or published in one step; slots left empty are filled by recency.
import { formatNewsroomTime } from "@/lib/dates-zone";
import { useActionState, useEffect, useId, useRef, useState, type DragEvent } from "react";
import { arrangeAction, findStoriesToPlace, type ArrangeState } from "@/server/actions/arrangements";
import type { PageKey, Placement, SlotDefinition } from "@/lib/validation/arrangement";
import { submitKeepingInput } from "./action-form";
import { useLeaveGuard } from "./leave-guard";
import { buttonClass } from "@/components/ui/controls";

export type StoryChoice = {
  id: string;
  headline: string;
  sectionId: string | null;
  sectionName: string;
  /** When it was published, as the newsroom writes it. */
  when: string;
  featured: boolean;
  /** Still published: a placed story that is not is skipped on the page until it is removed here. */
  live: boolean;
};

type Props = {
  page: PageKey;
  version: number;
  slots: SlotDefinition[];
  /** The draft's stories when there is a draft, else the published ones. */
  placement: Placement;
  /** What readers see now. */
  published: Placement;
  stories: StoryChoice[];
  /** Story ids offered for placing, newest first. */
  pool: string[];
  draft: { savedAt: string; by: string } | null;
  timeZone: string;
};

/** What is being dragged: a story from the list, or one already in a slot. */
type Dragged = { id: string; from: string | null };

const samePlacement = (a: Placement, b: Placement) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? []).join() === (b[key] ?? []).join());
};

/** Stories listed at a time; "Show more" adds as many again. */
const PAGE = 12;

const button = "rounded border border-rule px-2 py-1 text-sm hover:bg-surface disabled:opacity-40";

export function ArrangementEditor(props: Props) {
  const { slots, timeZone } = props;
  // Stories found by a search join those the page came with.
  const [found, setFound] = useState<{ words: string; stories: StoryChoice[] } | null>(null);
  const stories = new Map([...props.stories, ...(found?.stories ?? [])].map((story) => [story.id, story]));
  const [placement, setPlacement] = useState<Placement>(props.placement);
  // What the last successful request left on the server, to tell unsaved changes from saved ones.
  const [saved, setSaved] = useState<Placement>(props.placement);
  const sent = useRef<Placement>(props.placement);
  const publishedNow = useRef<Placement>(props.published);
  const [state, action, pending] = useActionState<ArrangeState, FormData>(async (previous, form) => {
    const placed = sent.current;
    const next = await arrangeAction(previous, form);
    if (next.ok) {
      const intent = form.get("intent");
      if (intent === "publish") publishedNow.current = placed;
      if (intent === "discard") {
        setPlacement(publishedNow.current);
        setSaved(publishedNow.current);
      } else setSaved(placed);
    }
    return next;
  }, { version: props.version, draftSavedAt: props.draft?.savedAt ?? null });
  const [note, setNote] = useState("");
  const [filter, setFilter] = useState("");
  const dragged = useRef<Dragged | null>(null);
  const [over, setOver] = useState<string | null>(null);
  // After a move by keyboard the story's button keeps the focus (or its neighbour, at either end).
  const focusAfter = useRef<{ id: string; control: string } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const dirty = !samePlacement(placement, saved);
  const hasDraft = state.draftSavedAt !== null && state.draftSavedAt !== undefined;
  useLeaveGuard(dirty);

  useEffect(() => {
    const words = filter.trim();
    if (!words) return;
    let current = true;
    const timer = setTimeout(() => {
      void findStoriesToPlace(props.page, words).then(
        (answer) => current && answer.ok && setFound({ words, stories: answer.stories }),
        () => undefined,
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [filter, props.page]);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    const item = root.current?.querySelector(`[data-placed="${CSS.escape(target.id)}"]`);
    const wanted = item?.querySelector<HTMLButtonElement>(`[data-control="${target.control}"]:not(:disabled)`);
    (wanted ?? item?.querySelector<HTMLButtonElement>("button:not(:disabled)"))?.focus();
  });

  const slotOf = (key: string) => slots.find((slot) => slot.key === key);
  const name = (id: string) => `“${stories.get(id)?.headline || "Untitled"}”`;
  const placedSlot = (id: string) => Object.keys(placement).find((key) => placement[key]!.includes(id)) ?? null;
  /** The slots a story may go in: every slot, but a section block only takes its own section's stories. */
  const targetsFor = (story: StoryChoice) => slots.filter((slot) => !slot.sectionId || slot.sectionId === story.sectionId);

  /** Places a story at `index` of a slot (the end by default), taking it out of wherever it was. */
  function place(id: string, key: string, index?: number) {
    const slot = slotOf(key);
    const story = stories.get(id);
    if (!slot || !story) return;
    if (slot.sectionId && story.sectionId !== slot.sectionId) {
      setNote(`${name(id)} is a ${story.sectionName} story; only its own section's block can take it.`);
      return;
    }
    const from = placedSlot(id);
    const next: Placement = Object.fromEntries(Object.entries(placement).map(([k, ids]) => [k, ids.filter((x) => x !== id)]));
    let list = next[key] ?? [];
    let replaced: string | null = null;
    if (list.length >= slot.max) {
      if (slot.max > 1) {
        setNote(`${slot.label} is full (${slot.max} stories). Remove one first.`);
        return;
      }
      replaced = list[0] ?? null;
      list = [];
    }
    const at = Math.max(0, Math.min(index ?? list.length, list.length));
    next[key] = [...list.slice(0, at), id, ...list.slice(at)];
    setPlacement(next);
    const where = slot.max > 1 ? `${slot.label}, position ${at + 1}` : slot.label;
    setNote(
      `${name(id)} ${from && from !== key ? `moved from ${slotOf(from)?.label ?? "its slot"} to` : "placed in"} ${where}.` +
        (replaced ? ` ${name(replaced)} is back in the list.` : ""),
    );
  }

  function move(key: string, index: number, by: -1 | 1) {
    const list = [...(placement[key] ?? [])];
    const to = index + by;
    if (to < 0 || to >= list.length) return;
    [list[index], list[to]] = [list[to]!, list[index]!];
    setPlacement({ ...placement, [key]: list });
    setNote(`${name(list[to]!)} moved ${by < 0 ? "up" : "down"} to position ${to + 1} of ${slotOf(key)?.label}.`);
    focusAfter.current = { id: list[to]!, control: by < 0 ? "up" : "down" };
  }

  function remove(key: string, index: number) {
    const list = placement[key] ?? [];
    const id = list[index];
    if (!id) return;
    const rest = list.filter((_, i) => i !== index);
    setPlacement({ ...placement, [key]: rest });
    const slot = slotOf(key);
    setNote(`${name(id)} removed from ${slot?.label}.${rest.length === 0 ? ` ${slot?.whenEmpty ?? ""}` : ""}`);
    // The focus goes to the next story of the slot, or the slot itself.
    const nextId = rest[Math.min(index, rest.length - 1)];
    if (nextId) focusAfter.current = { id: nextId, control: "remove" };
    else root.current?.querySelector<HTMLElement>(`[data-slot="${CSS.escape(key)}"]`)?.focus();
  }

  const dragStart = (event: DragEvent, item: Dragged) => {
    dragged.current = item;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", item.id);
  };
  const dragOver = (event: DragEvent, key: string) => {
    const item = dragged.current;
    const story = item ? stories.get(item.id) : undefined;
    const slot = slotOf(key);
    if (!story || !slot || (slot.sectionId && story.sectionId !== slot.sectionId)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    if (over !== key) setOver(key);
  };
  const drop = (event: DragEvent, key: string) => {
    event.preventDefault();
    setOver(null);
    const item = dragged.current;
    dragged.current = null;
    if (!item) return;
    // Dropped on a story: before it; anywhere else in the slot: at the end.
    const target = (event.target as Element).closest<HTMLElement>("[data-index]");
    let index = target ? Number(target.dataset.index) : undefined;
    const list = placement[key] ?? [];
    // Within one slot, the story's own place no longer counts once it is lifted out.
    if (index !== undefined && item.from === key && list.indexOf(item.id) < index) index -= 1;
    place(item.id, key, index);
  };

  const placedIds = new Set(Object.values(placement).flat());
  const wanted = filter.trim().toLowerCase();
  // While a search is under way the newest stories are filtered here; its answer then lists older ones too.
  const searched = found && found.words === filter.trim() ? found.stories.map((story) => story.id) : null;
  const pool = (searched ?? props.pool).filter((id) => !placedIds.has(id) && (!wanted || stories.get(id)?.headline.toLowerCase().includes(wanted)));
  const errors = state.fieldErrors ?? {};
  const sectionBlocks = slots.filter((slot) => slot.key.startsWith("section:"));
  const ownSlots = slots.filter((slot) => !slot.key.startsWith("section:"));

  const slotGroup = (slot: SlotDefinition, compact = false) => {
    const list = placement[slot.key] ?? [];
    const problems = errors[slot.key];
    return (
      <section
        key={slot.key}
        aria-labelledby={`slot-${slot.key}`}
        data-slot={slot.key}
        tabIndex={-1}
        onDragOver={(event) => dragOver(event, slot.key)}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(null);
        }}
        onDrop={(event) => drop(event, slot.key)}
        className={`rounded border bg-paper p-3 ${over === slot.key ? "border-accent ring-2 ring-accent" : "border-rule"}`}
      >
        <h3 id={`slot-${slot.key}`} className={`font-semibold ${compact ? "text-sm" : ""}`}>
          {slot.label} <span className="text-xs font-normal text-muted">{slot.max === 1 ? "1 story" : `up to ${slot.max} stories`}</span>
        </h3>
        {list.length ? (
          <ol className="mt-2 space-y-2">
            {list.map((id, index) => {
              const story = stories.get(id);
              return (
                <li
                  key={id}
                  data-index={index}
                  data-placed={id}
                  draggable
                  onDragStart={(event) => dragStart(event, { id, from: slot.key })}
                  onDragEnd={() => setOver(null)}
                  className="flex items-start gap-2 rounded border border-rule bg-surface/40 p-2"
                >
                  <span aria-hidden="true" className="cursor-grab select-none pt-0.5 text-muted" title="Drag to move">⠿</span>
                  <div className="min-w-0 flex-1">
                    <p id={`placed-${slot.key}-${id}`} className="font-serif font-semibold leading-snug">{story?.headline || "Untitled"}</p>
                    <p className="text-xs text-muted">{story ? `${story.sectionName} · ${story.when}${story.featured ? " · featured" : ""}` : ""}</p>
                    {story && !story.live ? (
                      <p className="mt-1 text-xs font-semibold text-breaking">No longer published: readers get the automatic story here. Remove it before publishing.</p>
                    ) : null}
                  </div>
                  <div className="flex shrink-0 gap-1">
                    {slot.max > 1 ? (
                      <>
                        <button type="button" data-control="up" aria-label="Move up" aria-describedby={`placed-${slot.key}-${id}`} disabled={index === 0} onClick={() => move(slot.key, index, -1)} className={button}>↑</button>
                        <button type="button" data-control="down" aria-label="Move down" aria-describedby={`placed-${slot.key}-${id}`} disabled={index === list.length - 1} onClick={() => move(slot.key, index, 1)} className={button}>↓</button>
                      </>
                    ) : null}
                    <button type="button" data-control="remove" aria-label="Remove" aria-describedby={`placed-${slot.key}-${id}`} onClick={() => remove(slot.key, index)} className={button}>×</button>
                  </div>
                </li>
              );
            })}
          </ol>
        ) : null}
        {list.length < slot.max ? (
          <p className="mt-2 rounded border border-dashed border-rule px-2 py-2 text-xs text-muted">
            {list.length ? (slot.key === "live" ? "Room for more." : "The rest is filled automatically.") : slot.whenEmpty}
          </p>
        ) : null}
        {problems?.length ? (
          <ul className="mt-2 list-disc pl-5 text-sm text-breaking" aria-live="polite">
            {problems.map((problem) => <li key={problem}>{problem}</li>)}
          </ul>
        ) : null}
      </section>
    );
  };

  return (
    // On a phone: the buttons, the page's own slots, the stories to place, then the section blocks.
    <div ref={root} className="mt-4 grid gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="min-w-0 space-y-4 lg:col-start-1 lg:row-start-1">
        <form
          action={action}
          onSubmit={(event) => {
            sent.current = placement;
            submitKeepingInput(event, action);
          }}
          aria-label="Publish the arrangement"
          className="rounded border border-rule bg-paper p-3 shadow-sm lg:sticky lg:top-0 lg:z-10"
        >
          <input type="hidden" name="page" value={props.page} />
          <input type="hidden" name="version" value={state.version ?? props.version} />
          {/* The draft this page stands on: a save, discard or publish over someone else's newer draft is refused. */}
          <input type="hidden" name="draftSavedAt" value={state.draftSavedAt ?? ""} />
          <input type="hidden" name="slots" value={JSON.stringify(placement)} />
          <div className="flex flex-wrap items-center gap-2">
            <button type="submit" name="intent" value="publish" disabled={pending} className={buttonClass("primary", { small: true })}>Publish</button>
            <button type="submit" name="intent" value="preview" disabled={pending} className={buttonClass("secondary", { small: true })}>Save and preview</button>
            <button type="submit" name="intent" value="save" disabled={pending || !dirty} className={buttonClass("secondary", { small: true })}>Save draft</button>
            {hasDraft || dirty ? (
              <button type="submit" name="intent" value="discard" disabled={pending} className={buttonClass("secondary", { small: true })}>Discard draft</button>
            ) : null}
          </div>
          <p data-testid="arrangement-state" className={`mt-2 text-xs ${dirty ? "text-breaking" : "text-muted"}`}>
            {dirty
              ? "Unsaved changes"
              : hasDraft
                ? `Draft saved${state.draftSavedAt === props.draft?.savedAt && props.draft ? ` by ${props.draft.by}` : ""} at ${formatNewsroomTime(state.draftSavedAt!, timeZone)}: not published yet.`
                : "Readers see this arrangement."}
          </p>
          <p role="status" aria-live="polite" className={`mt-1 min-h-5 text-sm ${state.ok === false ? "text-breaking" : "text-muted"}`}>
            {pending ? "Working…" : state.message}
          </p>
        </form>
        <p role="status" aria-live="polite" className="sr-only">{note}</p>
        <h2 className="sr-only">The page&apos;s slots</h2>
        <p className="text-sm text-muted">Drag stories from the list into the slots, or choose a slot beside a story and press Add. Move up, Move down and Remove reorder what is placed.</p>
        <div className="space-y-4">{ownSlots.map((slot) => slotGroup(slot))}</div>
      </div>
      <StoryPool
        ids={pool}
        total={props.pool.length}
        stories={stories}
        filter={filter}
        onFilter={setFilter}
        targetsFor={targetsFor}
        onPlace={place}
        onDragStart={(event, id) => dragStart(event, { id, from: null })}
      />
      {sectionBlocks.length ? (
        <div className="min-w-0 lg:col-start-1 lg:row-start-2">
          <h2 className="text-lg font-bold">Section blocks</h2>
          <p className="text-sm text-muted">The first story of each section&apos;s block on the front page; the rest of the block is its newest stories.</p>
          <div className="mt-2 grid gap-3 sm:grid-cols-2">{sectionBlocks.map((slot) => slotGroup(slot, true))}</div>
        </div>
      ) : null}
    </div>
  );
}

function StoryPool(props: {
  ids: string[];
  total: number;
  stories: Map<string, StoryChoice>;
  filter: string;
  onFilter: (value: string) => void;
  targetsFor: (story: StoryChoice) => SlotDefinition[];
  onPlace: (id: string, slot: string) => void;
  onDragStart: (event: DragEvent, id: string) => void;
}) {
  const id = useId();
  const [shown, setShown] = useState(PAGE);
  return (
    <section aria-labelledby={`${id}-heading`} className="min-w-0 self-start rounded border border-rule bg-paper p-3 lg:sticky lg:top-4 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
      <h2 id={`${id}-heading`} className="font-semibold">Published stories</h2>
      <p className="text-xs text-muted">The {props.total} newest; a search finds older ones. Drag one into a slot, or choose a slot and press Add.</p>
      <label htmlFor={`${id}-filter`} className="mt-2 block text-sm">Find a story</label>
      <input id={`${id}-filter`} type="search" value={props.filter} onChange={(event) => props.onFilter(event.target.value)} className="mt-1 w-full rounded border border-rule bg-paper px-2 py-1" />
      {props.ids.length ? (
        <>
          <ul className="mt-3 space-y-2">
            {props.ids.slice(0, shown).map((storyId) => {
              const story = props.stories.get(storyId);
              return story ? <PoolItem key={storyId} story={story} targets={props.targetsFor(story)} onPlace={props.onPlace} onDragStart={props.onDragStart} /> : null;
            })}
          </ul>
          {props.ids.length > shown ? (
            <button type="button" onClick={() => setShown(shown + PAGE)} className="mt-2 w-full rounded border border-rule px-2 py-1 text-sm hover:bg-surface">
              Show more stories ({props.ids.length - shown} more)
            </button>
          ) : null}
        </>
      ) : (
        <p className="mt-3 text-sm text-muted">{props.filter ? "No published story's headline has these words." : "Every story in the list is placed."}</p>
      )}
    </section>
  );
}

function PoolItem({ story, targets, onPlace, onDragStart }: {
  story: StoryChoice;
  targets: SlotDefinition[];
  onPlace: (id: string, slot: string) => void;
  onDragStart: (event: DragEvent, id: string) => void;
}) {
  const [choice, setChoice] = useState(targets[0]?.key ?? "");
  const id = useId();
  return (
    <li draggable onDragStart={(event) => onDragStart(event, story.id)} aria-labelledby={`${id}-headline`} className="rounded border border-rule p-2">
      <p id={`${id}-headline`} className="font-serif text-sm font-semibold leading-snug">{story.headline}</p>
      <p className="text-xs text-muted">{story.sectionName} · {story.when}{story.featured ? " · featured" : ""}</p>
      <div className="mt-1 flex gap-1">
        {targets.length > 1 ? (
          <>
            <label htmlFor={`${id}-slot`} className="sr-only">Place “{story.headline}” in</label>
            <select id={`${id}-slot`} value={choice} onChange={(event) => setChoice(event.target.value)} className="min-w-0 flex-1 rounded border border-rule bg-paper px-1 py-1 text-sm">
              {targets.map((slot) => <option key={slot.key} value={slot.key}>{slot.label}</option>)}
            </select>
          </>
        ) : null}
        <button type="button" aria-describedby={`${id}-headline`} onClick={() => onPlace(story.id, choice)} className={button}>
          {targets.length > 1 ? "Add" : `Add to ${targets[0]?.label ?? "the page"}`}
        </button>
      </div>
    </li>
  );
}
