"use client";
import { forwardRef, useContext, type ComponentPropsWithoutRef, type ElementType } from "react";
import { devWarn, show } from "../lib/dev-warning.js";
import { safeHref } from "../lib/safe-href.js";
import { StakingUIContext } from "./context.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export interface SafeLinkProps extends ComponentPropsWithoutRef<"a"> {
  /** Destination. Site-relative paths go through the provider's `resolveHref` and `linkComponent`. */
  href?: string;
  /** Name of the component rendering the link, used in development warnings. */
  componentName?: string;
  /** Name of the prop the URL came from, used in development warnings. Default "href". */
  hrefProp?: string;
}

// Any scheme (http:, mailto:, tel:) or a protocol-relative start ("//", "/\"): the link leaves the site.
const LEAVES_SITE = /^([a-z][a-z\d+.-]*:|[/\\]{2})/i;

/**
 * The link every staking-ui component renders. Unsafe URLs never reach the DOM (the children are
 * rendered as text instead), links that leave the site get `rel="noopener noreferrer"`, and
 * site paths go through the provider's `resolveHref` and the site's router link.
 */
export const SafeLink = forwardRef<HTMLAnchorElement, SafeLinkProps>(function SafeLink(
  { href, componentName, hrefProp, rel, children, ...rest },
  ref,
) {
  const { linkComponent, resolveHref } = useContext(StakingUIContext);
  let url = safeHref(href);
  if (url === undefined) {
    if (process.env.NODE_ENV !== "production" && href !== undefined) devWarn(componentName ?? "SafeLink", `unsafe or empty \`${hrefProp ?? "href"}\` ${show(href)} was not rendered.`);
    // Not a link: the text stays, with the caller's attributes, but nothing that navigates.
    return (
      <span data-slot="link" {...rest} data-disabled="">
        {children}
      </span>
    );
  }
  // A site path is mapped by the site's resolver; its answer is used only if it is safe too.
  const sitePath = !LEAVES_SITE.test(url) && url[0] === "/";
  if (sitePath) url = safeHref(resolveHref(url)) ?? url;
  const external = LEAVES_SITE.test(url);
  const Link: ElementType = sitePath && !external && linkComponent ? linkComponent : "a";
  return (
    <Link
      ref={ref}
      href={url}
      rel={external ? `${rel ?? ""} noopener noreferrer`.trim() : rel}
      data-slot="link"
      data-external={external ? "" : undefined}
      {...rest}
    >
      {children}
    </Link>
  );
});
