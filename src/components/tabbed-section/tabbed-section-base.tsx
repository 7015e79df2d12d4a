"use client";
import { forwardRef } from "react";
import { renderTabbedSection, type TabbedSectionBaseProps } from "./render-tabbed-section.js";

export type { TabbedSectionBaseProps } from "./render-tabbed-section.js";

/**
 * Tabs whose panels all stay in the HTML (inactive ones are `hidden`), so every panel's text is
 * rendered on the server and indexable. Keyboard: Tab enters the selected tab, arrow keys move
 * and select (mirrored right to left), Home and End jump to the first and last tab.
 * TabbedSection without its built-in restaking content: import this one when you always pass
 * `tabs`, and the diagrams stay out of your bundle.
 */
export const TabbedSectionBase = forwardRef<HTMLDivElement, TabbedSectionBaseProps>(function TabbedSectionBase(props, ref) {
  return renderTabbedSection(props, ref);
});

