-- raw-sql:begin
-- A GIN index entry holds at most about 2.7 kB. Two adjacent words near the
-- longest a tsvector keeps (2,047 bytes each; a pasted token, a base64 string)
-- made a pair too large to index, and the story could not be saved. Pairs of
-- more than 200 bytes are left out: no reader types such a phrase, and the
-- queries build their pairs with this same function, so a phrase of such words
-- is only checked without the index's help, never missed.
CREATE OR REPLACE FUNCTION search_word_pairs(v tsvector) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  WITH word AS (SELECT lexeme, unnest(positions) AS pos FROM unnest(v))
  SELECT coalesce(array_agg(DISTINCT a.lexeme || CASE d.gap WHEN 1 THEN ' ' ELSE ' * ' END || b.lexeme), '{}')
    FROM word a CROSS JOIN (VALUES (1), (2)) d(gap) JOIN word b ON b.pos = a.pos + d.gap
   WHERE octet_length(a.lexeme) + octet_length(b.lexeme) <= 200
$$;
-- raw-sql:end
