// The page readers get with a 503 when the database cannot be reached and the
// page they asked for is not in a cache; the HTTP cache in front sends the same
// page when no instance answers (scripts/lib/cluster.ts writes it out). Self-contained
// on purpose (inline styles, no fonts, no scripts): they must render when
// nothing else can.

export const RETRY_AFTER_SECONDS = 30;

/** A short page with one message. Every string is text, escaped here; `action` is a link (a path or URL). */
export type Notice = { kicker: string; heading: string; text: string; title: string; action: { label: string; href: string }; footnote: string; robots?: string };

const OUTAGE: Notice = {
  kicker: "Service interruption",
  heading: "We will be back in a moment",
  text: "This page cannot be loaded right now because part of our system is not answering. Pages you opened recently may still load.",
  title: "Back shortly",
  action: { label: "Try again", href: "" },
  footnote: `Error 503 · please retry in about ${RETRY_AFTER_SECONDS} seconds.`,
};

export function unavailablePage(siteName: string): string {
  return noticePage(siteName, OUTAGE);
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Self-contained (inline styles only), so that it also serves answers given before or without the app's pages. */
export function noticePage(siteName: string, notice: Notice): string {
  const name = escape(siteName);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="${escape(notice.robots ?? "noindex")}">
<title>${escape(notice.title)} · ${name}</title>
<style>
  :root { color-scheme: light dark; --ink: #16171a; --paper: #fbfaf7; --muted: #55595f; --rule: #16171a; --accent: #0b5cad; }
  @media (prefers-color-scheme: dark) { :root { --ink: #eceae5; --paper: #121316; --muted: #b4b8bf; --rule: #eceae5; --accent: #7db8f5; } }
  body { margin: 0; background: var(--paper); color: var(--ink); font: 17px/1.6 Georgia, "Times New Roman", serif; }
  header { border-bottom: 3px double var(--rule); padding: 1.25rem 1rem; text-align: center; }
  header a { color: inherit; text-decoration: none; font-size: clamp(2rem, 7vw, 3.25rem); font-weight: 700; letter-spacing: -0.02em; }
  main { max-width: 36rem; margin: 0 auto; padding: 2.5rem 1rem 4rem; }
  p.kicker { color: var(--accent); font: 700 0.8rem/1 system-ui, sans-serif; letter-spacing: 0.08em; text-transform: uppercase; margin: 0 0 0.75rem; }
  h1 { font-size: clamp(1.75rem, 5vw, 2.4rem); line-height: 1.15; margin: 0 0 1rem; }
  p { margin: 0 0 1rem; }
  .muted { color: var(--muted); font-family: system-ui, sans-serif; font-size: 0.9rem; }
  a.button { display: inline-block; margin-top: 0.5rem; padding: 0.6rem 1.1rem; border: 2px solid var(--ink); color: inherit; font: 600 0.95rem/1 system-ui, sans-serif; text-decoration: none; }
</style>
</head>
<body>
<header><a href="/">${name}</a></header>
<main>
  <p class="kicker">${escape(notice.kicker)}</p>
  <h1>${escape(notice.heading)}</h1>
  <p>${escape(notice.text)}</p>
  <p><a class="button" href="${escape(notice.action.href)}">${escape(notice.action.label)}</a></p>
  <p class="muted">${escape(notice.footnote)}</p>
</main>
</body>
</html>
`;
}
