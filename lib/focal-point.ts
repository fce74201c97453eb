// An image's focal point: where its subject is, in whole percent of its width and height from the top
// left. Crops keep it in view (server/media/crops.ts) and readers' browsers do the same where a picture
// is cut to a fixed shape (CSS object-position). Plain module: the browser, the server and tests use it.

export type FocalPoint = { x: number; y: number };

/** The point from the two stored columns; null when either is unset (crops then find the subject themselves). */
export function focalPointOf(row: { focalX: number | null; focalY: number | null }): FocalPoint | null {
  return row.focalX === null || row.focalY === null ? null : { x: row.focalX, y: row.focalY };
}

/** CSS object-position for a cropped picture; undefined keeps the browser's centre. */
export function objectPosition(focal: FocalPoint | null | undefined): string | undefined {
  return focal ? `${focal.x}% ${focal.y}%` : undefined;
}

/** The part of a crop's file name that names its focal point ("f30-70"), so a new point is a new address. */
export function focalVersion(focal: FocalPoint | null | undefined): string {
  return focal ? `f${focal.x}-${focal.y}` : "";
}

/** The reverse of focalVersion: { x: 30, y: 70 } from "f30-70", null for anything else. */
export function parseFocalVersion(value: string): FocalPoint | null {
  const match = /^f(\d{1,3})-(\d{1,3})$/.exec(value);
  if (!match) return null;
  const x = Number(match[1]);
  const y = Number(match[2]);
  return x <= 100 && y <= 100 ? { x, y } : null;
}

type Size = { width: number; height: number };
export type FocalCrop = { resize: Size; extract: Size & { left: number; top: number } };

/**
 * How to cut a `target`-sized picture out of a `source`-sized one around `focal`: scale the source until
 * it covers the target (as CSS object-fit: cover does), then take the target's window centred on the
 * focal point, pushed back inside the picture where the point lies near an edge.
 */
export function focalCrop(source: Size, target: Size, focal: FocalPoint): FocalCrop {
  const scale = Math.max(target.width / source.width, target.height / source.height);
  const resize = { width: Math.max(target.width, Math.round(source.width * scale)), height: Math.max(target.height, Math.round(source.height * scale)) };
  const centre = (size: number, window: number, percent: number) => clamp(Math.round((size * percent) / 100 - window / 2), 0, size - window);
  return {
    resize,
    extract: { left: centre(resize.width, target.width, focal.x), top: centre(resize.height, target.height, focal.y), width: target.width, height: target.height },
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
