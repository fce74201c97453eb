"use client";
// Reloads the page's data every few seconds while something it shows is still running (an import).
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function RefreshWhile({ running, everyMs = 2000 }: { running: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [running, everyMs, router]);
  return null;
}
