// Undoing a test's WordPress import: its stories, their images, and the sections, topics and bylines it made
// (the site's navigation lists every section, and other tests sharing the database expect the seeded ones).
import type { PrismaClient } from "@/generated/prisma/client";

export const COURIER = "wordpress:https://courier.example#";

export type Taxonomy = { sections: string[]; tags: string[]; authors: string[] };

/** What exists before the import, to keep. */
export async function taxonomyBefore(client: PrismaClient): Promise<Taxonomy> {
  const [sections, tags, authors] = await Promise.all([client.section.findMany({ select: { id: true } }), client.tag.findMany({ select: { id: true } }), client.author.findMany({ select: { id: true } })]);
  return { sections: sections.map((r) => r.id), tags: tags.map((r) => r.id), authors: authors.map((r) => r.id) };
}

/** Removes what an import of `source` made; with `keep`, also the sections, topics and bylines made since. */
export async function forgetImport(client: PrismaClient, source: string, keep?: Taxonomy): Promise<void> {
  // Stories first: their hero images cannot go while a story shows them.
  const posts = await client.importedItem.findMany({ where: { key: { startsWith: `${source}post-` } }, select: { articleId: true } });
  await client.article.deleteMany({ where: { id: { in: posts.map((p) => p.articleId).filter((id): id is string => !!id) } } });
  const files = await client.importedItem.findMany({ where: { key: { startsWith: `${source}file-` } }, select: { mediaId: true } });
  await client.media.deleteMany({ where: { id: { in: files.map((f) => f.mediaId).filter((id): id is string => !!id) } } });
  if (!keep) return;
  await client.tag.deleteMany({ where: { id: { notIn: keep.tags } } });
  await client.author.deleteMany({ where: { id: { notIn: keep.authors }, userId: null } });
  await client.section.deleteMany({ where: { id: { notIn: keep.sections }, articles: { none: {} } } });
}
