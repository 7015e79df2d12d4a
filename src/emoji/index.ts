// The opt-in emoji data: GitHub's shortcode set from the `gemoji` package. Importing this entry is
// what costs a site the data; the main entry never does.
import { gemoji } from "gemoji";
import { addShortcodeLookup } from "../components/emoji/shortcode-registry.js";

let table: Map<string, string> | undefined;

function shortcodeTable(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const entry of gemoji) for (const name of entry.names) table.set(name, entry.emoji);
  }
  return table;
}

/** The emoji for a shortcode name, with or without colons: "stopwatch" or ":stopwatch:" → "⏱️". */
export function emojiFromShortcode(shortcode: string): string | undefined {
  return shortcodeTable().get(shortcode.replace(/^:|:$/g, "").toLowerCase());
}

/** Makes every `<Emoji>` (and Card, AlertEmoji…) resolve GitHub shortcodes. Safe to call twice. */
export function registerEmojiShortcodes(): void {
  addShortcodeLookup(lookupGemoji);
}

function lookupGemoji(name: string): string | undefined {
  return shortcodeTable().get(name);
}

/** Replaces every `:shortcode:` in a string whose name is known; unknown ones are left as typed. */
export function replaceShortcodes(text: string): string {
  return text.replace(/:([a-z0-9_+-]+):/gi, (match, name: string) => shortcodeTable().get(name.toLowerCase()) ?? match);
}
