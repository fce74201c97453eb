// Addresses of the pictures search engines and social networks are given for a story: three crops of
// its hero (Google asks for 16:9, 4:3 and 1:1, each at least 1200 px wide) or, for a story without
// one, a card drawn from its headline. Both are made once on first request and kept (server/media/).
import { focalVersion, type FocalPoint } from "./focal-point";

export const CROPS = {
  "16x9": { width: 1200, height: 675 },
  "4x3": { width: 1200, height: 900 },
  "1x1": { width: 1200, height: 1200 },
} as const;
export type Crop = keyof typeof CROPS;

export const CARD = { width: 1200, height: 630 } as const;

/**
 * `/media/crops/16x9/hero-flood.jpg` for `/media/hero-flood.webp`: always a JPEG, which every network reads.
 * An image with a focal point gets its point in the name (`hero-flood.f30-70.jpg`), so moving the point
 * gives new addresses and no cache anywhere keeps showing the old cut.
 */
export function cropUrl(src: string, crop: Crop, focal?: FocalPoint | null): string {
  const name = src.slice(src.lastIndexOf("/") + 1).replace(/\.[A-Za-z0-9]+$/, "");
  return `/media/crops/${crop}/${name}${focal ? `.${focalVersion(focal)}` : ""}.jpg`;
}

/** What a story's card shows; its address changes whenever that does, so the image can be kept forever. */
export type CardText = { id: string; headline: string; section: string };

export function cardUrl(card: CardText): string {
  return `/media/cards/${card.id}.${cardVersion(card)}.png`;
}

/** A short fingerprint of the card's text (FNV-1a): not a secret, only a version. */
export function cardVersion(card: CardText): string {
  let hash = 0x811c9dc5;
  for (const char of `${card.headline}\u0000${card.section}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

type StoryPictures = { id: string; headline: string; section: { name: string }; image: { src: string; alt: string; caption: string; focal?: FocalPoint | null } | null };

/** What a story gives OpenGraph and Twitter: its hero's 16:9 crop, or its card. */
export function shareImageOf(story: StoryPictures): { url: string; width: number; height: number; alt: string } {
  if (story.image) return { url: cropUrl(story.image.src, "16x9", story.image.focal), ...CROPS["16x9"], alt: story.image.alt || story.image.caption };
  return { url: cardUrl({ id: story.id, headline: story.headline, section: story.section.name }), ...CARD, alt: story.headline };
}

/** What a story gives its structured data: the hero's three crops (widest first), or its card. */
export function structuredImagesOf(story: StoryPictures): string[] {
  if (story.image) return (Object.keys(CROPS) as Crop[]).map((crop) => cropUrl(story.image!.src, crop, story.image!.focal));
  return [cardUrl({ id: story.id, headline: story.headline, section: story.section.name })];
}
