"use client";
import { forwardRef } from "react";
import { restakingTabs } from "./default-tabs.js";
import type { TabbedSectionMessages } from "./messages.js";
import { renderTabbedSection, type TabbedSectionBaseProps } from "./render-tabbed-section.js";

export type { TabbedSectionTab } from "./normalize-tabs.js";

export interface TabbedSectionProps extends Omit<TabbedSectionBaseProps, "tabs"> {
  /**
   * The tabs, in order. Default: the restaking page's two worlds ("with-restaking" and
   * "without-restaking"), each a translated diagram with its description. Entries without a
   * unique non-empty `value` or a `label` are skipped with a development warning; an empty array
   * renders nothing.
   */
  tabs?: TabbedSectionBaseProps["tabs"];
  /**
   * Accessible name of the tab list. Default: a translated name for the built-in tabs, none for
   * tabs given in `tabs` (label them with this prop when the page has no heading before them).
   */
  listLabel?: string;
  /** Locale of the built-in strings ("en", "zh", "ar"). Default: the provider's locale, else "en". */
  locale?: string;
  /**
   * Overrides for the built-in tabs' strings, the diagrams' included, e.g.
   * `{ withRestakingTab: "Restaked", diagramEthereum: "Mainnet" }`. Unused when `tabs` is given.
   */
  messages?: Partial<TabbedSectionMessages>;
}

/**
 * Tabs whose panels all stay in the HTML (inactive ones are `hidden`), so every panel's text is
 * rendered on the server and indexable. Keyboard: Tab enters the selected tab, arrow keys move
 * and select (mirrored right to left), Home and End jump to the first and last tab.
 * `<TabbedSection />` with no `tabs` shows restaking's "two worlds" diagrams; a site that always
 * passes `tabs` can import `TabbedSectionBase` instead and leave the diagrams out of its bundle.
 */
export const TabbedSection = forwardRef<HTMLDivElement, TabbedSectionProps>(function TabbedSection(props, ref) {
  return renderTabbedSection(props, ref, restakingTabs);
});
