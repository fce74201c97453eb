// What the SEO builders hand to crawlers and feed readers, checked without a server: the
// browser tests (e2e/seo.spec.ts) check the same things on the built site.
import { describe, expect, it } from "vitest";
import path from "node:path";
import sharp from "sharp";
import { liveBlogPostingJsonLd, newsArticleJsonLd, PUBLISHER_LOGO, publisher, websiteJsonLd } from "@/lib/seo/json-ld";
import { defaultShareImage, readerMetadata } from "@/lib/seo/metadata";
import { absoluteUrl, site } from "@/lib/site";
import type { FeedItem } from "@/server/data/feeds";
import { renderRss } from "@/server/rss";

const story = {
  url: "/news/harbour-wall-repairs",
  headline: "Harbour wall repairs begin",
  description: "Work starts on the north wall.",
  images: [],
  publishedAt: new Date("2026-11-30T09:00:00Z"),
  modifiedAt: new Date("2026-11-30T09:00:00Z"),
  section: "News",
  keywords: [],
  wordCount: 120,
};

describe("structured data", () => {
  it("carries a long headline whole, as readers see it; an update without a title is named by its text, cut between words", () => {
    const headline = "Harbour board approves the north wall repairs, the new ferry pontoon and a review of the winter timetable after a long night";
    expect(headline.length).toBeGreaterThan(110);
    expect(newsArticleJsonLd({ ...story, headline, authors: [] }).headline).toBe(headline);
    const text = `${"The crews worked along the sea wall through the afternoon while ".repeat(3)}the harbour office counted boats.`;
    const blog = liveBlogPostingJsonLd({ ...story, authors: [], coverageStartedAt: story.publishedAt, firstEntryAt: null, coverageEndedAt: null, updates: [{ id: "e1", title: "", text, postedAt: story.publishedAt, updatedAt: story.publishedAt, authors: [] }] });
    const named = (blog.liveBlogUpdate as unknown as { headline: string }[])[0]!.headline;
    expect(named.length).toBeLessThanOrEqual(111);
    expect(named).toMatch(/ [a-z]+…$/);
    expect(text.startsWith(named.slice(0, -1))).toBe(true);
  });

  it("names the publication with a square logo of at least 112 px, as Google asks of an organisation's logo", async () => {
    const logo = (publisher() as { logo: { url: string; width: string; height: string } }).logo;
    expect(logo.url).toBe(absoluteUrl(PUBLISHER_LOGO.path));
    const file = await sharp(path.join(process.cwd(), "public", PUBLISHER_LOGO.path)).metadata();
    expect([file.width, file.height, file.format]).toEqual([PUBLISHER_LOGO.size, PUBLISHER_LOGO.size, "png"]);
    expect([Number(logo.width), Number(logo.height)]).toEqual([file.width, file.height]);
    expect(file.width).toBeGreaterThanOrEqual(112);
  });

  it("credits a story without a byline to the publication, and one with bylines to its people", () => {
    expect(newsArticleJsonLd({ ...story, authors: [] }).author).toEqual({ "@type": "NewsMediaOrganization", name: site.name, url: absoluteUrl("/") });
    const signed = newsArticleJsonLd({ ...story, authors: [{ name: "Ana Ruiz", slug: "ana-ruiz", jobTitle: "" }] });
    expect(signed.author).toEqual([{ "@type": "Person", name: "Ana Ruiz", url: absoluteUrl("/author/ana-ruiz"), jobTitle: undefined }]);
  });

  it("describes the site without a search box action", () => {
    expect(websiteJsonLd()).not.toHaveProperty("potentialAction");
  });
});

