// The production topology on one machine: Varnish in front (deploy/varnish/
// ledger.vcl), N app instances behind it sharing Redis and PostgreSQL. Used by
// `npm run cluster`, the cluster tests, the load test and the benchmark.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { unavailablePage } from "@/server/http/unavailable-page";
import { projectRoot } from "./database";
import { serveArgs, serveEnv } from "./serve-command";

export type ClusterOptions = {
  /** Varnish's port; instances listen on port+1 … port+instances, on loopback. */
  port: number;
  instances: number;
  /** The environment of every instance (DATABASE_URL, REDIS_URL, secrets, SITE_URL …). */
  env: NodeJS.ProcessEnv;
  /** Where Varnish listens: loopback unless told otherwise; "" for every interface. */
  listen?: string;
  varnishMemory?: string;
  /** Start an instance again when it exits on its own (npm run cluster does; tests watch what happens without). */
  restart?: boolean;
  /** Each log line of an instance, with its name; stdout when not given. */
  onLog?: (instance: string, line: string) => void;
};

export type Instance = { name: string; port: number; url: string; child: ChildProcess | null };

export type Cluster = {
  url: string;
  instances: Instance[];
  /** Starts instance `index` again (after a test killed it). */
  startInstance(index: number): Promise<void>;
  /** Stops Varnish and every instance, and waits until they are gone. */
  stop(): Promise<void>;
};

const VARNISH_PACKAGES = "Debian's packages varnish and varnish-modules (apt-get install -y varnish varnish-modules)";

/** Where varnishd is, or null. */
export function findVarnishd(): string | null {
  for (const candidate of ["/usr/sbin/varnishd", "/usr/local/sbin/varnishd"]) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync("sh", ["-c", "command -v varnishd"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

/** The site-specific VCL for instances on this machine (see deploy/varnish/site.example.vcl). */
export function siteVcl(ports: number[], unavailablePageFile: string): string {
  const backends = ports
    .map(
      (port, i) => `backend app${i + 1} {
  .host = "127.0.0.1";
  .port = "${port}";
  .probe = ledger_ready;
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .between_bytes_timeout = 10s;
}`,
    )
    .join("\n\n");
  return `# Written by npm run cluster for the instances it starts; see deploy/varnish/site.example.vcl.
import directors;

probe ledger_ready {
  .url = "/api/ready";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

${backends}

acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_init {
  new ledger = directors.round_robin();
${ports.map((_, i) => `  ledger.add_backend(app${i + 1});`).join("\n")}
}

sub ledger_unavailable_page {
  synthetic(std.fileread("${unavailablePageFile}"));
}
`;
}

async function answers(url: string, timeoutMs: number, exited?: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited?.()) throw new Error(`${url}: the process exited before it answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

function lines(stream: NodeJS.ReadableStream | null, each: (line: string) => void): void {
  if (!stream) return;
  let rest = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    const parts = (rest + chunk).split("\n");
    rest = parts.pop() ?? "";
    for (const line of parts) if (line) each(line);
  });
}

function stopProcess(child: ChildProcess | null, graceMs = 10_000): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const varnishd = findVarnishd();
  if (!varnishd) throw new Error(`varnishd was not found: install ${VARNISH_PACKAGES}.`);
  const url = `http://127.0.0.1:${options.port}`;
  const log = options.onLog ?? ((instance: string, line: string) => process.stdout.write(line.startsWith("{") ? `${line}\n` : `[${instance}] ${line}\n`));

  // Varnish's working files and ours (the site VCL, the 503 page) in a folder of this cluster's own.
  const workDir = path.join(projectRoot, ".data", `cluster-${options.port}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const pageFile = path.join(workDir, "unavailable.html");
  writeFileSync(pageFile, unavailablePage(options.env.SITE_NAME ?? "The Ledger"));
  const ports = Array.from({ length: options.instances }, (_, i) => options.port + 1 + i);
  writeFileSync(path.join(workDir, "site.vcl"), siteVcl(ports, pageFile));

  let stopping = false;
  const instances: Instance[] = ports.map((port, i) => ({ name: `app${i + 1}`, port, url: `http://127.0.0.1:${port}`, child: null }));

  const launch = (instance: Instance): ChildProcess => {
    const env = serveEnv({
      ...options.env,
      PORT: String(instance.port),
      INSTANCE_NAME: instance.name,
      // Each instance purges Varnish itself when a tag expires, and its scheduler calls back on its own port.
      VARNISH_URLS: url,
      INTERNAL_URL: instance.url,
      // Varnish connects from this machine and appends the reader's address to X-Forwarded-For.
      TRUSTED_PROXIES: options.env.TRUSTED_PROXIES || "127.0.0.1",
    });
    const child = spawn(process.execPath, serveArgs(instance.port, "127.0.0.1", env), { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    lines(child.stdout, (line) => log(instance.name, line));
    lines(child.stderr, (line) => log(instance.name, line));
    child.once("exit", (code, signal) => {
      if (instance.child === child) instance.child = null;
      if (stopping) return;
      log(instance.name, JSON.stringify({ level: "warn", service: "ledger-cluster", instance: instance.name, code, signal, msg: options.restart ? "instance exited; starting it again" : "instance exited" }));
      if (options.restart) setTimeout(() => void startInstance(instances.indexOf(instance)).catch(() => {}), 1000);
    });
    instance.child = child;
    return child;
  };

  async function startInstance(index: number): Promise<void> {
    const instance = instances[index];
    if (!instance || stopping) return;
    const child = launch(instance);
    await answers(`${instance.url}/api/ready`, 120_000, () => child.exitCode !== null || child.signalCode !== null);
  }

  let varnish: ChildProcess | null = null;
  const stop = async () => {
    stopping = true;
    await Promise.all([stopProcess(varnish), ...instances.map((i) => stopProcess(i.child))]);
  };

  try {
    await Promise.all(instances.map((_, i) => startInstance(i)));
    varnish = spawn(
      varnishd,
      [
        "-F",
        "-a", `${options.listen ?? "127.0.0.1"}:${options.port}`,
        "-f", path.join(projectRoot, "deploy/varnish/ledger.vcl"),
        "-p", `vcl_path=${workDir}:${path.join(projectRoot, "deploy/varnish")}`,
        "-s", `malloc,${options.varnishMemory ?? "256m"}`,
        "-n", path.join(workDir, "varnish"),
        "-i", `ledger-${options.port}`,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    lines(varnish.stdout, (line) => log("varnish", line));
    lines(varnish.stderr, (line) => log("varnish", line));
    const v = varnish;
    await answers(`${url}/api/health`, 30_000, () => v.exitCode !== null);
  } catch (error) {
    await stop();
    throw error;
  }

  return { url, instances, startInstance, stop };
}
