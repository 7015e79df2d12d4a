import { forwardRef } from "react";
import { cn } from "../../lib/cn.js";
import { SafeLink, type SafeLinkProps } from "../../provider/safe-link.js";

export type MarkdownLinkProps = Omit<SafeLinkProps, "componentName">;

/**
 * A Markdown or raw `<a>` link. It goes through SafeLink: unsafe URLs are dropped (the text stays),
 * external links get `rel="noopener noreferrer"`, internal paths use the site's router link.
 */
export const MarkdownLink = forwardRef<HTMLAnchorElement, MarkdownLinkProps>(function MarkdownLink(
  { className, ...rest },
  ref,
) {
  return <SafeLink ref={ref} componentName="Markdown link" className={cn("sui-md-link", className)} {...rest} />;
});
