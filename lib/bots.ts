// Crawlers, previewers and headless tools: their visits are not reader views.
const BOT = /bot|crawl|spider|slurp|fetch|preview|scan|monitor|curl|wget|python|httpclient|headless|lighthouse|facebookexternalhit|embedly|whatsapp|telegram|discord|okhttp|go-http|java\//i;

export function isBot(userAgent: string | null): boolean {
  return !userAgent || BOT.test(userAgent);
}
