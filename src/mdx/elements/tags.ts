// The HTML tags the mdx map styles. Kept apart from the components so the remark plugins (which
// run at build time, often in a config file) can use the list without loading React components.
export const MARKDOWN_TAGS = [
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "a",
  "img",
  "table",
  "p",
  "strong",
  "em",
  "ul",
  "ol",
  "li",
  "blockquote",
  "hr",
  "code",
  "pre",
] as const;

export type MarkdownTag = (typeof MARKDOWN_TAGS)[number];
