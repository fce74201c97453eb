-- AlterTable
ALTER TABLE "LiveEntry" ADD COLUMN     "searchPairs" text[];

-- CreateIndex
CREATE INDEX "LiveEntry_searchPairs_idx" ON "LiveEntry" USING GIN ("searchPairs");


-- raw-sql:begin
-- An exact phrase of common words is found in live-blog entries as in
-- stories: through the pairs of adjacent words of the entry's title and text
-- (search_word_pairs, the same function as "Article"."searchPairs"), instead
-- of checking word positions entry by entry.
ALTER TABLE "LiveEntry" DROP COLUMN "searchPairs";
ALTER TABLE "LiveEntry" ADD COLUMN "searchPairs" text[] GENERATED ALWAYS AS (search_word_pairs(
    to_tsvector('english'::regconfig, coalesce("title", '')) ||
    to_tsvector('english'::regconfig, coalesce("bodyText", ''))
)) STORED;
CREATE INDEX "LiveEntry_searchPairs_idx" ON "LiveEntry" USING GIN ("searchPairs");
-- raw-sql:end
