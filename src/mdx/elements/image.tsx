import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { cn } from "../../lib/cn.js";
import { devWarn, show } from "../../lib/dev-warning.js";
import { safeHref } from "../../lib/safe-href.js";
import { safeSrcSet } from "../../lib/safe-src-set.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export type MarkdownImageProps = ComponentPropsWithoutRef<"img">;

/**
 * A Markdown or raw `<img>`: loaded lazily and decoded off the main thread. An unsafe `src` renders
 * nothing; a missing `alt` warns (naming the prop) and the image is treated as decorative.
 */
export const MarkdownImage = forwardRef<HTMLImageElement, MarkdownImageProps>(function MarkdownImage(
  { src, srcSet, alt, loading = "lazy", decoding = "async", className, ...props },
  ref,
) {
  // `srcset` as written in raw HTML reaches here too; both spellings go through the URL guard.
  const { srcset, ...rest } = props as typeof props & { srcset?: unknown };
  const set = srcSet ?? srcset;
  const safeSet = set === undefined ? undefined : safeSrcSet(set);
  if (set !== undefined && safeSet === undefined) {
    process.env.NODE_ENV !== "production" && devWarn("Markdown image", `unsafe or empty \`srcSet\` ${show(set)} was not rendered.`);
  }
  const safe = safeHref(src);
  if (safe === undefined) {
    process.env.NODE_ENV !== "production" && devWarn("Markdown image", `unsafe or empty \`src\` ${show(src)} was not rendered.`);
    return null;
  }
  if (typeof alt !== "string") {
    process.env.NODE_ENV !== "production" && devWarn("Markdown image", `\`alt\` is missing for ${JSON.stringify(safe)}; rendered as decorative (alt="").`);
  }
  return (
    <img
      ref={ref}
      src={safe}
      srcSet={safeSet}
      alt={typeof alt === "string" ? alt : ""}
      loading={loading}
      decoding={decoding}
      data-slot="image"
      className={cn("sui-md-image", className)}
      {...rest}
    />
  );
});
