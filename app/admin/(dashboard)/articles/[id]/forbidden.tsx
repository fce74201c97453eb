import type { Metadata } from "next";
import { Refusal } from "@/components/admin/refusal";

export const metadata: Metadata = { title: "No access" };

/** A story this person may not edit (someone else's, or live and so the editors'); nothing of it is shown. */
export default function NoAccessToStory() {
  return (
    <Refusal
      what="story"
      detail="Authors and contributors edit their own stories while they are drafts (authors also while in review); once a story is scheduled or live, editors look after it. Ask an editor if it needs a change."
    />
  );
}
