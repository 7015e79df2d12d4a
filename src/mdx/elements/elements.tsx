import { forwardRef, type ComponentPropsWithoutRef, type ElementType } from "react";
import { cn } from "../../lib/cn.js";

type SimpleTag = "p" | "strong" | "em" | "ul" | "ol" | "li" | "blockquote" | "hr" | "code" | "pre";

// The plain Markdown elements only need the library's class and a data-slot; one factory keeps
// them identical in behaviour (ref, className merge, native props).
function markdownElement<T extends SimpleTag>(tag: T, extra?: Partial<ComponentPropsWithoutRef<T>>) {
  const Component = forwardRef<HTMLElement, ComponentPropsWithoutRef<T>>(function MarkdownElement(props, ref) {
    const { className, ...rest } = props as { className?: string };
    const Tag = tag as ElementType;
    return <Tag ref={ref} data-slot={tag} {...extra} className={cn(`sui-md-${tag}`, className)} {...rest} />;
  });
  Component.displayName = `Markdown.${tag}`;
  return Component;
}

export const MarkdownParagraph = markdownElement("p");
export const MarkdownStrong = markdownElement("strong");
export const MarkdownEmphasis = markdownElement("em");
export const MarkdownList = markdownElement("ul");
export const MarkdownOrderedList = markdownElement("ol");
export const MarkdownListItem = markdownElement("li");
export const MarkdownBlockquote = markdownElement("blockquote");
export const MarkdownRule = markdownElement("hr");
export const MarkdownCode = markdownElement("code");
// Long lines scroll inside the block; tabIndex lets keyboard users scroll it too.
export const MarkdownPre = markdownElement("pre", { tabIndex: 0 });
