import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Version not found" };

/** A comparison naming a story or version that does not exist (or a correction, which has no text to compare). */
export default function VersionNotFound() {
  return (
    <div role="alert" className="max-w-xl py-6">
      <h1 className="text-2xl font-bold">That version is not in this story&apos;s revisions</h1>
      <p className="mt-3">The story or the version may have been deleted, or the address is incomplete. Its revisions are listed beside the editor.</p>
      <p className="mt-5 text-sm">
        <Link href="/admin" className="font-semibold underline">Back to the articles</Link>
      </p>
    </div>
  );
}
