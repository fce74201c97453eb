import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CorrectionsList, correctionsMetadata } from "@/components/site/corrections-list";
import { parsePage } from "@/lib/pagination";
import { listCorrections } from "@/server/data/corrections";

type Props = PageProps<"/corrections/page/[page]">;

/**
 * Older corrections, 50 a page; page 1 is /corrections (next.config.mjs sends /corrections/page/1 there). None is
 * built ahead: each renders on its first request and is then kept like the others.
 */
export async function generateStaticParams() {
  return [];
}

async function load(params: Props["params"]) {
  const page = parsePage((await params).page);
  const list = page && page > 1 ? await listCorrections(page) : null;
  if (!list) notFound();
  return list;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return correctionsMetadata((await load(params)).page);
}

export default async function CorrectionsPageN({ params }: Props) {
  return <CorrectionsList list={await load(params)} />;
}
