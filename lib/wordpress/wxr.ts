// Reads a WordPress export (WXR 1.x, as written by Tools → Export) as a stream: a SAX parser (saxes)
// hands over one <item> at a time, so an archive of any size is read in constant memory. The import
// reads a file twice: once to check it whole (well-formed, an export) and to index what posts refer to
// (authors, categories, attachments), then again to import post by post. CDATA sections are joined as XML
// defines them, so text that WordPress split around "]]>" comes back whole.
import { createReadStream } from "node:fs";
import { SaxesParser, type SaxesTagPlain } from "saxes";

export type WxrAuthor = { login: string; displayName: string; email: string; firstName: string; lastName: string };
export type WxrTerm = { domain: string; slug: string; name: string };
export type WxrCategory = { slug: string; name: string; parent: string };
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
  menuOrder: number;
  terms: WxrTerm[];
  meta: Map<string, string[]>;
  comments: number;
};
/** What the channel says about the site, read before its items. */
export type WxrChannel = {
  version: string;
  siteUrl: string;
  baseSiteUrl: string;
  authors: WxrAuthor[];
  categories: WxrCategory[];
};
/** A whole export in memory: for small files and tests. The import streams instead (readWxrFile). */
export type WxrExport = WxrChannel & { items: WxrItem[] };

export class WxrError extends Error {}

const MAX_CHANNEL_TERMS = 100_000;

/** "2024-03-15 08:30:00" in UTC, as WordPress writes post_date_gmt; its empty date is "0000-00-00 00:00:00". */
function gmtDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || m[1] === "0000") return null;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(date.getTime()) ? null : date;
}

function int(value: string): number {
  const n = Number(value.trim());
  return Number.isSafeInteger(n) ? n : 0;
}

function emptyItem(): WxrItem {
  return { id: 0, guid: "", title: "", link: "", postType: "", status: "", slug: "", dateGmt: null, creator: "", content: "", excerpt: "", attachmentUrl: "", parentId: 0, menuOrder: 0, terms: [], meta: new Map(), comments: 0 };
}

/**
 * One pass over an export. `write` text as it arrives, then `close`; each finished item goes to `onItem`.
 * Errors (bad XML, not an export) are WxrErrors with the line and column where they were found.
 */
export class WxrStream {
  readonly channel: WxrChannel = { version: "", siteUrl: "", baseSiteUrl: "", authors: [], categories: [] };
  private readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  private readonly path: string[] = [];
  private text = "";
  private item: WxrItem | null = null;
  private record: Record<string, string> | null = null;
  private term: WxrTerm | null = null;
  private metaKey = "";
  private metaValue = "";
  private sawChannel = false;

  constructor(private readonly onItem: (item: WxrItem) => void) {
    this.parser.on("error", (error) => {
      const at = /^(\d+):(\d+): (.*)$/s.exec(error.message);
      throw new WxrError(at ? `The file is not well-formed XML (line ${at[1]}, column ${at[2]}): ${at[3]}` : `The file is not well-formed XML: ${error.message}`);
    });
    this.parser.on("opentag", (tag) => this.open(tag));
    this.parser.on("closetag", (tag) => this.close(tag.name));
    this.parser.on("text", (text) => (this.text += text));
    this.parser.on("cdata", (text) => (this.text += text));
  }

  write(chunk: string) {
    this.parser.write(chunk);
  }

  end(): WxrChannel {
    this.parser.close();
    if (!this.sawChannel) throw new WxrError("This is XML, but not a WordPress export: it has no <rss><channel>.");
    checkVersion(this.channel.version);
    return this.channel;
  }

  private open(tag: SaxesTagPlain) {
    const depth = this.path.push(tag.name);
    this.text = "";
    if (depth === 1 && tag.name !== "rss") throw new WxrError(`This is XML, but not a WordPress export: it starts with <${tag.name}>, not <rss>.`);
    if (depth === 2 && tag.name === "channel") this.sawChannel = true;
    if (depth !== 3 && depth !== 4) return;
    if (this.path[1] !== "channel") return;
    if (depth === 3) {
      if (tag.name === "item") {
        // Items come after the channel's own elements, so the version is known here: refuse early.
        checkVersion(this.channel.version);
        this.item = emptyItem();
      } else if (tag.name === "wp:author" || tag.name === "wp:category") this.record = {};
      return;
    }
    if (this.item && tag.name === "category") this.term = { domain: String(tag.attributes.domain ?? ""), slug: String(tag.attributes.nicename ?? ""), name: "" };
    else if (this.item && tag.name === "wp:postmeta") this.metaKey = this.metaValue = "";
    else if (this.item && tag.name === "wp:comment") this.item.comments++;
  }

