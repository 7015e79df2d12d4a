"use client";
import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { formatMessage } from "../i18n/messages.js";
import { cn } from "../lib/cn.js";
import { devWarn } from "../lib/dev-warning.js";
import { useLocaleDirection, useMessages } from "../provider/hooks.js";
import { markdownMessages } from "./elements/messages.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export interface UnknownComponentProps extends ComponentPropsWithoutRef<"span"> {
  /** The tag the page used, e.g. "StakingFoo". */
  component: string;
}

/**
 * What a page shows for a tag it has no component for: a visible, labelled box naming the tag, with
 * the tag's children still rendered inside so no content is lost. A `span` (styled as a block) so it
 * is valid both between paragraphs and inside one.
 */
export const UnknownComponent = forwardRef<HTMLSpanElement, UnknownComponentProps>(function UnknownComponent(
  { component, className, children, ...rest },
  ref,
) {
  const { locale } = useLocaleDirection();
  const text = useMessages("Markdown", markdownMessages, locale);
  process.env.NODE_ENV !== "production" && devWarn(
    "evaluatePage",
    `no component for <${String(component)}>; a placeholder is rendered. Pass one in \`components\`, or set \`onUnknownComponent: "throw"\` to fail instead.`,
  );
  return (
    <span
      ref={ref}
      data-slot="unknown-component"
      data-component={component}
      className={cn("sui-unknown-component", className)}
      {...rest}
    >
      <span data-slot="unknown-component-label" className="sui-unknown-component__label">
        {formatMessage(text.unknownComponent, { name: component })}
      </span>
      {children}
    </span>
  );
});
