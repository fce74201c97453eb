"use client";
import { useEffect } from "react";

/** Counts one view after the page has loaded; never delays rendering. */
export function ViewBeacon({ articleId }: { articleId: string }) {
  useEffect(() => {
    const body = JSON.stringify({ articleId });
    if (!navigator.sendBeacon?.("/api/views", new Blob([body], { type: "application/json" }))) {
      fetch("/api/views", { method: "POST", body, headers: { "content-type": "application/json" }, keepalive: true }).catch(() => {});
    }
  }, [articleId]);
  return null;
}
