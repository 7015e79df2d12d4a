import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { cn } from "../../lib/cn.js";
import { devWarn, show } from "../../lib/dev-warning.js";
import { headingTag, type HeadingLevel } from "../../lib/heading.js";
import { Emoji, type EmojiProps } from "../emoji/emoji.js";
import { ALERT_VARIANTS, alertVariants, type AlertVariant } from "./alert.variants.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

// The parts are marked pure so that a bundler drops those a page never uses: AlertEmoji alone
// brings in Emoji and its shortcode registry.

export interface AlertProps extends ComponentPropsWithoutRef<"div"> {
  /** Colour and meaning of the alert. Default "info". */
  variant?: AlertVariant;
  /**
   * Makes the alert a live region, for alerts that appear while the reader is on the page:
   * "polite" (role="status") waits for a pause, "assertive" (role="alert") interrupts.
   * Leave unset for alerts that are part of the page's content: those must not be announced.
   */
  live?: "polite" | "assertive";
}

function liveProps(live: unknown) {
  if (live === undefined) return undefined;
  if (live === "polite") return { role: "status", "aria-live": "polite" } as const;
  if (live === "assertive") return { role: "alert", "aria-live": "assertive" } as const;
  process.env.NODE_ENV !== "production" && devWarn("Alert", `unknown \`live\` ${show(live)}; expected "polite" or "assertive". The alert is not a live region.`);
  return undefined;
}

/** A highlighted note: an emoji at the start and content beside it. Server-safe. */
export const Alert = /* @__PURE__ */ forwardRef<HTMLDivElement, AlertProps>(function Alert({ variant, live, className, ...rest }, ref) {
  let tone: AlertVariant = "info";
  if ((ALERT_VARIANTS as readonly unknown[]).includes(variant)) tone = variant as AlertVariant;
  else if (variant !== undefined)
    process.env.NODE_ENV !== "production" && devWarn(
      "Alert",
      `unknown \`variant\` ${show(variant)}; expected one of ${ALERT_VARIANTS.map((v) => `"${v}"`).join(", ")}. Using "info".`,
    );
  return (
    <div
      ref={ref}
      data-slot="alert"
      data-variant={tone}
      className={cn(alertVariants({ variant: tone }), className)}
      {...liveProps(live)}
      {...rest}
    />
  );
});

export type AlertEmojiProps = Omit<EmojiProps, "label">;

/** The alert's emoji, native ("💡") or a shortcode (":bulb:"). Decorative: hidden from assistive technology. */
export const AlertEmoji = /* @__PURE__ */ forwardRef<HTMLSpanElement, AlertEmojiProps>(function AlertEmoji({ className, ...rest }, ref) {
  return <Emoji ref={ref} data-slot="alert-emoji" className={cn("sui-alert__emoji", className)} {...rest} />;
});

export type AlertContentProps = ComponentPropsWithoutRef<"div">;

/** Holds the title and description, beside the emoji. */
export const AlertContent = /* @__PURE__ */ forwardRef<HTMLDivElement, AlertContentProps>(function AlertContent({ className, ...rest }, ref) {
  return <div ref={ref} data-slot="alert-content" className={cn("sui-alert__content", className)} {...rest} />;
});

export interface AlertTitleProps extends ComponentPropsWithoutRef<"div"> {
  /**
   * Renders the title as a heading of this level (1–6). Unset, it is emphasised text without a
   * heading role, so alerts do not add entries to the page's outline.
   */
  headingLevel?: HeadingLevel;
}

/** The alert's title. */
export const AlertTitle = /* @__PURE__ */ forwardRef<HTMLDivElement, AlertTitleProps>(function AlertTitle(
  { headingLevel, className, ...rest },
  ref,
) {
  const Tag = headingLevel === undefined ? "div" : headingTag("AlertTitle", headingLevel, 3);
  return <Tag ref={ref} data-slot="alert-title" className={cn("sui-alert__title", className)} {...rest} />;
});

export type AlertDescriptionProps = ComponentPropsWithoutRef<"div">;

/** The alert's body: text, paragraphs, links or buttons. */
export const AlertDescription = /* @__PURE__ */ forwardRef<HTMLDivElement, AlertDescriptionProps>(function AlertDescription(
  { className, ...rest },
  ref,
) {
  return <div ref={ref} data-slot="alert-description" className={cn("sui-alert__description", className)} {...rest} />;
});