describe("reader page metadata", () => {
  it("keeps feed discovery, site name and locale, allows large image previews and describes the share image", () => {
    const metadata = readerMetadata({
      title: "Flooding",
      shareTitle: "Flooding | The Ledger",
      description: "Stories about flooding.",
      path: "/tag/flooding",
      openGraph: { type: "website" },
      feeds: [{ url: "/tag/flooding/feed.xml", title: "The Ledger — Flooding" }],
    });
    expect(metadata.robots).toEqual({ index: true, follow: true, "max-image-preview": "large" });
    expect(metadata.alternates?.types?.["application/rss+xml"]).toEqual([
      { url: "/feed.xml", title: `${site.name} — latest stories` },
      { url: "/tag/flooding/feed.xml", title: "The Ledger — Flooding" },
    ]);
    expect(metadata.openGraph).toMatchObject({ siteName: site.name, locale: "en_GB", url: "/tag/flooding" });
    const image = { url: defaultShareImage.url, width: 1200, height: 630, alt: defaultShareImage.alt };
    expect(metadata.openGraph?.images).toEqual([image]);
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", images: [image] });
  });

  it("gives an image without alt text the page's title as its description", () => {
    const metadata = readerMetadata({
      shareTitle: "Harbour wall repairs begin",
      description: "Work starts.",
      path: "/news/harbour-wall-repairs",
      openGraph: { type: "website" },
      image: { url: "/media/wall.jpg", width: 800, height: 800, alt: "" },
    });
    expect(metadata.openGraph?.images).toEqual([{ url: "/media/wall.jpg", width: 800, height: 800, alt: "Harbour wall repairs begin" }]);
    // A square picture makes a small card, not a cropped large one.
    expect(metadata.twitter).toMatchObject({ card: "summary" });
  });
});

describe("RSS", () => {
  const item: FeedItem = {
    id: "a1",
    url: story.url,
    slug: "harbour-wall-repairs",
    headline: story.headline,
    standfirst: story.description,
    excerpt: story.description,
    publishedAt: story.publishedAt,
    updatedAt: null,
    section: { slug: "news", name: "News" },
    image: { src: "/media/wall.jpg", width: 1200, height: 675, alt: "The north wall", caption: "", credit: "", focal: null },
    authors: [],
    breaking: false,
    live: false,
    tags: [],
    body: {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Earlier: " },
            { type: "text", text: "the survey", marks: [{ type: "link", attrs: { href: "/news/harbour-survey" } }] },
            { type: "text", text: ", the notes", marks: [{ type: "link", attrs: { href: "#notes" } }] },
            { type: "text", text: " and the council", marks: [{ type: "link", attrs: { href: "https://council.example/works" } }] },
          ],
        },
        { type: "image", attrs: { src: "/media/crane.jpg", alt: "A crane on the quay", width: 800, height: 600 } },
      ],
    },
    enclosure: { src: "/media/wall.jpg", length: 48213, type: "image/jpeg" },
  };
  const xml = renderRss({ title: "Latest stories", description: "All of it.", path: "/", items: [item] }, "/feed.xml");
  const content = /<content:encoded><!\[CDATA\[([\s\S]*?)\]\]><\/content:encoded>/.exec(xml)![1]!;

  it("gives every link and image in the full text an absolute address", () => {
    expect(content).toContain(`href="${absoluteUrl("/news/harbour-survey")}"`);
    expect(content).toContain(`href="${absoluteUrl(story.url)}#notes"`);
    expect(content).toContain('href="https://council.example/works"');
    expect(content).toContain(`src="${absoluteUrl("/media/crane.jpg")}"`);
    expect(content).not.toMatch(/(href|src)="[/#]/);
  });

  it("names each item by its story, not its address, so a renamed story is not a new item to feed readers", () => {
    const renamed = renderRss({ title: "Latest stories", description: "All of it.", path: "/", items: [{ ...item, url: "/world/harbour-wall-repairs-delayed" }] }, "/feed.xml");
    const guid = (feed: string) => /<guid isPermaLink="false">([^<]+)<\/guid>/.exec(feed)?.[1];
    expect(guid(xml)).toBe(`story-${item.id}`);
    expect(guid(renamed)).toBe(guid(xml));
    expect(renamed).toContain(`<link>${absoluteUrl("/world/harbour-wall-repairs-delayed")}</link>`);
  });

  it("gives the enclosure the image file's type and length in bytes", () => {
    expect(xml).toContain(`<enclosure url="${absoluteUrl("/media/wall.jpg")}" type="image/jpeg" length="48213"/>`);
  });
});
