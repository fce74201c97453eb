"use client";
// Merging one topic into another: the question names both, so it is read here, where the choice is made.
import { mergeTagsAction } from "@/server/actions/taxonomy";
import { ActionForm } from "./action-form";
import { inputClass as input } from "@/components/ui/controls";

type Topic = { id: string; name: string; slug: string; articles: number };

export function TopicMergeForm({ topic, others }: { topic: Topic; others: { id: string; name: string }[] }) {
  const question = (form: HTMLFormElement) => {
    const chosen = form.elements.namedItem("intoId");
    const into = chosen instanceof HTMLSelectElement ? others.find((o) => o.id === chosen.value) : undefined;
    // Nothing chosen: the server's message asks for a topic.
    if (!into) return null;
    return {
      title: `Merge “${topic.name}” into “${into.name}”?`,
      text: `${topic.articles === 1 ? "Its 1 story is" : `Its ${topic.articles} stories are`} filed under “${into.name}” instead, and “${topic.name}” is deleted: its page (/tag/${topic.slug}) stops working. This cannot be undone.`,
      confirm: "Merge",
    };
  };
  return (
    <ActionForm action={mergeTagsAction} submit="Merge" label={`Merge topic ${topic.name}`} className="mt-2 flex flex-wrap items-end gap-2" confirm={question}>
      <input type="hidden" name="fromId" value={topic.id} />
      <label className="text-sm">Merge into
        <select name="intoId" defaultValue="" className={input}>
          <option value="">Choose a topic…</option>
          {others.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
      </label>
    </ActionForm>
  );
}
