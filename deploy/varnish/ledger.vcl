vcl 4.1;
# The HTTP cache in front of The Ledger's app instances (Varnish 7 with the
# xkey module of varnish-modules).
#
# What it does, and why:
# - keeps reader pages, feeds and sitemaps for the lifetimes the app sends
#   (Cache-Control: s-maxage, stale-while-revalidate), one copy per URL
#   whatever cookies or tracking parameters the reader brings;
# - never keeps the newsroom (/admin), the API, previews, server actions or
#   anything a signed-in editor asks for;
# - asks an instance once for a page however many readers want it at the same
#   moment (Varnish's waiting list), and serves the copy it has while a newer
#   one renders;
# - indexes each page by the cache tags it was rendered with (the app's
#   Surrogate-Key header, names from server/cache-tags.ts) and soft-purges
#   them when the app says so (PURGE with a Surrogate-Key header);
# - passes each reader's address on: Varnish itself appends client.ip to
#   X-Forwarded-For, which the instances believe because TRUSTED_PROXIES
#   names this host;
# - probes every instance on /api/ready, sends nothing to one that fails, and
#   when none answers serves what it has for up to a day, and a styled 503 with
#   Retry-After for the rest.
#
# Surrogate-Key is the header Fastly's purge-by-key uses, so the same tags can
# drive a CDN instead of (or in front of) this cache.

import std;
import xkey;

# Site-specific parts: the backends and their health probe, the director
# `ledger`, the `purgers` ACL and the `ledger_unavailable_page` subroutine.
# `npm run cluster` writes one for the instances it starts; on several hosts,
# start from deploy/varnish/site.example.vcl.
include "site.vcl";

# Query parameters that only track where a reader came from: dropped from the
# URL, so that they neither split the cache nor reach the app.
sub ledger_strip_tracking {
  if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid)=") {
    set req.url = regsuball(req.url, "(?<=[?&])(utm_[a-z]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid)=[^&#]*&?", "");
    set req.url = regsub(req.url, "[?&]+$", "");
  }
}

sub vcl_recv {
  set req.backend_hint = ledger.backend();
  # The app logs every line of a request with this id; a load balancer's own id is kept.
  if (!req.http.X-Request-Id) {
    set req.http.X-Request-Id = "varnish-" + server.identity + "-" + req.xid;
  }

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Purging is not allowed from this address"));
    }
    if (!req.http.Surrogate-Key) {
      return (synth(400, "Name the tags to purge in a Surrogate-Key header"));
    }
    # Soft: the pages turn stale rather than vanish; the next reader gets the old copy while the new one
    # renders, and the old copy stays available if no instance can render.
    set req.http.X-Purged = xkey.softpurge(req.http.Surrogate-Key);
    return (synth(200, "Purged " + req.http.X-Purged));
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(admin|api|preview)(/|\?|$)" || req.http.Authorization || req.http.Next-Action) {
    return (pass);
  }
  # A signed-in editor (better-auth's session cookie) or draft mode: the app answers for them alone.
  if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?better-auth\.session_token=" || req.http.Cookie ~ "(^|;\s*)__prerender_bypass=") {
    return (pass);
  }
  # Reader pages are the same for everyone: cookies would only split the cache.
  unset req.http.Cookie;
  call ledger_strip_tracking;
  set req.url = std.querysort(req.url);

  # While the instances answer, a copy past its lifetime, or purged, is served (and renewed behind the reader's
  # back) for ten seconds at most: long enough for the readers of a busy page not to wait on its new render,
  # short enough that the first reader of a page changed a while ago gets the new page, not the old copy (a
  # purge turns a copy stale; a story taken down or corrected must not reach a reader an hour later). When no
  # instance answers, the copy is served for as long as it is kept (a day, below).
  if (std.healthy(req.backend_hint)) {
    set req.grace = 10s;
    # A live blog's updates, polled by watching readers every few seconds: after a purge the next poll waits for
    # the new answer (one fetch for every reader waiting) rather than taking the old one and seeing the new entry
    # only a poll later.
    if (req.url ~ "^/[^/]+/[^/]+/updates\.json$") {
      set req.grace = 0s;
    }
  }
  return (hash);
}

sub vcl_backend_fetch {
  # Varnish compresses what it keeps (below): the instances send plain bytes and spend no time on it.
  unset bereq.http.Accept-Encoding;
}

sub vcl_backend_response {
  if (beresp.http.Surrogate-Key) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
  }
  if (!beresp.http.Content-Encoding && beresp.http.Content-Type ~ "^(text/|application/(json|xml|rss\+xml|atom\+xml|javascript|manifest\+json)|image/svg\+xml)") {
    set beresp.do_gzip = true;
  }

  if (beresp.status >= 500) {
    # Renewing a stale copy failed: keep serving the copy.
    if (bereq.is_bgfetch) {
      return (abandon);
    }
    # The app's own 503 page (its database away) goes to the reader as it is, and is not kept.
    set beresp.uncacheable = true;
    set beresp.ttl = 1s;
    return (deliver);
  }

  if (beresp.ttl > 0s && !beresp.uncacheable) {
    # A page Next served from its cache while it renders a newer one: kept briefly, then asked for again.
    if (beresp.http.x-nextjs-cache == "STALE") {
      set beresp.ttl = 1s;
    }
    # Kept whole before it is sent: a page is never half-delivered when an instance dies mid-answer.
    set beresp.do_stream = false;
    set beresp.grace = 24h;
  }
  return (deliver);
}

sub vcl_backend_error {
  # A refused or broken connection (an instance just died): the same request, to the next instance.
  if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    return (retry);
  }
  set beresp.status = 503;
  set beresp.http.Retry-After = "30";
  set beresp.http.Cache-Control = "no-store";
  set beresp.http.X-Content-Type-Options = "nosniff";
  set beresp.http.Referrer-Policy = "strict-origin-when-cross-origin";
  set beresp.http.X-Frame-Options = "DENY";
  set beresp.http.Content-Security-Policy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  if (bereq.url ~ "^/api/") {
    set beresp.http.Content-Type = "application/json";
    synthetic("""{"error":"The service is temporarily unavailable. Try again shortly."}""");
  } else {
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    call ledger_unavailable_page;
  }
  set beresp.ttl = 0s;
  set beresp.uncacheable = true;
  return (deliver);
}

sub vcl_deliver {
  # Tags are for the cache alone.
  unset resp.http.xkey;
  unset resp.http.Surrogate-Key;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
  # The id of this request, not of the one that rendered a kept page.
  set resp.http.X-Request-Id = req.http.X-Request-Id;
  if (obj.uncacheable) {
    set resp.http.X-Cache = "PASS";
  } else if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}

sub vcl_synth {
  set resp.http.Content-Type = "text/plain; charset=utf-8";
  set resp.http.Cache-Control = "no-store";
  synthetic(resp.reason + {"
"});
  return (deliver);
}
