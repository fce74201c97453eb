// npm run import:wordpress:sample -- <posts> <file.xml>
//
// Writes a WordPress export of the given number of made-up posts (classic and block markup, five
// authors, twenty categories, tags, old slugs), for measuring the importer on an archive-sized file.
import { createWriteStream } from "node:fs";

const [countArg, file] = process.argv.slice(2);
const count = Number(countArg);
if (!Number.isInteger(count) || count < 1 || !file) {
  console.error("Usage: npm run import:wordpress:sample -- <posts> <file.xml>");
  process.exit(2);
}

const WORDS = "tide harbour ferry quay council lamp keeper storm market gull estuary sluice board pier bridge mooring beacon rope net shed".split(" ");
const word = (n: number) => WORDS[n % WORDS.length]!;
const sentence = (seed: number, length = 14) => {
  const text = Array.from({ length }, (_, i) => word(seed * 7 + i * 3)).join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
};
const cdata = (text: string) => `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;

const out = createWriteStream(file);
out.write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Sample archive</title><link>https://sample.example</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://sample.example</wp:base_site_url>
`);
for (let a = 0; a < 5; a++) out.write(`<wp:author><wp:author_login>${cdata(`writer${a}`)}</wp:author_login><wp:author_display_name>${cdata(`Sample Writer ${"ABCDE"[a]}`)}</wp:author_display_name></wp:author>\n`);
for (let i = 1; i <= count; i++) {
  const block = i % 2 === 0;
  const paragraphs = Array.from({ length: 6 }, (_, p) => sentence(i + p, 20 + (p % 3) * 10));
  const content = block
    ? paragraphs.map((p, n) => (n === 2 ? `<!-- wp:heading --><h2>${sentence(i, 4)}</h2><!-- /wp:heading -->\n` : "") + `<!-- wp:paragraph --><p>${p} <strong>${word(i)}</strong></p><!-- /wp:paragraph -->`).join("\n\n")
    : paragraphs.map((p, n) => (n === 3 ? `<ul><li>${sentence(i, 5)}</li><li>${sentence(i + 1, 5)}</li></ul>` : `${p} <em>${word(i + n)}</em> <a href="https://sample.example/${i}">more</a>`)).join("\n\n");
  const date = new Date(Date.UTC(2015, 0, 1) + i * 3_600_000).toISOString().replace("T", " ").slice(0, 19);
  const slug = `sample-story-${i}`;
  out.write(`<item><title>${cdata(`Sample story ${i}: ${sentence(i, 6)}`)}</title><link>https://sample.example/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}/</link>
<dc:creator>${cdata(`writer${i % 5}`)}</dc:creator><content:encoded>${cdata(content)}</content:encoded><excerpt:encoded>${cdata(sentence(i, 12))}</excerpt:encoded>
<wp:post_id>${i}</wp:post_id><wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt><wp:post_name>${cdata(slug)}</wp:post_name>
<wp:status>${cdata(i % 10 === 0 ? "draft" : "publish")}</wp:status><wp:post_type>${cdata("post")}</wp:post_type>
<category domain="category" nicename="sample-section-${i % 20}">${cdata(`Sample section ${i % 20}`)}</category>
<category domain="post_tag" nicename="sample-topic-${i % 50}">${cdata(`Sample topic ${i % 50}`)}</category>
${i % 7 === 0 ? `<wp:postmeta><wp:meta_key>_wp_old_slug</wp:meta_key><wp:meta_value>${cdata(`old-sample-${i}`)}</wp:meta_value></wp:postmeta>` : ""}
</item>
`);
}
out.end("</channel>\n</rss>\n");
out.on("finish", () => console.log(`Wrote ${count} posts to ${file}.`));
