// SITE_URL names the site in every canonical link, feed, sitemap, structured data and e-mail. `npm start`
// defaults it to http://localhost:<port>, right on a laptop and wrong behind a domain, where search engines would
// be told that every page lives on localhost. The first request addressed to another host says so in the log.
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** A check of each request's Host against SITE_URL's; `warn` is called once, for the first other host. */
export function siteAddressWatch(siteUrl: string, warn: (fields: { host: string; siteUrl: string }, message: string) => void): (host: string | undefined) => void {
  let expected: string;
  try {
    expected = new URL(siteUrl).hostname.toLowerCase();
  } catch {
    return () => {};
  }
  let warned = false;
  return (host) => {
    if (warned || !host) return;
    const name = host.replace(/:\d+$/, "").toLowerCase();
    if (name === expected || (LOOPBACK.test(name) && LOOPBACK.test(expected))) return;
    warned = true;
    warn(
      { host: name, siteUrl },
      `Requests arrive for ${name}, but SITE_URL is ${siteUrl}: canonical links, feeds, sitemaps and e-mails name SITE_URL. Set SITE_URL to the site's public address.`,
    );
  };
}
