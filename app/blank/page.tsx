import type { Metadata } from "next";

export const metadata: Metadata = { title: "Blank", robots: { index: false, follow: false } };

/**
 * An empty page of this build: the benchmark measures its JavaScript as the
 * framework's own baseline, beside the article and front pages.
 */
export default function BlankPage() {
  return <p>Blank.</p>;
}
