"use client";
// The focal point of an image: click the subject in the picture, move it with the arrow keys (Shift for
// one percent steps), or type the two numbers. Previews show how fixed-shape cuts will frame it. Without
// JavaScript the two number fields do the job alone.
import { useId, useState, type KeyboardEvent, type MouseEvent } from "react";
import { objectPosition, type FocalPoint } from "@/lib/focal-point";
import { inputClass } from "@/components/ui/controls";

const clamp = (value: number) => Math.min(100, Math.max(0, Math.round(value)));

export function FocalPointField({ src, width, height, initial }: { src: string; width: number; height: number; initial: FocalPoint | null }) {
  const id = useId();
  const [point, setPoint] = useState<{ x: string; y: string }>({ x: initial ? String(initial.x) : "", y: initial ? String(initial.y) : "" });
  const current: FocalPoint | null = point.x !== "" && point.y !== "" && !Number.isNaN(Number(point.x)) && !Number.isNaN(Number(point.y)) ? { x: clamp(Number(point.x)), y: clamp(Number(point.y)) } : null;
  const set = (next: FocalPoint) => setPoint({ x: String(clamp(next.x)), y: String(clamp(next.y)) });

  const pick = (event: MouseEvent<HTMLButtonElement>) => {
    // A click from the keyboard (Enter, Space) has no position on the picture.
    if (event.detail === 0) return;
    // Measured on the picture itself: a tall picture is narrower than the panel.
    const box = (event.currentTarget.querySelector("img") ?? event.currentTarget).getBoundingClientRect();
    set({ x: ((event.clientX - box.left) / box.width) * 100, y: ((event.clientY - box.top) / box.height) * 100 });
  };
  const nudge = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.shiftKey ? 1 : 5;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const from = current ?? { x: 50, y: 50 };
    set({ x: from.x + move[0], y: from.y + move[1] });
  };

  return (
    <fieldset className="rounded border border-rule p-2">
      <legend className="px-1 text-xs font-semibold">Focal point</legend>
      <p id={`${id}-help`} className="text-xs text-muted">Click the subject; crops keep it in view. Arrow keys move the point.</p>
      <button
        type="button"
        onClick={pick}
        onKeyDown={nudge}
        aria-describedby={`${id}-help ${id}-now`}
        aria-label="Focal point on the picture"
        className="relative mx-auto mt-2 block w-fit max-w-full cursor-crosshair overflow-hidden rounded bg-surface"
      >
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={src} alt="" width={width} height={height} className="block h-auto max-h-72 w-auto max-w-full" />
        {current ? (
          <span
            aria-hidden="true"
            data-focal-marker
            className="pointer-events-none absolute h-6 w-6 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white shadow-[0_0_0_2px_rgba(0,0,0,0.7)]"
            style={{ left: `${current.x}%`, top: `${current.y}%` }}
          />
        ) : null}
      </button>
      <p id={`${id}-now`} className="mt-1 text-xs text-muted" aria-live="polite">
        {current ? `${current.x}% across, ${current.y}% down` : "Not set: crops find the subject themselves."}
      </p>
      <div className="mt-1 grid grid-cols-[1fr_1fr_auto] items-end gap-2">
        <label className="block text-xs font-semibold">Across (%)
          <input name="focalX" type="number" min={0} max={100} step={1} inputMode="numeric" value={point.x} onChange={(e) => setPoint({ ...point, x: e.target.value })} className={`${inputClass} text-sm`} />
        </label>
        <label className="block text-xs font-semibold">Down (%)
          <input name="focalY" type="number" min={0} max={100} step={1} inputMode="numeric" value={point.y} onChange={(e) => setPoint({ ...point, y: e.target.value })} className={`${inputClass} text-sm`} />
        </label>
        <button type="button" onClick={() => setPoint({ x: "", y: "" })} className="rounded border border-rule px-2 py-1 text-xs">Clear</button>
      </div>
      <div className="mt-2 grid grid-cols-[16fr_9fr] gap-2" aria-hidden="true">
        {([["16 / 9", "Cards"], ["1 / 1", "Square"]] as const).map(([ratio, label]) => (
          <figure key={ratio}>
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={src} alt="" className="w-full bg-surface object-cover" style={{ aspectRatio: ratio, objectPosition: objectPosition(current) }} />
            <figcaption className="text-[11px] text-muted">{label}</figcaption>
          </figure>
        ))}
      </div>
    </fieldset>
  );
}
