/** Escapes text for XML element content and attribute values; drops characters XML 1.0 forbids. */
const NOT_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xml(value: string): string {
  return value
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** CDATA content; "]]>" is split so it cannot end the section early. */
export function cdata(value: string): string {
  return `<![CDATA[${value.replace(NOT_XML, "").replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

/**
 * A feed or sitemap: kept by the HTTP cache in front for minutes. One answered per request (its data is cached)
 * names `tags`, the cache tags of what it lists, so that a change purges it at once (the front sends them as
 * Surrogate-Key); a stored one (`force-static`) carries the tags Next stored it under.
 */
export function xmlResponse(body: string, contentType = "application/xml", tags?: string[]): Response {
  return new Response(body, {
    headers: {
      "content-type": `${contentType}; charset=utf-8`,
      "cache-control": "public, max-age=0, s-maxage=300, stale-while-revalidate=3600",
      ...(tags ? { "x-ledger-tags": tags.join(",") } : {}),
    },
  });
}
