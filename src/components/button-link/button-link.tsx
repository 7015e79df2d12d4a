"use client";
import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { cn } from "../../lib/cn.js";
import { devWarn, show } from "../../lib/dev-warning.js";
import { SafeLink } from "../../provider/safe-link.js";
import { BUTTON_LINK_SIZES, BUTTON_LINK_VARIANTS, type ButtonLinkSize, type ButtonLinkVariant } from "./button-link.variants.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export interface ButtonLinkProps extends Omit<ComponentPropsWithoutRef<"a">, "href"> {
  /**
   * Destination. Site-relative paths ("/staking/withdrawals/") go through the provider's
   * `resolveHref` and `linkComponent`; unsafe URLs (javascript:, data:, vbscript:) are never rendered.
   */
  href?: string;
  /** Alias of `href`, as some content writes it. `href` wins when both are given. */
  to?: string;
  /** Visual style. Default "solid". */
  variant?: ButtonLinkVariant;
  /** Size; md and lg are at least 44px tall. Default "md". */
  size?: ButtonLinkSize;
  /** Quieter, neutral colours for a second action beside a primary one. */
  isSecondary?: boolean;
}

function warnUnknown(prop: string, value: unknown, allowed: readonly string[], used: string): void {
  if (value !== undefined && value !== used)
    devWarn("ButtonLink", `unknown \`${prop}\` ${show(value)}; expected one of ${allowed.join(", ")}. Using "${used}".`);
}

/** A link styled as a button, for calls to action. Renders through SafeLink. */
export const ButtonLink = forwardRef<HTMLAnchorElement, ButtonLinkProps>(function ButtonLink(
  { href, to, variant, size, isSecondary = false, className, children, ...rest },
  ref,
) {
  const tone = BUTTON_LINK_VARIANTS.includes(variant!) ? variant! : "solid";
  const scale = BUTTON_LINK_SIZES.includes(size!) ? size! : "md";
  const destination = href ?? to;
  if (process.env.NODE_ENV !== "production") {
    warnUnknown("variant", variant, BUTTON_LINK_VARIANTS, tone);
    warnUnknown("size", size, BUTTON_LINK_SIZES, scale);
    if (href !== undefined && to !== undefined && href !== to)
      devWarn("ButtonLink", `both \`href\` and \`to\` were given; using \`href\` ${show(href)}.`);
    if (destination === undefined) devWarn("ButtonLink", "needs an `href` (or `to`); rendered as text without a link.");
  }
  return (
    <SafeLink
      ref={ref}
      href={destination}
      // Only warnings read these, so production builds do not carry them.
      {...(process.env.NODE_ENV !== "production" ? { componentName: "ButtonLink", hrefProp: href !== undefined ? "href" : "to" } : null)}
      className={cn("sui-root sui-focus-ring sui-button-link", className)}
      data-slot="button-link"
      data-variant={tone}
      data-size={scale}
      data-secondary={isSecondary === true ? "" : undefined}
      {...rest}
    >
      {children}
    </SafeLink>
  );
});