  private close(name: string) {
    const depth = this.path.length;
    const text = this.text;
    this.text = "";
    this.path.pop();
    if (this.path[1] !== "channel" && depth > 2) return;
    if (depth === 3) this.closeChannelChild(name, text);
    else if (depth === 4 && this.item) this.closeItemField(name, text);
    else if (depth === 4 && this.record) this.record[name] = text.trim();
    else if (depth === 5 && this.item && this.path[3] === "wp:postmeta") {
      if (name === "wp:meta_key") this.metaKey = text.trim();
      if (name === "wp:meta_value") this.metaValue = text;
    }
  }

  private closeChannelChild(name: string, text: string) {
    const channel = this.channel;
    if (name === "item" && this.item) {
      const item = this.item;
      this.item = null;
      this.onItem(item);
    } else if (name === "wp:author" && this.record) {
      const a = this.record;
      if (channel.authors.length < MAX_CHANNEL_TERMS) {
        channel.authors.push({ login: a["wp:author_login"] ?? "", displayName: a["wp:author_display_name"] ?? "", email: a["wp:author_email"] ?? "", firstName: a["wp:author_first_name"] ?? "", lastName: a["wp:author_last_name"] ?? "" });
      }
    } else if (name === "wp:category" && this.record) {
      const c = this.record;
      if (channel.categories.length < MAX_CHANNEL_TERMS) channel.categories.push({ slug: c["wp:category_nicename"] ?? "", name: c["wp:cat_name"] ?? "", parent: c["wp:category_parent"] ?? "" });
    } else if (name === "wp:wxr_version") channel.version = text.trim();
    else if (name === "link") channel.siteUrl = text.trim();
    else if (name === "wp:base_site_url") channel.baseSiteUrl = text.trim();
    this.record = null;
  }

  private closeItemField(name: string, text: string) {
    const item = this.item!;
    switch (name) {
      case "title": item.title = text.trim(); break;
      case "link": item.link = text.trim(); break;
      case "guid": item.guid = text.trim(); break;
      case "dc:creator": item.creator = text.trim(); break;
      case "content:encoded": item.content = text; break;
      case "excerpt:encoded": item.excerpt = text.trim(); break;
      case "wp:post_id": item.id = int(text); break;
      case "wp:post_date_gmt": item.dateGmt = gmtDate(text); break;
      case "wp:post_name": item.slug = text.trim(); break;
      case "wp:status": item.status = text.trim(); break;
      case "wp:post_parent": item.parentId = int(text); break;
      case "wp:menu_order": item.menuOrder = int(text); break;
      case "wp:post_type": item.postType = text.trim(); break;
      case "wp:attachment_url": item.attachmentUrl = text.trim(); break;
      case "category":
        if (this.term) item.terms.push({ ...this.term, name: text.trim() });
        this.term = null;
        break;
      case "wp:postmeta":
        if (this.metaKey) item.meta.set(this.metaKey, [...(item.meta.get(this.metaKey) ?? []), this.metaValue]);
        break;
    }
  }
}

function checkVersion(version: string) {
  if (!version) throw new WxrError("This is an RSS feed, not a WordPress export: it has no <wp:wxr_version>.");
  if (!/^1\.\d+$/.test(version)) throw new WxrError(`WordPress export version ${version} is not supported (1.0 to 1.2 are).`);
}

/** A whole export held in memory, for small files and tests. */
export function parseWxr(xml: string): WxrExport {
  const items: WxrItem[] = [];
  const stream = new WxrStream((item) => items.push(item));
  stream.write(xml);
  const channel = stream.end();
  return { ...channel, baseSiteUrl: channel.baseSiteUrl || channel.siteUrl, items };
}

/**
 * Reads an export file item by item, holding only the item being read (and those the caller has not
 * taken yet: reading pauses while more than a few wait). Resolves with the channel when the file ends.
 */
export async function* readWxrFile(file: string): AsyncGenerator<WxrItem, WxrChannel> {
  const waiting: WxrItem[] = [];
  const stream = new WxrStream((item) => waiting.push(item));
  // 64 KB at a time, decoded as UTF-8 across chunk edges by the stream itself.
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: 64 * 1024 })) {
    stream.write(chunk as string);
    while (waiting.length) yield waiting.shift()!;
  }
  const channel = stream.end();
  while (waiting.length) yield waiting.shift()!;
  return { ...channel, baseSiteUrl: channel.baseSiteUrl || channel.siteUrl };
}
