// Synthetic articles for benchmarks: plausible-looking but meaningless text,
// inserted with multi-row INSERT … SELECT unnest(…) in batches. Synthetic
// slugs start with "synthetic-"; loading N makes sure N of them exist.
import type { Client } from "pg";

const WORDS = (
  "harbour council budget river transit school market energy report plan data court vote season climate garden " +
  "bridge museum festival league coast storm science study research ferry station district housing office street " +
  "library hospital factory workers union mayor assembly minister treaty border trade export import price rent " +
  "wage tax growth survey record archive island valley forest farm harvest water power grid solar wind tide " +
  "rowing match final coach player goal result crowd stadium theatre novel author album concert film gallery " +
  "software network privacy security startup robot model satellite telescope planet ocean species reef whale " +
  "bird migration drought flood warning rescue police inquiry judge jury appeal ruling evidence witness story"
).split(" ");

function generator(seed: number) {
  let state = seed * 2654435761 + 1;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const word = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const sentence = (min: number, max: number) => {
    const length = min + Math.floor(next() * (max - min));
    const words = Array.from({ length }, word);
    return `${words.join(" ").replace(/^./, (c) => c.toUpperCase())}.`;
  };
  return { next, sentence };
}

const BATCH = 2000;
const REBUILD_INDEXES_FROM = 5000;
const FULL_TEXT_INDEXES = ["Article_search_idx", "Article_searchPairs_idx"];

export async function bulkLoadArticles(client: Client, target: number): Promise<number> {
  const sections = (await client.query<{ id: string }>(`SELECT id FROM "Section" ORDER BY position`)).rows.map((r) => r.id);
  const authors = (await client.query<{ id: string }>(`SELECT id FROM "Author" ORDER BY slug`)).rows.map((r) => r.id);
  const tags = (await client.query<{ id: string }>(`SELECT id FROM "Tag" ORDER BY slug`)).rows.map((r) => r.id);
  if (!sections.length || !authors.length || !tags.length) throw new Error("Run the demo seed before loading synthetic articles.");

  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article" WHERE slug LIKE 'synthetic-%'`);
  const have = rows[0]?.n ?? 0;
  let inserted = 0;
  // Keeping the full-text indexes current row by row is most of the cost of a big load: drop them and
  // build them once at the end, from their own definitions (PostgreSQL's advice for populating a table).
  // One transaction, so a load that fails or is killed leaves the indexes (and no stories) behind.
  const rebuilt = target - have >= REBUILD_INDEXES_FROM
    ? (await client.query<{ name: string; definition: string }>(
        `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ANY($1)`,
        [FULL_TEXT_INDEXES],
      )).rows
    : [];
  if (rebuilt.length) await client.query("BEGIN");
  try {
    for (const index of rebuilt) await client.query(`DROP INDEX "${index.name}"`);
    inserted = await insertBatches(client, have, target, { sections, authors, tags });
    for (const index of rebuilt) await client.query(index.definition);
    if (rebuilt.length) await client.query("COMMIT");
  } catch (error) {
    if (rebuilt.length) await client.query("ROLLBACK");
    throw error;
  }
  // VACUUM as well as ANALYZE: fresh rows are not yet marked visible to all, so index-only scans
  // would read the table for every row until autovacuum came by, as it long since has on a site
  // that has been running.
  if (inserted) await client.query(`VACUUM (ANALYZE) "Article", "ArticleAuthor", "ArticleTag"`);
  return inserted;
}

type Taxonomy = { sections: string[]; authors: string[]; tags: string[] };

/** Inserts synthetic stories number `have + 1` to `target` in batches; returns how many were new. */
async function insertBatches(client: Client, have: number, target: number, { sections, authors, tags }: Taxonomy): Promise<number> {
  const now = Date.now();
  let inserted = 0;
  for (let start = have; start < target; start += BATCH) {
    const end = Math.min(target, start + BATCH);
    const cols = {
      id: [] as string[], slug: [] as string[], headline: [] as string[], standfirst: [] as string[], body: [] as string[],
      text: [] as string[], words: [] as number[], published: [] as string[], section: [] as string[],
    };
    const bylines: [string, string][] = [];
    const tagging: [string, string][] = [];
    for (let n = start; n < end; n++) {
      const g = generator(n + 1);
      const id = `synthetic${n.toString(36).padStart(6, "0")}`;
      const headline = g.sentence(6, 11).slice(0, -1);
      const paragraphs = Array.from({ length: 5 }, () => Array.from({ length: 3 }, () => g.sentence(8, 16)).join(" "));
      const text = paragraphs.join("\n");
      cols.id.push(id);
      cols.slug.push(`synthetic-${n + 1}-${headline.toLowerCase().split(" ").slice(0, 5).join("-")}`);
      cols.headline.push(headline);
      cols.standfirst.push(g.sentence(14, 24));
      cols.body.push(JSON.stringify({ type: "doc", content: paragraphs.map((p) => ({ type: "paragraph", content: [{ type: "text", text: p }] })) }));
      cols.text.push(text);
      cols.words.push(text.split(/\s+/).length);
      // Older than the demo stories (which span the last month), ten minutes apart, newest first.
      cols.published.push(new Date(now - 40 * 86_400_000 - n * 600_000 - Math.floor(g.next() * 300_000)).toISOString());
      cols.section.push(sections[n % sections.length]!);
      bylines.push([id, authors[n % authors.length]!]);
      tagging.push([id, tags[n % tags.length]!], [id, tags[(n * 7 + 3) % tags.length]!]);
    }
    const result = await client.query(
      `INSERT INTO "Article" (id, slug, headline, standfirst, body, "bodyText", "wordCount", status, "publishedAt",
                             "firstPublishedAt", "sectionId", "createdAt", "updatedAt")
       SELECT id, slug, headline, standfirst, body, text, words, 'PUBLISHED', published, published, section, published, published
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[], $7::int[], $8::timestamp[], $9::text[])
         AS t(id, slug, headline, standfirst, body, text, words, published, section)
       ON CONFLICT DO NOTHING`,
      [cols.id, cols.slug, cols.headline, cols.standfirst, cols.body, cols.text, cols.words, cols.published, cols.section],
    );
    inserted += result.rowCount ?? 0;
    await client.query(
      `INSERT INTO "ArticleAuthor" ("articleId", "authorId", position)
       SELECT a, b, 0 FROM unnest($1::text[], $2::text[]) AS t(a, b) ON CONFLICT DO NOTHING`,
      [bylines.map((p) => p[0]), bylines.map((p) => p[1])],
    );
    await client.query(
      `INSERT INTO "ArticleTag" ("articleId", "tagId")
       SELECT a, b FROM unnest($1::text[], $2::text[]) AS t(a, b) ON CONFLICT DO NOTHING`,
      [tagging.map((p) => p[0]), tagging.map((p) => p[1])],
    );
  }
  return inserted;
}
