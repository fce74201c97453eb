"use client";
// Your own byline, as readers see it under your stories: name, job title, bio and photo.
import { useState } from "react";
import { updateOwnBylineAction } from "@/server/actions/bylines";
import { ActionForm } from "./action-form";
import { MediaPicker } from "./media-picker";
import { inputClass as input } from "@/components/ui/controls";

type Byline = { name: string; jobTitle: string; bio: string; photo: { id: string; src: string; alt: string } | null };

export function BylineForm({ byline }: { byline: Byline }) {
  const [photo, setPhoto] = useState(byline.photo);
  return (
    <ActionForm action={updateOwnBylineAction} submit="Save byline" label="Your byline" className="mt-2 grid max-w-xl gap-3 rounded border border-rule bg-paper p-3">
      <label className="text-sm">Name under your stories<input name="name" defaultValue={byline.name} maxLength={100} className={input} /></label>
      <label className="text-sm">Job title<input name="jobTitle" defaultValue={byline.jobTitle} maxLength={100} placeholder="e.g. Transport reporter" className={input} /></label>
      <label className="text-sm">Bio<textarea name="bio" defaultValue={byline.bio} rows={3} maxLength={1000} className={input} /></label>
      <fieldset className="text-sm">
        <legend>Photo</legend>
        <input type="hidden" name="photoId" value={photo?.id ?? ""} />
        <div className="mt-1 flex flex-wrap items-center gap-3">
          {photo ? (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={photo.src} alt={`Your photo: ${photo.alt || "no description"}`} className="size-16 rounded-full bg-surface object-cover" />
          ) : (
            <span className="text-muted">No photo</span>
          )}
          <MediaPicker label={photo ? "Change photo" : "Choose photo"} onPick={(m) => setPhoto({ id: m.id, src: m.src, alt: m.alt })} />
          {photo ? <button type="button" onClick={() => setPhoto(null)} className="underline">Remove photo</button> : null}
        </div>
      </fieldset>
    </ActionForm>
  );
}
