// Turns whatever a reader typed into a safe search string. The database's
// websearch_to_tsquery parses the result (it accepts quotes, "or" and "-"
// and never raises a syntax error), and the text always travels as a bound
// parameter, so no input can change the SQL.

export const SEARCH_MAX_LENGTH = 200;

export function normaliseSearchQuery(input: unknown): string {
  if (typeof input !== "string") return "";
  return input
    .normalize("NFKC")
    // PostgreSQL text cannot hold NUL; other control characters are noise.
    .replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, " ")
    .replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => (isPaired(s, i) ? c : " "))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, SEARCH_MAX_LENGTH)
    .replace(/[\ud800-\udbff]$/, "")
    .trim();
}

/**
 * The quoted phrases every match of `query` must contain, as websearch_to_tsquery reads it: only
 * when no "or" could make a phrase optional, and not phrases a "-" may negate. A phrase whose
 * quotes are unbalanced is left out, since the database reads it differently. The database uses
 * these to find stories through their word pairs first (see searchPairs in the schema), so
 * leaving a phrase out only costs speed, while listing one the query does not require would
 * hide results.
 */
export function requiredPhrases(query: string): string[] {
  const parts = query.split('"');
  if (parts.length % 2 === 0) return []; // an odd number of quotes
  const outside = parts.filter((_, i) => i % 2 === 0);
  // Which characters make up a word depends on the database's locale (under LC_CTYPE=C an accented
  // letter does not): only ASCII letters and digits are taken to join "or" to a word, which may skip
  // phrases that are in fact required, never the reverse.
  if (outside.some((text) => /(^|[^A-Za-z0-9_])or($|[^A-Za-z0-9_-])/i.test(text))) return [];
  // websearch_to_tsquery negates a phrase after a "-", even with some punctuation between ("-!", "(-)"):
  // a "-" anywhere after the last ASCII letter or digit before the phrase leaves it out.
  const negated = (i: number) => /-[^A-Za-z0-9]*$/.test(parts.slice(0, i).join('"'));
  return parts.flatMap((text, i) => (i % 2 === 1 && text.trim() && !negated(i) ? [text.trim()] : []));
}

function isPaired(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = s.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  const prev = s.charCodeAt(i - 1);
  return prev >= 0xd800 && prev <= 0xdbff;
}

/** Highlight markers ts_headline puts around matches: private-use characters no article contains. */
export const MARK_START = "\ue000";
export const MARK_END = "\ue001";

/** What separates two passages of one snippet (ts_headline's FragmentDelimiter). */
export const SNIPPET_GAP = " … ";
const ELLIPSIS = "…";

/** Letters and spaces only, for comparing a passage with the body it came from. */
const comparable = (text: string) => text.replaceAll(MARK_START, "").replaceAll(MARK_END, "").replace(/\s+/g, " ").trim();

/**
 * A snippet as readers see it: each passage starts at a word rather than at a comma or a full stop, and an
 * ellipsis says where text was left out, before a first passage that is not the body's start and after a
 * last one that is not its end. `head` and `tail` are the first and last few hundred characters of the body.
 */
export function frameSnippet(snippet: string, head: string, tail: string): string {
  const passages = snippet
    .split(SNIPPET_GAP)
    .map((passage) => passage.replace(/^[\s,.;:!?)\]}»”’–—-]+/u, "").replace(/[\s,;:(\[{«“‘–—-]+$/u, ""))
    .filter((passage) => comparable(passage));
  if (!passages.length) return snippet.trim();
  const first = comparable(passages[0]!);
  const last = comparable(passages.at(-1)!);
  const body = { head: comparable(head), tail: comparable(tail) };
  const startsBody = body.head.startsWith(first.slice(0, body.head.length)) || first.startsWith(body.head);
  const endsBody = body.tail.endsWith(last.slice(-body.tail.length)) || last.endsWith(body.tail);
  return `${startsBody ? "" : `${ELLIPSIS} `}${passages.join(SNIPPET_GAP)}${endsBody ? "" : ` ${ELLIPSIS}`}`;
}

/**
 * Splits a snippet into plain and highlighted runs, for rendering without HTML. Highlighted words with only
 * spaces between them become one run, so that a phrase is marked as the phrase it is.
 */
export function splitHighlights(snippet: string): { text: string; highlight: boolean }[] {
  const parts: { text: string; highlight: boolean }[] = [];
  const push = (text: string, highlight: boolean) => {
    const previous = parts.at(-1);
    if (previous && previous.highlight === highlight) previous.text += text;
    else parts.push({ text, highlight });
  };
  for (const [index, piece] of snippet.split(MARK_START).entries()) {
    if (index === 0) {
      if (piece) push(piece.replaceAll(MARK_END, ""), false);
      continue;
    }
    const end = piece.indexOf(MARK_END);
    const marked = end === -1 ? piece : piece.slice(0, end);
    const rest = end === -1 ? "" : piece.slice(end + 1);
    if (marked) {
      // Spaces alone between this run and the one before it: one phrase.
      const gap = parts.at(-1);
      const before = parts.at(-2);
      if (gap && !gap.highlight && before?.highlight && /^[ \u00a0]+$/.test(gap.text)) {
        parts.pop();
        before.text += gap.text;
      }
      push(marked, true);
    }
    if (rest) push(rest.replaceAll(MARK_END, ""), false);
  }
  return parts;
}
