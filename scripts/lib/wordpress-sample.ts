// A made-up WordPress export of any size, for measuring the importer on an archive-sized file: classic and
// block markup, five authors, twenty categories (five of them children of others), tags, old slugs, drafts,
// and one featured image for every `everyImage`-th post (an attachment with alt text and caption, the
// file written into an uploads folder, and used again in the body of every other such post).
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const WORDS = "tide harbour ferry quay council lamp keeper storm market gull estuary sluice board pier bridge mooring beacon rope net shed".split(" ");
const word = (n: number) => WORDS[n % WORDS.length]!;
const sentence = (seed: number, length = 14) => {
  const text = Array.from({ length }, (_, i) => word(seed * 7 + i * 3)).join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
};
const cdata = (text: string) => `<![CDATA[${text.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;

export const SAMPLE_SITE = "https://sample.example";
/** Categories 15 to 19 are children of 0 to 4. */
const parentOf = (c: number) => (c >= 15 ? c - 15 : null);

/** The same JPEG with a comment segment after its start marker, so that each file's bytes differ. */
function withComment(jpeg: Buffer, text: string): Buffer {
  const comment = Buffer.from(text, "latin1");
  const header = Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff]);
  return Buffer.concat([jpeg.subarray(0, 2), header, comment, jpeg.subarray(2)]);
}

export type SampleOptions = { posts: number; file: string; uploadsDir?: string; everyImage?: number; imageWidth?: number };

export async function writeWordPressSample({ posts, file, uploadsDir, everyImage = 5, imageWidth = 1024 }: SampleOptions): Promise<{ posts: number; images: number }> {
  const out = createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Sample archive</title><link>${SAMPLE_SITE}</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>${SAMPLE_SITE}</wp:base_site_url>
`);
  for (let a = 0; a < 5; a++) await write(`<wp:author><wp:author_login>${cdata(`writer${a}`)}</wp:author_login><wp:author_display_name>${cdata(`Sample Writer ${"ABCDE"[a]}`)}</wp:author_display_name></wp:author>\n`);
  for (let c = 0; c < 20; c++) {
    const parent = parentOf(c);
    await write(`<wp:category><wp:term_id>${c + 2}</wp:term_id><wp:category_nicename>${cdata(`sample-section-${c}`)}</wp:category_nicename><wp:category_parent>${cdata(parent === null ? "" : `sample-section-${parent}`)}</wp:category_parent><wp:cat_name>${cdata(`Sample section ${c}`)}</wp:cat_name></wp:category>\n`);
  }
  let images = 0;
  const image = sharp({ create: { width: imageWidth, height: Math.round((imageWidth * 2) / 3), channels: 3, background: "#3a6f8f", noise: { type: "gaussian", mean: 110, sigma: 40 } } }).jpeg({ quality: 80 });
  const photo = uploadsDir ? await image.toBuffer() : null;
  for (let i = 1; i <= posts; i++) {
    const date = new Date(Date.UTC(2015, 0, 1) + i * 3_600_000).toISOString().replace("T", " ").slice(0, 19);
    const month = `${date.slice(0, 4)}/${date.slice(5, 7)}`;
    const withImage = i % everyImage === 0;
    const attachmentId = 1_000_000 + i;
    const fileName = `sample-photo-${i}.jpg`;
    if (withImage) {
      images++;
      if (uploadsDir && photo) {
        await mkdir(path.join(uploadsDir, month), { recursive: true });
        // Each file differs, as photographs do: the library keeps one image per file.
        await writeFile(path.join(uploadsDir, month, fileName), withComment(photo, `sample photo ${i}`));
      }
      await write(`<item><title>${cdata(`Photo ${i}`)}</title><link>${SAMPLE_SITE}/${month}/sample-story-${i}/photo-${i}/</link>
<dc:creator>${cdata(`writer${i % 5}`)}</dc:creator><content:encoded>${cdata("")}</content:encoded><excerpt:encoded>${cdata(`The ${word(i)} at dawn, photographed for story ${i}.`)}</excerpt:encoded>
<wp:post_id>${attachmentId}</wp:post_id><wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt><wp:post_name>${cdata(`photo-${i}`)}</wp:post_name>
<wp:status>${cdata("inherit")}</wp:status><wp:post_parent>${i}</wp:post_parent><wp:post_type>${cdata("attachment")}</wp:post_type>
<wp:attachment_url>${cdata(`${SAMPLE_SITE}/wp-content/uploads/${month}/${fileName}`)}</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>${cdata(`A ${word(i)} and a ${word(i + 3)} by the water`)}</wp:meta_value></wp:postmeta>
</item>
`);
    }
    const block = i % 2 === 0;
    const paragraphs = Array.from({ length: 6 }, (_, p) => sentence(i + p, 20 + (p % 3) * 10));
    const bodyImage = withImage && i % (everyImage * 2) === 0 ? `<figure class="wp-block-image"><img src="${SAMPLE_SITE}/wp-content/uploads/${month}/${fileName.replace(".jpg", "-1024x683.jpg")}" alt=""><figcaption>${sentence(i, 6)}</figcaption></figure>` : "";
    const content = block
      ? paragraphs.map((p, n) => (n === 2 ? `<!-- wp:heading --><h2>${sentence(i, 4)}</h2><!-- /wp:heading -->\n` : "") + (n === 4 && bodyImage ? `<!-- wp:image -->${bodyImage}<!-- /wp:image -->\n` : "") + `<!-- wp:paragraph --><p>${p} <strong>${word(i)}</strong></p><!-- /wp:paragraph -->`).join("\n\n")
      : paragraphs.map((p, n) => (n === 3 ? `<ul><li>${sentence(i, 5)}</li><li>${sentence(i + 1, 5)}</li></ul>` : `${p} <em>${word(i + n)}</em> <a href="${SAMPLE_SITE}/${i}">more</a>`) + (n === 4 ? bodyImage : "")).join("\n\n");
    const slug = `sample-story-${i}`;
    const category = i % 20;
    await write(`<item><title>${cdata(`Sample story ${i}: ${sentence(i, 6)}`)}</title><link>${SAMPLE_SITE}/${month}/${slug}/</link>
<dc:creator>${cdata(`writer${i % 5}`)}</dc:creator><content:encoded>${cdata(content)}</content:encoded><excerpt:encoded>${cdata(sentence(i, 12))}</excerpt:encoded>
<wp:post_id>${i}</wp:post_id><wp:post_date_gmt>${cdata(date)}</wp:post_date_gmt><wp:post_name>${cdata(slug)}</wp:post_name>
<wp:status>${cdata(i % 10 === 0 ? "draft" : "publish")}</wp:status><wp:post_type>${cdata("post")}</wp:post_type>
<category domain="category" nicename="sample-section-${category}">${cdata(`Sample section ${category}`)}</category>
<category domain="post_tag" nicename="sample-topic-${i % 50}">${cdata(`Sample topic ${i % 50}`)}</category>
${withImage ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${cdata(String(attachmentId))}</wp:meta_value></wp:postmeta>` : ""}
${i % 7 === 0 ? `<wp:postmeta><wp:meta_key>_wp_old_slug</wp:meta_key><wp:meta_value>${cdata(`old-sample-${i}`)}</wp:meta_value></wp:postmeta>` : ""}
</item>
`);
  }
  out.end("</channel>\n</rss>\n");
  await once(out, "finish");
  return { posts, images };
}
