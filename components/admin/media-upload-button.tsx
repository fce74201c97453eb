"use client";
import { useRouter } from "next/navigation";
import { MediaPicker } from "./media-picker";

/** The library page's upload: after an upload, show the new image in the grid. */
export function MediaUploadButton() {
  const router = useRouter();
  return <MediaPicker label="Upload an image" onPick={() => router.refresh()} />;
}
