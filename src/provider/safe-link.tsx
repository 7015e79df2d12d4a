"use client";
import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { DEV, devWarn } from "../lib/dev-warning.js";
import { isExternalHref, safeHref } from "../lib/safe-href.js";
import { useStakingUI } from "./hooks.js";

export interface SafeLinkProps extends ComponentPropsWithoutRef<"a"> {
  /** Destination. Site-relative paths go through the provider's `resolveHref` and `linkComponent`. */
  href?: string;
  /** Name of the component rendering the link, used in development warnings. */
  componentName?: string;
  /** Name of the prop the URL came from, used in development warnings. Default "href". */
  hrefProp?: string;
}

/**
 * The link every staking-ui component renders. Unsafe URLs never reach the DOM (the children are
 * rendered as text instead), external URLs get `rel="noopener noreferrer"`, and internal paths use
 * the site's router link when the provider has one.
 */
export const SafeLink = forwardRef<HTMLAnchorElement, SafeLinkProps>(function SafeLink(
  { href, componentName = "SafeLink", hrefProp = "href", rel, children, ...rest },
  ref,
) {
  const { linkComponent: RouterLink, resolveHref } = useStakingUI();
  const safe = safeHref(href);
  if (safe === undefined) {
    if (href !== undefined) DEV && devWarn(componentName, `unsafe or empty \`${hrefProp}\` ${JSON.stringify(href)} was not rendered.`);
    // Not a link: the text stays, with the caller's attributes, but nothing that navigates.
    return (
      <span data-slot="link" {...rest} data-disabled="">
        {children}
      </span>
    );
  }
  const leavesSite = isExternalHref(safe) || /^(mailto|tel):/i.test(safe);
  const resolved = !leavesSite && safe.startsWith("/") ? safeHref(resolveHref(safe)) ?? safe : safe;
  // A site's resolver may turn a path into a protocol-relative URL ("//host"): another site, then.
  if (leavesSite || (isExternalHref(resolved) && !/^https?:/i.test(resolved))) {
    const relTokens = new Set(`${rel ?? ""} noopener noreferrer`.trim().split(/\s+/));
    return (
      <a ref={ref} href={resolved} rel={[...relTokens].join(" ")} data-slot="link" data-external="" {...rest}>
        {children}
      </a>
    );
  }
  if (RouterLink && resolved.startsWith("/")) {
    return (
      <RouterLink href={resolved} rel={rel} data-slot="link" ref={ref} {...rest}>
        {children}
      </RouterLink>
    );
  }
  return (
    <a ref={ref} href={resolved} rel={rel} data-slot="link" {...rest}>
      {children}
    </a>
  );
});
