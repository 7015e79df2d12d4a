"use client";
import { Children, forwardRef, isValidElement, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { formatMessage } from "../../i18n/messages.js";
import { cn } from "../../lib/cn.js";
import { useLocaleDirection, useMessages } from "../../provider/hooks.js";
import { markdownMessages, type MarkdownMessages } from "./messages.js";

export interface MarkdownTableProps extends ComponentPropsWithoutRef<"table"> {
  /** Overrides of the built-in strings (the scroll container's accessible name). */
  messages?: Partial<MarkdownMessages>;
}

/**
 * A Markdown table inside a scroll container, so wide tables scroll sideways instead of widening
 * the page. The container is focusable (keyboard users can scroll it) and is a named region; the
 * name lists the header cells so that several tables on a page are told apart.
 */
export const MarkdownTable = forwardRef<HTMLTableElement, MarkdownTableProps>(function MarkdownTable(
  { className, children, messages, ...rest },
  ref,
) {
  const { locale } = useLocaleDirection();
  const text = useMessages("Markdown", markdownMessages, locale, messages);
  const columns = headerCells(children).join(text.columnSeparator);
  const label = columns ? formatMessage(text.tableLabel, { columns }) : text.tableLabelUntitled;
  return (
    <div role="region" aria-label={label} tabIndex={0} data-slot="table-scroll" className="sui-md-table-scroll">
      <table ref={ref} data-slot="table" className={cn("sui-md-table", className)} {...rest}>
        {children}
      </table>
    </div>
  );
});

/** Texts of the `<th>` cells in the table's `<thead>`, read from the not yet rendered children. */
function headerCells(children: ReactNode): string[] {
  const cells: string[] = [];
  const visit = (node: ReactNode, inHead: boolean) => {
    Children.forEach(node, (child) => {
      if (!isValidElement<{ children?: ReactNode }>(child)) return;
      if (inHead && child.type === "th") {
        const value = textOf(child.props.children).trim();
        if (value) cells.push(value);
        return;
      }
      visit(child.props.children, inHead || child.type === "thead");
    });
  };
  visit(children, false);
  return cells;
}

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return "";
}
