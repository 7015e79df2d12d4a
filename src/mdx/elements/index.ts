import type { ElementType } from "react";
import type { MarkdownTag } from "./tags.js";
import {
  MarkdownBlockquote,
  MarkdownCode,
  MarkdownEmphasis,
  MarkdownList,
  MarkdownListItem,
  MarkdownOrderedList,
  MarkdownParagraph,
  MarkdownPre,
  MarkdownRule,
  MarkdownStrong,
} from "./elements.js";
import { MarkdownH1, MarkdownH2, MarkdownH3, MarkdownH4, MarkdownH5, MarkdownH6 } from "./heading.js";
import { MarkdownImage } from "./image.js";
import { MarkdownLink } from "./link.js";
import { MarkdownTable } from "./table.js";

/** The styled Markdown elements, keyed by the HTML tag MDX renders them as. */
export const markdownElements = {
  h1: MarkdownH1,
  h2: MarkdownH2,
  h3: MarkdownH3,
  h4: MarkdownH4,
  h5: MarkdownH5,
  h6: MarkdownH6,
  a: MarkdownLink,
  img: MarkdownImage,
  table: MarkdownTable,
  p: MarkdownParagraph,
  strong: MarkdownStrong,
  em: MarkdownEmphasis,
  ul: MarkdownList,
  ol: MarkdownOrderedList,
  li: MarkdownListItem,
  blockquote: MarkdownBlockquote,
  hr: MarkdownRule,
  code: MarkdownCode,
  pre: MarkdownPre,
} satisfies Record<MarkdownTag, ElementType>;
