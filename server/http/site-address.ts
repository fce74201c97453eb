// SITE_URL names the site in every canonical link, feed, sitemap, structured data and e-mail. `npm start`
// defaults it to http://localhost:<port>, right on a laptop and wrong behind a domain, where search engines would
// be told that every page lives on localhost. When most requests come for another host, the log says so, once.
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;
/** Requests for other hosts before the log says anything: a scanner trying the server's address is not enough. */
const ENOUGH = 20;
/** Hosts counted at most (a scanner may try many). */
const HOSTS_COUNTED = 100;

/**
 * A check of each request's Host against SITE_URL's; `warn` is called once, when at least ENOUGH requests, and
 * ten times as many as for SITE_URL's host, came for other hosts (naming the commonest).
 */
export function siteAddressWatch(siteUrl: string, warn: (fields: { host: string; siteUrl: string }, message: string) => void): (host: string | undefined) => void {
  let expected: string;
  try {
    expected = new URL(siteUrl).hostname.toLowerCase();
  } catch {
    return () => {};
  }
  let warned = false;
  let own = 0;
  let other = 0;
  const hosts = new Map<string, number>();
  return (host) => {
    if (warned || !host) return;
    const name = host.replace(/:\d+$/, "").toLowerCase();
    if (name === expected || (LOOPBACK.test(name) && LOOPBACK.test(expected))) {
      own++;
      return;
    }
    other++;
    if (hosts.has(name) || hosts.size < HOSTS_COUNTED) hosts.set(name, (hosts.get(name) ?? 0) + 1);
    if (other < ENOUGH || other <= 10 * own) return;
    warned = true;
    const [commonest] = [...hosts].sort((a, b) => b[1] - a[1])[0]!;
    warn(
      { host: commonest, siteUrl },
      `Requests arrive for ${commonest}, but SITE_URL is ${siteUrl}: canonical links, feeds, sitemaps and e-mails name SITE_URL. Set SITE_URL to the site's public address.`,
    );
  };
}
