// Shapes of the demo content. Article bodies are written in a small Markdown
// subset that prisma/seed-data/markdown.ts turns into the editor's document:
//   ## Heading / ### Subheading
//   > A block quote (one paragraph per quote line)
//   - bullet item      1. numbered item
//   paragraphs separated by a blank line, with **bold**, *italic* and [links](https://example.org/...)

export type DemoSection = { slug: string; name: string; description: string };

export type DemoAuthor = {
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
};

export type DemoTag = { slug: string; name: string };

export type DemoArticle = {
  slug: string;
  section: string; // a DemoSection slug
  headline: string;
  standfirst: string;
  authors: string[]; // DemoAuthor slugs, byline order
  tags: string[]; // DemoTag slugs
  /** Hours before the seed runs at which the article was published. */
  hoursAgo: number;
  breaking?: boolean;
  featured?: boolean;
  /** Caption for the generated hero image; no caption means no hero image. */
  heroCaption?: string;
  heroAlt?: string;
  body: string;
  /** A substantive update this many hours after publication, with its public note. */
  update?: { hoursAfter: number; note: string };
  /** Corrections published this many hours after the story, newest last. */
  corrections?: { hoursAfter: number; text: string }[];
};

/** One entry of a demo live blog. */
export type DemoLiveEntry = {
  /** Minutes after the blog was first published at which the entry was posted. */
  minutesAfter: number;
  title?: string;
  body: string;
  /** DemoAuthor slugs; the blog's first byline when not given. */
  authors?: string[];
  pinned?: boolean;
  keyEvent?: boolean;
};

/** A demo live blog: a story whose body is its summary of key points, with its entries. */
export type DemoLiveBlog = Omit<DemoArticle, "body" | "breaking" | "featured"> & {
  /** The key points, in the same Markdown subset as article bodies. */
  summary: string;
  /** Hours before the seed runs at which coverage ended; absent while it is live. */
  endedHoursAgo?: number;
  entries: DemoLiveEntry[];
};
