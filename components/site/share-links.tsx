/** Plain share links: no third-party script, nothing loads until a reader clicks. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { name: "Email", href: `mailto:?subject=${t}&body=${u}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${t}%20${u}` },
  ];
  return (
    <nav aria-label="Share this story">
      <h2 className="text-sm font-bold uppercase tracking-wide">Share</h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} target="_blank" rel="noopener noreferrer nofollow" className="inline-block rounded border border-rule px-3 py-1 hover:bg-surface">
              {link.name}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
