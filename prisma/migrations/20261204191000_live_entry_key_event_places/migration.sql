-- raw-sql:begin
-- A live blog's page lists its key events with the page each is on, which is
-- the event's place among the entries that are not pinned. The blog's index
-- already holds the entries in that order; carrying the key-event flag in it
-- as well lets the places be numbered from the index alone, without reading
-- or sorting every entry of a long blog. Prisma cannot declare an INCLUDE
-- column, so the index is made again here under its own name.
DROP INDEX "LiveEntry_articleId_pinned_postedAt_id_idx";
CREATE INDEX "LiveEntry_articleId_pinned_postedAt_id_idx" ON "LiveEntry"("articleId", "pinned", "postedAt" DESC, "id" DESC) INCLUDE ("keyEvent");
-- raw-sql:end
