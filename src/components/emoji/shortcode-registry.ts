// Where `:shortcode:` names are looked up. It starts empty so that the emoji data set is paid for
// only by sites that opt in (`import "staking-ui/emoji/register"`, or `registerEmojiShortcodes`
// from "staking-ui/emoji"). A module-level registry, not React context, keeps Emoji usable from
// server components.
type ShortcodeLookup = (name: string) => string | undefined;

const lookups: ShortcodeLookup[] = [];

/** Adds a way to resolve shortcode names (without colons) to emoji. Later lookups win. */
export function addShortcodeLookup(lookup: ShortcodeLookup): void {
  if (!lookups.includes(lookup)) lookups.unshift(lookup);
}

export function lookupShortcode(name: string): string | undefined {
  for (const lookup of lookups) {
    const emoji = lookup(name);
    if (emoji) return emoji;
  }
  return undefined;
}

const SHORTCODE = /^:([a-z0-9_+-]+):$/i;

/** The name inside `:name:`, or undefined when the text is not a shortcode. */
export function shortcodeName(text: string): string | undefined {
  return SHORTCODE.exec(text.trim())?.[1]?.toLowerCase();
}
