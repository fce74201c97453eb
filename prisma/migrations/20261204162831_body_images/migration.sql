-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "bodyImages" text[];

-- CreateIndex
CREATE INDEX "Article_bodyImages_idx" ON "Article" USING GIN ("bodyImages");

-- CreateIndex
CREATE INDEX "Article_heroImageId_idx" ON "Article"("heroImageId");


-- raw-sql:begin
-- "Which stories show this image" (the media library's "Used in", the refusal to delete an image in use,
-- the pages a focal-point change expires) was answered by reading every story's body. "bodyImages" holds
-- each image address in the body as the renderer reads it (spaces and control characters removed, as
-- lib/rich-text/document.ts does), kept by PostgreSQL on every write, so the GIN index answers instead;
-- heroes are found through the new index on "heroImageId" (which also serves the check that an image
-- being deleted is no story's hero).
CREATE FUNCTION body_image_sources(doc jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT regexp_replace(s #>> '{}', '[\x01-\x20\x7f-\x9f]', '', 'g')), '{}')
    FROM jsonb_path_query(doc, 'strict $.**.src') AS found(s)
   WHERE jsonb_typeof(s) = 'string'
$$;
DROP INDEX "Article_bodyImages_idx";
ALTER TABLE "Article" DROP COLUMN "bodyImages";
ALTER TABLE "Article" ADD COLUMN "bodyImages" text[] GENERATED ALWAYS AS (body_image_sources("body")) STORED;
CREATE INDEX "Article_bodyImages_idx" ON "Article" USING GIN ("bodyImages");
-- raw-sql:end
