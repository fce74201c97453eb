// The site's typefaces, self-hosted from npm's @fontsource-variable packages and declared through
// next/font. Text painted before a face arrives uses a fallback sized to take the same room (the
// "Ledger … Fallback" faces in globals.css), so nothing below it moves when the face swaps in (before,
// an article's hero moved by a quarter of a phone screen). next/font's own fallback names only
// Times New Roman and Arial, which Linux and Android lack; ours also names their metric-compatible
// twins. Nothing is preloaded: the fallback keeps the layout still, and the hero image gets the
// bandwidth first. The Latin subset covers English and western European text; other scripts use the
// fallback's glyphs.
import localFont from "next/font/local";

export const sourceSerif = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2", weight: "200 900", style: "normal" },
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2", weight: "200 900", style: "italic" },
  ],
  variable: "--font-serif-face",
  adjustFontFallback: false,
  fallback: ["Ledger Serif Fallback", "Georgia", "serif"],
  preload: false,
});

export const inter = localFont({
  src: [{ path: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2", weight: "100 900", style: "normal" }],
  variable: "--font-sans-face",
  adjustFontFallback: false,
  fallback: ["Ledger Sans Fallback", "system-ui", "sans-serif"],
  preload: false,
});
