// Old addresses a story had on another site, kept as redirect keys. One form per address, so
// "/2024/03/harbour-lights/" and "/2024/03/harbour-lights" are the same key, and "/?p=42&utm_source=x"
// is "/?p=42": only the query parameters that name a post survive.

export const ID_PARAMS = ["p", "page_id", "attachment_id"] as const;
const PATH_MAX = 500;

/**
 * The redirect key of a path (with or without a query) or a full URL, or null when it cannot be one:
 * the root itself, anything too long, or text with control characters.
 */
export function oldPathKey(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value, "http://old.invalid");
  } catch {
    return null;
  }
  let path = url.pathname;
  try {
    // Stored decoded, so "/caf%C3%A9" and "/café" are one key; a path that does not decode is kept as sent.
    path = decodeURIComponent(path);
  } catch {
    // keep the encoded form
  }
  path = path.replace(/\/{2,}/g, "/").replace(/\/+$/, "") || "/";
  if (/[\u0000-\u001f\u007f]/.test(path)) return null;
  for (const name of ID_PARAMS) {
    const id = url.searchParams.get(name);
    if (id && /^\d{1,12}$/.test(id) && path === "/") return `/?${name}=${id}`;
  }
  if (path === "/" || path.length > PATH_MAX) return null;
  return path;
}
