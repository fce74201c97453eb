// Reads a WordPress export (WXR 1.x, as written by Tools → Export) into plain records. The XML is
// checked first, so a damaged file is refused with its line and column before anything is imported.
// CDATA sections are joined as XML defines them, so text that WordPress split around "]]>" comes back whole.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export type WxrAuthor = { login: string; displayName: string; email: string; firstName: string; lastName: string };
export type WxrTerm = { domain: string; slug: string; name: string };
export type WxrItem = {
  id: number;
  guid: string;
  title: string;
  link: string;
  postType: string;
  status: string;
  slug: string;
  dateGmt: Date | null;
  creator: string;
  content: string;
  excerpt: string;
  attachmentUrl: string;
  parentId: number;
  terms: WxrTerm[];
  meta: Map<string, string[]>;
  comments: number;
};
export type WxrExport = {
  version: string;
  siteUrl: string;
  baseSiteUrl: string;
  authors: WxrAuthor[];
  categories: { slug: string; name: string; parent: string }[];
  items: WxrItem[];
};

export class WxrError extends Error {}

const ARRAYS = new Set(["rss.channel.item", "rss.channel.wp:author", "rss.channel.wp:category", "rss.channel.wp:tag", "rss.channel.item.category", "rss.channel.item.wp:postmeta", "rss.channel.item.wp:comment"]);

type Node = Record<string, unknown>;

function str(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object" && "#text" in (value as Node)) return str((value as Node)["#text"]);
  return "";
}

function int(value: unknown): number {
  const n = Number(str(value));
  return Number.isSafeInteger(n) ? n : 0;
}

function list(value: unknown): Node[] {
  return Array.isArray(value) ? (value as Node[]) : [];
}

/** "2024-03-15 08:30:00" in UTC, as WordPress writes post_date_gmt; its empty date is "0000-00-00 00:00:00". */
function gmtDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || m[1] === "0000") return null;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(date.getTime()) ? null : date;
}

export function parseWxr(xml: string): WxrExport {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new WxrError(`The file is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
  });
  const root = parser.parse(xml) as Node;
  const channel = (root.rss as Node | undefined)?.channel as Node | undefined;
  if (!channel) throw new WxrError("This is XML, but not a WordPress export: it has no <rss><channel>.");
  const version = str(channel["wp:wxr_version"]).trim();
  if (!version) throw new WxrError("This is an RSS feed, not a WordPress export: it has no <wp:wxr_version>.");
  if (!/^1\.\d+$/.test(version)) throw new WxrError(`WordPress export version ${version} is not supported (1.0 to 1.2 are).`);

  const authors = list(channel["wp:author"]).map((a) => ({
    login: str(a["wp:author_login"]).trim(),
    displayName: str(a["wp:author_display_name"]).trim(),
    email: str(a["wp:author_email"]).trim(),
    firstName: str(a["wp:author_first_name"]).trim(),
    lastName: str(a["wp:author_last_name"]).trim(),
  }));
  const categories = list(channel["wp:category"]).map((c) => ({
    slug: str(c["wp:category_nicename"]).trim(),
    name: str(c["wp:cat_name"]).trim(),
    parent: str(c["wp:category_parent"]).trim(),
  }));
  const items = list(channel.item).map((item): WxrItem => {
    const meta = new Map<string, string[]>();
    for (const m of list(item["wp:postmeta"])) {
      const key = str(m["wp:meta_key"]).trim();
      meta.set(key, [...(meta.get(key) ?? []), str(m["wp:meta_value"])]);
    }
    return {
      id: int(item["wp:post_id"]),
      guid: str(item.guid).trim(),
      title: str(item.title).trim(),
      link: str(item.link).trim(),
      postType: str(item["wp:post_type"]).trim(),
      status: str(item["wp:status"]).trim(),
      slug: str(item["wp:post_name"]).trim(),
      dateGmt: gmtDate(str(item["wp:post_date_gmt"])),
      creator: str(item["dc:creator"]).trim(),
      content: str(item["content:encoded"]),
      excerpt: str(item["excerpt:encoded"]).trim(),
      attachmentUrl: str(item["wp:attachment_url"]).trim(),
      parentId: int(item["wp:post_parent"]),
      terms: list(item.category).map((c) => ({ domain: str(c["@domain"]), slug: str(c["@nicename"]), name: str(c).trim() })),
      meta,
      comments: list(item["wp:comment"]).length,
    };
  });
  return {
    version,
    siteUrl: str(channel.link).trim(),
    baseSiteUrl: str(channel["wp:base_site_url"]).trim() || str(channel.link).trim(),
    authors,
    categories,
    items,
  };
}
