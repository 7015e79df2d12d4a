import { remarkEmojiAttributes } from "./emoji-attributes.js";
import { remarkHeadingIds } from "./heading-ids.js";
import { remarkHtmlTagsToComponents } from "./html-tags.js";

/**
 * The remark plugins a staking page needs in any MDX pipeline, after remark-gfm: heading ids,
 * compile-time emoji shortcodes, and raw HTML tags routed through `mdxComponents`. Run the source
 * through `preprocessHeadingIds` first so MDX accepts `## Title {#id}`.
 */
export const stakingRemarkPlugins = [remarkHeadingIds, remarkEmojiAttributes, remarkHtmlTagsToComponents] as const;
