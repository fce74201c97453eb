import "server-only";
// The share card of a story without a picture: its section and headline under the masthead, in the
// site's typefaces and colours, 1200 × 630 (what Facebook, LinkedIn and X show largest). Drawn with
// Next's ImageResponse, kept like a crop; its address carries a fingerprint of its text
// (lib/share-images.ts), so an edited headline gets a new card and an old address is sent on to it.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { CARD, cardUrl, cardVersion } from "@/lib/share-images";
import { site } from "@/lib/site";
import { db } from "@/server/db";
import { keptFile } from "./kept-files";

export type CardAnswer = { kind: "card"; png: Buffer } | { kind: "moved"; url: string } | { kind: "none" };

const COLOURS = { paper: "#fbfaf7", ink: "#16171a", muted: "#55595f", accent: "#0b5cad", rule: "#d9d4ca" };

type Font = { name: string; data: Buffer; weight: 400 | 600 | 700; style: "normal" };
let fonts: Promise<Font[]> | undefined;

/** The typefaces of the site (npm's @fontsource packages; the card renderer reads WOFF, not WOFF2). */
function loadFonts(): Promise<Font[]> {
  const file = (pkg: string, name: string) => path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules/@fontsource", pkg, "files", name);
  const subsets = ["latin", "latin-ext"];
  fonts ??= Promise.all([
    ...subsets.map(async (subset) => ({ name: "Serif", data: await readFile(file("source-serif-4", `source-serif-4-${subset}-700-normal.woff`)), weight: 700 as const, style: "normal" as const })),
    ...subsets.map(async (subset) => ({ name: "Sans", data: await readFile(file("inter", `inter-${subset}-600-normal.woff`)), weight: 600 as const, style: "normal" as const })),
  ]);
  return fonts;
}

/** Long headlines get smaller type, so that the card holds any headline the editor allows in four lines. */
function headlineSize(headline: string): number {
  if (headline.length <= 50) return 76;
  if (headline.length <= 90) return 62;
  if (headline.length <= 130) return 52;
  return 44;
}

export async function shareCard(id: string, version: string): Promise<CardAnswer> {
  const story = await db.article.findFirst({ where: { id, status: "PUBLISHED" }, select: { id: true, headline: true, section: { select: { name: true } } } });
  if (!story) return { kind: "none" };
  const text = { id: story.id, headline: story.headline, section: story.section?.name ?? "" };
  if (cardVersion(text) !== version) return { kind: "moved", url: cardUrl(text) };
  const png = await keptFile(`cards/${id}.${version}.png`, async () => Buffer.from(await (await drawCard(text.headline, text.section)).arrayBuffer()));
  return { kind: "card", png };
}

async function drawCard(headline: string, section: string): Promise<ImageResponse> {
  const host = new URL(site.url).host;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: COLOURS.paper, color: COLOURS.ink, padding: "56px 72px 0" }}>
        <div style={{ display: "flex", alignItems: "baseline", justifyContent: "space-between", borderBottom: `3px solid ${COLOURS.ink}`, paddingBottom: 18 }}>
          <span style={{ fontFamily: "Serif", fontSize: 48, fontWeight: 700, letterSpacing: -1 }}>{site.name}</span>
          <span style={{ fontFamily: "Sans", fontSize: 24, color: COLOURS.muted }}>{host}</span>
        </div>
        <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, justifyContent: "center" }}>
          {section ? (
            <span style={{ fontFamily: "Sans", fontSize: 28, fontWeight: 600, color: COLOURS.accent, textTransform: "uppercase", letterSpacing: 2, marginBottom: 20 }}>{section}</span>
          ) : null}
          <span style={{ fontFamily: "Serif", fontSize: headlineSize(headline), fontWeight: 700, lineHeight: 1.12, letterSpacing: -0.5, lineClamp: 4 }}>{headline}</span>
        </div>
        <div style={{ display: "flex", height: 14, background: COLOURS.accent, margin: "0 -72px" }} />
      </div>
    ),
    { ...CARD, fonts: await loadFonts() },
  );
}
