"use client";
import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { LinkIcon } from "../../icons/icons.js";
import { cn } from "../../lib/cn.js";
import type { HeadingLevel } from "../../lib/heading.js";
import { useLocaleDirection, useMessages } from "../../provider/hooks.js";
import { markdownMessages, type MarkdownMessages } from "./messages.js";

export interface MarkdownHeadingProps extends ComponentPropsWithoutRef<"h2"> {
  /** Heading level: 1 renders `<h1>`, 2 `<h2>`, … */
  level: HeadingLevel;
  /** Overrides of the built-in strings (the anchor link's accessible name). */
  messages?: Partial<MarkdownMessages>;
}

/**
 * A Markdown heading. With an `id` it gets an anchor link beside it, hidden until the heading is
 * hovered or the link is focused; the link is named "Link to this section" and described by the
 * heading, so a screen reader announces which section it points to.
 */
export const MarkdownHeading = forwardRef<HTMLHeadingElement, MarkdownHeadingProps>(function MarkdownHeading(
  { level, id, className, children, messages, ...rest },
  ref,
) {
  const { locale } = useLocaleDirection();
  const text = useMessages("Markdown", markdownMessages, locale, messages);
  const Tag = `h${level}` as const;
  const heading = (
    <Tag
      ref={ref}
      id={id}
      data-slot="heading"
      data-level={level}
      className={cn("sui-md-heading", `sui-md-h${level}`, className)}
      {...rest}
    >
      {children}
    </Tag>
  );
  if (typeof id !== "string" || id === "") return heading;
  return (
    <div data-slot="heading-row" data-level={level} className="sui-md-heading-row">
      {heading}
      <a href={`#${id}`} aria-label={text.headingAnchor} aria-describedby={id} data-slot="heading-anchor" className="sui-md-heading-anchor">
        <LinkIcon aria-hidden="true" focusable="false" size="0.8em" />
      </a>
    </div>
  );
});

function headingOfLevel(level: HeadingLevel) {
  const Heading = forwardRef<HTMLHeadingElement, Omit<MarkdownHeadingProps, "level">>(function Heading(props, ref) {
    return <MarkdownHeading ref={ref} level={level} {...props} />;
  });
  Heading.displayName = `MarkdownH${level}`;
  return Heading;
}

export const MarkdownH1 = headingOfLevel(1);
export const MarkdownH2 = headingOfLevel(2);
export const MarkdownH3 = headingOfLevel(3);
export const MarkdownH4 = headingOfLevel(4);
export const MarkdownH5 = headingOfLevel(5);
export const MarkdownH6 = headingOfLevel(6);
