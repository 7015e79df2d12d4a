import { JSX_ELEMENT_TYPES, walk, type MdastNode } from "./mdast.js";

export interface RemarkHtmlTagsOptions {
  /** Lower-case tags written as JSX (`<a href>`, `<p className>`) to render through the component map. */
  tags: readonly string[];
}

// Tags whose content is phrasing only: a paragraph inside one would be invalid HTML.
const PHRASING_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "em", "strong", "span", "b", "i", "small"]);

/**
 * Remark plugin that makes HTML tags written as JSX behave as they would in HTML:
 * - MDX renders them as plain DOM elements and gives the component map only to Markdown syntax
 *   (`[text](url)`). That would let a raw `<a>` or `<img>` skip the URL guard and the page's
 *   styles, so the listed tags are routed through the map as well.
 * - Text on its own lines inside `<p>…</p>` is read by MDX as a paragraph, which would nest a `<p>`
 *   in a `<p>`; such paragraphs are unwrapped into the enclosing tag.
 */
export function remarkHtmlTagsToComponents(options: RemarkHtmlTagsOptions) {
  const tags = new Set(options.tags);
  return (tree: MdastNode): void => {
    walk(tree, (node) => {
      if (!JSX_ELEMENT_TYPES.has(node.type) || !node.name) return;
      // Set by MDX itself (remark-mark-and-unravel) to keep explicit JSX away from the map.
      if (tags.has(node.name) && node.data) delete node.data._mdxExplicitJsx;
      if (PHRASING_TAGS.has(node.name) && Array.isArray(node.children)) node.children = unwrapParagraphs(node.children);
    });
  };
}

function unwrapParagraphs(children: MdastNode[]): MdastNode[] {
  if (!children.some((child) => child.type === "paragraph")) return children;
  const result: MdastNode[] = [];
  for (const child of children) {
    if (child.type !== "paragraph") result.push(child);
    else {
      if (result.length > 0) result.push({ type: "text", value: " " });
      result.push(...(child.children ?? []));
    }
  }
  return result;
}
