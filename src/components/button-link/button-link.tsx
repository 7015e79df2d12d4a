"use client";
import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { cn } from "../../lib/cn.js";
import { DEV, devWarn, show } from "../../lib/dev-warning.js";
import { SafeLink } from "../../provider/safe-link.js";
import { BUTTON_LINK_SIZES, BUTTON_LINK_VARIANTS, type ButtonLinkSize, type ButtonLinkVariant } from "./button-link.variants.js";

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

function pick<T extends string>(prop: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined || allowed.includes(value as T)) return (value as T | undefined) ?? fallback;
  DEV && devWarn("ButtonLink", `unknown \`${prop}\` ${show(value)}; expected one of ${allowed.join(", ")}. Using "${fallback}".`);
  return fallback;
}

/** A link styled as a button, for calls to action. Renders through SafeLink. */
export const ButtonLink = forwardRef<HTMLAnchorElement, ButtonLinkProps>(function ButtonLink(
  { href, to, variant, size, isSecondary = false, className, children, ...rest },
  ref,
) {
  const tone = pick("variant", variant, BUTTON_LINK_VARIANTS, "solid");
  const scale = pick("size", size, BUTTON_LINK_SIZES, "md");
  const destination = href ?? to;
  if (DEV) {
    if (href !== undefined && to !== undefined && href !== to)
      devWarn("ButtonLink", `both \`href\` and \`to\` were given; using \`href\` ${show(href)}.`);
    if (destination === undefined) devWarn("ButtonLink", "needs an `href` (or `to`); rendered as text without a link.");
  }
  return (
    <SafeLink
      ref={ref}
      href={destination}
      componentName="ButtonLink"
      hrefProp={href !== undefined ? "href" : "to"}
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
