-- DropIndex
DROP INDEX "ArticleTag_tagId_idx";

-- AlterTable
ALTER TABLE "ArticleTag" ADD COLUMN     "publishedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "ArticleTag_tagId_publishedAt_idx" ON "ArticleTag"("tagId", "publishedAt" DESC);

-- raw-sql:begin
-- "ArticleTag"."publishedAt" copies its article's publication time while the
-- article is published (null otherwise), so that "the newest stories on this
-- topic" is one range of the (tagId, publishedAt) index. Two triggers keep the
-- copy, whatever writes the rows: the editor's saves, the scheduler, imports.
UPDATE "ArticleTag" t SET "publishedAt" = a."publishedAt"
  FROM "Article" a WHERE a.id = t."articleId" AND a.status = 'PUBLISHED';

-- A new tagging takes its article's current state.
CREATE FUNCTION article_tag_published_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  SELECT CASE WHEN a.status = 'PUBLISHED' THEN a."publishedAt" END INTO NEW."publishedAt"
    FROM "Article" a WHERE a.id = NEW."articleId";
  RETURN NEW;
END
$$;

CREATE TRIGGER article_tag_published_at
  BEFORE INSERT OR UPDATE OF "articleId" ON "ArticleTag"
  FOR EACH ROW EXECUTE FUNCTION article_tag_published_at();

-- Publishing, unpublishing or re-dating an article updates its taggings.
CREATE FUNCTION article_published_at_to_tags() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ArticleTag"
     SET "publishedAt" = CASE WHEN NEW.status = 'PUBLISHED' THEN NEW."publishedAt" END
   WHERE "articleId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER article_published_at_to_tags
  AFTER UPDATE OF status, "publishedAt" ON "Article"
  FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD."publishedAt" IS DISTINCT FROM NEW."publishedAt")
  EXECUTE FUNCTION article_published_at_to_tags();
-- raw-sql:end
