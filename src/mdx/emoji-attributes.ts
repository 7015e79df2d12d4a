import { JSX_ELEMENT_TYPES, walk, type MdastNode } from "./mdast.js";

export interface RemarkEmojiAttributesOptions {
  /** JSX attributes whose value may be a shortcode. Default: `emoji` (Card) and `text` (AlertEmoji). */
  attributes?: readonly string[];
}

const DEFAULT_ATTRIBUTES = ["emoji", "text"];
const SHORTCODE = /^\s*:([a-z0-9_+-]+):\s*$/i;

/**
 * Remark plugin: resolves `emoji=":stopwatch:"` and `text=":bulb:"` on JSX tags to the emoji itself
 * while compiling, so the page shows emoji without the site registering the shortcode data.
 * Only attributes whose whole value is one known shortcode change; anything else stays as written.
 * The transform is asynchronous (it loads the emoji data only when a page has a shortcode), which
 * every MDX compiler supports.
 */
export function remarkEmojiAttributes(options: RemarkEmojiAttributesOptions = {}) {
  const names = new Set(options.attributes ?? DEFAULT_ATTRIBUTES);
  return async (tree: MdastNode): Promise<void> => {
    const targets: Array<{ value?: unknown }> = [];
    walk(tree, (node) => {
      if (!JSX_ELEMENT_TYPES.has(node.type)) return;
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== "mdxJsxAttribute" || !names.has(attribute.name ?? "")) continue;
        if (typeof attribute.value === "string" && SHORTCODE.test(attribute.value)) targets.push(attribute);
      }
    });
    if (targets.length === 0) return;
    const resolve = await shortcodeResolver();
    for (const attribute of targets) attribute.value = resolve(attribute.value as string);
  };
}

/**
 * A function that turns ":money_with_wings:" into "💸" and returns anything that is not exactly one
 * known shortcode unchanged. Loads the emoji data on first use.
 */
export async function shortcodeResolver(): Promise<(value: string) => string> {
  const { emojiFromShortcode } = await import("../emoji/index.js");
  return (value) => {
    const name = SHORTCODE.exec(value)?.[1];
    return (name && emojiFromShortcode(name)) || value;
  };
}
