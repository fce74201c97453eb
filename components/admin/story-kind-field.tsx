// Whether the story is a story or a live blog, chosen in the article form. A live blog's body is its
// summary of key points; its entries are posted on its own page in the newsroom.
import Link from "next/link";
import { inputClass } from "@/components/ui/controls";

type Kind = "STORY" | "LIVE_BLOG";
type Props = { initial: Kind; articleId?: string; onChange?: (kind: Kind) => void };

export function StoryKindField({ initial, articleId, onChange }: Props) {
  return (
    <div>
      <label htmlFor="kind" className="block text-sm font-semibold">Kind</label>
      <select id="kind" name="kind" defaultValue={initial} onChange={(e) => onChange?.(e.target.value === "LIVE_BLOG" ? "LIVE_BLOG" : "STORY")} aria-describedby="kind-hint" className={inputClass}>
        <option value="STORY">Story</option>
        <option value="LIVE_BLOG">Live blog</option>
      </select>
      <p id="kind-hint" className="mt-1 text-xs text-muted">
        A live blog&apos;s body is its summary of key points; short timestamped entries are posted on its live-blog page.
        {initial === "LIVE_BLOG" && articleId ? (
          <>
            {" "}
            <Link href={`/admin/articles/${articleId}/live`} className="underline">Post and manage entries</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}
