// Demo pictures drawn by the project itself: abstract compositions in a
// palette per section, rendered from SVG to JPEG (heroes) and WebP (portraits)
// with sharp. No image is downloaded from anywhere.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const PALETTES: Record<string, string[]> = {
  news: ["#12263a", "#06bcc1", "#f4edea", "#f4d1ae", "#c5d86d"],
  world: ["#1b3a4b", "#3f88c5", "#e6e8e6", "#d7263d", "#f49d37"],
  politics: ["#2d1e2f", "#8e3b46", "#e1dd8f", "#e0777d", "#f7f3e3"],
  business: ["#0b3954", "#087e8b", "#bfd7ea", "#ff5a5f", "#c81d25"],
  technology: ["#1f2041", "#4b3f72", "#ffc857", "#119da4", "#19647e"],
  science: ["#0d1b2a", "#1b263b", "#415a77", "#778da9", "#e0e1dd"],
  climate: ["#1a4314", "#2c5e1a", "#32cd30", "#b2d2a4", "#f6f7eb"],
  culture: ["#3d1e6d", "#8367c7", "#f7b801", "#f18701", "#f35b04"],
  sport: ["#003049", "#d62828", "#f77f00", "#fcbf49", "#eae2b7"],
  opinion: ["#22223b", "#4a4e69", "#9a8c98", "#c9ada7", "#f2e9e4"],
};

function random(seed: string) {
  let state = createHash("sha256").update(seed).digest().readUInt32LE(0) || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 100000) / 100000;
  };
}

function heroSvg(seed: string, palette: string[], width: number, height: number): string {
  const rnd = random(seed);
  const pick = () => palette[Math.floor(rnd() * palette.length)]!;
  const shapes: string[] = [];
  for (let i = 0; i < 14; i++) {
    const x = Math.round(rnd() * width);
    const y = Math.round(rnd() * height);
    const size = Math.round(80 + rnd() * width * 0.35);
    const opacity = (0.35 + rnd() * 0.55).toFixed(2);
    if (rnd() < 0.5) {
      shapes.push(`<circle cx="${x}" cy="${y}" r="${size / 2}" fill="${pick()}" fill-opacity="${opacity}"/>`);
    } else {
      const angle = Math.round(rnd() * 90 - 45);
      shapes.push(
        `<rect x="${x - size / 2}" y="${y - size / 4}" width="${size}" height="${size / 2}" fill="${pick()}" fill-opacity="${opacity}" transform="rotate(${angle} ${x} ${y})"/>`,
      );
    }
  }
  const horizon = Math.round(height * (0.45 + rnd() * 0.3));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${palette[0]}"/><stop offset="1" stop-color="${palette[1]}"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#g)"/>
${shapes.join("\n")}
<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="${palette[0]}" fill-opacity="0.35"/>
</svg>`;
}

function portraitSvg(seed: string, initials: string): string {
  const rnd = random(seed);
  const palettes = Object.values(PALETTES);
  const palette = palettes[Math.floor(rnd() * palettes.length)]!;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
<rect width="400" height="400" fill="${palette[1]}"/>
<circle cx="200" cy="160" r="78" fill="${palette[3]}"/>
<ellipse cx="200" cy="390" rx="150" ry="130" fill="${palette[3]}"/>
<text x="200" y="178" font-family="sans-serif" font-size="64" font-weight="700" text-anchor="middle" fill="${palette[0]}">${initials}</text>
</svg>`;
}

export type GeneratedImage = { fileName: string; mimeType: string; byteSize: number; width: number; height: number };

async function write(mediaDir: string, name: string, data: Buffer, mimeType: string, width: number, height: number) {
  mkdirSync(mediaDir, { recursive: true });
  writeFileSync(path.join(mediaDir, name), data);
  return { fileName: name, mimeType, byteSize: data.length, width, height };
}

export async function generateHero(mediaDir: string, seed: string, section: string): Promise<GeneratedImage> {
  const width = 1600;
  const height = 900;
  const palette = PALETTES[section] ?? PALETTES.news!;
  const data = await sharp(Buffer.from(heroSvg(seed, palette, width, height))).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
  return write(mediaDir, `demo-${seed}.jpg`, data, "image/jpeg", width, height);
}

export async function generatePortrait(mediaDir: string, seed: string, name: string): Promise<GeneratedImage> {
  const initials = name.split(/\s+/).map((part) => part[0] ?? "").join("").slice(0, 2).toUpperCase();
  const data = await sharp(Buffer.from(portraitSvg(seed, initials))).webp({ quality: 80 }).toBuffer();
  return write(mediaDir, `portrait-${seed}.webp`, data, "image/webp", 400, 400);
}
