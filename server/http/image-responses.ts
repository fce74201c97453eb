// Answers of the routes that serve images: a kept file is sent for a year (its address never changes
// what it shows); a miss is short-lived, since the picture may exist a moment later.

export function imageResponse(data: Buffer, type: string): Response {
  return new Response(new Uint8Array(data), {
    headers: {
      "content-type": type,
      "content-length": String(data.length),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
    },
  });
}

export function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=60" } });
}
