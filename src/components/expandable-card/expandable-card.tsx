"use client";
import * as Collapsible from "@radix-ui/react-collapsible";
import { forwardRef, useId, useState, type ComponentPropsWithoutRef, type ReactNode } from "react";
import type { Direction } from "../../i18n/direction.js";
import { cn } from "../../lib/cn.js";
import { devWarn } from "../../lib/dev-warning.js";
import { headingTag, type HeadingLevel } from "../../lib/heading.js";
import { useLocaleDirection, useMessages } from "../../provider/hooks.js";
import { expandableCardMessages, type ExpandableCardMessages } from "./messages.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export interface ExpandableCardProps
  extends Omit<ComponentPropsWithoutRef<"div">, "title" | "dir"> {
  /** The question or heading, always visible. Phrasing content only: it sits inside a button. */
  title: ReactNode;
  /**
   * A short summary under the title. Phrasing content only. Screen readers get it as the button's
   * description rather than as part of its name.
   */
  contentPreview?: ReactNode;
  /** A decorative icon or emoji at the start of the header; hidden from assistive technology. */
  icon?: ReactNode;
  /** Open on first render when uncontrolled. Default false. */
  defaultOpen?: boolean;
  /** Controlled open state. Pair with `onOpenChange`. */
  open?: boolean;
  /** Called with the new state whenever the reader opens or closes the card (useful for analytics). */
  onOpenChange?: (open: boolean) => void;
  /** Level of the heading that wraps the toggle button. Default 3. */
  headingLevel?: HeadingLevel;
  /** Locale of the built-in "More"/"Less" text. Default: the provider's locale. */
  locale?: string;
  /** Text direction. Default: from `locale`, else the provider's. */
  dir?: Direction;
  /** Overrides for the built-in strings. */
  messages?: Partial<ExpandableCardMessages>;
  /** The body shown when open: any content (Markdown, paragraphs, links, buttons). */
  children?: ReactNode;
}

/**
 * A card whose body opens and closes: a heading wraps the toggle button, the body is a region
 * labelled by the title, and the open state can be controlled.
 *
 * Built on Radix Collapsible, the primitive each Radix Accordion item is made of. A card is one
 * item on its own, so an accordion's roving focus between items has nothing to do, while its
 * item collection would cost 6 kB gzipped of the card's 10 kB budget.
 */
export const ExpandableCard = forwardRef<HTMLDivElement, ExpandableCardProps>(function ExpandableCard(
  {
    title,
    contentPreview,
    icon,
    defaultOpen = false,
    open,
    onOpenChange,
    headingLevel,
    locale: localeProp,
    dir: dirProp,
    messages: messagesProp,
    className,
    children,
    ...rest
  },
  ref,
) {
  const { locale, dirAttribute } = useLocaleDirection(localeProp, dirProp);
  const text = useMessages("ExpandableCard", expandableCardMessages, locale, messagesProp);
  const Heading = headingTag("ExpandableCard", headingLevel, 3);
  const [uncontrolledOpen, setUncontrolledOpen] = useState(defaultOpen === true);
  const controlled = open !== undefined;
  const isOpen = controlled ? open === true : uncontrolledOpen;
  const state = isOpen ? "open" : "closed";
  const id = useId();
  const titleId = `${id}-title`;
  const previewId = `${id}-preview`;
  const hasPreview = contentPreview != null && contentPreview !== "";
  if (title == null || title === "" || title === false) {
    process.env.NODE_ENV !== "production" && devWarn("ExpandableCard", "needs a `title`: it names the toggle button and the body's region.");
  }

  return (
    <Collapsible.Root
      ref={ref}
      open={isOpen}
      onOpenChange={(next) => {
        if (!controlled) setUncontrolledOpen(next);
        onOpenChange?.(next);
      }}
      dir={dirAttribute}
      data-slot="expandable-card"
      className={cn("sui-root sui-expandable-card", className)}
      {...rest}
    >
      <Heading className="sui-expandable-card__heading" data-slot="expandable-card-heading">
        <Collapsible.Trigger
          className="sui-expandable-card__trigger"
          data-slot="expandable-card-trigger"
          // The preview is the button's description, not part of its name, so a screen reader's
          // list of buttons stays short: hidden from the name, referenced here.
          aria-describedby={hasPreview ? previewId : undefined}
        >
          {icon != null && icon !== false ? (
            <span className="sui-expandable-card__icon" data-slot="expandable-card-icon" aria-hidden="true">
              {icon}
            </span>
          ) : null}
          <span className="sui-expandable-card__summary" data-slot="expandable-card-summary">
            <span id={titleId} className="sui-expandable-card__title" data-slot="expandable-card-title">
              {title}
            </span>
            {hasPreview ? (
              <span id={previewId} className="sui-expandable-card__preview" data-slot="expandable-card-preview" aria-hidden="true">
                {contentPreview}
              </span>
            ) : null}
          </span>
          {/* Keeps "Title More" two words in the name even without the stylesheet. */}
          {" "}
          <span className="sui-expandable-card__indicator" data-slot="expandable-card-indicator" data-state={state}>
            <span>{isOpen ? text.less : text.more}</span>
            <span className="sui-expandable-card__chevron" aria-hidden="true" />
          </span>
        </Collapsible.Trigger>
      </Heading>
      <Collapsible.Content
        className="sui-expandable-card__content"
        data-slot="expandable-card-content"
        role="region"
        aria-labelledby={titleId}
      >
        <div className="sui-expandable-card__body" data-slot="expandable-card-body">
          {children}
        </div>
      </Collapsible.Content>
    </Collapsible.Root>
  );
});
