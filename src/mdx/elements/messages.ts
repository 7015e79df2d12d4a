import type { MessageCatalog } from "../../i18n/messages.js";

export interface MarkdownMessages extends Record<string, string> {
  /** Accessible name of the anchor link next to each heading. */
  headingAnchor: string;
  /** Accessible name of a scrollable table; `{columns}` is its header row. */
  tableLabel: string;
  /** Put between the header cells in `{columns}`. */
  columnSeparator: string;
  /** Accessible name of a scrollable table that has no header row. */
  tableLabelUntitled: string;
  /** Visible label of the placeholder for a tag the page uses but no component exists for. */
  unknownComponent: string;
}

export const markdownMessages: MessageCatalog<MarkdownMessages> = {
  id: "Markdown",
  en: {
    headingAnchor: "Link to this section",
    tableLabel: "Table: {columns}",
    columnSeparator: ", ",
    tableLabelUntitled: "Table",
    unknownComponent: "Unknown component <{name}>",
  },
};
