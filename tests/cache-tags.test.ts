// Which cached pages a change to an article refreshes.
import { describe, expect, it } from "vitest";
import { tagsForArticleChange, tagsForLiveBlogState, tagsForLiveEntryChange, type ArticleFootprint } from "../server/cache-tags";

const live: ArticleFootprint = { id: "a1", slug: "harbour-lights", status: "PUBLISHED", section: "news", tags: ["harbour"], authors: ["ana-ruiz"] };

describe("tagsForArticleChange", () => {
  it("a new story refreshes the pages that list it, but not the rails beside every other story", () => {
    const changed = tagsForArticleChange(null, live);
    expect(changed).toEqual(expect.arrayContaining(["article:a1", "slug:harbour-lights", "home", "section:news", "tag:harbour", "author:ana-ruiz", "feeds", "sitemaps"]));
    expect(changed).not.toContain("rails");
  });

  it("a story moved to another section and retagged refreshes the old and the new listings", () => {
    const changed = tagsForArticleChange(live, { ...live, slug: "harbour-lights-relit", section: "business", tags: ["economy"] });
    expect(changed).toEqual(expect.arrayContaining(["section:news", "section:business", "tag:harbour", "tag:economy", "slug:harbour-lights", "slug:harbour-lights-relit", "redirects"]));
  });

  it("a live story taken down also refreshes the rails, so no page keeps linking to it", () => {
    expect(tagsForArticleChange(live, { ...live, status: "DRAFT" })).toContain("rails");
    expect(tagsForArticleChange(live, null)).toContain("rails");
  });

  it("a draft saved again touches only its own entries", () => {
    const draft = { ...live, status: "DRAFT" };
    expect(tagsForArticleChange(draft, draft).sort()).toEqual(["article:a1", "slug:harbour-lights"]);
  });
});

describe("live blogs", () => {
  it("an entry posted refreshes the blog's entries and the sitemaps (its time is the blog's last change); an edit, a deletion or a flag only the entries", () => {
    expect(tagsForLiveEntryChange(live, "post")).toEqual(["live:a1", "sitemaps"]);
    expect(tagsForLiveEntryChange(live, "edit")).toEqual(["live:a1"]);
    // Not the front page, sections, topics, authors or feeds: none of them shows entries. Nor the article's
    // own read, which an entry leaves as it was.
    expect(tagsForLiveEntryChange({ ...live, status: "DRAFT" }, "post")).toEqual(["live:a1"]);
  });

  it("coverage ending or resuming refreshes every listing that shows the LIVE label, and the blog", () => {
    expect(tagsForLiveBlogState(live).sort()).toEqual(["article:a1", "author:ana-ruiz", "home", "section:news", "slug:harbour-lights", "tag:harbour"]);
    expect(tagsForLiveBlogState({ ...live, status: "DRAFT" }).sort()).toEqual(["article:a1", "slug:harbour-lights"]);
  });
});
