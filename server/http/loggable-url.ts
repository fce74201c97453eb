// A request's address as the logs may keep it: without the secrets some addresses carry. A set-password link
// (/api/auth/reset-password/<token>, then /admin/set-password?token=<token>) lets whoever holds it choose the
// account's password; a preview link (/preview/link/<token>) opens an embargoed story. Anyone who can read the
// logs must not be able to do either.
const SECRET_SEGMENT = /^(\/preview\/link\/|\/api\/auth\/reset-password\/)[^/?#]+/;
const SECRET_PARAMS = new Set(["token", "code", "password"]);

export function loggableUrl(url: string | undefined): string {
  const raw = (url ?? "").slice(0, 512);
  const query = raw.indexOf("?");
  const path = (query < 0 ? raw : raw.slice(0, query)).replace(SECRET_SEGMENT, "$1…");
  if (query < 0) return path;
  const params = raw
    .slice(query + 1)
    .split("&")
    .map((pair) => {
      const name = pair.split("=", 1)[0]!;
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // A malformed name is logged as it came.
      }
      return SECRET_PARAMS.has(decoded.toLowerCase()) ? `${name}=…` : pair;
    });
  return `${path}?${params.join("&")}`;
}
