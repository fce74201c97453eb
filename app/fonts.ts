// The site's typefaces, self-hosted from npm's @fontsource packages and declared through next/font.
// Text painted before a face arrives uses a fallback sized to take the same room (the "Ledger …
// Fallback" faces in globals.css), so nothing below it moves when the face swaps in (before, an
// article's hero moved by a quarter of a phone screen). next/font's own fallback names only Times New
// Roman and Arial, which Linux and Android lack; ours also names their metric-compatible twins. The
// Latin subset covers English and western European text; other scripts use the fallback's glyphs.
//
// The two upright faces are on every page's first screen, so they are preloaded: the browser asks for
// them with the page rather than once the stylesheet has been applied, and at a priority that does not
// hold up the first paint (the fallback paints it). The italic is used only for emphasis and quotations
// in story text (globals.css, `.article-body`), so it is a family of its own, never preloaded: a page
// downloads it, at one of two fixed weights (20 KB each instead of the variable italic's 52 KB), only
// when its text has some.
import localFont from "next/font/local";

export const sourceSerif = localFont({
  src: [{ path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2", weight: "200 900", style: "normal" }],
  variable: "--font-serif-face",
  adjustFontFallback: false,
  fallback: ["Ledger Serif Fallback", "Georgia", "serif"],
  preload: true,
});

export const sourceSerifItalic = localFont({
  src: [
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-italic.woff2", weight: "700", style: "italic" },
  ],
  variable: "--font-serif-italic-face",
  adjustFontFallback: false,
  fallback: ["Ledger Serif Fallback", "Georgia", "serif"],
  preload: false,
});

export const inter = localFont({
  src: [{ path: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2", weight: "100 900", style: "normal" }],
  variable: "--font-sans-face",
  adjustFontFallback: false,
  fallback: ["Ledger Sans Fallback", "system-ui", "sans-serif"],
  preload: true,
});
