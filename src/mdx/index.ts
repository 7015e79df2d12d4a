// staking-ui/mdx: what a site needs to render ethereum.org-style staking pages. Kept apart from the
// main entry so that sites using only the components never load an MDX compiler.
// Loading it registers the Chinese and Arabic locale packs (see ./locales.ts).
import "./locales.js";

export { mdxComponents, type MdxComponents } from "./components.js";
export { markdownElements } from "./elements/index.js";
export type { MarkdownMessages } from "./elements/messages.js";
export { evaluatePage, type EvaluatePageOptions, type EvaluatedPage, type PageContentProps } from "./evaluate-page.js";
export { PageError } from "./page-error.js";
export {
  splitFrontmatter,
  parseFrontmatter,
  summaryPointsOf,
  buttonsOf,
  type PageFrontmatter,
  type PageButton,
} from "./frontmatter.js";
export {
  preprocessHeadingIds,
  remarkHeadingIds,
  type PageHeading,
  type RemarkHeadingIdsOptions,
} from "./heading-ids.js";
export { remarkEmojiAttributes, type RemarkEmojiAttributesOptions } from "./emoji-attributes.js";
export { remarkHtmlTagsToComponents, type RemarkHtmlTagsOptions } from "./html-tags.js";
export { stakingRemarkPlugins } from "./remark-plugins.js";
export { remarkContentSafety, checkPageSource, PAGE_LIMITS, BLOCKED_ELEMENTS } from "./safety.js";
export { MARKDOWN_TAGS, type MarkdownTag } from "./elements/tags.js";
export { UnknownComponent, type UnknownComponentProps } from "./unknown-component.js";
export { StakingPage, type StakingPageProps } from "./staking-page/staking-page.js";
export type { StakingPageMessages } from "./staking-page/messages.js";
