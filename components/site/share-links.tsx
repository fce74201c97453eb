/** Plain share links: no third-party script, nothing loads until a reader clicks. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    // The mail program opens, not a tab: this link stays in the page's own tab and says nothing of tabs.
    { name: "Email", href: `mailto:?subject=${t}&body=${u}`, mail: true },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${t}%20${u}` },
  ];
  return (
    <nav aria-label="Share this story" className="print:hidden">
      <h2 className="text-sm font-bold uppercase tracking-wide">Share</h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {links.map((link) => (
          <li key={link.name}>
            {"mail" in link ? (
              <a href={link.href} className="inline-block rounded border border-rule px-3 py-1 hover:bg-surface">
                {link.name}
              </a>
            ) : (
              <a href={link.href} target="_blank" rel="noopener noreferrer nofollow" className="inline-block rounded border border-rule px-3 py-1 hover:bg-surface">
                {link.name}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
