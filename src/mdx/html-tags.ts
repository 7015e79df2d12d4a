import { MARKDOWN_TAGS } from "./elements/tags.js";
import { JSX_ELEMENT_TYPES, walk, type MdastNode } from "./mdast.js";

export interface RemarkHtmlTagsOptions {
  /**
   * Lower-case tags written as JSX (`<a href>`, `<p className>`) to render through the component
   * map. Default: every tag `mdxComponents` styles.
   */
  tags?: readonly string[];
  /**
   * Tags and components whose content is a line of text, not blocks. Default: the HTML phrasing
   * tags (p, h1–h6, a, em, strong, span, b, i, small) and ButtonLink.
   */
  phrasing?: readonly string[];
}

const PHRASING_TAGS = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "em", "strong", "span", "b", "i", "small", "ButtonLink"];

/**
 * Remark plugin that makes HTML tags written as JSX behave as they would in HTML:
 * - MDX renders them as plain DOM elements and gives the component map only to Markdown syntax
 *   (`[text](url)`). That would let a raw `<a>` or `<img>` skip the URL guard and the page's
 *   styles, so the listed tags are routed through the map as well.
 * - Text on its own lines inside `<p>…</p>` or `<ButtonLink>…</ButtonLink>` is read by MDX as a
 *   paragraph, which would nest a `<p>` in a `<p>` or put one inside a button; such paragraphs are
 *   unwrapped into the enclosing tag.
 */
export function remarkHtmlTagsToComponents(options: RemarkHtmlTagsOptions = {}) {
  const tags = new Set<string>(options.tags ?? MARKDOWN_TAGS);
  const phrasing = new Set(options.phrasing ?? PHRASING_TAGS);
  return (tree: MdastNode): void => {
    walk(tree, (node) => {
      if (!JSX_ELEMENT_TYPES.has(node.type) || !node.name) return;
      // Set by MDX itself (remark-mark-and-unravel) to keep explicit JSX away from the map.
      if (tags.has(node.name) && node.data) delete node.data._mdxExplicitJsx;
      if (phrasing.has(node.name) && Array.isArray(node.children)) node.children = unwrapParagraphs(node.children);
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
