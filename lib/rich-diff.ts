// Two versions of a story's body as one document a reader would recognise: both are turned into the
// site's own safe tree (lib/rich-text/sanitize.ts), blocks that differ are marked whole as inserted or
// removed, and a block changed in place (a paragraph, a heading, a list item) is compared word by word.
// The result renders through the same renderer as the article page, with <ins> and <del> around changes.
import { diffLines } from "./line-diff";
import { sanitizeDocument, type SafeElement, type SafeNode } from "./rich-text/sanitize";

export type DiffChange = "ins" | "del";

/** Blocks whose children are blocks again: compared child by child when the same kind is changed in place. */
const CONTAINERS = new Set(["ul", "ol", "blockquote", "li"]);
/** Blocks whose children are words and inline formatting: compared word by word. */
const TEXT_BLOCKS = new Set(["p", "h2", "h3", "h4"]);

const key = (node: SafeNode) => JSON.stringify(node);
const el = (tag: string, children: SafeNode[], attrs: SafeElement["attrs"] = {}): SafeElement => ({ tag, attrs, children });

/**
 * How much word-by-word work one comparison may do: the cells of its word tables and the words weighed to pair
 * changed blocks. Enough for a story of some 10,000 words changed in every paragraph (5,500 words take about 2
 * million, in 50 ms); past it, what is left is marked block by block, so that a document of thousands of
 * changed paragraphs cannot hold the server's one thread for seconds while every reader waits.
 */
export const WORD_BUDGET = 4_000_000;
type Budget = { left: number };

/**
 * The body of version `before` against version `after`, as one safe tree with the differences marked; `whole`
 * is false when the comparison ran out of its budget and marked the rest block by block.
 */
export function diffDocuments(before: unknown, after: unknown, budget = WORD_BUDGET): { tree: SafeNode[]; whole: boolean } {
  const left = { left: budget };
  const tree = diffBlocks(sanitizeDocument(before), sanitizeDocument(after), null, left);
  return { tree, whole: left.left >= 0 };
}

/** Whether a marked tree has any change in it. */
export function hasChanges(tree: SafeNode[]): boolean {
  return tree.some((node) => typeof node !== "string" && (node.tag === "ins" || node.tag === "del" || "data-change" in node.attrs || hasChanges(node.children)));
}

/**
 * A whole block only one version has. Inside a list the item keeps its place and its content is wrapped (an
 * <li> cannot sit inside <ins>); elsewhere the block itself is wrapped, so a heading stays a heading.
 */
function marked(node: SafeNode, change: DiffChange, parent: string | null): SafeNode {
  if (typeof node !== "string" && (parent === "ul" || parent === "ol")) {
    return el(node.tag, [el(change, node.children, { class: "diff-block" })], { ...node.attrs, "data-change": change });
  }
  return el(change, [node], { class: "diff-block" });
}

function sameKind(a: SafeNode, b: SafeNode): a is SafeElement {
  return typeof a !== "string" && typeof b !== "string" && a.tag === b.tag && (CONTAINERS.has(a.tag) || TEXT_BLOCKS.has(a.tag));
}

/** Two lists of blocks, aligned on the blocks they share; the blocks between are paired by kind where they can be. */
function diffBlocks(before: SafeNode[], after: SafeNode[], parent: string | null, budget: Budget): SafeNode[] {
  const out: SafeNode[] = [];
  let i = 0;
  let j = 0;
  let removed: SafeNode[] = [];
  let added: SafeNode[] = [];
  const flush = () => {
    // Each removed block is paired, in order, with the added block of the same kind that shares most of its
    // words (a list or quote with any); a block with too little in common is shown removed and the other added.
    let next = 0;
    const addedWords = added.map(words);
    for (const old of removed) {
      if (budget.left < 0) {
        // Past the budget: each removed block beside the next added one, both whole, in the order they stood.
        out.push(marked(old, "del", parent));
        if (next < added.length) out.push(marked(added[next++]!, "ins", parent));
        continue;
      }
      let match = -1;
      let best = 0;
      const oldWords = words(old);
      added.forEach((node, index) => {
        if (index < next || !sameKind(old, node)) return;
        budget.left -= oldWords.length + addedWords[index]!.length;
        if (budget.left < 0) return;
        const score = similarity(oldWords, addedWords[index]!);
        if (match < 0 || score > best) [match, best] = [index, score];
      });
      if (match >= 0 && !LISTS.has((old as SafeElement).tag) && best < 0.3) match = -1;
      if (match < 0) {
        out.push(marked(old, "del", parent));
        continue;
      }
      for (const node of added.slice(next, match)) out.push(marked(node, "ins", parent));
      out.push(...changedBlock(old as SafeElement, added[match] as SafeElement, parent, budget));
      next = match + 1;
    }
    for (const node of added.slice(next)) out.push(marked(node, "ins", parent));
    removed = [];
    added = [];
  };
  for (const line of diffLines(before.map(key), after.map(key))) {
    if (line.kind === "same") {
      flush();
      out.push(after[j++]!);
      i++;
    } else if (line.kind === "removed") removed.push(before[i++]!);
    else added.push(after[j++]!);
  }
  flush();
  return out;
}

const LISTS = new Set(["ul", "ol", "blockquote"]);

function words(node: SafeNode): string[] {
  const text = typeof node === "string" ? node : node.children.map((child) => words(child).join(" ")).join(" ");
  return text.split(/\s+/).filter(Boolean);
}

/** The share of words two blocks have in common (0 to 1). */
function similarity(left: string[], right: string[]): number {
  if (!left.length && !right.length) return 1;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of right) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      common++;
      counts.set(word, n - 1);
    }
  }
  return common / Math.max(left.length, right.length);
}

