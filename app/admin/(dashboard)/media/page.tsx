import type { Metadata } from "next";
import { MediaItem } from "@/components/admin/media-item";
import { MediaUploadButton } from "@/components/admin/media-upload-button";
import { canManageMedia } from "@/server/auth/policies";
import { requireActor } from "@/server/auth/session";
import { listRecentMedia } from "@/server/data/media";

export const metadata: Metadata = { title: "Media" };

export default async function MediaPage() {
  const actor = await requireActor();
  const media = await listRecentMedia();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Media</h1>
        <MediaUploadButton />
      </div>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {media.map((item) => <MediaItem key={item.id} media={item} canEdit={canManageMedia(actor)} />)}
      </ul>
    </>
  );
}
