-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchPairs" text[];

-- CreateIndex
CREATE INDEX "Article_searchPairs_idx" ON "Article" USING GIN ("searchPairs");


-- raw-sql:begin
-- An exact phrase of common words ("treaty court") matches few stories, but the
-- full-text index only knows which stories hold all its words, and checking word
-- positions story by story is slow. "searchPairs" holds every pair of words one
-- apart ("treati court") or two apart ("court * appeal", as in "court of appeal"
-- or "mayor's office", whose middle word is a stop word) in "search": the same
-- text and positions. A quoted phrase's own pairs then narrow the stories down
-- through this index first. Lexemes never contain a space, so a pair is unambiguous.
CREATE FUNCTION search_word_pairs(v tsvector) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH word AS (SELECT lexeme, unnest(positions) AS pos FROM unnest(v))
  SELECT coalesce(array_agg(DISTINCT a.lexeme || CASE d.gap WHEN 1 THEN ' ' ELSE ' * ' END || b.lexeme), '{}')
    FROM word a CROSS JOIN (VALUES (1), (2)) d(gap) JOIN word b ON b.pos = a.pos + d.gap
$$;
ALTER TABLE "Article" DROP COLUMN "searchPairs";
ALTER TABLE "Article" ADD COLUMN "searchPairs" text[] GENERATED ALWAYS AS (search_word_pairs(
    to_tsvector('english'::regconfig, coalesce("headline", '')) ||
    to_tsvector('english'::regconfig, coalesce("standfirst", '')) ||
    to_tsvector('english'::regconfig, coalesce("bodyText", ''))
)) STORED;
CREATE INDEX "Article_searchPairs_idx" ON "Article" USING GIN ("searchPairs");
-- raw-sql:end
