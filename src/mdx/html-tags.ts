import { JSX_ELEMENT_TYPES, walk, type MdastNode } from "./mdast.js";

export interface RemarkHtmlTagsOptions {
  /** Lower-case tags written as JSX (`<a href>`, `<p className>`) to render through the component map. */
  tags: readonly string[];
}

/**
 * Remark plugin: MDX renders tags written as JSX (`<a href="…">`) as plain DOM elements and gives
 * the component map only to Markdown syntax (`[text](url)`). That would let a raw `<a>` or `<img>`
 * skip the URL guard and the page's styles, so this routes the listed tags through the map as well.
 */
export function remarkHtmlTagsToComponents(options: RemarkHtmlTagsOptions) {
  const tags = new Set(options.tags);
  return (tree: MdastNode): void => {
    walk(tree, (node) => {
      if (!JSX_ELEMENT_TYPES.has(node.type) || !tags.has(node.name ?? "")) return;
      // Set by MDX itself (remark-mark-and-unravel) to keep explicit JSX away from the map.
      if (node.data) delete node.data._mdxExplicitJsx;
    });
  };
}
