import { getImageProps, type ImageProps } from "next/image";

type Props = Omit<ImageProps, "priority" | "preload" | "loading" | "fetchPriority" | "placeholder" | "blurDataURL" | "onLoad" | "onError"> & {
  /** The page's largest image in the first screen (its LCP element): fetched at once and first. */
  lead?: boolean;
};

/**
 * An image of a reader page: next/image's sources (AVIF or WebP, sized by `sizes`) on a plain `<img>`
 * written on the server. next/image's `<Image>` is a client component: its script (about 6 KB
 * compressed) came with every reader page and hydrated once per image, for features these pages do
 * not use (blur placeholders, load callbacks). Images below the first screen load lazily; the lead
 * one eagerly with `fetchpriority="high"`, so a phone asks for it before the stylesheet's fonts.
 */
export function Picture({ lead = false, ...image }: Props) {
  const { props } = getImageProps({ ...image, loading: lead ? "eager" : "lazy", fetchPriority: lead ? "high" : undefined });
  // The element next/image would render, without its client code.
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt comes from the props, as with <Image>
  return <img {...props} />;
}
