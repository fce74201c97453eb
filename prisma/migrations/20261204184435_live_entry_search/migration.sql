-- AlterTable
ALTER TABLE "LiveEntry" ADD COLUMN     "search" tsvector;

-- CreateIndex
CREATE INDEX "LiveEntry_search_idx" ON "LiveEntry" USING GIN ("search");

-- CreateIndex
CREATE INDEX "LiveEntry_postedAt_id_idx" ON "LiveEntry"("postedAt" DESC, "id");


-- raw-sql:begin
-- A live blog's entries are searched as stories are: "search" becomes a
-- weighted tsvector that PostgreSQL keeps current on every write, with the
-- same language as "Article"."search": the entry's title (A) and its text (C).
-- A deleted entry takes its row, and so its place in the index, with it.
-- Dropping the column drops its index too.
ALTER TABLE "LiveEntry" DROP COLUMN "search";
ALTER TABLE "LiveEntry" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english'::regconfig, coalesce("bodyText", '')), 'C')
) STORED;
CREATE INDEX "LiveEntry_search_idx" ON "LiveEntry" USING GIN ("search");
-- raw-sql:end
