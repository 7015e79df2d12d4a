import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { cn } from "../../lib/cn.js";
import { devWarn, show } from "../../lib/dev-warning.js";
import { lookupShortcode, shortcodeName } from "./shortcode-registry.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export interface EmojiProps extends Omit<ComponentPropsWithoutRef<"span">, "children"> {
  /** A native emoji ("🐟") or a GitHub-style shortcode (":stopwatch:"). */
  text: string;
  /** Accessible name. Without one the emoji is decorative and hidden from assistive technology. */
  label?: string;
}

/** Resolves the text to show: native emoji pass through, known shortcodes become their emoji. */
export function resolveEmoji(text: string): { value: string; resolved: boolean } {
  const name = shortcodeName(text);
  if (name === undefined) return { value: text, resolved: true };
  const emoji = lookupShortcode(name);
  return emoji ? { value: emoji, resolved: true } : { value: text, resolved: false };
}

/**
 * An emoji, native or from a `:shortcode:`. Shortcodes resolve once the emoji data is registered
 * (see "staking-ui/emoji"); an unknown one is shown as its text with a development warning.
 */
export const Emoji = forwardRef<HTMLSpanElement, EmojiProps>(function Emoji({ text, label, className, ...rest }, ref) {
  if (typeof text !== "string" || text.trim() === "") {
    process.env.NODE_ENV !== "production" && devWarn("Emoji", `\`text\` must be a non-empty string; received ${show(text)}.`);
    return null;
  }
  const { value, resolved } = resolveEmoji(text);
  if (!resolved) {
    process.env.NODE_ENV !== "production" && devWarn(
      "Emoji",
      `unknown shortcode ${show(text)} in \`text\`; shown as text. Register the emoji data with \`import "staking-ui/emoji/register"\`.`,
    );
  }
  const labelled = typeof label === "string" && label !== "";
  return (
    <span
      ref={ref}
      data-slot="emoji"
      data-unresolved={resolved ? undefined : ""}
      className={cn("sui-emoji", className)}
      role={labelled ? "img" : undefined}
      aria-label={labelled ? label : undefined}
      aria-hidden={labelled ? undefined : true}
      {...rest}
    >
      {value}
    </span>
  );
});