/** One block of the same kind in both versions, changed inside; marked whole, removed and added, past the budget. */
function changedBlock(before: SafeElement, after: SafeElement, parent: string | null, budget: Budget): SafeNode[] {
  if (CONTAINERS.has(after.tag)) return [el(after.tag, diffBlocks(before.children, after.children, after.tag, budget), after.attrs)];
  const old = atoms(before.children);
  const now = atoms(after.children);
  budget.left -= old.length * now.length;
  if (budget.left < 0) return [marked(before, "del", parent), marked(after, "ins", parent)];
  return [el(after.tag, inlineOf(old, now), after.attrs)];
}

/** A word (or the space between words, or a line break) with the inline elements around it, outermost first. */
type Atom = { text: string | null; chain: SafeElement[]; signature: string };

function atoms(nodes: SafeNode[], chain: SafeElement[] = [], out: Atom[] = []): Atom[] {
  for (const node of nodes) {
    const signature = chain.map((e) => `${e.tag}${JSON.stringify(e.attrs)}`).join(">");
    if (typeof node === "string") {
      for (const word of node.split(/(\s+)/)) if (word) out.push({ text: word, chain, signature: `${signature}|${word}` });
    } else if (node.children.length === 0) {
      // A line break (or any empty element) counts as one word.
      out.push({ text: null, chain: [...chain, node], signature: `${signature}>${node.tag}${JSON.stringify(node.attrs)}|` });
    } else atoms(node.children, [...chain, node], out);
  }
  return out;
}

/**
 * Rebuilds inline content from words, reopening their formatting: consecutive words under the same link or
 * emphasis share one element again.
 */
function rebuild(list: Atom[]): SafeNode[] {
  const root: SafeNode[] = [];
  const open: { source: SafeElement; copy: SafeElement }[] = [];
  for (const atom of list) {
    const chain = atom.text === null ? atom.chain.slice(0, -1) : atom.chain;
    let shared = 0;
    while (shared < open.length && shared < chain.length && open[shared]!.source === chain[shared]) shared++;
    open.length = shared;
    for (const source of chain.slice(shared)) {
      const copy = el(source.tag, [], source.attrs);
      (open.at(-1)?.copy.children ?? root).push(copy);
      open.push({ source, copy });
    }
    const target = open.at(-1)?.copy.children ?? root;
    if (atom.text === null) target.push(atom.chain.at(-1)!);
    else if (typeof target.at(-1) === "string") target[target.length - 1] += atom.text;
    else target.push(atom.text);
  }
  return root;
}

/** Inline content word by word: runs of words only one version has are wrapped in <del> or <ins>. */
export function diffInline(before: SafeNode[], after: SafeNode[]): SafeNode[] {
  return inlineOf(atoms(before), atoms(after));
}

function inlineOf(old: Atom[], now: Atom[]): SafeNode[] {
  const runs: { kind: "same" | DiffChange; atoms: Atom[] }[] = [];
  let i = 0;
  let j = 0;
  for (const line of diffLines(old.map((a) => a.signature), now.map((a) => a.signature))) {
    const kind = line.kind === "same" ? "same" : line.kind === "removed" ? "del" : "ins";
    const atom = line.kind === "removed" ? old[i++]! : now[j++]!;
    if (line.kind === "same") i++;
    const last = runs.at(-1);
    if (last?.kind === kind) last.atoms.push(atom);
    else runs.push({ kind, atoms: [atom] });
  }
  return joinChanges(runs).flatMap((run) => (run.kind === "same" ? rebuild(run.atoms) : [el(run.kind, rebuild(run.atoms))]));
}

/**
 * Changes separated only by spaces read as one change ("published" → "changes again", not "changes", a kept
 * space, then "again"): each such stretch becomes one removal followed by one insertion.
 */
function joinChanges(runs: { kind: "same" | DiffChange; atoms: Atom[] }[]): { kind: "same" | DiffChange; atoms: Atom[] }[] {
  const out: { kind: "same" | DiffChange; atoms: Atom[] }[] = [];
  let removed: Atom[] = [];
  let inserted: Atom[] = [];
  const flush = () => {
    // A space both sides end with is kept, not struck through and inserted again.
    const kept: Atom[] = [];
    while (removed.length && inserted.length && removed.at(-1)!.text === inserted.at(-1)!.text && !removed.at(-1)!.text?.trim()) {
      removed.pop();
      kept.unshift(inserted.pop()!);
    }
    // Words only added (or only removed) start after the space before them, not with it.
    const side = removed.length && !inserted.length ? removed : inserted.length && !removed.length ? inserted : null;
    while (side?.length && side[0]!.text !== null && !side[0]!.text.trim()) out.push({ kind: "same", atoms: [side.shift()!] });
    if (removed.length) out.push({ kind: "del", atoms: removed });
    if (inserted.length) out.push({ kind: "ins", atoms: inserted });
    if (kept.length) out.push({ kind: "same", atoms: kept });
    removed = [];
    inserted = [];
  };
  runs.forEach((run, index) => {
    const spaces = run.atoms.every((atom) => atom.text !== null && !atom.text.trim());
    if (run.kind === "del") removed.push(...run.atoms);
    else if (run.kind === "ins") inserted.push(...run.atoms);
    else if (spaces && (removed.length || inserted.length) && index + 1 < runs.length) {
      removed.push(...run.atoms);
      inserted.push(...run.atoms);
    } else {
      flush();
      out.push(run);
    }
  });
  flush();
  return out;
}

/** Two plain texts (a headline, a standfirst) word by word. */
export function diffText(before: string, after: string): SafeNode[] {
  return diffInline(before ? [before] : [], after ? [after] : []);
}
