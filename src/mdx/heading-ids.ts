import GithubSlugger from "github-slugger";
import { walk, type MdastNode, type MdastParent } from "./mdast.js";

/** One entry of a page's outline. */
export interface PageHeading {
  /** 1 for `#`, 2 for `##`, … */
  level: number;
  /** The explicit `{#id}`, or a GitHub-style slug of the text, unique within the page. */
  id: string;
  /** The heading's plain text, without the `{#id}`. */
  text: string;
}

// `{#id}` at the end of an ATX heading line. The lookbehind leaves an already escaped `\{#id}` alone
// so running the pre-pass twice changes nothing.
const HEADING_ID_LINE = /^( {0,3}#{1,6}(?:[ \t].*?)?)(?<!\\)\{#([^\s{}]+)\}([ \t]*#*[ \t]*\r?)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TRAILING_ID = /[ \t]*\\?\{#([^\s{}]+)\}[ \t]*$/;

/**
 * Makes `## Title {#id}` lines acceptable to MDX, which would otherwise read `{#id}` as a JavaScript
 * expression and fail. The brace is escaped (`\{#id}`), so the heading keeps `{#id}` as text and
 * {@link remarkHeadingIds} turns it into the heading's id. Fenced code and YAML frontmatter are left
 * untouched. Line and column numbers before the id do not move.
 */
export function preprocessHeadingIds(source: string): string {
  const lines = source.split("\n");
  let fence: string | undefined;
  let index = 0;
  if (lines[0]?.trimEnd() === "---") {
    const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
    if (close > 0) index = close + 1;
  }
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      // A fence closes with the same character, at least as long, and nothing after it.
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    lines[index] = line.replace(HEADING_ID_LINE, "$1\\{#$2}$3");
  }
  return lines.join("\n");
}

export interface RemarkHeadingIdsOptions {
  /** Receives the page's outline once the tree has been processed. */
  onHeadings?: (headings: PageHeading[]) => void;
}

/**
 * Remark plugin: gives every heading an id. A trailing `{#id}` (escaped or not) is removed from the
 * text and becomes the id; other headings get a slug of their text that does not collide with any
 * id on the page. The ids reach the HTML through `data.hProperties`.
 */
export function remarkHeadingIds(options: RemarkHeadingIdsOptions = {}) {
  return (tree: MdastNode): void => {
    const found: Array<{ node: MdastParent; id: string | undefined }> = [];
    walk(tree, (node) => {
      if (node.type === "heading" && Array.isArray(node.children)) found.push({ node: node as MdastParent, id: takeExplicitId(node as MdastParent) });
    });
    const explicit = new Set(found.flatMap((entry) => (entry.id ? [entry.id] : [])));
    const slugger = new GithubSlugger();
    const headings: PageHeading[] = found.map(({ node, id }) => {
      const text = plainText(node).trim();
      let finalId = id;
      if (finalId === undefined) {
        do finalId = slugger.slug(text || "section");
        while (explicit.has(finalId));
      }
      const data = (node.data ??= {});
      data.hProperties = { ...(data.hProperties as object | undefined), id: finalId };
      return { level: Number(node.depth) || 1, id: finalId, text };
    });
    options.onHeadings?.(headings);
  };
}

function takeExplicitId(heading: MdastParent): string | undefined {
  const last = heading.children.at(-1);
  if (!last || last.type !== "text" || typeof last.value !== "string") return undefined;
  const match = TRAILING_ID.exec(last.value);
  if (!match) return undefined;
  last.value = last.value.slice(0, match.index).replace(/[ \t]+$/, "");
  if (last.value === "") heading.children.pop();
  return match[1];
}

/** The text a reader sees: text, inline code and image alts, without markup. */
export function plainText(node: MdastNode): string {
  if (typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) return node.value;
  if (node.type === "image" && typeof node.alt === "string") return node.alt;
  return Array.isArray(node.children) ? node.children.map(plainText).join("") : "";
}
