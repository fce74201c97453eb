// How every script starts the production server: node itself runs
// scripts/serve.ts (tsx as a loader, not as a wrapper process), so a signal
// sent to the child, SIGKILL included, reaches the server.
import path from "node:path";
import { projectRoot } from "./database";

export function serveArgs(port: string | number, hostname?: string): string[] {
  return ["--import", "tsx", path.join(projectRoot, "scripts/serve.ts"), "--port", String(port), ...(hostname ? ["--hostname", hostname] : [])];
}
